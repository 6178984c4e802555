#include "SessionRecord.h"

#include "smtp/operations/ConnectOperation.h"
#include "transcript/TranscriptFormat.h"

#include <QJsonArray>
#include <QMetaEnum>
#include <QSslCertificate>

namespace postel {

namespace {

const char *const Format = "postel-session-record";
constexpr int FormatVersion = 1;

struct Named
{
    const char *name;
    int value;
};

template <typename E, size_t N> QString nameOf(const Named (&table)[N], E value)
{
    for (const Named &n : table) {
        if (n.value == int(value))
            return QString::fromLatin1(n.name);
    }
    return QString::fromLatin1(table[0].name);
}

template <typename E, size_t N> E valueOf(const Named (&table)[N], const QString &name)
{
    for (const Named &n : table) {
        if (name == QLatin1String(n.name))
            return E(n.value);
    }
    return E(table[0].value);
}

// Lossless names (SmtpError::kindName folds General into "authentication" for scripts).
const Named ErrorKinds[] = {
    {"none", int(ErrorKind::None)},
    {"server-disconnected", int(ErrorKind::ServerDisconnected)},
    {"response", int(ErrorKind::Response)},
    {"sender-refused", int(ErrorKind::SenderRefused)},
    {"recipients-refused", int(ErrorKind::RecipientsRefused)},
    {"data", int(ErrorKind::Data)},
    {"connect", int(ErrorKind::Connect)},
    {"helo", int(ErrorKind::Helo)},
    {"not-supported", int(ErrorKind::NotSupported)},
    {"authentication", int(ErrorKind::Authentication)},
    {"general", int(ErrorKind::General)},
    {"timeout", int(ErrorKind::Timeout)},
    {"tls", int(ErrorKind::Tls)},
    {"protocol", int(ErrorKind::Protocol)},
    {"usage", int(ErrorKind::Usage)},
    {"cancelled", int(ErrorKind::Cancelled)},
};

const Named Steps[] = {
    {"none", int(Conversation::Step::None)},
    {"connect", int(Conversation::Step::Connect)},
    {"ehlo", int(Conversation::Step::Ehlo)},
    {"starttls", int(Conversation::Step::StartTls)},
    {"ehlo-after-tls", int(Conversation::Step::EhloAfterTls)},
    {"auth", int(Conversation::Step::Auth)},
    {"vrfy", int(Conversation::Step::Vrfy)},
    {"expn", int(Conversation::Step::Expn)},
    {"mail", int(Conversation::Step::Mail)},
    {"rcpt", int(Conversation::Step::Rcpt)},
    {"data", int(Conversation::Step::Data)},
    {"send", int(Conversation::Step::Send)},
    {"quit", int(Conversation::Step::Quit)},
};

const Named Outcomes[] = {
    {"not-sent", int(Conversation::Outcome::NotSent)},
    {"sent", int(Conversation::Outcome::Sent)},
    {"partly-sent", int(Conversation::Outcome::PartlySent)},
    {"unknown", int(Conversation::Outcome::Unknown)},
};

const Named Securities[] = {
    {"none", int(SmtpSession::Security::None)},
    {"starttls", int(SmtpSession::Security::StartTls)},
    {"tls", int(SmtpSession::Security::ImplicitTls)},
};

const Named Directions[] = {
    {"info", TranscriptEntry::Info},     {"client", TranscriptEntry::Client},
    {"server", TranscriptEntry::Server}, {"tls", TranscriptEntry::TlsStart},
    {"error", TranscriptEntry::Error},   {"data", TranscriptEntry::Data},
};

const Named ProbeKinds[] = {
    {"tls-handshake", int(ProbeResult::Kind::TlsHandshake)},
    {"plain-greeting", int(ProbeResult::Kind::PlainGreeting)},
    {"starttls-auth", int(ProbeResult::Kind::StartTlsAuth)},
    {"other-port", int(ProbeResult::Kind::OtherPort)},
};

QString socketErrorName(QAbstractSocket::SocketError error)
{
    return QString::fromLatin1(
        QMetaEnum::fromType<QAbstractSocket::SocketError>().valueToKey(int(error)));
}

QAbstractSocket::SocketError socketErrorFromName(const QString &name)
{
    bool ok = false;
    const int v = QMetaEnum::fromType<QAbstractSocket::SocketError>().keyToValue(
        name.toLatin1().constData(), &ok);
    return ok ? QAbstractSocket::SocketError(v) : QAbstractSocket::UnknownSocketError;
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

// A reply as the transcript shows it ("250-a\r\n250 b"), parsed back.
Reply parseReply(const QByteArray &bytes)
{
    Reply r;
    for (QByteArray line : bytes.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() < 3)
            continue;
        bool ok = false;
        const int code = line.left(3).toInt(&ok);
        if (!ok)
            continue;
        r.code = code;
        r.lines.append(line.size() > 4 ? line.mid(4) : QByteArray());
    }
    return r;
}

QJsonValue replyJson(const Reply &reply)
{
    if (!reply.isValid())
        return QJsonValue();
    return QJsonArray{reply.code, QString::fromUtf8(reply.text())};
}

} // namespace

// --- ProbeResult ------------------------------------------------------------------------

QString ProbeResult::kindName(Kind kind)
{
    return nameOf(ProbeKinds, kind);
}

QJsonObject ProbeResult::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kindName(kind)},
                  {QStringLiteral("host"), host},
                  {QStringLiteral("port"), int(port)},
                  {QStringLiteral("security"), nameOf(Securities, security)},
                  {QStringLiteral("tcp_connected"), tcpConnected},
                  {QStringLiteral("tls_protocol"), tlsProtocol},
                  {QStringLiteral("greeting"), replyJson(greeting)},
                  {QStringLiteral("ehlo_answered"), ehloAnswered},
                  {QStringLiteral("starttls_offered"), startTlsOffered},
                  {QStringLiteral("auth_before_tls"), strings(authBeforeTls)},
                  {QStringLiteral("auth_after_tls"), strings(authAfterTls)},
                  {QStringLiteral("certificate_errors"), strings(certificateErrors)},
                  {QStringLiteral("error"), error}};
    return o;
}

