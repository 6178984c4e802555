#pragma once

#include "../../auth/AuthMechanism.h"
#include "../SmtpOperation.h"

namespace postel {

// An operation that authenticates: auth() and login(). Beside reply() and error() it says
// which mechanism succeeded (or was tried last).
class AuthenticationOperation : public SmtpOperation
{
    Q_OBJECT
public:
    const QString &mechanism() const { return m_mechanism; }

protected:
    using SmtpOperation::SmtpOperation;
    QString m_mechanism;
};

// auth(mechanism, authobject, initial_response_ok): AUTH and its challenges.
class AuthOperation : public AuthenticationOperation
{
    Q_OBJECT
public:
    // smtplib's _MAXCHALLENGE.
    static constexpr int MaxChallenges = 5;
    AuthOperation(SmtpSession *session, AuthMechanismPtr mechanism, bool initialResponseOk,
                  bool standalone);
    // The mechanism could not answer a challenge (the exchange was cancelled with "*").
    bool mechanismFailed() const { return m_mechanismFailed; }

protected:
    void start() override;
    void replyReceived(const Reply &reply) override;

private:
    void cancelExchange(ErrorKind kind, const QString &why);

    AuthMechanismPtr m_mech;
    bool m_initialResponseOk;
    bool m_standalone;
    int m_count = 0;
    bool m_cancelling = false;
    bool m_mechanismFailed = false;
    ErrorKind m_cancelKind = ErrorKind::None;
    QString m_cancelWhy;
};

// login(user, password): EHLO if needed, then each mechanism both sides support, in
// preference order, until one succeeds; only a refusal of the mechanism itself (504, 534,
// 538, no answer to a challenge) lets the next one be tried.
class LoginOperation : public AuthenticationOperation
{
    Q_OBJECT
public:
    LoginOperation(SmtpSession *session, QString user, QString password, bool initialResponseOk,
                   QStringList only = {});

protected:
    void start() override;
    void replyReceived(const Reply &) override {}

private:
    void begin();
    void tryNext();
    void attemptFinished(SmtpOperation *attempt);

    QString m_user, m_password;
    bool m_initialResponseOk;
    QStringList m_only;
    QStringList m_todo;
    SmtpError m_last;
};

} // namespace postel
