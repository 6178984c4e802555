#include "SandboxConnection.h"
#include "SandboxServer.h"

#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

namespace postel {

namespace {

// Splits "FROM:<a@b> SIZE=1" into the address and the parameters. `prefix` is "FROM:" or
// "TO:". Returns false on a syntax error. The address keeps its bytes (UTF-8 is checked by
// the caller).
bool parsePath(const QByteArray &arg, const char *prefix, QByteArray &address,
               QList<QByteArray> &params)
{
    const QByteArray p(prefix);
    if (!arg.left(p.size()).toUpper().startsWith(p))
        return false;
    QByteArray rest = arg.mid(p.size());
    // Lenient about a space after the colon, as most servers are.
    while (rest.startsWith(' '))
        rest.remove(0, 1);
    if (!rest.startsWith('<'))
        return false;
    qsizetype i = 1;
    bool quoted = false;
    for (; i < rest.size(); ++i) {
        const char c = rest.at(i);
        if (c == '\\' && quoted) {
            ++i;
            continue;
        }
        if (c == '"')
            quoted = !quoted;
        else if (c == '>' && !quoted)
            break;
    }
    if (i >= rest.size())
        return false;
    address = rest.mid(1, i - 1);
    // A source route ("@a,@b:user@c") is accepted and ignored (RFC 5321 4.1.2).
    if (address.startsWith('@')) {
        const qsizetype colon = address.indexOf(':');
        if (colon < 0)
            return false;
        address = address.mid(colon + 1);
    }
    const QByteArray tail = rest.mid(i + 1);
    if (!tail.isEmpty() && !tail.startsWith(' '))
        return false;
    params.clear();
    for (const QByteArray &param : tail.split(' ')) {
        if (!param.isEmpty())
            params.append(param);
    }
    return true;
}

bool isAscii(const QByteArray &s)
{
    for (char c : s) {
        if (uchar(c) > 0x7f)
            return false;
    }
    return true;
}

bool hasControl(const QByteArray &s)
{
    for (char c : s) {
        if (uchar(c) < 0x20 || c == 0x7f)
            return true;
    }
    return false;
}

bool validUtf8(const QByteArray &s)
{
    return QString::fromUtf8(s).toUtf8() == s;
}

// "local@domain" with both parts present, or "postmaster" alone for recipients.
bool plausibleAddress(const QByteArray &a)
{
    const qsizetype at = a.lastIndexOf('@');
    return at > 0 && at < a.size() - 1 && !a.contains(' ');
}

QByteArray keyOf(const QByteArray &param)
{
    const qsizetype eq = param.indexOf('=');
    return (eq < 0 ? param : param.left(eq)).toUpper();
}

QByteArray valueOf(const QByteArray &param)
{
    const qsizetype eq = param.indexOf('=');
    return eq < 0 ? QByteArray() : param.mid(eq + 1);
}

QStringList toStrings(const QList<QByteArray> &list)
{
    QStringList out;
    for (const QByteArray &b : list)
        out.append(QString::fromUtf8(b));
    return out;
}

} // namespace

SandboxConnection::SandboxConnection(SandboxServer *server, quint64 id, QSslSocket *socket,
                                     const SandboxBehaviour &behaviour, bool implicitTls)
    : QObject(server), m_server(server), m_id(id), m_socket(socket), m_b(behaviour),
      m_implicitTls(implicitTls)
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_idle.setSingleShot(true);
    if (m_b.idleTimeoutMs > 0)
        m_idle.setInterval(m_b.idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, &SandboxConnection::onIdleTimeout);
    connect(m_socket, &QSslSocket::readyRead, this, &SandboxConnection::onReadyRead);
    connect(m_socket, &QSslSocket::encrypted, this, &SandboxConnection::onEncrypted);
    connect(m_socket, &QSslSocket::disconnected, this, &SandboxConnection::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::SslHandshakeFailedError || e == QAbstractSocket::SslInternalError)
            Q_EMIT m_server->errorOccurred(
                tr("TLS handshake with a sandbox client failed: %1").arg(m_socket->errorString()));
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            finish();
    });
}

SandboxConnection::~SandboxConnection() = default;

void SandboxConnection::begin()
{
    if (m_b.idleTimeoutMs > 0)
        m_idle.start();
    if (m_implicitTls) {
        m_mode = Mode::TlsHandshake;
        m_socket->setSslConfiguration(m_server->tlsConfiguration());
        m_socket->startServerEncryption();
        return;
    }
    greet();
}

void SandboxConnection::greet()
{
    m_mode = Mode::Greeting;
    gate(SandboxStep::Connect, [this] {
        m_mode = Mode::Command;
        reply(220, nullptr, (m_b.hostname + QLatin1Char(' ') + m_b.greetingText).toUtf8());
        process();
    });
}