ProbeResult ProbeResult::fromJson(const QJsonObject &o)
{
    ProbeResult p;
    p.kind = valueOf<Kind>(ProbeKinds, o.value(QStringLiteral("kind")).toString());
    p.host = o.value(QStringLiteral("host")).toString();
    p.port = quint16(o.value(QStringLiteral("port")).toInt());
    p.security =
        valueOf<SmtpSession::Security>(Securities, o.value(QStringLiteral("security")).toString());
    p.tcpConnected = o.value(QStringLiteral("tcp_connected")).toBool();
    p.tlsProtocol = o.value(QStringLiteral("tls_protocol")).toString();
    const QJsonArray g = o.value(QStringLiteral("greeting")).toArray();
    if (g.size() == 2) {
        p.greeting.code = g.at(0).toInt();
        p.greeting.lines = g.at(1).toString().toUtf8().split('\n');
    }
    p.ehloAnswered = o.value(QStringLiteral("ehlo_answered")).toBool();
    p.startTlsOffered = o.value(QStringLiteral("starttls_offered")).toBool();
    p.authBeforeTls = strings(o.value(QStringLiteral("auth_before_tls")));
    p.authAfterTls = strings(o.value(QStringLiteral("auth_after_tls")));
    p.certificateErrors = strings(o.value(QStringLiteral("certificate_errors")));
    p.error = o.value(QStringLiteral("error")).toString();
    return p;
}

// --- SessionRecord ----------------------------------------------------------------------

QString SessionRecord::stepName(Conversation::Step step)
{
    return nameOf(Steps, step);
}

Conversation::Step SessionRecord::stepFromName(const QString &name)
{
    return valueOf<Conversation::Step>(Steps, name);
}

