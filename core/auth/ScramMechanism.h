#pragma once

#include "AuthMechanism.h"

#include <QCryptographicHash>

namespace postel {

// SCRAM-SHA-1 / SCRAM-SHA-256 (RFC 5802, RFC 7677), without channel binding. The server's
// signature is checked: a server that cannot prove it knows the password is refused.
class ScramMechanism : public AuthMechanism
{
public:
    enum Hash
    {
        Sha1,
        Sha256
    };
    ScramMechanism(Hash hash, QString user, QString password, QByteArray clientNonce = {});

    QByteArray name() const override;
    std::optional<QByteArray> initialResponse() override;
    std::optional<QByteArray> respond(const QByteArray &challenge, int count) override;
    QString failureReason() const override { return m_failure; }
    // Any failure once the server's first message has arrived (see AuthMechanism).
    bool failureEndsLogin() const override { return m_step >= 2 && !m_failure.isEmpty(); }
    bool serverVerified() const { return m_serverVerified; }

    // A server chooses the PBKDF2 iteration count (i=), and each iteration costs the client
    // two hashes: a hostile server could ask for billions and hold the client busy for hours.
    // Counts above this are refused. 4096 is the RFC 7677 minimum and what Dovecot, Cyrus and
    // PostgreSQL use; a million leaves room for hardened servers (about a second here).
    static constexpr int DefaultMaxIterations = 1000000;
    void setMaxIterations(int maximum) { m_maxIterations = maximum; }

private:
    QByteArray hmac(const QByteArray &key, const QByteArray &data) const;
    QByteArray hash(const QByteArray &data) const;
    std::optional<QByteArray> clientFinal(const QByteArray &serverFirst);
    bool verifyServerFinal(const QByteArray &serverFinal);

    Hash m_hash;
    QString m_user, m_password;
    QByteArray m_clientNonce;
    QByteArray m_clientFirstBare;
    QByteArray m_authMessage;
    QByteArray m_saltedPassword;
    int m_step = 0;
    int m_maxIterations = DefaultMaxIterations;
    bool m_serverVerified = false;
    QString m_failure;
};

} // namespace postel
