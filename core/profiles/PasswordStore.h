#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

namespace postel {

// Passwords in the desktop's keychain (QtKeychain: Secret Service, KWallet, …). Where none
// answers — a bare X server, a container — passwords are kept for this session only and
// the user is told so once. Every keychain call is bounded by a timeout: a missing D-Bus
// service must never freeze the window.
class PasswordStore : public QObject
{
    Q_OBJECT
public:
    explicit PasswordStore(QObject *parent = nullptr);

    using ReadCallback = std::function<void(const QString &password)>;
    // Calls back (on `context`'s thread, only while it lives) with the password, or "".
    void read(const QString &profileId, QObject *context, ReadCallback callback);
    void write(const QString &profileId, const QString &password);
    void remove(const QString &profileId);
    // Remembers a password until Postel quits, without writing it to the keychain.
    void keepForSession(const QString &profileId, const QString &password)
    {
        m_session.insert(profileId, password);
    }

    bool keychainAvailable() const { return m_available; }
    QString unavailableReason() const { return m_reason; }
    // Milliseconds to wait for the keychain before falling back (default 3000).
    void setTimeout(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    // The keychain did not answer or refused: passwords now live in memory only.
    void keychainUnavailable(const QString &reason);

private:
    void markUnavailable(const QString &reason);

    QHash<QString, QString> m_session;
    bool m_available = true;
    QString m_reason;
    int m_timeoutMs = 3000;
};

} // namespace postel
