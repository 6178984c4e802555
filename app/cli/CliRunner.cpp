#include "CliRunner.h"
#include "LadderOption.h"
#include "SessionSetup.h"
#include "auth/OAuthMechanism.h"
#include "diagnosis/Doctor.h"
#include "explain/SessionExplainer.h"

#include <QHash>

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <cstdio>

namespace postel {

namespace {

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

// auth {mechanism, ok}, and token_refreshed for XOAUTH2 / OAUTHBEARER (never the token).
QJsonObject authJson(const Conversation::AuthResult &auth)
{
    QJsonObject o{{QStringLiteral("mechanism"), auth.mechanism}, {QStringLiteral("ok"), auth.ok}};
    if (isOAuthMechanism(auth.mechanism))
        o[QStringLiteral("token_refreshed")] = auth.tokenRefreshed;
    return o;
}

QJsonValue replyJson(const Reply &r)
{
    if (!r.isValid())
        return QJsonValue::Null;
    return QJsonArray{r.code, text(r.text())};
}

QByteArray defaultMessage(const QString &from, const QStringList &to)
{
    const auto sender = MailAddress::parse(from);
    QByteArray m;
    m += "From: " + from.toUtf8() + "\r\n";
    m += "To: " + to.join(QStringLiteral(", ")).toUtf8() + "\r\n";
    m += "Subject: Postel test message\r\n";
    m += "Date: " + QDateTime::currentDateTime().toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    m += "Message-ID: <" +
         MailMessage::generateMessageId(sender ? sender->address : from).toUtf8() + ">\r\n";
    m += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n";
    m += "This is a test message sent by postel-cli.\r\n";
    return m;
}

// Words for a terminal: nothing a server sent reaches it raw.
QByteArray terminal(const QString &text)
{
    return TranscriptFormat::escaped(text).toLocal8Bit();
}

// One argument as a POSIX shell reads it back.
QString shellQuoted(const QString &argument)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9@%_+=:,./-]+$"));
    if (!argument.isEmpty() && safe.match(argument).hasMatch())
        return argument;
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// Postel-cli's own words around the diagnosis.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int exitCodeFor(const Conversation &c)
{
    if (c.outcome() == Conversation::Outcome::Unknown)
        return ExitOutcomeUnknown;
    int code = ExitProtocolError;
    switch (c.error().kind) {
    case ErrorKind::RecipientsRefused:
        code = ExitAllRefused;
        break;
    case ErrorKind::SenderRefused:
        code = ExitSenderRefused;
        break;
    case ErrorKind::Authentication:
    case ErrorKind::General:
        code = ExitAuthFailed;
        break;
    case ErrorKind::NotSupported:
        code = c.failedStep() == Conversation::Step::Auth       ? ExitAuthFailed
               : c.failedStep() == Conversation::Step::StartTls ? ExitTlsFailed
                                                                : ExitProtocolError;
        break;
    case ErrorKind::Tls:
        code = ExitTlsFailed;
        break;
    case ErrorKind::Connect:
    case ErrorKind::ServerDisconnected:
    case ErrorKind::Timeout:
    case ErrorKind::Cancelled:
        code = ExitConnectionFailed;
        break;
    case ErrorKind::Usage:
        code = ExitUsage;
        break;
    case ErrorKind::Response:
    case ErrorKind::Data:
    case ErrorKind::Helo:
    case ErrorKind::Protocol:
    case ErrorKind::None:
        code = ExitProtocolError;
        break;
    }
    return code;
}

} // namespace

CliRunner::CliRunner(CliOptions options, QObject *parent)
    : QObject(parent), m_opt(std::move(options))
{}

