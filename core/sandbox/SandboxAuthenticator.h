#pragma once

#include "SandboxBehaviour.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace postel {

// The server side of one AUTH exchange (PLAIN, LOGIN, CRAM-MD5; RFC 4954, 4616, 2195; and
// XOAUTH2/OAUTHBEARER with the sandbox's own tokens, RFC 7628: see SandboxOAuth).
// Pure: decoded client responses in, base64 challenges and a verdict out. The connection
// does the framing ("334 ...", "*", base64 decoding errors).
class SandboxAuthenticator
{
public:
    enum class Result
    {
        Challenge, // send "334 " + challenge() and wait for the next line
        Success,   // 235: user() is logged in
        Failure,   // 535: wrong user or password
        Malformed, // 501: the response does not have the mechanism's shape
    };

    // Upper case names of the mechanisms implemented, strongest first.
    static QStringList mechanisms();
    static bool supports(const QByteArray &mechanism);
    static bool sendsPasswordInClear(const QByteArray &mechanism);

    SandboxAuthenticator(const QByteArray &mechanism, QList<SandboxAccount> accounts,
                         const QString &hostname);

    // `initial`: the decoded initial response of "AUTH MECH xxx", nullopt when there is none.
    Result start(const std::optional<QByteArray> &initial);
    // A decoded response to the last challenge.
    Result respond(const QByteArray &response);
    // The challenge to send, base64-encoded (may be empty: "334 ").
    QByteArray challenge() const { return m_challenge.toBase64(); }
    QString user() const { return m_user; }
    QByteArray mechanism() const { return m_mechanism; }

private:
    Result check(const QString &user, const QString &password);
    Result plain(const QByteArray &response);
    Result bearer(const QByteArray &response);

    QByteArray m_mechanism;
    QList<SandboxAccount> m_accounts;
    QString m_hostname;
    QByteArray m_challenge;
    QString m_user;
    int m_step = 0;
};

} // namespace postel