std::optional<TranscriptEntry> SessionRecord::lastReply() const
{
    for (auto it = transcript.crbegin(); it != transcript.crend(); ++it) {
        if (it->isReply())
            return *it;
    }
    return std::nullopt;
}

std::optional<TranscriptEntry> SessionRecord::replyTo(const QByteArray &verb) const
{
    for (auto it = transcript.crbegin(); it != transcript.crend(); ++it) {
        if (it->isReply() && it->verb.compare(verb, Qt::CaseInsensitive) == 0)
            return *it;
    }
    return std::nullopt;
}

const ProbeResult *SessionRecord::probe(ProbeResult::Kind kind) const
{
    for (const ProbeResult &p : probes) {
        if (p.kind == kind)
            return &p;
    }
    return nullptr;
}

void SessionRecord::deriveFromTranscript()
{
    greeting = Reply();
    beforeTls = afterTls = Capabilities();
    ehloBeforeTls = ehloAfterTls = false;
    bool anyReply = false;
    qint64 dataBytes = 0;
    qint64 sizeParameter = -1;
    for (const TranscriptEntry &e : std::as_const(transcript)) {
        if (e.direction == TranscriptEntry::Data)
            dataBytes += e.dataBytes;
        if (e.isCommand() && e.verb == "MAIL") {
            const qsizetype at = e.bytes.toUpper().indexOf(" SIZE=");
            if (at >= 0) {
                QByteArray n = e.bytes.mid(at + 6);
                n.truncate(n.indexOf(' ') < 0 ? n.size() : n.indexOf(' '));
                sizeParameter = n.toLongLong();
            }
        }
        if (!e.isReply())
            continue;
        if (!anyReply && e.verb.isEmpty())
            greeting = e.reply;
        anyReply = true;
        if ((e.verb == "EHLO" || e.verb == "LHLO") && e.code == 250) {
            if (e.encrypted) {
                afterTls = Capabilities::fromEhloReply(e.reply);
                ehloAfterTls = true;
            } else {
                beforeTls = Capabilities::fromEhloReply(e.reply);
                ehloBeforeTls = true;
            }
        }
    }
    if (messageSize < 0)
        messageSize = sizeParameter >= 0 ? sizeParameter : (dataBytes > 0 ? dataBytes : -1);
}

SessionRecord SessionRecord::capture(const Conversation &conversation,
                                     const QList<TranscriptEntry> &entries)
{
    SessionRecord r;
    const Conversation::Plan &plan = conversation.plan();
    const SmtpSession *s = conversation.session();
    QString host;
    quint16 port = 0;
    if (!ConnectOperation::splitHostPort(plan.host, host, port))
        host = plan.host;
    if (plan.port)
        port = plan.port;
    if (!port)
        port = plan.security == SmtpSession::Security::ImplicitTls ? 465 : 25;
    r.host = s->peerName().isEmpty() ? host : s->peerName();
    r.port = s->peerName().isEmpty() ? port : s->peerPort();
    r.security = plan.security == SmtpSession::Security::ImplicitTls
                     ? SmtpSession::Security::ImplicitTls
                 : plan.startTls ? SmtpSession::Security::StartTls
                                 : SmtpSession::Security::None;
    r.requireTls = s->requireTls();
    r.login = !plan.authUser.isEmpty();
    r.authUser = plan.authUser;
    r.authMechanism = plan.authMechanism;
    r.passwordGiven = !plan.authPassword.isEmpty();
    r.allowCleartextAuth = s->allowCleartextAuth();
    const auto verify = s->tlsConfiguration().peerVerifyMode();
    r.verifyCertificate = verify != QSslSocket::QueryPeer && verify != QSslSocket::VerifyNone;
    r.lmtp = s->isLmtp();
    r.from = plan.from;
    r.to = plan.to;
    if (plan.message) {
        if (r.from.isEmpty())
            r.from = plan.message->envelopeSender();
        if (r.to.isEmpty())
            r.to = plan.message->envelopeRecipients();
    }
    if (plan.bytes)
        r.messageSize = plan.bytes->size();

    r.transcript = entries;
    r.error = conversation.error();
    r.failedStep = conversation.failedStep();
    r.outcome = conversation.outcome();
    r.authAttempted = conversation.auth().attempted;
    r.authOk = conversation.auth().ok;
    r.authUsed = conversation.auth().mechanism;
    r.accepted = conversation.accepted();
    r.refused = conversation.refused();
    r.socketError = s->lastSocketError();
    r.tcpConnected = s->tcpConnected();
    r.tls = s->tlsInfo();
    r.sslErrors = s->lastSslErrors();
    r.deriveFromTranscript();
    return r;
}

