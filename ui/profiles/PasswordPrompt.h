#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace postel {

// Asked at send time when a profile logs in but Postel has no password for it (nothing in
// the keychain, or no keychain and Postel started again): says why it asks, never lets an
// empty password through, and offers to remember the answer for this session or in the
// keychain (when there is one). Window-modal and opened with open(): the answer comes back
// through accepted().
class PasswordPrompt : public QDialog
{
    Q_OBJECT
public:
    enum class Remember
    {
        Session,
        Keychain
    };

    // `keychainReason`: empty when a keychain answers, else why there is none.
    PasswordPrompt(const QString &profileName, const QString &user, const QString &keychainReason,
                   QWidget *parent = nullptr);

    QString password() const;
    Remember remember() const;
    QLineEdit *passwordField() const { return m_password; }

private:
    QLineEdit *m_password;
    QRadioButton *m_session;
    QRadioButton *m_keychain;
};

} // namespace postel
