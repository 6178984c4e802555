#pragma once

#include "AuthMechanism.h"

namespace postel {

// The error a server sends in a 334 challenge when it refuses a bearer token (RFC 7628
// section 3.2.2; Google's XOAUTH2 uses the same JSON with an HTTP status number).
struct OAuthServerError
{
    QByteArray raw; // the decoded challenge, as sent
    QString status; // "invalid_token", "insufficient_scope", "401", …
    QString scope;  // the scope the server wants, when it says
    QString openidConfiguration;
    bool isJson = false; // raw parsed as a JSON object

    bool isEmpty() const { return raw.isEmpty(); }
    // One line for people: the JSON, compact, or the raw text when it is not JSON.
    QString readable() const;
    static OAuthServerError parse(const QByteArray &decoded);
};

// What XOAUTH2 and OAUTHBEARER share: a bearer token sent in the first response, and the
// error path — a 334 challenge carrying a JSON error, answered with a dummy response (an
// empty line, or %x01), after which the server sends its final error reply.
class BearerTokenMechanism : public AuthMechanism
{
public:
    std::optional<QByteArray> initialResponse() override;
    std::optional<QByteArray> respond(const QByteArray &challenge, int count) override;
    // The token is as good as a password on the wire: TLS, or cleartext allowed explicitly.
    bool sendsPasswordInClear() const override { return true; }
    QByteArray serverError() const override { return m_error.raw; }
    const OAuthServerError &oauthError() const { return m_error; }

protected:
    BearerTokenMechanism(QString user, QString token)
        : m_user(std::move(user)), m_token(std::move(token))
    {}
    virtual QByteArray clientResponse() const = 0;
    // The dummy answer to the error challenge.
    virtual QByteArray errorAcknowledgement() const = 0;

    QString m_user, m_token;

private:
    bool m_sent = false;
    OAuthServerError m_error;
};

// Google's and Microsoft's XOAUTH2: "user=" user ^A "auth=Bearer " token ^A ^A.
class XOAuth2Mechanism : public BearerTokenMechanism
{
public:
    XOAuth2Mechanism(QString user, QString token)
        : BearerTokenMechanism(std::move(user), std::move(token))
    {}
    QByteArray name() const override { return "XOAUTH2"; }

protected:
    QByteArray clientResponse() const override;
    QByteArray errorAcknowledgement() const override { return {}; }
};

// RFC 7628 OAUTHBEARER: a GS2 header ("n,a=user,"), then ^A-separated key=value pairs
// (host, port when known, auth=Bearer token), ended with ^A ^A.
class OAuthBearerMechanism : public BearerTokenMechanism
{
public:
    OAuthBearerMechanism(QString user, QString token, QString host = {}, quint16 port = 0)
        : BearerTokenMechanism(std::move(user), std::move(token)), m_host(std::move(host)),
          m_port(port)
    {}
    QByteArray name() const override { return "OAUTHBEARER"; }

protected:
    QByteArray clientResponse() const override;
    QByteArray errorAcknowledgement() const override { return QByteArray(1, '\x01'); }

private:
    QString m_host;
    quint16 m_port;
};

// True for the mechanisms that send a bearer token instead of a password.
bool isOAuthMechanism(const QString &name);
// XOAUTH2 or OAUTHBEARER (with the server's host and port, which OAUTHBEARER sends);
// nullptr for any other name.
AuthMechanismPtr createOAuthMechanism(const QString &name, const QString &user,
                                      const QString &token, const QString &host = {},
                                      quint16 port = 0);

} // namespace postel