void CliRunner::start()
{
    configureSession(m_session,
                     {m_opt.caFile, m_opt.noVerify, m_opt.timeoutSeconds * 1000, m_opt.ehloName});
    m_session.setLmtp(m_opt.lmtp);
    m_session.setRequireTls(m_opt.requireTls);
    m_session.setAllowCleartextAuth(m_opt.allowCleartextAuth);
    if (!m_opt.trustCertificate.isEmpty())
        m_session.setPinnedCertificate(m_opt.trustCertificate);
    m_session.setDebugLevel(m_opt.debugLevel);
    m_transcript.setDebugLevel(m_opt.debugLevel);
    m_transcript.attach(&m_session);
    connect(&m_transcript, &Transcript::debugOutput, this, [this](const QString &line) {
        // Already escaped by TranscriptFormat; escaped again line by line, so that no
        // listener's text reaches the terminal raw.
        for (const QString &l : line.split(QLatin1Char('\n')))
            std::fprintf(stderr, "%s\n", terminal(l).constData());
        // --explain: an indented explanation under each reply (debugOutput follows the
        // entry's entryAdded, so the last entry is the one just printed).
        const QList<TranscriptEntry> &entries = m_transcript.entries();
        if (m_opt.explain && !entries.isEmpty() &&
            entries.last().direction == TranscriptEntry::Server) {
            const QStringList lines =
                SessionExplainer::explainLast(entries).split(QLatin1Char('\n'));
            for (const QString &l : lines)
                std::fprintf(stderr, "    # %s\n", terminal(l).constData());
        }
        std::fflush(stderr);
    });

    Conversation::Plan plan;
    plan.host = m_opt.server; // "host:port" is split by the session, as smtplib's connect()
    plan.security =
        m_opt.tlsOnConnect ? SmtpSession::Security::ImplicitTls : SmtpSession::Security::None;
    plan.startTls = !m_opt.tlsOnConnect && (m_opt.starttls || m_opt.requireTls);
    if (!m_opt.authUser.isEmpty() || !m_opt.auth.isEmpty()) {
        plan.authUser = m_opt.authUser;
        plan.authPassword = m_opt.authPassword;
        plan.authMechanism = m_opt.auth;
        if (isOAuthMechanism(m_opt.auth)) {
            plan.authPassword.clear();
            plan.oauthToken =
                m_opt.oauthToken ? m_opt.oauthToken : std::make_shared<OAuthToken>(m_opt.authToken);
        }
    }
    plan.vrfy = m_opt.vrfy;
    plan.expn = m_opt.expn;
    plan.from = m_opt.from;
    plan.to = m_opt.to;
    if (m_opt.mail)
        plan.message = m_opt.mail;
    else if (m_opt.haveMessage)
        plan.bytes = m_opt.message;
    else if (!m_opt.from.isEmpty() || !m_opt.to.isEmpty())
        plan.bytes = defaultMessage(m_opt.from, m_opt.to);
    static const QHash<QString, Conversation::Stage> stages{
        {QStringLiteral("connect"), Conversation::Stage::Connect},
        {QStringLiteral("ehlo"), Conversation::Stage::Ehlo},
        {QStringLiteral("tls"), Conversation::Stage::Tls},
        {QStringLiteral("auth"), Conversation::Stage::Auth},
        {QStringLiteral("mail"), Conversation::Stage::Mail},
        {QStringLiteral("rcpt"), Conversation::Stage::Rcpt},
        {QStringLiteral("data"), Conversation::Stage::Data}};
    plan.stopAfter = stages.value(m_opt.quitAfter, Conversation::Stage::End);
    plan.dsn = m_opt.dsn;
    connect(&m_conversation, &Conversation::finished, this, &CliRunner::onFinished);
    m_conversation.start(plan);
}

void CliRunner::onFinished()
{
    const Conversation &c = m_conversation;
    if (!c.hasError())
        m_exitCode = c.refused().isEmpty() ? ExitOk : ExitSomeRefused;
    else
        m_exitCode = exitCodeFor(c);
    m_record = SessionRecord::capture(m_conversation, m_transcript.entries());
    m_record.customCa = !m_opt.caFile.isEmpty();
    m_record.pinned = !m_opt.trustCertificate.isEmpty();
    m_findings = Doctor::diagnose(m_record);
    if (m_opt.diagnose) {
        ProbeOptions options;
        options.timeoutMs = std::min(m_opt.timeoutSeconds, 5) * 1000;
        options.ehloName = m_opt.ehloName;
        options.tls = m_session.tlsConfiguration();
        options = ProbeOptions::fromEnvironment(options);
        if (!Prober::plan(m_record, options).isEmpty()) {
            connect(&m_prober, &Prober::finished, this, [this] {
                m_record.probes = m_prober.results();
                m_findings = Doctor::diagnose(m_record);
                diagnosed();
            });
            m_prober.start(m_record, options);
            return;
        }
    }
    diagnosed();
}

