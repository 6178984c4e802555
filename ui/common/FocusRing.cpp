#include "FocusRing.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QPushButton>

namespace postel {

namespace {
QPointer<FocusRing> g_ring; // a child of the focused widget: gone with it
bool g_installed = false;
constexpr int Width = 2;
} // namespace

FocusRing::FocusRing()
{
    setObjectName(QStringLiteral("focusRing"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
}

bool FocusRing::needsRing(const QWidget *w)
{
    // (A combo box's open list is a popup, with its own highlighted row.)
    if (!w || qobject_cast<const FocusRing *>(w) || w->window()->windowType() == Qt::Popup)
        return false;
    if (qobject_cast<const QAbstractScrollArea *>(w))
        return true;
    if (auto *b = qobject_cast<const QPushButton *>(w))
        return b->isDefault();
    return false;
}

void FocusRing::install()
{
    if (g_installed)
        return;
    g_installed = true;
    QObject::connect(qApp, &QApplication::focusChanged, qApp, [](QWidget *, QWidget *now) {
        if (!needsRing(now)) {
            if (g_ring)
                g_ring->setWidget(nullptr);
            return;
        }
        if (!g_ring)
            g_ring = new FocusRing;
        g_ring->setWidget(now);
    });
}

void FocusRing::setWidget(QWidget *w)
{
    if (m_widget)
        m_widget->removeEventFilter(this);
    m_widget = w;
    if (!w) {
        hide();
        return;
    }
    setParent(w);
    w->installEventFilter(this);
    follow();
    show();
}

void FocusRing::follow()
{
    const QRect r = m_widget->rect();
    setGeometry(r);
    setMask(QRegion(r).subtracted(QRegion(r.adjusted(Width, Width, -Width, -Width))));
    raise(); // over the viewport and the scroll bars
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget &&
        (event->type() == QEvent::Resize || event->type() == QEvent::ChildAdded))
        follow();
    return QWidget::eventFilter(watched, event);
}

void FocusRing::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Active, QPalette::Highlight));
}

} // namespace postel
