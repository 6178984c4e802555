#include "SendController.h"

#include <QFile>
#include <QSslConfiguration>

namespace postel {

SendController::SendController(SmtpSession *session, QObject *parent)
    : QObject(parent), m_session(session), m_conversation(session)
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
            m_outcome.untrustedChain = m_session->peerCertificateChain();
        },
        Qt::DirectConnection);
    connect(m_session, &SmtpSession::entry, this, [this](const TranscriptEntry &e) {
        if (m_conversation.isRunning())
            m_entries.append(e);
    });
    connect(&m_conversation, &Conversation::stepStarted, this,
            [this](Conversation::Step step) { Q_EMIT stepStarted(describe(step)); });
    connect(&m_conversation, &Conversation::stepFinished, this, [this](Conversation::Step step) {
        if (step == Conversation::Step::Ehlo || step == Conversation::Step::EhloAfterTls)
            Q_EMIT capabilitiesReceived();
    });
    connect(&m_conversation, &Conversation::dataProgress, this, &SendController::dataProgress);
    connect(&m_conversation, &Conversation::finished, this, &SendController::onFinished);
    connect(&m_mx, &MxLookup::finished, this, &SendController::onMxResolved);
}

void SendController::configureSession(SmtpSession *session, const ServerProfile &profile)
{
    session->setTimeout(qMax(1, profile.timeoutSeconds) * 1000);
    session->setLocalHostname(profile.heloName);
    session->setRequireTls(profile.requireTls);
    session->setAllowCleartextAuth(profile.allowCleartextAuth);
    session->setPinnedCertificate(profile.pinnedSha256);
    session->setTlsPeerName(QString()); // set again once an MX host is chosen
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!profile.caFile.isEmpty())
        tls.addCaCertificates(profile.caFile);
    if (!profile.verifyCertificate)
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    session->setTlsConfiguration(tls);
}

void SendController::start(const ServerProfile &profile, const QString &password, Mode mode,
                           const MailMessage &message, const DsnRequest &dsn)
{
    if (isRunning())
        return;
    m_profile = profile;
    m_outcome = Outcome();
    m_outcome.mode = mode;
    m_entries.clear();
    m_envelopeRecipients = mode == Mode::Send ? message.envelopeRecipients() : QStringList();
    m_target = QStringLiteral("%1:%2").arg(profile.host).arg(profile.port);
    configureSession(m_session, profile);
    if (m_session->isConnected())
        m_session->close();

    Conversation::Plan plan;
    plan.host = profile.host;
    plan.port = profile.port;
    plan.security = profile.security;
    plan.startTls = profile.security == SmtpSession::Security::StartTls;
    plan.authUser = profile.user;
    plan.authPassword = password;
    plan.authMechanism = profile.authMechanism;
    if (profile.usesOAuth() && !profile.user.isEmpty()) {
        plan.authPassword.clear();
        if (password.isEmpty()) {
            m_resolving = true; // reported from the event loop, as every other outcome is
            QMetaObject::invokeMethod(
                this,
                [this] {
                    failBeforeConnecting(ErrorKind::Authentication,
                                         tr("This profile signs in with OAuth 2.0, and Postel "
                                            "holds no token for it: open the server profiles "
                                            "and sign in."),
                                         tr("Logging in as %1").arg(m_profile.user));
                },
                Qt::QueuedConnection);
            return;
        }
        plan.oauthToken = tokenSource(profile, password);
    }
    if (mode == Mode::Send) {
        plan.message = message;
        plan.dsn = dsn;
    }
    if (profile.route == ServerProfile::Route::RecipientMx) {
        m_plan = plan;
        // A connection test has no message of its own: the recipients of the one given
        // (the composer's) name the domain.
        resolveRecipientMx(message.envelopeRecipients());
        return;
    }
    m_conversation.start(plan);
}

void SendController::resolveRecipientMx(const QStringList &recipients)
{
    const QString domain =
        recipients.isEmpty() ? QString() : MxLookup::domainOf(recipients.first());
    if (domain.isEmpty()) {
        // Reported from the event loop, as every other outcome is.
        QMetaObject::invokeMethod(
            this,
            [this] {
                failBeforeConnecting(ErrorKind::Usage,
                                     tr("This profile sends to the recipient's mail server: "
                                        "add a recipient first."));
            },
            Qt::QueuedConnection);
        m_resolving = true;
        return;
    }
    QHostAddress dns;
    if (!m_profile.dnsServer.isEmpty() && !dns.setAddress(m_profile.dnsServer)) {
        m_resolving = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                failBeforeConnecting(ErrorKind::Usage,
                                     tr("The profile's DNS server “%1” is not an IP address.")
                                         .arg(m_profile.dnsServer));
            },
            Qt::QueuedConnection);
        return;
    }
    m_resolving = true;
    m_mx.setNameserver(dns);
    Q_EMIT stepStarted(tr("Looking up the mail server of %1…").arg(domain));
    m_mx.lookup(domain);
}

void SendController::onMxResolved()
{
    if (!m_resolving)
        return;
    if (m_mx.status() != MxLookup::Status::Found)
        return failBeforeConnecting(ErrorKind::Connect, m_mx.errorString());
    // The most preferred host that has an address; the certificate must name the host.
    for (const MxHost &host : m_mx.hosts()) {
        if (host.addresses.isEmpty())
            continue;
        m_resolving = false;
        const QHostAddress address = host.addresses.first();
        m_session->setTlsPeerName(host.name);
        m_plan.host = address.toString();
        m_target = tr("%1 (%2), port %3").arg(host.name, address.toString()).arg(m_profile.port);
        m_conversation.start(m_plan);
        return;
    }
    failBeforeConnecting(ErrorKind::Connect, m_mx.hosts().first().addressError);
}

