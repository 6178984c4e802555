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
    ErrorKind m_cancelKind = ErrorKind::None;
    QString m_cancelWhy;
};

// login(user, password): EHLO if needed, then each mechanism both sides support, in
// preference order, until one succeeds; a rejection of the credentials (535 5.7.8) ends it.
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