void CliRunner::diagnosed()
{
    if (!m_opt.recordFile.isEmpty()) {
        QSaveFile f(m_opt.recordFile);
        if (!f.open(QIODevice::WriteOnly) ||
            f.write(QJsonDocument(m_record.toJson()).toJson(QJsonDocument::Indented)) < 0 ||
            !f.commit())
            std::fprintf(
                stderr, "postel-cli: %s\n",
                terminal(Cli::tr("Cannot write %1: %2").arg(m_opt.recordFile, f.errorString()))
                    .constData());
    }
    if (!m_opt.json) {
        for (const QString &warning : m_conversation.warnings())
            std::fprintf(stderr, "postel-cli: %s\n",
                         terminal(Cli::tr("Warning: %1").arg(warning)).constData());
    }
    QString ladderError;
    if (!m_opt.ladderFile.isEmpty() &&
        !LadderOption::write(m_opt.ladderFile, m_transcript.entries(), m_opt.server, &ladderError))
        std::fprintf(stderr, "postel-cli: %s\n",
                     terminal(Cli::tr("Cannot write %1: %2").arg(m_opt.ladderFile, ladderError))
                         .constData());
    if (!m_opt.json && m_conversation.hasError()) {
        std::fprintf(stderr, "postel-cli: %s\n",
                     terminal(m_conversation.error().describe()).constData());
        printDiagnosis();
    }
    Q_EMIT done();
}

void CliRunner::printDiagnosis() const
{
    if (m_findings.isEmpty())
        return;
    const Finding &f = m_findings.first();
    auto line = [](const QString &text) {
        std::fprintf(stderr, "%s\n", terminal(text).constData());
    };
    line(Cli::tr("Diagnosis: %1").arg(f.title));
    line(QStringLiteral("  ") + f.explanation);
    if (!f.evidence.isEmpty())
        line(QStringLiteral("  ") +
             (f.confirmed ? Cli::tr("Confirmed: %1") : Cli::tr("Checked: %1")).arg(f.evidence));
    line(Cli::tr("Fix: %1").arg(f.fix));
    const QStringList changed = f.retry.cliArguments();
    if (!changed.isEmpty()) {
        QStringList command{shellQuoted(QCoreApplication::arguments().value(0))};
        for (const QString &a : f.retry.applyToArguments(m_opt.arguments))
            command.append(shellQuoted(a));
        line(Cli::tr("Retry: %1").arg(command.join(QLatin1Char(' '))));
    }
    for (qsizetype i = 1; i < m_findings.size(); ++i)
        line(Cli::tr("Also: %1").arg(m_findings.at(i).title));
    std::fflush(stderr);
}

QJsonObject CliRunner::tlsJson() const
{
    const TlsInfo &t = m_session.tlsInfo();
    if (t.protocol.isEmpty())
        return {};
    return QJsonObject{
        {QStringLiteral("protocol"), t.protocol},
        {QStringLiteral("cipher"), t.cipher},
        {QStringLiteral("peer_subject"), t.peerSubject()},
        {QStringLiteral("issuer"), t.peerIssuer()},
        {QStringLiteral("expiry"), t.peerExpiry().toUTC().toString(Qt::ISODate)},
        {QStringLiteral("verified"), t.verified},
        {QStringLiteral("fingerprint_sha256"), t.peerFingerprintSha256()},
    };
}

