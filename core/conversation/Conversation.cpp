#include "Conversation.h"

#include "auth/AuthMechanism.h"
#include "auth/OAuthMechanism.h"
#include "message/SendMessage.h"
#include "smtp/operations/AuthOperation.h"
#include "smtp/operations/TransactionOperation.h"

#include <QIODevice>
#include <QLocale>

namespace postel {

namespace {

// Counts what is written to it and keeps nothing: the size of a serialised message.
class CountingDevice : public QIODevice
{
public:
    CountingDevice() { open(QIODevice::WriteOnly); }
    qint64 count() const { return m_count; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override
    {
        m_count += len;
        return len;
    }

private:
    qint64 m_count = 0;
};

} // namespace

Conversation::Conversation(SmtpSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{}

void Conversation::start(const Plan &plan)
{
    if (m_running)
        return;
    m_plan = plan;
    m_running = true;
    m_quitting = false;
    m_error = SmtpError();
    m_failedStep = Step::None;
    m_outcome = Outcome::NotSent;
    m_auth = AuthResult();
    m_accepted.clear();
    m_refused.clear();
    m_recipientReplies.clear();
    m_vrfy.clear();
    m_expn.clear();
    m_rcptIndex = 0;
    m_tokenRefreshTried = false;
    m_dsnSent = false;
    m_warnings.clear();
    next(Step::None);
}

bool Conversation::handEnvelope() const
{
    return stopsAfter(Stage::Mail) || stopsAfter(Stage::Rcpt) || stopsAfter(Stage::Data);
}

void Conversation::run(Step step)
{
    Q_EMIT stepStarted(step);
    SmtpOperation *op = nullptr;
    switch (step) {
    case Step::None:
        return;
    case Step::Connect:
        op = m_session->connectToHost(m_plan.host, m_plan.port, m_plan.security);
        break;
    case Step::Ehlo:
    case Step::EhloAfterTls:
        op = m_session->ehloOrHeloIfNeeded();
        break;
    case Step::StartTls:
        op = m_session->starttls();
        break;
    case Step::Auth:
        op = startAuth();
        if (!op)
            return;
        break;
    case Step::Vrfy:
        op = m_session->verify(m_plan.vrfy.at(m_vrfy.size()));
        break;
    case Step::Expn:
        op = m_session->expn(m_plan.expn.at(m_expn.size()));
        break;
    case Step::Mail:
        op = m_session->mail(m_plan.from, dsnMailOptions());
        break;
    case Step::Rcpt:
        op = m_session->rcpt(m_plan.to.at(m_rcptIndex), dsnRcptOptions());
        break;
    case Step::Data:
        op = m_session->docmd("DATA");
        break;
    case Step::Send: {
        const QStringList mailOptions = dsnMailOptions();
        const QStringList rcptOptions = dsnRcptOptions();
        op = m_plan.message
                 ? static_cast<SmtpOperation *>(sendMessage(m_session, *m_plan.message, m_plan.from,
                                                            m_plan.to, mailOptions, rcptOptions))
                 : m_session->sendmail(m_plan.from, m_plan.to, m_plan.bytes.value_or(QByteArray()),
                                       mailOptions, rcptOptions);
        connect(op, &SmtpOperation::dataProgress, this, &Conversation::dataProgress);
        break;
    }
    case Step::Quit:
        op = m_session->quit();
        break;
    }
    m_current = op;
    connect(op, &SmtpOperation::finished, this, [this, op, step] { onFinished(op, step); });
}

bool Conversation::usesTokenSource() const
{
    return m_plan.oauthToken && isOAuthMechanism(m_plan.authMechanism);
}

SmtpOperation *Conversation::startAuth()
{
    if (usesTokenSource() && !m_tokenRefreshTried && m_plan.oauthToken->canRefresh() &&
        (m_plan.oauthToken->accessToken().isEmpty() || m_plan.oauthToken->expiresWithin(60))) {
        // None yet, or about to expire: refresh before sending it (this is the one refresh).
        refreshThenAuth({});
        return nullptr;
    }
    if (m_plan.authMechanism.isEmpty() ||
        m_plan.authMechanism.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0)
        return m_session->login(m_plan.authUser, m_plan.authPassword);
    if (isOAuthMechanism(m_plan.authMechanism)) {
        const QString token =
            m_plan.oauthToken ? m_plan.oauthToken->accessToken() : m_plan.authPassword;
        return m_session->auth(createOAuthMechanism(m_plan.authMechanism, m_plan.authUser, token,
                                                    m_plan.host, m_session->peerPort()));
    }
    if (AuthMechanismPtr mechanism =
            createMechanism(m_plan.authMechanism, m_plan.authUser, m_plan.authPassword))
        return m_session->auth(mechanism);
    m_auth = {true, false, m_plan.authMechanism};
    SmtpError e;
    e.kind = ErrorKind::General;
    e.message =
        tr("Postel does not implement the authentication mechanism %1.").arg(m_plan.authMechanism);
    fail(e, Step::Auth);
    return nullptr;
}

void Conversation::refreshThenAuth(const SmtpError &cause)
{
    m_tokenRefreshTried = true;
    m_auth.tokenRefreshed = true;
    const OAuthTokenSourcePtr token = m_plan.oauthToken;
    QPointer<Conversation> self(this);
    token->refresh([self, cause](const OAuthTokenSource::Refreshed &r) {
        // The callback may come back after a cancel (or with the conversation gone).
        if (!self || !self->m_running || self->m_error.kind == ErrorKind::Cancelled)
            return;
        if (!r.ok()) {
            SmtpError e = cause.isError() ? cause : SmtpError();
            e.kind = ErrorKind::Authentication;
            e.message =
                cause.isError()
                    ? tr("%1 Refreshing the access token failed: %2").arg(cause.message, r.error)
                    : tr("Refreshing the access token failed: %1").arg(r.error);
            self->m_auth = {true, false, self->m_plan.authMechanism.toUpper(), true};
            self->fail(e, Step::Auth);
            return;
        }
        self->run(Step::Auth);
    });
}

void Conversation::next(Step after)
{
    const bool somethingToSend = m_plan.message || m_plan.bytes;
    switch (after) {
    case Step::None:
        return run(Step::Connect);
    case Step::Connect:
        if (stopsAfter(Stage::Connect))
            return finish();
        return run(Step::Ehlo);
    case Step::Ehlo:
        if (stopsAfter(Stage::Ehlo))
            return finish();
        if (m_plan.startTls)
            return run(Step::StartTls);
        [[fallthrough]];
    case Step::EhloAfterTls:
        if (stopsAfter(Stage::Tls))
            return finish();
        if (!m_plan.authUser.isEmpty())
            return run(Step::Auth);
        [[fallthrough]];
    case Step::Auth:
        if (stopsAfter(Stage::Auth))
            return finish();
        [[fallthrough]];
    case Step::Vrfy:
        if (m_vrfy.size() < m_plan.vrfy.size())
            return run(Step::Vrfy);
        [[fallthrough]];
    case Step::Expn:
        if (m_expn.size() < m_plan.expn.size())
            return run(Step::Expn);
        if (handEnvelope())
            return run(Step::Mail);
        if (somethingToSend && tooLarge())
            return;
        return somethingToSend ? run(Step::Send) : finish();
    case Step::StartTls:
        return run(Step::EhloAfterTls);
    case Step::Mail:
        if (stopsAfter(Stage::Mail))
            return finish();
        return run(Step::Rcpt);
    case Step::Rcpt:
        if (m_rcptIndex < m_plan.to.size())
            return run(Step::Rcpt);
        if (stopsAfter(Stage::Rcpt))
            return finish();
        return run(Step::Data);
    case Step::Data:
        // The server now waits for the message: QUIT is impossible, so hang up.
        m_session->close();
        return finish();
    case Step::Send:
    case Step::Quit:
        return finish();
    }
}

void Conversation::onFinished(SmtpOperation *op, Step step)
{
    m_current = nullptr;
    Q_EMIT stepFinished(step, op);
    op->deleteLater();
    if (step == Step::Quit) {
        m_quitting = false;
        m_running = false;
        Q_EMIT finished();
        return;
    }
    if (step == Step::Auth) {
        const auto *auth = qobject_cast<AuthenticationOperation *>(op);
        m_auth = {true, !op->hasError(), auth ? auth->mechanism() : m_plan.authMechanism,
                  m_auth.tokenRefreshed};
        // The server refused the bearer token: one refresh and one more AUTH, never more.
        if (op->hasError() && op->error().kind == ErrorKind::Authentication && usesTokenSource() &&
            m_plan.oauthToken->canRefresh() && !m_tokenRefreshTried && m_session->isConnected())
            return refreshThenAuth(op->error());
    }
    if (step == Step::Send) {
        const auto *transaction = qobject_cast<TransactionOperation *>(op);
        const SendResult result = transaction ? transaction->result() : SendResult();
        m_refused = op->hasError() ? op->error().recipients : result.refused;
        m_accepted = result.accepted;
        m_recipientReplies = result.recipientReplies;
        if (!op->hasError())
            m_outcome = m_refused.isEmpty() ? Outcome::Sent : Outcome::PartlySent;
        else if (result.unanswered(op->error()))
            m_outcome = Outcome::Unknown;
    }
    if (op->hasError())
        return fail(op->error(), step);
    switch (step) {
    case Step::Vrfy:
        m_vrfy.append({m_plan.vrfy.at(m_vrfy.size()), op->reply()});
        break;
    case Step::Expn:
        m_expn.append({m_plan.expn.at(m_expn.size()), op->reply()});
        break;
    case Step::Mail:
        // By hand, as smtplib's mail(): the reply is returned, refusing is up to us.
        if (op->code() != 250)
            return fail(SmtpError::senderRefused(op->code(), op->text(), m_plan.from), step);
        break;
    case Step::Rcpt: {
        const QString rcpt = m_plan.to.at(m_rcptIndex++);
        m_recipientReplies.insert(rcpt, op->reply());
        if (op->code() == 250 || op->code() == 251)
            m_accepted.append(rcpt);
        else
            m_refused.insert(rcpt, {op->code(), op->text()});
        if (m_rcptIndex == m_plan.to.size() && m_accepted.isEmpty())
            return fail(SmtpError::recipientsRefused(m_refused), step);
        break;
    }
    case Step::Data:
        if (op->code() != 354) {
            return fail({ErrorKind::Data,
                         op->code(),
                         op->text(),
                         tr("The server did not accept DATA."),
                         {},
                         m_refused},
                        step);
        }
        break;
    default:
        break;
    }
    next(step);
}

bool Conversation::tooLarge()
{
    // RFC 1870: a message larger than the server's SIZE is not offered at all. The size is
    // the one MAIL's SIZE= would announce: the message as it would be sent.
    const std::optional<qint64> limit = m_session->esmtpFeatures().sizeLimit();
    if (!limit || *limit <= 0)
        return false;
    qint64 size = 0;
    if (m_plan.message) {
        CountingDevice counter;
        const Capabilities &caps = m_session->esmtpFeatures();
        const PreparedMessage prepared =
            prepareForSending(*m_plan.message, caps.smtpUtf8(), caps.eightBitMime(), &counter,
                              m_plan.from, m_plan.to);
        if (!prepared.ok)
            return false; // sendMessage() says what is wrong
        size = counter.count();
    } else {
        size = m_plan.bytes.value_or(QByteArray()).size();
    }
    if (size <= *limit)
        return false;
    const QLocale l;
    fail(SmtpError(ErrorKind::NotSupported, 0, {},
                   tr("The message is too large for this server: it is %1, %2 more than the "
                      "limit of %3 the server announced (SIZE %4). Nothing was sent.")
                       .arg(l.formattedDataSize(size), l.formattedDataSize(size - *limit),
                            l.formattedDataSize(*limit), QString::number(*limit)),
                   {}, {}, QStringLiteral("message-too-large")),
         Step::Send);
    return true;
}

QStringList Conversation::dsnMailOptions()
{
    if (m_plan.dsn.isEmpty())
        return {};
    if (!m_session->hasExtn(QStringLiteral("dsn"))) {
        const QString warning =
            tr("The server does not advertise DSN (RFC 3461): the message goes without the "
               "delivery status request, so no success or delay report will come.");
        if (!m_warnings.contains(warning))
            m_warnings.append(warning);
        return {};
    }
    m_dsnSent = true;
    return m_plan.dsn.mailOptions();
}

QStringList Conversation::dsnRcptOptions()
{
    if (m_plan.dsn.isEmpty() || !m_session->hasExtn(QStringLiteral("dsn")))
        return {};
    return m_plan.dsn.rcptOptions();
}

void Conversation::fail(const SmtpError &error, Step step)
{
    m_error = error;
    m_failedStep = step;
    if (error.kind == ErrorKind::RecipientsRefused)
        m_refused = error.recipients;
    finish();
}

void Conversation::finish()
{
    // QUIT politely whatever happened (not after a cancel, nor in the middle of a TLS
    // handshake that failed: the socket is closing and a QUIT would only fail), then report.
    const bool midHandshake = m_session->state() == SmtpSession::State::TlsHandshake ||
                              m_session->state() == SmtpSession::State::Connecting;
    if (m_session->isConnected() && !midHandshake && m_error.kind != ErrorKind::Cancelled &&
        !m_quitting) {
        m_quitting = true;
        run(Step::Quit);
        return;
    }
    m_running = false;
    Q_EMIT finished();
}

void Conversation::cancel()
{
    if (!m_running)
        return;
    // The operation under way fails as cancelled, and onFinished() reports it.
    m_session->abort();
    if (m_running && !m_current) {
        SmtpError e;
        e.kind = ErrorKind::Cancelled;
        e.message = tr("Cancelled.");
        m_error = e;
        m_running = false;
        Q_EMIT finished();
    }
}

} // namespace postel
