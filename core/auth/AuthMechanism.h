#pragma once

#include <QByteArray>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace postel {

// A SASL mechanism as smtplib's authobject sees it: pure, challenge bytes in, response
// bytes out. The session does the base64 and the counting.
class AuthMechanism
{
public:
    virtual ~AuthMechanism() = default;
    virtual QByteArray name() const = 0;
    // authobject(challenge=None): the RFC 4954 initial response, or nullopt when the
    // mechanism needs a challenge first.
    virtual std::optional<QByteArray> initialResponse() { return std::nullopt; }
    // Answers the n-th challenge (1-based, counting an initial response as the first, as
    // smtplib's _auth_challenge_count does). nullopt means the mechanism cannot go on
    // (e.g. the server's proof did not verify); the exchange is then cancelled with "*".
    virtual std::optional<QByteArray> respond(const QByteArray &challenge, int count) = 0;
    // True for mechanisms that put the password itself on the wire (PLAIN, LOGIN).
    virtual bool sendsPasswordInClear() const { return false; }
    // Why respond() gave up, for the error message.
    virtual QString failureReason() const { return {}; }
    // True when respond() gave up because of what the server sent about the password (SCRAM:
    // a forged nonce, a wrong server signature, an "e=" verdict). The login then stops: going
    // on to the next mechanism would hand a weaker proof, or the password itself, to a server
    // that has just failed to prove who it is.
    virtual bool failureEndsLogin() const { return false; }
    // An error the server sent in a challenge (XOAUTH2, OAUTHBEARER: decoded JSON), for the
    // error message; empty when it sent none.
    virtual QByteArray serverError() const { return {}; }
};

using AuthMechanismPtr = std::shared_ptr<AuthMechanism>;

// A mechanism made of a function, for callers who plug their own in without a class:
// fn(nullopt) is the initial-response call, fn(challenge) answers a challenge.
class FunctionMechanism : public AuthMechanism
{
public:
    using Fn = std::function<std::optional<QByteArray>(const std::optional<QByteArray> &)>;
    FunctionMechanism(QByteArray name, Fn fn) : m_name(std::move(name)), m_fn(std::move(fn)) {}
    QByteArray name() const override { return m_name; }
    std::optional<QByteArray> initialResponse() override { return m_fn(std::nullopt); }
    std::optional<QByteArray> respond(const QByteArray &challenge, int) override
    {
        return m_fn(challenge);
    }

private:
    QByteArray m_name;
    Fn m_fn;
};

class PlainMechanism : public AuthMechanism
{
public:
    PlainMechanism(QString user, QString password, QString authzid = {})
        : m_user(std::move(user)), m_password(std::move(password)), m_authzid(std::move(authzid))
    {}
    QByteArray name() const override { return "PLAIN"; }
    std::optional<QByteArray> initialResponse() override;
    std::optional<QByteArray> respond(const QByteArray &, int) override;
    bool sendsPasswordInClear() const override { return true; }

private:
    QString m_user, m_password, m_authzid;
};

class LoginMechanism : public AuthMechanism
{
public:
    LoginMechanism(QString user, QString password)
        : m_user(std::move(user)), m_password(std::move(password))
    {}
    QByteArray name() const override { return "LOGIN"; }
    std::optional<QByteArray> initialResponse() override { return m_user.toUtf8(); }
    std::optional<QByteArray> respond(const QByteArray &, int count) override;
    bool sendsPasswordInClear() const override { return true; }

private:
    QString m_user, m_password;
};

class CramMd5Mechanism : public AuthMechanism
{
public:
    CramMd5Mechanism(QString user, QString password)
        : m_user(std::move(user)), m_password(std::move(password))
    {}
    QByteArray name() const override { return "CRAM-MD5"; }
    std::optional<QByteArray> respond(const QByteArray &challenge, int) override;

private:
    QString m_user, m_password;
};

// The built-in mechanisms, by name (upper case); nullptr for one we do not implement.
// For XOAUTH2 and OAUTHBEARER the password is the access token.
AuthMechanismPtr createMechanism(const QString &name, const QString &user, const QString &password);
// login()'s preference order: stronger first, then smtplib's CRAM-MD5, PLAIN, LOGIN. The
// bearer-token mechanisms are never chosen by themselves: a password is not a token.
QStringList preferredMechanisms();

} // namespace postel