QJsonObject CliRunner::report() const
{
    QJsonObject o;
    o[QStringLiteral("server")] = m_opt.server;
    o[QStringLiteral("greeting")] = replyJson(m_session.greeting());
    QJsonObject caps;
    const Capabilities &advertised = m_session.lastAdvertised();
    for (auto it = advertised.features().cbegin(); it != advertised.features().cend(); ++it)
        caps[it.key()] = it.value();
    o[QStringLiteral("capabilities")] = caps;
    const QJsonObject tls = tlsJson();
    o[QStringLiteral("tls")] = tls.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(tls);
    const Conversation &c = m_conversation;
    o[QStringLiteral("auth")] =
        c.auth().attempted ? QJsonValue(authJson(c.auth())) : QJsonValue(QJsonValue::Null);
    QJsonArray accepted;
    for (const QString &a : c.accepted())
        accepted.append(a);
    o[QStringLiteral("accepted")] = accepted;
    QJsonObject refused;
    for (auto it = c.refused().cbegin(); it != c.refused().cend(); ++it)
        refused[it.key()] = QJsonArray{it.value().code, text(it.value().text)};
    o[QStringLiteral("refused")] = refused;
    auto pairs = [](const QList<QPair<QString, Reply>> &list) {
        QJsonObject out;
        for (const auto &p : list)
            out[p.first] = replyJson(p.second);
        return out;
    };
    if (!c.vrfyReplies().isEmpty())
        o[QStringLiteral("vrfy")] = pairs(c.vrfyReplies());
    if (!c.expnReplies().isEmpty())
        o[QStringLiteral("expn")] = pairs(c.expnReplies());
    if (c.hasError()) {
        const SmtpError &e = c.error();
        o[QStringLiteral("error")] = QJsonObject{
            {QStringLiteral("kind"), SmtpError::kindName(e.kind)},
            {QStringLiteral("code"), e.code ? QJsonValue(e.code) : QJsonValue()},
            {QStringLiteral("text"), e.code ? text(e.serverText) : e.message},
            {QStringLiteral("message"), e.message},
        };
    } else {
        o[QStringLiteral("error")] = QJsonValue::Null;
    }
    static const QHash<Conversation::Outcome, QString> outcomes{
        {Conversation::Outcome::NotSent, QStringLiteral("not-sent")},
        {Conversation::Outcome::Sent, QStringLiteral("sent")},
        {Conversation::Outcome::PartlySent, QStringLiteral("partly-sent")},
        {Conversation::Outcome::Unknown, QStringLiteral("unknown")}};
    o[QStringLiteral("outcome")] = outcomes.value(c.outcome());
    o[QStringLiteral("warnings")] = QJsonArray::fromStringList(c.warnings());
    if (!m_opt.dsn.isEmpty()) {
        static const QHash<DsnRequest::Ret, QString> rets{
            {DsnRequest::Ret::Unset, QString()},
            {DsnRequest::Ret::Full, QStringLiteral("full")},
            {DsnRequest::Ret::Headers, QStringLiteral("hdrs")}};
        const QString ret = rets.value(m_opt.dsn.ret);
        o[QStringLiteral("dsn")] =
            QJsonObject{{QStringLiteral("requested"), true},
                        {QStringLiteral("sent"), c.dsnSent()},
                        {QStringLiteral("notify"), QJsonArray::fromStringList(m_opt.dsn.notify)},
                        {QStringLiteral("ret"), ret.isEmpty() ? QJsonValue() : QJsonValue(ret)},
                        {QStringLiteral("envid"),
                         m_opt.dsn.envid.isEmpty() ? QJsonValue() : QJsonValue(m_opt.dsn.envid)}};
    }
    QJsonArray transcript;
    const QStringList explanations =
        m_opt.explain ? SessionExplainer::explain(m_transcript.entries()) : QStringList();
    for (const TranscriptEntry &e : m_transcript.entries()) {
        QJsonObject je = TranscriptFormat::toJson(e);
        if (m_opt.explain)
            je[QStringLiteral("explanation")] = explanations.value(transcript.size());
        transcript.append(je);
    }
    o[QStringLiteral("transcript")] = transcript;
    QJsonArray diagnosis;
    for (const Finding &f : m_findings) {
        QJsonObject j = f.toJson();
        if (!f.retry.cliArguments().isEmpty())
            j[QStringLiteral("retry_command")] =
                QJsonArray::fromStringList(f.retry.applyToArguments(m_opt.arguments));
        diagnosis.append(j);
    }
    o[QStringLiteral("diagnosis")] = diagnosis;
    o[QStringLiteral("exit_code")] = m_exitCode;
    return o;
}

} // namespace postel
