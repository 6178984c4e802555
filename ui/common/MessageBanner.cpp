#include "MessageBanner.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace postel {

MessageBanner::MessageBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBanner"));
    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("bannerSign"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("bannerDismiss"));
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_column = new QVBoxLayout;
    m_column->setContentsMargins(0, 0, 0, 0);
    m_column->addWidget(m_text);
    layout->addLayout(m_column, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    QString sign;
    switch (kind) {
    case Kind::Success:
        sign = QStringLiteral("✔");
        break;
    case Kind::Warning:
        sign = QStringLiteral("⚠");
        break;
    case Kind::Error:
        sign = QStringLiteral("✖");
        break;
    }
    m_kind = kind;
    applyTone();
    m_icon->setText(sign);
    m_text->setText(text);
    if (m_details)
        m_details->hide();
    show();
    // Announced: a screen reader reads an alert when it appears, wherever the focus is.
    setAccessibleName(kind == Kind::Success   ? tr("Success")
                      : kind == Kind::Warning ? tr("Warning")
                                              : tr("Error"));
    setAccessibleDescription(text);
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

Colours::Tone MessageBanner::tone() const
{
    return m_kind == Kind::Success   ? Colours::Tone::Success
           : m_kind == Kind::Warning ? Colours::Tone::Warning
                                     : Colours::Tone::Error;
}

// The colours come from the palette (a tint of the window colour, the theme's own text
// colour, the sign and the border in the tone's hue made readable on the tint), so a dark
// or high-contrast theme keeps a readable banner; no style sheet, which would also take the
// focus frame from the buttons inside.
void MessageBanner::applyTone()
{
    const QColor background = Colours::toneBackground(tone(), palette(), QPalette::Window);
    QPalette signPalette = m_icon->palette();
    signPalette.setColor(QPalette::WindowText, Colours::toneText(tone(), palette(), background));
    m_icon->setPalette(signPalette);
    update();
}

void MessageBanner::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QColor background = Colours::toneBackground(tone(), palette(), QPalette::Window);
    p.fillRect(rect(), background);
    p.setPen(Colours::toneText(tone(), palette(), background, 3.0));
    p.drawRect(rect().adjusted(0, 0, -1, -1));
}

void MessageBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTone();
    QFrame::changeEvent(event);
}

void MessageBanner::setDetails(QWidget *details)
{
    delete m_details;
    m_details = details;
    if (!details)
        return;
    details->setParent(this);
    details->hide();
    m_column->addWidget(details);
}

QString MessageBanner::text() const
{
    return m_text->text();
}

} // namespace postel
