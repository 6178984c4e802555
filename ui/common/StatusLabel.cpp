#include "StatusLabel.h"

#include <QAccessible>

namespace postel {

StatusLabel::StatusLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("statusMessage"));
    setTextFormat(Qt::PlainText);
}

void StatusLabel::setText(const QString &text)
{
    // QLabel sends a name change itself, which a screen reader does not read out unless the
    // label has the focus: an alert is read wherever the focus is. The same message again
    // (Test connection passed twice) is announced again.
    QLabel::setText(text);
    if (text.isEmpty())
        return;
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

} // namespace postel
