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
    bool serverVerified() const { return m_serverVerified; }

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
    bool m_serverVerified = false;
    QString m_failure;
};

} // namespace postel
