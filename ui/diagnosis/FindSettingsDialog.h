#pragma once

#include "diagnosis/SettingsFinder.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QLabel;

namespace postel {

// "Find settings…" of the profile dialog: an address and a password in, the host's
// submission ports tried (587 STARTTLS, 465 implicit TLS, 25), the profile that works
// proposed with what each try saw. Accepting it hands the settings back (found()); the
// profile dialog fills its fields, and nothing is saved until it is.
class FindSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    FindSettingsDialog(const QString &address, const QString &password,
                       const QSslConfiguration &tls, QWidget *parent = nullptr);

    // After accept(): what worked, and the address and password it was found with.
    std::optional<SettingsFinder::Attempt> found() const { return m_finder.found(); }
    QString address() const;
    QString password() const;
    QString user() const;

    QLineEdit *addressField() const { return m_address; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *hostField() const { return m_host; }
    QPushButton *findButton() const { return m_find; }
    QPushButton *useButton() const { return m_use; }
    QString evidence() const;
    SettingsFinder *finder() { return &m_finder; }

    void find();

private:
    void showAttempt();
    void finished();

    SettingsFinder m_finder;
    QSslConfiguration m_tls;
    QLineEdit *m_address;
    QLineEdit *m_password;
    QLineEdit *m_host;
    QPushButton *m_find;
    QPushButton *m_use;
    QLabel *m_status;
    QPlainTextEdit *m_log;
};

} // namespace postel