OAuthTokenSourcePtr SendController::tokenSource(const ServerProfile &profile,
                                                const QString &refreshToken)
{
    CachedToken &cached = m_tokens[profile.id];
    if (!cached.source || !cached.refreshTokens.contains(refreshToken)) {
        cached.source =
            std::make_shared<ProviderTokenSource>(&m_oauth, profile.oauth, refreshToken);
        cached.refreshTokens = {refreshToken};
    }
    const QString secretId = profile.oauthSecretId();
    const QString profileId = profile.id;
    cached.source->refreshTokenChanged = [this, secretId, profileId](const QString &token) {
        m_tokens[profileId].refreshTokens.append(token);
        Q_EMIT refreshTokenChanged(secretId, token);
    };
    return cached.source;
}

void SendController::failBeforeConnecting(ErrorKind kind, const QString &message,
                                          const QString &step)
{
    if (!m_resolving)
        return;
    m_resolving = false;
    m_outcome.ok = false;
    m_outcome.error = SmtpError();
    m_outcome.error.kind = kind;
    m_outcome.error.message = message;
    m_outcome.cancelled = kind == ErrorKind::Cancelled;
    m_outcome.failedStep = step.isEmpty() ? tr("Looking up the recipient's mail server") : step;
    Q_EMIT finished(m_outcome);
}

QString SendController::describe(Conversation::Step step) const
{
    switch (step) {
    case Conversation::Step::Connect:
        return tr("Connecting to %1…").arg(m_target);
    case Conversation::Step::Ehlo:
        return tr("Saying EHLO…");
    case Conversation::Step::StartTls:
        return tr("Starting TLS…");
    case Conversation::Step::EhloAfterTls:
        return tr("Saying EHLO again over TLS…");
    case Conversation::Step::Auth:
        return tr("Logging in as %1…").arg(m_profile.user);
    case Conversation::Step::Send:
        return tr("Sending the message…");
    case Conversation::Step::Quit:
        return tr("Saying goodbye (QUIT)…");
    default:
        return {};
    }
}

void SendController::onFinished()
{
    const bool ok = !m_conversation.hasError();
    m_outcome.ok = ok;
    m_outcome.error = m_conversation.error();
    m_outcome.cancelled = m_outcome.error.kind == ErrorKind::Cancelled;
    m_outcome.failedStep = ok ? QString() : describe(m_conversation.failedStep());
    m_outcome.warnings = m_conversation.warnings();
    m_outcome.unknown = m_outcome.mode == Mode::Send && !ok &&
                        m_conversation.outcome() == Conversation::Outcome::Unknown;
    if (!ok && m_outcome.error.kind != ErrorKind::Tls)
        m_outcome.sslErrors.clear();
    if (m_outcome.mode == Mode::Send)
        collectRecipients();
    m_outcome.record = SessionRecord::capture(m_conversation, m_entries);
    m_outcome.record.customCa = !m_profile.caFile.isEmpty();
    m_outcome.record.pinned = !m_profile.pinnedSha256.isEmpty();
    m_entries.clear();
    Q_EMIT finished(m_outcome);
}

void SendController::collectRecipients()
{
    const QStringList &accepted = m_conversation.accepted();
    const RefusedMap &refused = m_conversation.refused();
    const QMap<QString, Reply> &replies = m_conversation.recipientReplies();
    // The RCPT reply for an address, whatever case the caller wrote it in.
    auto rcptReply = [&replies](const QString &address) {
        for (auto it = replies.cbegin(); it != replies.cend(); ++it) {
            if (it.key().compare(address, Qt::CaseInsensitive) == 0)
                return it.value();
        }
        return Reply();
    };
    m_outcome.recipients.clear();
    m_outcome.refusedCount = 0;
    QStringList all = m_envelopeRecipients;
    for (const QString &a : accepted) {
        if (!all.contains(a, Qt::CaseInsensitive))
            all.append(a);
    }
    for (auto it = refused.cbegin(); it != refused.cend(); ++it) {
        if (!all.contains(it.key(), Qt::CaseInsensitive))
            all.append(it.key());
    }
    for (const QString &address : all) {
        RecipientResult r;
        r.address = address;
        const auto refusal = refused.constFind(address);
        if (refusal != refused.cend()) {
            r.accepted = false;
            r.reply = rcptReply(address);
            if (!r.reply.isValid()) {
                r.reply.code = refusal->code;
                r.reply.lines = refusal->text.split('\n');
            }
            ++m_outcome.refusedCount;
        } else if (accepted.contains(address, Qt::CaseInsensitive)) {
            r.accepted = true;
            r.reply = rcptReply(address);
        } else {
            continue; // never reached RCPT (the transaction failed before)
        }
        m_outcome.recipients.append(r);
    }
}

void SendController::cancel()
{
    if (m_resolving) {
        m_mx.abort();
        return failBeforeConnecting(ErrorKind::Cancelled, tr("Cancelled."));
    }
    m_conversation.cancel();
}

} // namespace postel
