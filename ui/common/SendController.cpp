#include "SendController.h"

#include "auth/AuthMechanism.h"
#include "message/SendMessage.h"

#include <QFile>
#include <QSslConfiguration>

namespace postel {

namespace {
// The RCPT reply for an address, whatever case the caller wrote it in.
Reply rcptReply(const SmtpOperation *op, const QString &address)
{
    const QMap<QString, Reply> &replies = op->recipientReplies();
    for (auto it = replies.cbegin(); it != replies.cend(); ++it) {
        if (it.key().compare(address, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}
} // namespace

SendController::SendController(SmtpSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    // The handshake is decided synchronously: remember what was wrong, refuse, and let the
    // window ask the user afterwards (a trusted certificate is pinned and the send retried).
    connect(
        m_session, &SmtpSession::sslErrors, this,
        [this](const QList<QSslError> &errors) {
            m_outcome.sslErrors = errors;
            // The leaf the server showed, which is what a pin must match (an error's own
            // certificate may be an intermediate).
            m_outcome.untrustedCertificate = m_session->peerCertificate();
        },
        Qt::DirectConnection);
}

void SendController::configureSession(SmtpSession *session, const ServerProfile &profile)
{
    session->setTimeout(qMax(1, profile.timeoutSeconds) * 1000);
    session->setLocalHostname(profile.heloName);
    session->setRequireTls(profile.requireTls);
    session->setAllowCleartextAuth(profile.allowCleartextAuth);
    session->setPinnedCertificate(profile.pinnedSha256);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!profile.caFile.isEmpty())
        tls.addCaCertificates(profile.caFile);
    if (!profile.verifyCertificate)
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    session->setTlsConfiguration(tls);
}

void SendController::start(const ServerProfile &profile, const QString &password, Mode mode,
                           const MailMessage &message)
{
    if (m_running)
        return;
    m_running = true;
    m_quitting = false;
    m_outcome = Outcome();
    m_outcome.mode = mode;
    m_message = message;
    m_envelopeRecipients = mode == Mode::Send ? message.envelopeRecipients() : QStringList();
    m_steps.clear();
    configureSession(m_session, profile);

    if (m_session->isConnected())
        m_session->close();
    const auto security = profile.security;
    addStep(tr("Connecting to %1:%2…").arg(profile.host).arg(profile.port),
            [=, this] { return m_session->connectToHost(profile.host, profile.port, security); });
    addStep(tr("Saying EHLO…"), [this] { return m_session->ehloOrHeloIfNeeded(); });
    if (security == SmtpSession::Security::StartTls) {
        addStep(tr("Starting TLS…"), [this] { return m_session->starttls(); });
        addStep(tr("Saying EHLO again over TLS…"), [this] { return m_session->ehlo(); });
    }
    if (!profile.user.isEmpty()) {
        const QString user = profile.user;
        const QString mechanism = profile.authMechanism;
        addStep(tr("Logging in as %1…").arg(user), [=, this]() -> SmtpOperation * {
            if (mechanism.isEmpty())
                return m_session->login(user, password);
            return m_session->auth(createMechanism(mechanism, user, password));
        });
    }
    if (mode == Mode::Send) {
        addStep(tr("Sending the message…"), [this] {
            SmtpOperation *op = sendMessage(m_session, m_message);
            connect(op, &SmtpOperation::dataProgress, this, &SendController::dataProgress);
            return op;
        });
    }
    runNext();
}

void SendController::addStep(const QString &description, Step step)
{
    m_steps.append({description, std::move(step)});
}

void SendController::runNext()
{
    if (m_steps.isEmpty()) {
        finish(true);
        return;
    }
    PendingStep next = m_steps.takeFirst();
    m_currentStep = next.description;
    Q_EMIT stepStarted(next.description);
    SmtpOperation *op = next.step();
    if (!op) {
        SmtpError e;
        e.kind = ErrorKind::General;
        e.message = tr("Postel does not implement this authentication mechanism.");
        finish(false, e);
        return;
    }
    m_current = op;
    connect(op, &SmtpOperation::finished, this, [this, op] { onStepFinished(op); });
}

void SendController::onStepFinished(SmtpOperation *op)
{
    m_current = nullptr;
    op->deleteLater();
    if (!m_running)
        return;
    const QString name = op->name();
    if (name.contains(QLatin1String("ehlo")) || name.contains(QLatin1String("helo")))
        Q_EMIT capabilitiesReceived();
    if (name.contains(QLatin1String("send")) || !op->refused().isEmpty() ||
        !op->accepted().isEmpty())
        collectRecipients(op);
    if (op->hasError()) {
        finish(false, op->error());
        return;
    }
    runNext();
}

void SendController::collectRecipients(const SmtpOperation *op)
{
    m_outcome.recipients.clear();
    m_outcome.refusedCount = 0;
    QStringList all = m_envelopeRecipients;
    for (const QString &a : op->accepted()) {
        if (!all.contains(a, Qt::CaseInsensitive))
            all.append(a);
    }
    for (auto it = op->refused().cbegin(); it != op->refused().cend(); ++it) {
        if (!all.contains(it.key(), Qt::CaseInsensitive))
            all.append(it.key());
    }
    for (const QString &address : all) {
        RecipientResult r;
        r.address = address;
        const auto refused = op->refused().constFind(address);
        if (refused != op->refused().cend()) {
            r.accepted = false;
            r.reply = rcptReply(op, address);
            if (!r.reply.isValid()) {
                r.reply.code = refused->code;
                r.reply.lines = refused->text.split('\n');
            }
            ++m_outcome.refusedCount;
        } else if (op->accepted().contains(address, Qt::CaseInsensitive)) {
            r.accepted = true;
            r.reply = rcptReply(op, address);
        } else {
            continue; // never reached RCPT (the transaction failed before)
        }
        m_outcome.recipients.append(r);
    }
}

void SendController::finish(bool ok, const SmtpError &error)
{
    m_steps.clear();
    m_outcome.ok = ok;
    m_outcome.error = error;
    m_outcome.cancelled = error.kind == ErrorKind::Cancelled;
    m_outcome.failedStep = ok ? QString() : m_currentStep;
    if (!ok && error.kind != ErrorKind::Tls)
        m_outcome.sslErrors.clear();
    // QUIT politely whatever happened, then report: the next start() finds a closed session.
    if (m_session->isConnected() && !m_outcome.cancelled && !m_quitting) {
        m_quitting = true;
        Q_EMIT stepStarted(tr("Saying goodbye (QUIT)…"));
        SmtpOperation *quit = m_session->quit();
        connect(quit, &SmtpOperation::finished, this, [this, quit] {
            quit->deleteLater();
            m_quitting = false;
            m_running = false;
            Q_EMIT finished(m_outcome);
        });
        return;
    }
    m_running = false;
    Q_EMIT finished(m_outcome);
}

void SendController::cancel()
{
    if (!m_running)
        return;
    m_steps.clear();
    if (m_quitting) {
        m_session->abort();
        return;
    }
    // The active operation fails as Cancelled and finish() reports it.
    m_session->abort();
    if (!m_current) {
        SmtpError e;
        e.kind = ErrorKind::Cancelled;
        e.message = tr("Cancelled.");
        finish(false, e);
    }
}

} // namespace postel
