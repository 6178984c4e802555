#include "CliRunner.h"
#include "message/SendMessage.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QSslCertificate>

#include <cstdio>

namespace postel {

namespace {

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

QJsonValue replyJson(const Reply &r)
{
    if (!r.isValid())
        return QJsonValue::Null;
    return QJsonArray{r.code, text(r.text())};
}

const char *directionName(TranscriptEntry::Direction d)
{
    switch (d) {
    case TranscriptEntry::Client:
        return "client";
    case TranscriptEntry::Server:
        return "server";
    case TranscriptEntry::TlsStart:
        return "tls";
    case TranscriptEntry::Info:
        return "info";
    case TranscriptEntry::Error:
        return "error";
    case TranscriptEntry::Data:
        return "data";
    }
    return "info";
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

} // namespace

CliRunner::CliRunner(CliOptions options, QObject *parent)
    : QObject(parent), m_opt(std::move(options))
{}

void CliRunner::start()
{
    m_session.setTimeout(m_opt.timeoutSeconds * 1000);
    if (!m_opt.ehloName.isEmpty())
        m_session.setLocalHostname(m_opt.ehloName);
    m_session.setLmtp(m_opt.lmtp);
    m_session.setRequireTls(m_opt.requireTls);
    m_session.setAllowCleartextAuth(m_opt.allowCleartextAuth);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_opt.caFile.isEmpty())
        tls.setCaCertificates(QSslCertificate::fromPath(m_opt.caFile));
    if (m_opt.noVerify)
        tls.setPeerVerifyMode(QSslSocket::QueryPeer);
    m_session.setTlsConfiguration(tls);
    m_session.setDebugLevel(m_opt.debugLevel);
    m_transcript.setDebugLevel(m_opt.debugLevel);
    m_transcript.attach(&m_session);
    connect(&m_transcript, &Transcript::debugOutput, this, [](const QString &line) {
        std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
        std::fflush(stderr);
    });
    run(Step::Connect);
}

bool CliRunner::stopsAfter(const QString &stage) const
{
    return m_opt.quitAfter == stage;
}

void CliRunner::run(Step step)
{
    SmtpOperation *op = nullptr;
    switch (step) {
    case Step::Connect:
        op = m_session.connectToHost(m_opt.server, 0,
                                     m_opt.tlsOnConnect ? SmtpSession::Security::ImplicitTls
                                                        : SmtpSession::Security::None);
        break;
    case Step::Ehlo:
        op = m_session.ehloOrHeloIfNeeded();
        break;
    case Step::StartTls:
        op = m_session.starttls();
        break;
    case Step::EhloAfterTls:
        op = m_session.ehloOrHeloIfNeeded();
        break;
    case Step::Auth:
        if (m_opt.auth.isEmpty() ||
            m_opt.auth.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0)
            op = m_session.login(m_opt.authUser, m_opt.authPassword);
        else
            op = m_session.auth(createMechanism(m_opt.auth, m_opt.authUser, m_opt.authPassword));
        break;
    case Step::Vrfy:
        op = m_session.verify(m_opt.vrfy.at(m_vrfyIndex));
        break;
    case Step::Expn:
        op = m_session.expn(m_opt.expn.at(m_expnIndex));
        break;
    case Step::Mail:
        op = m_session.mail(m_opt.from);
        break;
    case Step::Rcpt:
        op = m_session.rcpt(m_opt.to.at(m_rcptIndex));
        break;
    case Step::Data:
        op = m_session.docmd("DATA");
        break;
    case Step::Send: {
        if (m_opt.mail) {
            op = sendMessage(&m_session, *m_opt.mail, m_opt.from, m_opt.to);
            break;
        }
        QByteArray message = m_opt.message;
        if (!m_opt.haveMessage)
            message = defaultMessage(m_opt.from, m_opt.to);
        op = m_session.sendmail(m_opt.from, m_opt.to, message);
        break;
    }
    case Step::Quit:
        op = m_session.quit();
        break;
    case Step::Finished:
        Q_EMIT done();
        return;
    }
    connect(op, &SmtpOperation::finished, this, [this, op, step] { onFinished(op, step); });
}

void CliRunner::next(Step step)
{
    switch (step) {
    case Step::Connect:
        if (stopsAfter(QStringLiteral("connect")))
            return quitAndFinish();
        return run(Step::Ehlo);
    case Step::Ehlo:
        if (stopsAfter(QStringLiteral("ehlo")))
            return quitAndFinish();
        if (!m_opt.tlsOnConnect && (m_opt.starttls || m_opt.requireTls))
            return run(Step::StartTls);
        [[fallthrough]];
    case Step::EhloAfterTls:
        if (stopsAfter(QStringLiteral("tls")))
            return quitAndFinish();
        if (!m_opt.authUser.isEmpty() || !m_opt.auth.isEmpty())
            return run(Step::Auth);
        [[fallthrough]];
    case Step::Auth:
        if (stopsAfter(QStringLiteral("auth")))
            return quitAndFinish();
        if (m_vrfyIndex < m_opt.vrfy.size())
            return run(Step::Vrfy);
        [[fallthrough]];
    case Step::Vrfy:
        if (m_vrfyIndex < m_opt.vrfy.size())
            return run(Step::Vrfy);
        if (m_expnIndex < m_opt.expn.size())
            return run(Step::Expn);
        [[fallthrough]];
    case Step::Expn:
        if (m_expnIndex < m_opt.expn.size())
            return run(Step::Expn);
        if (m_opt.from.isEmpty() && m_opt.to.isEmpty() && !m_opt.mail)
            return quitAndFinish();
        if (stopsAfter(QStringLiteral("mail")) || stopsAfter(QStringLiteral("rcpt")) ||
            stopsAfter(QStringLiteral("data")))
            return run(Step::Mail);
        return run(Step::Send);
    case Step::StartTls:
        return run(Step::EhloAfterTls);
    case Step::Mail:
        if (stopsAfter(QStringLiteral("mail")))
            return quitAndFinish();
        return run(Step::Rcpt);
    case Step::Rcpt:
        if (m_rcptIndex < m_opt.to.size())
            return run(Step::Rcpt);
        if (stopsAfter(QStringLiteral("rcpt")))
            return quitAndFinish();
        return run(Step::Data);
    case Step::Data:
        // The server now waits for the message: QUIT is impossible, so hang up.
        m_session.close();
        return run(Step::Finished);
    case Step::Send:
    case Step::Quit:
    case Step::Finished:
        return quitAndFinish();
    }
}

void CliRunner::quitAndFinish()
{
    if (m_session.isConnected()) {
        SmtpOperation *op = m_session.quit();
        connect(op, &SmtpOperation::finished, this, [this] { Q_EMIT done(); });
        return;
    }
    Q_EMIT done();
}

void CliRunner::onFinished(SmtpOperation *op, Step step)
{
    if (step == Step::Quit)
        return Q_EMIT done();
    if (step == Step::Auth) {
        m_auth = QJsonObject{{QStringLiteral("mechanism"), op->mechanism()},
                             {QStringLiteral("ok"), !op->hasError()}};
    }
    if (step == Step::Send) {
        m_refused = op->hasError() ? op->error().recipients : op->refused();
        m_accepted = op->accepted();
        if (!op->hasError())
            m_outcome =
                m_refused.isEmpty() ? QStringLiteral("sent") : QStringLiteral("partly-sent");
        else if (op->dataTerminatorSent() && (op->error().kind == ErrorKind::ServerDisconnected ||
                                              op->error().kind == ErrorKind::Timeout))
            m_outcome = QStringLiteral("unknown");
        else
            m_outcome = QStringLiteral("not-sent");
    }
    if (op->hasError())
        return finishWithError(op->error(), step);
    switch (step) {
    case Step::Vrfy:
        m_vrfy.append({m_opt.vrfy.at(m_vrfyIndex++), op->reply()});
        break;
    case Step::Expn:
        m_expn.append({m_opt.expn.at(m_expnIndex++), op->reply()});
        break;
    case Step::Mail:
        if (op->code() != 250) {
            SmtpError e{ErrorKind::SenderRefused,
                        op->code(),
                        op->text(),
                        tr("The server refused the sender %1.").arg(m_opt.from),
                        m_opt.from,
                        {}};
            return finishWithError(e, step);
        }
        break;
    case Step::Rcpt: {
        const QString rcpt = m_opt.to.at(m_rcptIndex++);
        if (op->code() == 250 || op->code() == 251)
            m_accepted.append(rcpt);
        else
            m_refused.insert(rcpt, {op->code(), op->text()});
        if (m_rcptIndex == m_opt.to.size() && m_accepted.isEmpty()) {
            SmtpError e{ErrorKind::RecipientsRefused,
                        0,
                        {},
                        tr("The server refused every recipient."),
                        {},
                        m_refused};
            return finishWithError(e, step);
        }
        break;
    }
    case Step::Data:
        if (op->code() != 354) {
            SmtpError e{
                ErrorKind::Data, op->code(), op->text(), tr("The server did not accept DATA."), {},
                m_refused};
            return finishWithError(e, step);
        }
        break;
    case Step::Send:
        m_exitCode = m_refused.isEmpty() ? ExitOk : ExitSomeRefused;
        break;
    default:
        break;
    }
    next(step);
}

void CliRunner::finishWithError(const SmtpError &error, Step step)
{
    m_error = error;
    m_errorSet = true;
    switch (error.kind) {
    case ErrorKind::RecipientsRefused:
        m_exitCode = ExitAllRefused;
        m_refused = error.recipients;
        break;
    case ErrorKind::SenderRefused:
        m_exitCode = ExitSenderRefused;
        break;
    case ErrorKind::Authentication:
    case ErrorKind::General:
        m_exitCode = ExitAuthFailed;
        break;
    case ErrorKind::NotSupported:
        m_exitCode = step == Step::Auth       ? ExitAuthFailed
                     : step == Step::StartTls ? ExitTlsFailed
                                              : ExitProtocolError;
        break;
    case ErrorKind::Tls:
        m_exitCode = ExitTlsFailed;
        break;
    case ErrorKind::Connect:
    case ErrorKind::ServerDisconnected:
    case ErrorKind::Timeout:
    case ErrorKind::Cancelled:
        m_exitCode = ExitConnectionFailed;
        break;
    case ErrorKind::Usage:
        m_exitCode = ExitUsage;
        break;
    case ErrorKind::Response:
    case ErrorKind::Data:
    case ErrorKind::Helo:
    case ErrorKind::Protocol:
    case ErrorKind::None:
        m_exitCode = ExitProtocolError;
        break;
    }
    if (m_outcome == QLatin1String("unknown"))
        m_exitCode = ExitOutcomeUnknown;
    if (!m_opt.json)
        std::fprintf(stderr, "postel-cli: %s\n", error.describe().toLocal8Bit().constData());
    quitAndFinish();
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
    const Capabilities &c = m_session.lastAdvertised();
    for (auto it = c.features().cbegin(); it != c.features().cend(); ++it)
        caps[it.key()] = it.value();
    o[QStringLiteral("capabilities")] = caps;
    const QJsonObject tls = tlsJson();
    o[QStringLiteral("tls")] = tls.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(tls);
    o[QStringLiteral("auth")] =
        m_auth.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_auth);
    QJsonArray accepted;
    for (const QString &a : m_accepted)
        accepted.append(a);
    o[QStringLiteral("accepted")] = accepted;
    QJsonObject refused;
    for (auto it = m_refused.cbegin(); it != m_refused.cend(); ++it)
        refused[it.key()] = QJsonArray{it.value().code, text(it.value().text)};
    o[QStringLiteral("refused")] = refused;
    auto pairs = [](const QList<QPair<QString, Reply>> &list) {
        QJsonObject out;
        for (const auto &p : list)
            out[p.first] = replyJson(p.second);
        return out;
    };
    if (!m_vrfy.isEmpty())
        o[QStringLiteral("vrfy")] = pairs(m_vrfy);
    if (!m_expn.isEmpty())
        o[QStringLiteral("expn")] = pairs(m_expn);
    if (m_errorSet) {
        o[QStringLiteral("error")] = QJsonObject{
            {QStringLiteral("kind"), SmtpError::kindName(m_error.kind)},
            {QStringLiteral("code"), m_error.code ? QJsonValue(m_error.code) : QJsonValue()},
            {QStringLiteral("text"), m_error.code ? text(m_error.serverText) : m_error.message},
            {QStringLiteral("message"), m_error.message},
        };
    } else {
        o[QStringLiteral("error")] = QJsonValue::Null;
    }
    o[QStringLiteral("outcome")] = m_outcome.isEmpty() ? QStringLiteral("not-sent") : m_outcome;
    QJsonArray transcript;
    for (const TranscriptEntry &e : m_transcript.entries()) {
        QJsonObject je{{QStringLiteral("time"), e.time.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("direction"), QLatin1String(directionName(e.direction))},
                       {QStringLiteral("text"), Transcript::body(e, false)}};
        if (e.elapsedMs >= 0)
            je[QStringLiteral("elapsed_ms")] = e.elapsedMs;
        if (e.encrypted)
            je[QStringLiteral("tls")] = true;
        transcript.append(je);
    }
    o[QStringLiteral("transcript")] = transcript;
    o[QStringLiteral("exit_code")] = m_exitCode;
    return o;
}

} // namespace postel