void SandboxConnection::abort()
{
    m_mode = Mode::Closing;
    m_socket->abort();
    finish();
}

void SandboxConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_mode = Mode::Closing;
    m_idle.stop();
    m_server->connectionFinished(this);
}

void SandboxConnection::close()
{
    m_mode = Mode::Closing;
    m_idle.stop();
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        finish();
}

void SandboxConnection::onDisconnected()
{
    finish();
}

void SandboxConnection::onIdleTimeout()
{
    if (m_mode == Mode::Closing)
        return;
    if (m_paused) {
        m_idle.start();
        return;
    }
    reply(421, "4.4.2", (m_b.hostname + QStringLiteral(" Error: timeout exceeded")).toUtf8());
    close();
}

void SandboxConnection::onEncrypted()
{
    m_tls = true;
    Q_EMIT m_server->tlsStarted(
        m_id,
        [this] {
            switch (m_socket->sessionProtocol()) {
            case QSsl::TlsV1_2:
                return QStringLiteral("TLSv1.2");
            case QSsl::TlsV1_3:
                return QStringLiteral("TLSv1.3");
            default:
                return QStringLiteral("TLS");
            }
        }(),
        m_socket->sessionCipher().name());
    if (m_implicitTls && m_helo.isEmpty() && m_mode == Mode::TlsHandshake) {
        greet();
        return;
    }
    m_mode = Mode::Command;
    if (m_b.idleTimeoutMs > 0)
        m_idle.start();
    process();
}

void SandboxConnection::onReadyRead()
{
    if (m_mode == Mode::Closing) {
        m_socket->readAll();
        return;
    }
    if (m_pos > 0) {
        m_in.remove(0, m_pos);
        m_pos = 0;
    }
    m_in.append(m_socket->readAll());
    if (m_b.idleTimeoutMs > 0 && !m_paused)
        m_idle.start();
    process();
}

void SandboxConnection::process()
{
    if (m_processing)
        return; // a step inside the loop resumed us; the loop goes on by itself
    m_processing = true;
    while (!m_paused) {
        const qsizetype before = m_in.size() - m_pos;
        const Mode mode = m_mode;
        if (mode == Mode::Command || mode == Mode::Auth) {
            QByteArray line;
            if (!nextCommandLine(line))
                break;
            if (mode == Mode::Auth)
                authLine(line);
            else
                dispatch(line);
        } else if (mode == Mode::Data) {
            processData();
        } else if (mode == Mode::Bdat) {
            processBdat();
        } else {
            break; // greeting, handshake, closing: nothing to read now
        }
        if (m_mode == mode && m_in.size() - m_pos == before)
            break; // no progress: wait for more bytes
    }
    m_processing = false;
    if (m_pos > 0 && m_pos == m_in.size()) {
        m_in.clear();
        m_pos = 0;
    }
}

bool SandboxConnection::nextCommandLine(QByteArray &line)
{
    const int limit = m_b.maxCommandLineLength > 0 ? m_b.maxCommandLineLength : 16384;
    while (true) {
        const qsizetype lf = m_in.indexOf('\n', m_pos);
        if (m_discardLine) {
            if (lf < 0) {
                m_in.clear();
                m_pos = 0;
                return false;
            }
            m_pos = lf + 1;
            m_discardLine = false;
            continue;
        }
        if (lf < 0) {
            if (m_in.size() - m_pos > limit) {
                m_in.clear();
                m_pos = 0;
                m_discardLine = true;
                replyError(500, "5.5.2", "Error: line too long");
            }
            return false;
        }
        if (lf - m_pos > limit) {
            m_pos = lf + 1;
            replyError(500, "5.5.2", "Error: line too long");
            if (m_mode == Mode::Closing)
                return false;
            continue;
        }
        line = m_in.mid(m_pos, lf - m_pos);
        m_pos = lf + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        return true;
    }
}

