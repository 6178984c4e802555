#pragma once

#include <QFrame>

class QLabel;

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
    void showMessage(Kind kind, const QString &text);
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace postel
