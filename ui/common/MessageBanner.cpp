#include "MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace postel {

MessageBanner::MessageBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBanner"));
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    QString sign, style;
    switch (kind) {
    case Kind::Success:
        sign = QStringLiteral("✔");
        style = QStringLiteral("#messageBanner { background: #e6f4ea; border: 1px solid #1e6b34; }"
                               "QLabel { color: #0f3d1d; }");
        break;
    case Kind::Warning:
        sign = QStringLiteral("⚠");
        style = QStringLiteral("#messageBanner { background: #fff3cd; border: 1px solid #8a5a00; }"
                               "QLabel { color: #4d3300; }");
        break;
    case Kind::Error:
        sign = QStringLiteral("✖");
        style = QStringLiteral("#messageBanner { background: #fce8e6; border: 1px solid #b01c1c; }"
                               "QLabel { color: #5c0f0f; }");
        break;
    }
    setStyleSheet(style);
    m_icon->setText(sign);
    m_text->setText(text);
    show();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

} // namespace postel
