#include "MessageBanner.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

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
    m_column = new QVBoxLayout;
    m_column->setContentsMargins(0, 0, 0, 0);
    m_column->addWidget(m_text);
    layout->addLayout(m_column, 1);
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