void SandboxConnection::dispatch(const QByteArray &line)
{
    const qsizetype space = line.indexOf(' ');
    const QByteArray verb = (space < 0 ? line : line.left(space)).toUpper();
    const QByteArray arg = space < 0 ? QByteArray() : line.mid(space + 1).trimmed();
    if (verb == "AUTH") {
        const qsizetype s2 = arg.indexOf(' ');
        Q_EMIT m_server->commandReceived(m_id, "AUTH " + (s2 < 0 ? arg : arg.left(s2) + " ****"));
    } else {
        Q_EMIT m_server->commandReceived(m_id, line);
    }

    if (verb.isEmpty()) {
        replyError(500, "5.5.2", "Error: bad syntax");
        return;
    }
    const bool tlsGate = m_b.requireTls && !m_tls;
    static const QList<QByteArray> allowedBeforeTls = {"EHLO", "HELO", "LHLO",     "NOOP",
                                                       "RSET", "QUIT", "STARTTLS", "HELP"};
    static const QList<QByteArray> known = {"EHLO", "HELO", "LHLO",     "MAIL", "RCPT",
                                            "DATA", "BDAT", "RSET",     "NOOP", "VRFY",
                                            "EXPN", "HELP", "STARTTLS", "AUTH", "QUIT"};
    if (tlsGate && known.contains(verb) && !allowedBeforeTls.contains(verb)) {
        if (verb == "BDAT") {
            // The chunk still follows: read it and throw it away (RFC 3030).
            cmdBdat(arg);
            return;
        }
        replyError(530, "5.7.0", "Must issue a STARTTLS command first");
        return;
    }
    if (verb == "EHLO" || verb == "HELO" || verb == "LHLO") {
        gate(SandboxStep::Helo, [this, verb, arg] { cmdHelo(verb, arg); });
    } else if (verb == "MAIL") {
        gate(SandboxStep::Mail, [this, arg] { cmdMail(arg); });
    } else if (verb == "RCPT") {
        gate(SandboxStep::Rcpt, [this, arg] { cmdRcpt(arg); });
    } else if (verb == "DATA") {
        gate(SandboxStep::Data, [this, arg] { cmdData(arg); });
    } else if (verb == "BDAT") {
        cmdBdat(arg); // gated when the chunk has been read
    } else if (verb == "RSET") {
        gate(SandboxStep::Rset, [this, arg] { cmdRset(arg); });
    } else if (verb == "NOOP") {
        reply(250, "2.0.0", "Ok");
    } else if (verb == "VRFY" || verb == "EXPN") {
        cmdVrfy(verb, arg);
    } else if (verb == "HELP") {
        reply(214, "2.0.0",
              "Commands: EHLO HELO LHLO MAIL RCPT DATA BDAT RSET NOOP VRFY EXPN HELP STARTTLS "
              "AUTH QUIT");
    } else if (verb == "STARTTLS") {
        gate(SandboxStep::StartTls, [this, arg] { cmdStartTls(arg); });
    } else if (verb == "AUTH") {
        gate(SandboxStep::Auth, [this, arg] { cmdAuth(arg); });
    } else if (verb == "QUIT") {
        gate(SandboxStep::Quit, [this] { cmdQuit(); });
    } else {
        replyError(500, "5.5.2", "Error: command not recognized");
    }
}

void SandboxConnection::gate(SandboxStep step, std::function<void()> then)
{
    const int n = ++m_stepCount[int(step)];
    int delay = 0;
    const SandboxFault *final = nullptr;
    for (const SandboxFault &f : std::as_const(m_b.faults)) {
        if (f.step != step || (f.occurrence > 0 && f.occurrence != n))
            continue;
        if (f.action == SandboxFault::Action::Delay)
            delay += f.delayMs;
        else if (!final)
            final = &f;
    }
    const QString stepName = SandboxFault::stepName(step);
    auto act = [this, final, then = std::move(then), stepName] {
        if (!final) {
            then();
            return;
        }
        if (final->action == SandboxFault::Action::Drop) {
            Q_EMIT m_server->faultInjected(m_id, tr("Dropped the connection at %1").arg(stepName));
            abort();
            return;
        }
        Q_EMIT m_server->faultInjected(
            m_id, tr("Answered %1 with \"%2\"").arg(stepName, final->reply.toString()));
        replyChosen(final->reply, "Fault injected by the sandbox");
        if (final->reply.code == 421) {
            close();
        } else if (m_mode == Mode::Data || m_mode == Mode::Bdat) {
            m_mode = Mode::Command;
        }
        if (m_mode != Mode::Closing && (final->step == SandboxStep::EndOfData ||
                                        (final->step == SandboxStep::Data && m_usedBdat)))
            resetTransaction();
        if (m_mode != Mode::Closing && final->step == SandboxStep::Quit)
            close();
    };
    if (delay <= 0) {
        act();
        return;
    }
    Q_EMIT m_server->faultInjected(m_id, tr("Waiting %1 ms before %2").arg(delay).arg(stepName));
    m_paused = true;
    QTimer::singleShot(delay, this, [this, act = std::move(act)] {
        m_paused = false;
        if (m_mode == Mode::Closing)
            return;
        if (m_b.idleTimeoutMs > 0)
            m_idle.start();
        act();
        process();
    });
}

