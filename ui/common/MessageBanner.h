#pragma once

#include "common/Colours.h"

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace postel {

// A strip above the composer saying what just happened, in words, with a sign that does not
// depend on colour (✔, ⚠, ✖). Stays until dismissed or replaced.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Success,
        Warning,
        Error
    };
    explicit MessageBanner(QWidget *parent = nullptr);
    // Shows the banner; a details widget (see setDetails()) is hidden until shown again.
    void showMessage(Kind kind, const QString &text);
    QString text() const;
    // A widget under the text (the failure doctor's findings and buttons); the banner owns it.
    void setDetails(QWidget *details);
    QWidget *details() const { return m_details; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    Colours::Tone tone() const;
    void applyTone();

    Kind m_kind = Kind::Warning;
    QLabel *m_icon;
    QLabel *m_text;
    QVBoxLayout *m_column;
    QWidget *m_details = nullptr;
};

} // namespace postel