QJsonObject SessionRecord::toJson() const
{
    QJsonObject options{{QStringLiteral("host"), host},
                        {QStringLiteral("port"), int(port)},
                        {QStringLiteral("security"), nameOf(Securities, security)},
                        {QStringLiteral("require_tls"), requireTls},
                        {QStringLiteral("login"), login},
                        {QStringLiteral("auth_user"), authUser},
                        {QStringLiteral("auth_mechanism"), authMechanism},
                        {QStringLiteral("password_given"), passwordGiven},
                        {QStringLiteral("allow_cleartext_auth"), allowCleartextAuth},
                        {QStringLiteral("verify_certificate"), verifyCertificate},
                        {QStringLiteral("custom_ca"), customCa},
                        {QStringLiteral("pinned_certificate"), pinned},
                        {QStringLiteral("lmtp"), lmtp},
                        {QStringLiteral("from"), from},
                        {QStringLiteral("to"), strings(to)},
                        {QStringLiteral("message_size"), double(messageSize)}};
    QJsonObject o{{QStringLiteral("format"), QString::fromLatin1(Format)},
                  {QStringLiteral("version"), FormatVersion},
                  {QStringLiteral("options"), options}};
    if (error.isError()) {
        o[QStringLiteral("error")] =
            QJsonObject{{QStringLiteral("kind"), nameOf(ErrorKinds, error.kind)},
                        {QStringLiteral("code"), error.code},
                        {QStringLiteral("text"), QString::fromUtf8(error.serverText)},
                        {QStringLiteral("message"), error.message},
                        {QStringLiteral("reason"), error.reason},
                        {QStringLiteral("sender"), error.sender}};
    } else {
        o[QStringLiteral("error")] = QJsonValue();
    }
    o[QStringLiteral("failed_step")] = stepName(failedStep);
    o[QStringLiteral("outcome")] = nameOf(Outcomes, outcome);
    o[QStringLiteral("auth")] = QJsonObject{{QStringLiteral("attempted"), authAttempted},
                                            {QStringLiteral("ok"), authOk},
                                            {QStringLiteral("mechanism"), authUsed}};
    o[QStringLiteral("accepted")] = strings(accepted);
    QJsonObject refusedJson;
    for (auto it = refused.cbegin(); it != refused.cend(); ++it)
        refusedJson[it.key()] = QJsonArray{it.value().code, QString::fromUtf8(it.value().text)};
    o[QStringLiteral("refused")] = refusedJson;
    o[QStringLiteral("socket_error")] = socketErrorName(socketError);
    o[QStringLiteral("tcp_connected")] = tcpConnected;
    if (encrypted()) {
        QJsonArray chain;
        for (const QSslCertificate &c : tls.peerChain)
            chain.append(QString::fromLatin1(c.toPem()));
        o[QStringLiteral("tls")] = QJsonObject{
            {QStringLiteral("protocol"), tls.protocol}, {QStringLiteral("cipher"), tls.cipher},
            {QStringLiteral("verified"), tls.verified}, {QStringLiteral("pinned"), tls.pinned},
            {QStringLiteral("resumed"), tls.resumed},   {QStringLiteral("chain"), chain}};
    } else {
        o[QStringLiteral("tls")] = QJsonValue();
    }
    QJsonArray errors;
    const QMetaEnum sslError = QMetaEnum::fromType<QSslError::SslError>();
    for (const QSslError &e : sslErrors) {
        errors.append(QJsonObject{
            {QStringLiteral("error"), QString::fromLatin1(sslError.valueToKey(int(e.error())))},
            {QStringLiteral("text"), e.errorString()},
            {QStringLiteral("certificate"), QString::fromLatin1(e.certificate().toPem())}});
    }
    o[QStringLiteral("certificate_errors")] = errors;
    QJsonArray entries;
    for (const TranscriptEntry &e : transcript) {
        QJsonObject j{{QStringLiteral("direction"), nameOf(Directions, e.direction)},
                      {QStringLiteral("text"), TranscriptFormat::text(e)}};
        if (!e.verb.isEmpty())
            j[QStringLiteral("verb")] = QString::fromLatin1(e.verb);
        if (e.elapsedMs >= 0)
            j[QStringLiteral("elapsed_ms")] = double(e.elapsedMs);
        if (e.direction == TranscriptEntry::Data)
            j[QStringLiteral("data_bytes")] = double(e.dataBytes);
        if (e.encrypted)
            j[QStringLiteral("tls")] = true;
        entries.append(j);
    }
    o[QStringLiteral("transcript")] = entries;
    QJsonArray probeList;
    for (const ProbeResult &p : probes)
        probeList.append(p.toJson());
    o[QStringLiteral("probes")] = probeList;
    return o;
}

