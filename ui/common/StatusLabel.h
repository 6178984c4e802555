#pragma once

#include <QLabel>

namespace postel {

// The status bar's message. A new message is announced to a screen reader (the status bar
// otherwise changes silently): the label's name is its text, and setText() sends an alert
// for it, so the result of Test connection or of a send is read out wherever the focus is.
// The steps on the way ("Saying EHLO…") go through QLabel::setText: not alerts, a screen
// reader would otherwise talk through the whole session.
class StatusLabel : public QLabel
{
    Q_OBJECT
public:
    explicit StatusLabel(QWidget *parent = nullptr);
    // Hides QLabel::setText: callers hold a StatusLabel.
    void setText(const QString &text);
};

} // namespace postel