void SandboxConnection::replyLines(int code, const char *enhanced, const QList<QByteArray> &lines)
{
    if (m_mode == Mode::Closing && code != 421 && code != 221)
        return;
    QByteArray out;
    const bool withEnhanced =
        enhanced && *enhanced && m_b.advertises(QStringLiteral("ENHANCEDSTATUSCODES"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        out += QByteArray::number(code);
        out += i + 1 < lines.size() ? '-' : ' ';
        if (withEnhanced) {
            out += enhanced;
            out += ' ';
        }
        out += lines.at(i);
        out += "\r\n";
    }
    m_socket->write(out);
    Q_EMIT m_server->replySent(m_id, out);
}

void SandboxConnection::reply(int code, const char *enhanced, const QByteArray &text)
{
    replyLines(code, enhanced, {text});
}

void SandboxConnection::replyChosen(const SandboxReply &r, const QByteArray &defaultText)
{
    const QByteArray enhanced = r.enhanced.toLatin1();
    const QByteArray text = r.text.isEmpty() ? defaultText : r.text.toUtf8();
    QByteArray out = QByteArray::number(r.code) + ' ';
    if (!enhanced.isEmpty())
        out += enhanced + ' ';
    out += text + "\r\n";
    m_socket->write(out);
    Q_EMIT m_server->replySent(m_id, out);
}

void SandboxConnection::replyError(int code, const char *enhanced, const QByteArray &text)
{
    reply(code, enhanced, text);
    if (m_b.maxErrors > 0 && ++m_errors >= m_b.maxErrors) {
        reply(421, "4.7.0", (m_b.hostname + QStringLiteral(" Error: too many errors")).toUtf8());
        close();
    }
}

bool SandboxConnection::authOffered() const
{
    return m_b.advertises(QStringLiteral("AUTH")) && !m_b.accounts.isEmpty() &&
           (m_tls || !m_b.requireTls) && !offeredMechanisms().isEmpty();
}

QStringList SandboxConnection::offeredMechanisms() const
{
    QStringList out;
    for (const QString &m : SandboxAuthenticator::mechanisms()) {
        if (m_tls || m_b.plaintextAuth || !SandboxAuthenticator::sendsPasswordInClear(m.toLatin1()))
            out.append(m);
    }
    return out;
}

bool SandboxConnection::startTlsOffered() const
{
    return m_b.advertises(QStringLiteral("STARTTLS")) && !m_tls && m_server->hasTlsConfiguration();
}

QString SandboxConnection::protocolName() const
{
    if (m_lmtp)
        return QStringLiteral("LMTP");
    if (!m_esmtp)
        return QStringLiteral("SMTP");
    return QStringLiteral("ESMTP") + (m_tls ? QStringLiteral("S") : QString()) +
           (m_authUser.isEmpty() ? QString() : QStringLiteral("A"));
}

void SandboxConnection::resetTransaction()
{
    m_inTransaction = false;
    m_envelope = SandboxEnvelope();
    m_smtpUtf8 = false;
    m_message.clear();
    m_messageSize = 0;
    m_tooBig = false;
    m_lineTooLong = false;
    m_dataLineLength = 0;
    m_usedBdat = false;
    m_bdatGated = false;
}

void SandboxConnection::cmdHelo(const QByteArray &verb, const QByteArray &arg)
{
    if (arg.isEmpty() || hasControl(arg)) {
        replyError(501, "5.5.4", "Syntax: " + verb + " hostname");
        return;
    }
    resetTransaction();
    m_helo = QString::fromUtf8(arg);
    m_esmtp = verb != "HELO";
    m_lmtp = verb == "LHLO";
    const QByteArray first = m_b.hostname.toUtf8() + " greets " + arg;
    if (!m_esmtp) {
        reply(250, nullptr, m_b.hostname.toUtf8());
        return;
    }
    QList<QByteArray> lines{first};
    for (const QString &ext : std::as_const(m_b.extensions)) {
        const QString e = ext.toUpper();
        if (e == QLatin1String("SIZE")) {
            lines.append(m_b.sizeLimit > 0 ? "SIZE " + QByteArray::number(m_b.sizeLimit)
                                           : QByteArray("SIZE"));
        } else if (e == QLatin1String("STARTTLS")) {
            if (startTlsOffered())
                lines.append("STARTTLS");
        } else if (e == QLatin1String("AUTH")) {
            if (authOffered())
                lines.append("AUTH " + offeredMechanisms().join(QLatin1Char(' ')).toLatin1());
        } else {
            lines.append(e.toLatin1());
        }
    }
    replyLines(250, nullptr, lines);
}

void SandboxConnection::cmdMail(const QByteArray &arg)
{
    if (!ehloDone()) {
        replyError(503, "5.5.1", "Error: send HELO/EHLO first");
        return;
    }
    if (m_b.requireAuth && m_authUser.isEmpty()) {
        replyError(530, "5.7.0", "Authentication required");
        return;
    }
    if (m_inTransaction) {
        replyError(503, "5.5.1", "Error: nested MAIL command");
        return;
    }
    QByteArray address;
    QList<QByteArray> params;
    if (!parsePath(arg, "FROM:", address, params) || hasControl(address)) {
        replyError(501, "5.5.4", "Syntax: MAIL FROM:<address>");
        return;
    }
    if (!params.isEmpty() && !m_esmtp) {
        replyError(555, "5.5.4", "Error: parameters need EHLO");
        return;
    }
    bool utf8 = false;
    for (const QByteArray &p : std::as_const(params)) {
        const QByteArray key = keyOf(p);
        const QByteArray value = valueOf(p);
        if (key == "SIZE" && m_b.advertises(QStringLiteral("SIZE"))) {
            bool ok = false;
            const qint64 size = value.toLongLong(&ok);
            if (!ok || size < 0) {
                replyError(501, "5.5.4", "Error: bad SIZE parameter");
                return;
            }
            if (m_b.sizeLimit > 0 && size > m_b.sizeLimit) {
                reply(552, "5.3.4", "Error: message size exceeds fixed limit");
                return;
            }
        } else if (key == "BODY") {
            const QByteArray v = value.toUpper();
            if (v != "7BIT" && !(v == "8BITMIME" && m_b.advertises(QStringLiteral("8BITMIME")))) {
                replyError(555, "5.5.4", "Error: unsupported BODY parameter " + value);
                return;
            }
        } else if (key == "SMTPUTF8" && value.isEmpty() &&
                   m_b.advertises(QStringLiteral("SMTPUTF8"))) {
            utf8 = true;
        } else if (key == "AUTH" && authOffered()) {
            // RFC 4954 5: accepted, not used (nothing is relayed).
        } else if ((key == "RET" || key == "ENVID") && m_b.advertises(QStringLiteral("DSN"))) {
            if (key == "RET" && value.toUpper() != "FULL" && value.toUpper() != "HDRS") {
                replyError(501, "5.5.4", "Error: bad RET parameter");
                return;
            }
        } else {
            replyError(555, "5.5.4", "Error: unsupported parameter " + p);
            return;
        }
    }
    if (!isAscii(address)) {
        if (!utf8) {
            reply(553, "5.6.7", "Error: non-ASCII address without SMTPUTF8");
            return;
        }
        if (!validUtf8(address)) {
            replyError(501, "5.6.7", "Error: address is not valid UTF-8");
            return;
        }
    }
    if (!address.isEmpty() && !plausibleAddress(address)) {
        replyError(501, "5.1.7", "Error: bad sender address syntax");
        return;
    }
    const QString sender = QString::fromUtf8(address);
    for (const SandboxRule &rule : std::as_const(m_b.refuseSenders)) {
        if (rule.matches(sender)) {
            replyChosen(rule.reply, "<" + address + ">: Sender address rejected");
            if (rule.reply.code == 421)
                close();
            return;
        }
    }
    m_inTransaction = true;
    m_smtpUtf8 = utf8;
    m_envelope.sender = sender;
    m_envelope.mailOptions = toStrings(params);
    reply(250, "2.1.0", "Ok");
}

void SandboxConnection::cmdRcpt(const QByteArray &arg)
{
    if (!m_inTransaction) {
        replyError(503, "5.5.1", "Error: need MAIL command");
        return;
    }
    QByteArray address;
    QList<QByteArray> params;
    if (!parsePath(arg, "TO:", address, params) || hasControl(address)) {
        replyError(501, "5.5.4", "Syntax: RCPT TO:<address>");
        return;
    }
    if (!isAscii(address)) {
        if (!m_smtpUtf8) {
            reply(553, "5.6.7", "Error: non-ASCII address without SMTPUTF8");
            return;
        }
        if (!validUtf8(address)) {
            replyError(501, "5.6.7", "Error: address is not valid UTF-8");
            return;
        }
    }
    if (!plausibleAddress(address) && address.toLower() != "postmaster") {
        replyError(501, "5.1.3", "Error: bad recipient address syntax");
        return;
    }
    if (!params.isEmpty() && !m_esmtp) {
        replyError(555, "5.5.4", "Error: parameters need EHLO");
        return;
    }
    for (const QByteArray &p : std::as_const(params)) {
        const QByteArray key = keyOf(p);
        if (key == "NOTIFY" && m_b.advertises(QStringLiteral("DSN"))) {
            const QList<QByteArray> values = valueOf(p).toUpper().split(',');
            for (const QByteArray &v : values) {
                if ((v != "SUCCESS" && v != "FAILURE" && v != "DELAY" && v != "NEVER") ||
                    (v == "NEVER" && values.size() > 1)) {
                    replyError(501, "5.5.4", "Error: bad NOTIFY parameter");
                    return;
                }
            }
        } else if (key == "ORCPT" && m_b.advertises(QStringLiteral("DSN"))) {
            // kept as sent
        } else {
            replyError(555, "5.5.4", "Error: unsupported parameter " + p);
            return;
        }
    }
    if (m_b.maxRecipients > 0 && m_envelope.recipients.size() >= m_b.maxRecipients) {
        reply(452, "4.5.3", "Error: too many recipients");
        return;
    }
    const QString recipient = QString::fromUtf8(address);
    for (const SandboxRule &rule : std::as_const(m_b.refuseRecipients)) {
        if (rule.matches(recipient)) {
            replyChosen(rule.reply, "<" + address + ">: Recipient address rejected");
            if (rule.reply.code == 421)
                close();
            return;
        }
    }
    m_envelope.recipients.append(recipient);
    m_envelope.rcptOptions.append(toStrings(params));
    reply(250, "2.1.5", "Ok");
}

void SandboxConnection::cmdData(const QByteArray &arg)
{
    if (!arg.isEmpty()) {
        replyError(501, "5.5.4", "Syntax: DATA");
        return;
    }
    if (!m_inTransaction) {
        replyError(503, "5.5.1", "Error: need MAIL command");
        return;
    }
    if (m_envelope.recipients.isEmpty()) {
        // RFC 2920 3.1: a pipelined DATA after refused recipients.
        replyError(554, "5.5.1", "Error: no valid recipients");
        return;
    }
    if (m_usedBdat) {
        replyError(503, "5.5.1", "Error: DATA after BDAT");
        return;
    }
    m_mode = Mode::Data;
    m_message.clear();
    m_messageSize = 0;
    m_dataLineLength = 0;
    reply(354, nullptr, "End data with <CR><LF>.<CR><LF>");
}

void SandboxConnection::processData()
{
    const qint64 lineLimit = m_b.maxDataLineLength > 0 ? m_b.maxDataLineLength : -1;
    while (m_mode == Mode::Data) {
        const qsizetype crlf = m_in.indexOf("\r\n", m_pos);
        if (crlf < 0) {
            // An unfinished line: keep it, unless it is already too long to keep.
            qsizetype avail = m_in.size() - m_pos;
            if (lineLimit > 0 && m_dataLineLength + avail > lineLimit) {
                if (avail > 0 && m_in.endsWith('\r'))
                    --avail; // the CR of the coming CRLF
                m_dataLineLength += avail;
                m_lineTooLong = true;
                m_pos += avail;
            }
            return;
        }
        const qsizetype len = crlf - m_pos;
        const bool continued = m_dataLineLength > 0;
        if (!continued && len == 1 && m_in.at(m_pos) == '.') {
            m_pos = crlf + 2;
            m_mode = Mode::Command;
            finishMessage();
            return;
        }
        if (lineLimit > 0 && m_dataLineLength + len + 2 > lineLimit)
            m_lineTooLong = true;
        const qsizetype skip = (!continued && len > 0 && m_in.at(m_pos) == '.') ? 1 : 0;
        m_messageSize += len - skip + 2;
        if (m_b.sizeLimit > 0 && m_messageSize > m_b.sizeLimit)
            m_tooBig = true;
        if (m_tooBig || m_lineTooLong)
            m_message.clear(); // rejected anyway; keep memory flat
        else
            m_message.append(m_in.constData() + m_pos + skip, len - skip + 2);
        m_dataLineLength = 0;
        m_pos = crlf + 2;
    }
}

void SandboxConnection::cmdBdat(const QByteArray &arg)
{
    const QList<QByteArray> parts = arg.simplified().split(' ');
    bool ok = false;
    const qint64 size = parts.value(0).toLongLong(&ok);
    if (arg.isEmpty() || !ok || size < 0 || parts.size() > 2 ||
        (parts.size() == 2 && parts.at(1).toUpper() != "LAST")) {
        replyError(501, "5.5.4", "Syntax: BDAT size [LAST]");
        return;
    }
    m_bdatRemaining = size;
    m_bdatLast = parts.size() == 2;
    m_bdatError.clear();
    if (!m_b.advertises(QStringLiteral("CHUNKING"))) {
        m_bdatErrorCode = 502;
        m_bdatErrorEnhanced = "5.5.1";
        m_bdatError = "Error: BDAT is not offered";
    } else if (m_b.requireTls && !m_tls) {
        m_bdatErrorCode = 530;
        m_bdatErrorEnhanced = "5.7.0";
        m_bdatError = "Must issue a STARTTLS command first";
    } else if (!m_inTransaction) {
        m_bdatErrorCode = 503;
        m_bdatErrorEnhanced = "5.5.1";
        m_bdatError = "Error: need MAIL command";
    } else if (m_envelope.recipients.isEmpty()) {
        m_bdatErrorCode = 554;
        m_bdatErrorEnhanced = "5.5.1";
        m_bdatError = "Error: no valid recipients";
    }
    if (m_bdatError.isEmpty() && !m_usedBdat) {
        m_usedBdat = true;
        m_message.clear();
        m_messageSize = 0;
    }
    m_mode = Mode::Bdat;
    if (m_bdatRemaining == 0)
        bdatChunkDone();
}

void SandboxConnection::processBdat()
{
    const qint64 n = qMin<qint64>(m_bdatRemaining, m_in.size() - m_pos);
    if (n <= 0)
        return;
    if (m_bdatError.isEmpty()) {
        m_messageSize += n;
        if (m_b.sizeLimit > 0 && m_messageSize > m_b.sizeLimit)
            m_tooBig = true;
        if (m_tooBig)
            m_message.clear();
        else
            m_message.append(m_in.constData() + m_pos, n);
    }
    m_pos += n;
    m_bdatRemaining -= n;
    if (m_bdatRemaining == 0)
        bdatChunkDone();
}

void SandboxConnection::bdatChunkDone()
{
    m_mode = Mode::Command;
    if (!m_bdatError.isEmpty()) {
        replyError(m_bdatErrorCode, m_bdatErrorEnhanced, m_bdatError);
        m_bdatError.clear();
        return;
    }
    auto done = [this] {
        if (m_tooBig) {
            reply(552, "5.3.4", "Error: message size exceeds fixed limit");
            resetTransaction();
            return;
        }
        if (m_bdatLast) {
            finishMessage();
            return;
        }
        reply(250, "2.0.0", QByteArray::number(m_messageSize) + " octets received");
    };
    // The Data step happens once per transaction, when the first chunk is answered.
    if (!m_bdatGated) {
        m_bdatGated = true;
        gate(SandboxStep::Data, std::move(done));
        return;
    }
    done();
}

void SandboxConnection::finishMessage()
{
    if (m_lineTooLong) {
        reply(500, "5.5.2",
              "Error: line too long (the limit is " + QByteArray::number(m_b.maxDataLineLength) +
                  " octets with CRLF)");
        resetTransaction();
        return;
    }
    if (m_tooBig) {
        reply(552, "5.3.4", "Error: message size exceeds fixed limit");
        resetTransaction();
        return;
    }
    gate(SandboxStep::EndOfData, [this] { storeMessage(); });
}

void SandboxConnection::storeMessage()
{
    m_envelope.helo = m_helo;
    m_envelope.protocol = protocolName();
    m_envelope.tls = m_tls;
    m_envelope.authUser = m_authUser;
    m_envelope.peer = m_socket->peerAddress().toString() + QLatin1Char(':') +
                      QString::number(m_socket->peerPort());
    m_envelope.received = QDateTime::currentDateTimeUtc();
    const QString id = m_server->storeMessage(m_envelope, m_message);
    const QStringList recipients = m_envelope.recipients;
    resetTransaction();
    const int replies = m_lmtp ? int(recipients.size()) : 1;
    for (int i = 0; i < replies; ++i) {
        if (id.isEmpty())
            reply(451, "4.3.0", "Error: the sandbox could not store the message");
        else
            reply(250, "2.0.0", "Ok: queued as " + id.toLatin1());
    }
}

void SandboxConnection::cmdRset(const QByteArray &arg)
{
    if (!arg.isEmpty()) {
        replyError(501, "5.5.4", "Syntax: RSET");
        return;
    }
    resetTransaction();
    reply(250, "2.0.0", "Ok");
}

void SandboxConnection::cmdVrfy(const QByteArray &verb, const QByteArray &arg)
{
    if (arg.isEmpty()) {
        replyError(501, "5.5.4", "Syntax: " + verb + " address");
        return;
    }
    if (verb == "EXPN") {
        reply(502, "5.5.1", "Error: EXPN is not available here");
        return;
    }
    QByteArray address = arg;
    if (address.startsWith('<') && address.endsWith('>'))
        address = address.mid(1, address.size() - 2);
    for (const SandboxRule &rule : std::as_const(m_b.refuseRecipients)) {
        if (rule.matches(QString::fromUtf8(address)) && rule.reply.code >= 500) {
            replyChosen(rule.reply, "<" + address + ">: Recipient address rejected");
            return;
        }
    }
    reply(252, "2.5.2", "Cannot VRFY user, but will accept message and attempt delivery");
}

void SandboxConnection::cmdStartTls(const QByteArray &arg)
{
    if (!arg.isEmpty()) {
        replyError(501, "5.5.4", "Syntax: STARTTLS");
        return;
    }
    if (m_tls) {
        replyError(503, "5.5.1", "Error: TLS is already active");
        return;
    }
    if (!startTlsOffered()) {
        replyError(502, "5.5.1", "Error: STARTTLS is not offered");
        return;
    }
    reply(220, "2.0.0", "Ready to start TLS");
    // RFC 3207 4.2 and CVE-2011-0411: anything the client sent behind STARTTLS is dropped,
    // and the session starts again from nothing.
    m_in.clear();
    m_pos = 0;
    m_helo.clear();
    m_esmtp = false;
    m_lmtp = false;
    m_authUser.clear();
    resetTransaction();
    m_mode = Mode::TlsHandshake;
    m_socket->setSslConfiguration(m_server->tlsConfiguration());
    m_socket->startServerEncryption();
}

void SandboxConnection::cmdAuth(const QByteArray &arg)
{
    if (!ehloDone() || !m_esmtp) {
        replyError(503, "5.5.1", "Error: send EHLO first");
        return;
    }
    if (!m_authUser.isEmpty()) {
        replyError(503, "5.5.1", "Error: already authenticated");
        return;
    }
    if (m_inTransaction) {
        replyError(503, "5.5.1", "Error: AUTH not allowed during a mail transaction");
        return;
    }
    if (!authOffered()) {
        replyError(502, "5.5.1", "Error: AUTH is not offered");
        return;
    }
    const QList<QByteArray> parts = arg.simplified().split(' ');
    const QByteArray mechanism = parts.value(0).toUpper();
    if (mechanism.isEmpty() || parts.size() > 2) {
        replyError(501, "5.5.4", "Syntax: AUTH mechanism [initial-response]");
        return;
    }
    if (!SandboxAuthenticator::supports(mechanism)) {
        replyError(504, "5.5.4", "Error: unrecognized authentication type");
        return;
    }
    if (!offeredMechanisms().contains(QString::fromLatin1(mechanism))) {
        reply(538, "5.7.11", "Encryption required for requested authentication mechanism");
        return;
    }
    std::optional<QByteArray> initial;
    if (parts.size() == 2) {
        if (parts.at(1) == "=") {
            initial = QByteArray();
        } else {
            auto decoded = QByteArray::fromBase64Encoding(parts.at(1),
                                                          QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                replyError(501, "5.5.2", "Error: cannot decode the initial response");
                return;
            }
            initial = *decoded;
        }
    }
    m_auth = std::make_unique<SandboxAuthenticator>(mechanism, m_b.accounts, m_b.hostname);
    const auto result = m_auth->start(initial);
    authResult(result);
}

void SandboxConnection::authLine(const QByteArray &line)
{
    Q_EMIT m_server->commandReceived(m_id, line == "*" ? QByteArray("*") : QByteArray("****"));
    if (line == "*") {
        m_auth.reset();
        m_mode = Mode::Command;
        replyError(501, "5.0.0", "Authentication cancelled");
        return;
    }
    auto decoded = QByteArray::fromBase64Encoding(line, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        m_auth.reset();
        m_mode = Mode::Command;
        replyError(501, "5.5.2", "Error: cannot decode the response");
        return;
    }
    authResult(m_auth->respond(*decoded));
}

void SandboxConnection::authResult(SandboxAuthenticator::Result result)
{
    switch (result) {
    case SandboxAuthenticator::Result::Challenge:
        m_mode = Mode::Auth;
        reply(334, nullptr, m_auth->challenge());
        return;
    case SandboxAuthenticator::Result::Success:
        m_authUser = m_auth->user();
        m_mode = Mode::Command;
        Q_EMIT m_server->authenticated(m_id, m_authUser, QString::fromLatin1(m_auth->mechanism()));
        m_auth.reset();
        reply(235, "2.7.0", "Authentication successful");
        return;
    case SandboxAuthenticator::Result::Failure:
        m_auth.reset();
        m_mode = Mode::Command;
        reply(535, "5.7.8", "Authentication credentials invalid");
        return;
    case SandboxAuthenticator::Result::Malformed:
        m_auth.reset();
        m_mode = Mode::Command;
        replyError(501, "5.5.2", "Error: malformed authentication response");
        return;
    }
}

void SandboxConnection::cmdQuit()
{
    reply(221, "2.0.0", "Bye");
    close();
}

} // namespace postel
