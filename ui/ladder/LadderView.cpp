#include "LadderView.h"
#include "ladder/LadderPainter.h"

#include <QAccessible>
#include <QFocusEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>

namespace postel {

LadderView::LadderView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ladderView"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Ladder diagram"));
    setDiagram(LadderLayout::layout({}));
}

void LadderView::setDiagram(LadderDiagram diagram)
{
    m_diagram = std::move(diagram);
    if (m_current >= m_diagram.items.size())
        m_current = -1;
    resize(sizeHint());
    updateGeometry();
    updateAccessibleText();
    update();
}

QSize LadderView::sizeHint() const
{
    return m_diagram.size.toSize();
}

void LadderView::setCurrentItem(int item)
{
    if (item < -1 || item >= m_diagram.items.size() || item == m_current)
        return;
    m_current = item;
    updateAccessibleText();
    update();
    if (item >= 0)
        Q_EMIT currentEntryChanged(m_diagram.items.at(item).entry);
}

void LadderView::updateAccessibleText()
{
    QString description = m_diagram.title;
    if (m_current >= 0) {
        const LadderItem &item = m_diagram.items.at(m_current);
        description = item.tooltip;
        if (!item.elapsed.isEmpty())
            description += QStringLiteral(" (") + item.elapsed + QLatin1Char(')');
        if (item.refused)
            description += QStringLiteral(" — ") + tr("recipient refused");
    }
    setAccessibleDescription(description);
    if (hasFocus() && QAccessible::isActive()) {
        QAccessibleEvent e(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&e);
    }
}

void LadderView::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    LadderPainter::paint(p, m_diagram, event->rect());
    if (m_current >= 0) {
        // The current item: a focus frame around its row.
        const QRectF r = m_diagram.items.at(m_current).rect.adjusted(2, 1, -2, -1);
        p.setPen(QPen(palette().color(QPalette::Highlight), hasFocus() ? 2 : 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(r);
    } else if (hasFocus()) {
        // No item is current (an empty diagram, or a click beside the items): a frame around
        // the diagram says it has the keyboard.
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void LadderView::focusInEvent(QFocusEvent *event)
{
    // Reached from the keyboard: the first item becomes current, as in a list.
    if (m_current < 0 && !m_diagram.items.isEmpty() &&
        (event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason ||
         event->reason() == Qt::ShortcutFocusReason))
        setCurrentItem(0);
    QWidget::focusInEvent(event);
}

bool LadderView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = m_diagram.itemAt(help->pos());
        if (i < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const LadderItem &item = m_diagram.items.at(i);
        QString text = item.tooltip;
        if (!item.elapsed.isEmpty())
            text += QStringLiteral("\n") + item.elapsed;
        QToolTip::showText(help->globalPos(), text, this, item.rect.toRect());
        return true;
    }
    return QWidget::event(event);
}

void LadderView::mousePressEvent(QMouseEvent *event)
{
    const int i = m_diagram.itemAt(event->position());
    if (i >= 0)
        setCurrentItem(i);
    QWidget::mousePressEvent(event);
}

void LadderView::keyPressEvent(QKeyEvent *event)
{
    const int n = int(m_diagram.items.size());
    int to = m_current;
    switch (event->key()) {
    case Qt::Key_Down:
        to = std::min(n - 1, m_current + 1);
        break;
    case Qt::Key_Up:
        to = std::max(0, m_current - 1);
        break;
    case Qt::Key_Home:
        to = 0;
        break;
    case Qt::Key_End:
        to = n - 1;
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    if (n > 0)
        setCurrentItem(to);
    event->accept();
}

} // namespace postel
