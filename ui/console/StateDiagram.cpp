#include "StateDiagram.h"

#include <QAccessible>
#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace postel {

namespace {
constexpr int Gap = 18;    // room for the arrow between two boxes
constexpr int Padding = 6; // inside a box
constexpr int RowGap = 10;
} // namespace

StateDiagram::StateDiagram(ProtocolState *state, QWidget *parent) : QWidget(parent), m_state(state)
{
    setObjectName(QStringLiteral("stateDiagram"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    setAccessibleName(tr("Session state"));
    connect(m_state, &ProtocolState::changed, this, &StateDiagram::refresh);
    refresh();
}

void StateDiagram::refresh()
{
    setAccessibleDescription(summary());
    if (QAccessible::isActive()) {
        QAccessibleEvent e(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&e);
    }
    updateGeometry();
    update();
}

QString StateDiagram::legalText() const
{
    if (m_state->inMessage())
        return tr("Now: the message, then a line with a single dot.");
    if (m_state->inAuthExchange())
        return tr("Now: the answer to the server's challenge.");
    QStringList verbs;
    for (ProtocolState::Command c : m_state->legalCommands())
        verbs << (c == ProtocolState::Command::Connect ? tr("connect") : ProtocolState::verb(c));
    if (verbs.isEmpty())
        return tr("Now: wait for the server.");
    return tr("Allowed now: %1").arg(verbs.join(QStringLiteral(", ")));
}

QString StateDiagram::summary() const
{
    QStringList reached;
    for (ProtocolState::Step s : ProtocolState::steps()) {
        if (s != m_state->step() && s != ProtocolState::Step::Closed && m_state->isReached(s))
            reached << ProtocolState::title(s);
    }
    QString text = tr("State: %1").arg(ProtocolState::title(m_state->step()));
    if (!reached.isEmpty())
        text += QStringLiteral(" (") + reached.join(QStringLiteral(", ")) + QLatin1Char(')');
    return text + QStringLiteral(". ") + legalText();
}

QSize StateDiagram::cellSize() const
{
    // The lit box is drawn in bold: room for that.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    int w = 0;
    for (ProtocolState::Step s : ProtocolState::steps())
        w = qMax(w, fm.horizontalAdvance(ProtocolState::title(s)));
    return {w + 2 * Padding, fm.height() + 2 * Padding};
}

int StateDiagram::columns(int width) const
{
    const int cell = cellSize().width() + Gap;
    return qBound(1, (width + Gap) / cell, int(ProtocolState::steps().size()));
}

QList<QRect> StateDiagram::boxes(int width) const
{
    const QSize cell = cellSize();
    const int cols = columns(width);
    QList<QRect> out;
    const auto steps = ProtocolState::steps();
    for (int i = 0; i < steps.size(); ++i) {
        const int row = i / cols;
        const int col = i % cols;
        out.append(QRect(col * (cell.width() + Gap), row * (cell.height() + RowGap), cell.width(),
                         cell.height()));
    }
    return out;
}

int StateDiagram::heightForWidth(int width) const
{
    const QFontMetrics fm(font());
    const QList<QRect> b = boxes(width);
    const QRect text =
        fm.boundingRect(QRect(0, 0, qMax(1, width), 10000), Qt::TextWordWrap, legalText());
    return b.last().bottom() + RowGap + text.height() + 2;
}

QSize StateDiagram::sizeHint() const
{
    const QSize cell = cellSize();
    const int w = 4 * (cell.width() + Gap) - Gap;
    return {w, heightForWidth(w)};
}

QSize StateDiagram::minimumSizeHint() const
{
    const QSize cell = cellSize();
    return {cell.width(), heightForWidth(cell.width())};
}

void StateDiagram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QList<QRect> b = boxes(width());
    const auto steps = ProtocolState::steps();
    const ProtocolState::Step current = m_state->step();
    for (int i = 0; i < steps.size(); ++i) {
        const QRect r = b.at(i);
        const bool lit = steps.at(i) == current;
        const bool reached =
            !lit && steps.at(i) != ProtocolState::Step::Closed && m_state->isReached(steps.at(i));
        QColor fill = pal.color(QPalette::Base);
        QColor border = pal.color(QPalette::Mid);
        QColor text = pal.color(QPalette::Text);
        if (lit) {
            fill = pal.color(QPalette::Highlight);
            border = fill.darker(130);
            text = pal.color(QPalette::HighlightedText);
        } else if (reached) {
            fill = pal.color(QPalette::Highlight);
            fill.setAlpha(50);
            border = pal.color(QPalette::Highlight);
        }
        p.setPen(QPen(border, lit || reached ? 2 : 1));
        p.setBrush(fill);
        p.drawRoundedRect(QRectF(r).adjusted(1, 1, -1, -1), 5, 5);
        QFont f = font();
        f.setBold(lit);
        p.setFont(f);
        p.setPen(text);
        p.drawText(r, Qt::AlignCenter, ProtocolState::title(steps.at(i)));
        // The arrow to the next box on the same row.
        if (i + 1 < steps.size() && b.at(i + 1).top() == r.top()) {
            const int y = r.center().y();
            const int x0 = r.right() + 3;
            const int x1 = b.at(i + 1).left() - 3;
            p.setPen(QPen(pal.color(QPalette::Mid), 1));
            p.drawLine(x0, y, x1, y);
            QPainterPath head;
            head.moveTo(x1, y);
            head.lineTo(x1 - 5, y - 4);
            head.lineTo(x1 - 5, y + 4);
            head.closeSubpath();
            p.fillPath(head, pal.color(QPalette::Mid));
        }
    }
    p.setFont(font());
    p.setPen(pal.color(QPalette::WindowText));
    const QRect textRect(0, b.last().bottom() + RowGap, width(), height());
    p.drawText(textRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, legalText());
}

bool StateDiagram::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QList<QRect> b = boxes(width());
        const auto steps = ProtocolState::steps();
        for (int i = 0; i < b.size(); ++i) {
            if (b.at(i).contains(help->pos())) {
                QToolTip::showText(help->globalPos(), ProtocolState::description(steps.at(i)), this,
                                   b.at(i));
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace postel