std::optional<SessionRecord> SessionRecord::fromJson(const QJsonObject &o, QString *error)
{
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(Format) ||
        o.value(QStringLiteral("version")).toInt() != FormatVersion) {
        if (error)
            *error =
                QStringLiteral("not a %1 version %2").arg(QLatin1String(Format)).arg(FormatVersion);
        return std::nullopt;
    }
    SessionRecord r;
    const QJsonObject opt = o.value(QStringLiteral("options")).toObject();
    r.host = opt.value(QStringLiteral("host")).toString();
    r.port = quint16(opt.value(QStringLiteral("port")).toInt());
    r.security = valueOf<SmtpSession::Security>(Securities,
                                                opt.value(QStringLiteral("security")).toString());
    r.requireTls = opt.value(QStringLiteral("require_tls")).toBool();
    r.login = opt.value(QStringLiteral("login")).toBool();
    r.authUser = opt.value(QStringLiteral("auth_user")).toString();
    r.authMechanism = opt.value(QStringLiteral("auth_mechanism")).toString();
    r.passwordGiven = opt.value(QStringLiteral("password_given")).toBool();
    r.allowCleartextAuth = opt.value(QStringLiteral("allow_cleartext_auth")).toBool();
    r.verifyCertificate = opt.value(QStringLiteral("verify_certificate")).toBool(true);
    r.customCa = opt.value(QStringLiteral("custom_ca")).toBool();
    r.pinned = opt.value(QStringLiteral("pinned_certificate")).toBool();
    r.lmtp = opt.value(QStringLiteral("lmtp")).toBool();
    r.from = opt.value(QStringLiteral("from")).toString();
    r.to = strings(opt.value(QStringLiteral("to")));
    r.messageSize = qint64(opt.value(QStringLiteral("message_size")).toDouble(-1));

    const QJsonObject err = o.value(QStringLiteral("error")).toObject();
    if (!err.isEmpty()) {
        r.error.kind = valueOf<ErrorKind>(ErrorKinds, err.value(QStringLiteral("kind")).toString());
        r.error.code = err.value(QStringLiteral("code")).toInt();
        r.error.serverText = err.value(QStringLiteral("text")).toString().toUtf8();
        r.error.message = err.value(QStringLiteral("message")).toString();
        r.error.reason = err.value(QStringLiteral("reason")).toString();
        r.error.sender = err.value(QStringLiteral("sender")).toString();
    }
    r.failedStep = stepFromName(o.value(QStringLiteral("failed_step")).toString());
    r.outcome =
        valueOf<Conversation::Outcome>(Outcomes, o.value(QStringLiteral("outcome")).toString());
    const QJsonObject auth = o.value(QStringLiteral("auth")).toObject();
    r.authAttempted = auth.value(QStringLiteral("attempted")).toBool();
    r.authOk = auth.value(QStringLiteral("ok")).toBool();
    r.authUsed = auth.value(QStringLiteral("mechanism")).toString();
    r.accepted = strings(o.value(QStringLiteral("accepted")));
    const QJsonObject refused = o.value(QStringLiteral("refused")).toObject();
    for (auto it = refused.begin(); it != refused.end(); ++it) {
        const QJsonArray pair = it.value().toArray();
        r.refused.insert(it.key(), {pair.at(0).toInt(), pair.at(1).toString().toUtf8()});
    }
    if (r.error.kind == ErrorKind::RecipientsRefused)
        r.error.recipients = r.refused;
    r.socketError = socketErrorFromName(o.value(QStringLiteral("socket_error")).toString());
    r.tcpConnected = o.value(QStringLiteral("tcp_connected")).toBool();
    const QJsonObject tls = o.value(QStringLiteral("tls")).toObject();
    if (!tls.isEmpty()) {
        r.tls.protocol = tls.value(QStringLiteral("protocol")).toString();
        r.tls.cipher = tls.value(QStringLiteral("cipher")).toString();
        r.tls.verified = tls.value(QStringLiteral("verified")).toBool();
        r.tls.pinned = tls.value(QStringLiteral("pinned")).toBool();
        r.tls.resumed = tls.value(QStringLiteral("resumed")).toBool();
        for (const QJsonValue &pem : tls.value(QStringLiteral("chain")).toArray())
            r.tls.peerChain.append(QSslCertificate(pem.toString().toLatin1()));
    }
    const QMetaEnum sslError = QMetaEnum::fromType<QSslError::SslError>();
    for (const QJsonValue &v : o.value(QStringLiteral("certificate_errors")).toArray()) {
        const QJsonObject e = v.toObject();
        bool ok = false;
        const int kind = sslError.keyToValue(
            e.value(QStringLiteral("error")).toString().toLatin1().constData(), &ok);
        r.sslErrors.append(QSslError(
            ok ? QSslError::SslError(kind) : QSslError::UnspecifiedError,
            QSslCertificate(e.value(QStringLiteral("certificate")).toString().toLatin1())));
    }
    for (const QJsonValue &v : o.value(QStringLiteral("transcript")).toArray()) {
        const QJsonObject j = v.toObject();
        TranscriptEntry e;
        e.direction = TranscriptEntry::Direction(
            valueOf<int>(Directions, j.value(QStringLiteral("direction")).toString()));
        e.bytes = j.value(QStringLiteral("text")).toString().toUtf8();
        e.verb = j.value(QStringLiteral("verb")).toString().toLatin1();
        e.elapsedMs = qint64(j.value(QStringLiteral("elapsed_ms")).toDouble(-1));
        e.dataBytes = qint64(j.value(QStringLiteral("data_bytes")).toDouble(0));
        e.encrypted = j.value(QStringLiteral("tls")).toBool();
        if (e.direction == TranscriptEntry::Server) {
            e.bytes.replace("\r\n", "\n");
            e.bytes.replace("\n", "\r\n");
            e.reply = parseReply(e.bytes);
            e.code = e.reply.code;
        }
        if (e.direction == TranscriptEntry::Client) {
            const qsizetype mask = e.bytes.indexOf(TranscriptFormat::Mask.toLatin1());
            if (mask >= 0)
                e.secretFrom = mask; // keeps it masked when shown again
        }
        r.transcript.append(e);
    }
    for (const QJsonValue &v : o.value(QStringLiteral("probes")).toArray())
        r.probes.append(ProbeResult::fromJson(v.toObject()));
    r.deriveFromTranscript();
    return r;
}

} // namespace postel
