#include "AuthOperation.h"
#include "../../auth/OAuthMechanism.h"
#include "../SmtpSession.h"

#include <QCoreApplication>

namespace postel {

AuthOperation::AuthOperation(SmtpSession *session, AuthMechanismPtr mechanism,
                             bool initialResponseOk, bool standalone)
    : AuthenticationOperation(session, QStringLiteral("auth")), m_mech(std::move(mechanism)),
      m_initialResponseOk(initialResponseOk), m_standalone(standalone)
{}

void AuthOperation::start()
{
    if (!m_mech) {
        fail(ErrorKind::Usage, tr("No authentication mechanism was given."));
        return;
    }
    m_mechanism = QString::fromLatin1(m_mech->name()).toUpper();
    if (!session()->isEncrypted()) {
        if (session()->requireTls()) {
            fail(ErrorKind::Tls, tr("TLS is required, but the connection is not encrypted: "
                                    "the credentials were not sent."));
            return;
        }
        if (m_mech->sendsPasswordInClear() && !session()->allowCleartextAuth()) {
            fail(ErrorKind::General,
                 tr("%1 would send the password unencrypted. Use STARTTLS or TLS, or allow "
                    "cleartext authentication explicitly.")
                     .arg(m_mechanism));
            return;
        }
    }
    const QByteArray mech = m_mechanism.toLatin1();
    std::optional<QByteArray> initial;
    if (m_initialResponseOk)
        initial = m_mech->initialResponse();
    if (initial) {
        // RFC 4954: an empty initial response is sent as "=".
        const QByteArray encoded = initial->isEmpty() ? QByteArray("=") : initial->toBase64();
        m_count = 1;
        send("AUTH " + mech + ' ' + encoded);
    } else {
        m_count = 0;
        send("AUTH " + mech);
    }
}

void AuthOperation::cancelExchange(ErrorKind kind, const QString &why)
{
    // RFC 4954: "*" cancels; the server answers 501 and the session stays usable.
    m_cancelling = true;
    m_cancelKind = kind;
    m_cancelWhy = why;
    send("*");
}

void AuthOperation::replyReceived(const Reply &reply)
{
    if (m_cancelling) {
        fail(m_cancelKind, m_cancelWhy, reply);
        return;
    }
    if (reply.code == 334) {
        ++m_count;
        if (m_count > MaxChallenges) {
            // smtplib raises its plain SMTPException here ("infinite loop"), as for "no
            // suitable mechanism": the same kind, General.
            cancelExchange(ErrorKind::General,
                           tr("The server sent more than %n authentication challenges; "
                              "the exchange was cancelled.",
                              nullptr, MaxChallenges));
            return;
        }
        const QByteArray challenge = QByteArray::fromBase64(reply.lines.value(0));
        const std::optional<QByteArray> answer = m_mech->respond(challenge, m_count);
        if (!answer) {
            QString why = m_mech->failureReason();
            if (why.isEmpty())
                why = tr("The %1 mechanism could not answer the server's challenge.")
                          .arg(m_mechanism);
            m_mechanismFailed = !m_mech->failureEndsLogin();
            cancelExchange(ErrorKind::Authentication, why);
            return;
        }
        send(answer->toBase64());
        return;
    }
    if (reply.code == 235) {
        recordAuthenticated();
        succeed(reply);
        return;
    }
    // smtplib takes 503 as "already authenticated". That is only true when this session
    // (since the last STARTTLS) has authenticated before; otherwise nothing was verified.
    if (reply.code == 503) {
        if (session()->isAuthenticated()) {
            succeed(reply);
            return;
        }
        fail(ErrorKind::Authentication,
             tr("The server answered AUTH with 503 (bad sequence of commands) although this "
                "session has not authenticated: the login did not happen."),
             reply);
        return;
    }
    if (reply.code == 421) {
        // The session closes the connection itself (SmtpSession::deliver).
        fail(ErrorKind::ServerDisconnected, tr("The server closed the connection (421)."), reply);
        return;
    }
    const QByteArray serverError = m_mech->serverError();
    if (!serverError.isEmpty()) {
        // XOAUTH2 / OAUTHBEARER: the reason is in the JSON the server sent before this reply.
        fail(ErrorKind::Authentication,
             tr("The server refused the access token: %1")
                 .arg(OAuthServerError::parse(serverError).readable()),
             reply);
        return;
    }
    fail(ErrorKind::Authentication, tr("The server rejected the credentials."), reply);
}

LoginOperation::LoginOperation(SmtpSession *session, QString user, QString password,
                               bool initialResponseOk, QStringList only)
    : AuthenticationOperation(session, QStringLiteral("login")), m_user(std::move(user)),
      m_password(std::move(password)), m_initialResponseOk(initialResponseOk),
      m_only(std::move(only))
{}

void LoginOperation::start()
{
    greetThen([this] { begin(); });
}

void LoginOperation::begin()
{
    SmtpSession *s = session();
    if (s->requireTls() && !s->isEncrypted()) {
        fail(ErrorKind::Tls, tr("TLS is required, but the connection is not encrypted: "
                                "the credentials were not sent."));
        return;
    }
    if (!s->hasExtn(QStringLiteral("auth"))) {
        fail(ErrorKind::NotSupported, tr("The server does not offer SMTP AUTH."));
        return;
    }
    const QStringList advertised = s->esmtpFeatures().authMechanisms();
    const QStringList wanted = m_only.isEmpty() ? preferredMechanisms() : m_only;
    QStringList skippedClear;
    for (const QString &m : wanted) {
        const QString upper = m.toUpper();
        if (!advertised.contains(upper))
            continue;
        auto mech = createMechanism(upper, m_user, m_password);
        if (!mech)
            continue;
        if (mech->sendsPasswordInClear() && !s->isEncrypted() && !s->allowCleartextAuth()) {
            skippedClear.append(upper);
            continue;
        }
        m_todo.append(upper);
    }
    if (m_todo.isEmpty()) {
        if (!skippedClear.isEmpty()) {
            fail(ErrorKind::General,
                 tr("The server offers only %1, which would send the password unencrypted. "
                    "Use STARTTLS or TLS, or allow cleartext authentication explicitly.")
                     .arg(skippedClear.join(QStringLiteral(", "))));
        } else {
            fail(ErrorKind::General,
                 tr("No suitable authentication mechanism: the server offers %1.")
                     .arg(advertised.isEmpty() ? tr("none")
                                               : advertised.join(QStringLiteral(", "))));
        }
        return;
    }
    tryNext();
}

void LoginOperation::tryNext()
{
    const QString mech = m_todo.takeFirst();
    m_mechanism = mech;
    runChild(new AuthOperation(session(), createMechanism(mech, m_user, m_password),
                               m_initialResponseOk, false),
             [this](SmtpOperation *attempt) { attemptFinished(attempt); });
}

void LoginOperation::attemptFinished(SmtpOperation *child)
{
    if (!child->hasError()) {
        succeed(child->reply());
        return;
    }
    const SmtpError &e = child->error();
    if (e.kind != ErrorKind::Authentication) {
        fail(e);
        return;
    }
    m_last = e;
    // Only a refusal of the mechanism itself lets the next one be tried: 504 (mechanism
    // unknown), 534 (too weak), 538 (needs encryption), or the mechanism could not answer
    // the challenge for a reason of its own (not a SCRAM server that failed to prove itself,
    // see AuthMechanism::failureEndsLogin). Anything else — above all 535 (credentials
    // invalid), with or without 5.7.8 — would send the same password again and count as one
    // more failed login.
    const auto *attempt = qobject_cast<AuthOperation *>(child);
    const bool mechanismRefused =
        e.code == 504 || e.code == 534 || e.code == 538 || (attempt && attempt->mechanismFailed());
    if (!mechanismRefused || m_todo.isEmpty()) {
        m_reply = child->reply();
        fail(m_last);
        return;
    }
    tryNext();
}

} // namespace postel
