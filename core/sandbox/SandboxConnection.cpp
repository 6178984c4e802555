// SandboxConnection, part 1: the connection's life, reading commands from the input in order,
// dispatching them, the fault gate before each step, and the replies. The commands
// themselves are in SandboxConnectionCommands.cpp (EHLO, MAIL, RCPT, RSET, VRFY),
// SandboxConnectionData.cpp (DATA, BDAT) and SandboxConnectionSecurity.cpp (STARTTLS, AUTH).
#include "SandboxConnection.h"
#include "SandboxServer.h"

#include <QSslConfiguration>
#include <QSslSocket>

namespace postel {

namespace {

// Input: Qt buffers at most this much of a client's bytes, and the connection takes at most
// this much at a time; the rest waits in the kernel (TCP flow control slows the client).
constexpr qint64 ReadChunk = 64 * 1024;
// Output: while this much of the replies waits for the client to read it, no more commands
// are read, so that a client that pipelines without reading cannot make the sandbox buffer
// replies without end.
constexpr qint64 OutputLimit = 64 * 1024;

} // namespace

SandboxConnection::SandboxConnection(SandboxServer *server, quint64 id, QSslSocket *socket,
                                     const SandboxBehaviour &behaviour, bool implicitTls)
    : QObject(server), m_server(server), m_id(id), m_socket(socket), m_b(behaviour),
      m_implicitTls(implicitTls)
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setReadBufferSize(ReadChunk);
    m_idle.setSingleShot(true);
    if (m_b.idleTimeoutMs > 0)
        m_idle.setInterval(m_b.idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, &SandboxConnection::onIdleTimeout);
    connect(m_socket, &QSslSocket::readyRead, this, &SandboxConnection::onReadyRead);
    connect(m_socket, &QSslSocket::bytesWritten, this, &SandboxConnection::onBytesWritten);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &SandboxConnection::onBytesWritten);
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
        pump();
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
    // The last replies go out first; a client that never reads them is cut off after the
    // idle timeout.
    if (m_b.idleTimeoutMs > 0)
        m_idle.start();
    else
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
    if (m_mode == Mode::Closing) {
        abort();
        return;
    }
    if (m_paused) {
        m_idle.start();
        return;
    }
    reply(421, "4.4.2", (m_b.hostname + QStringLiteral(" Error: timeout exceeded")).toUtf8());
    close();
}

void SandboxConnection::onReadyRead()
{
    if (m_b.idleTimeoutMs > 0 && !m_paused && m_mode != Mode::Closing)
        m_idle.start();
    pump();
}

void SandboxConnection::onBytesWritten()
{
    if (m_mode == Mode::Closing)
        return;
    // A client that reads its replies is not idle, even while the sandbox does not read its
    // commands (they wait for it to read what came before).
    if (m_b.idleTimeoutMs > 0 && !m_paused)
        m_idle.start();
    // It reads them again: go on with what it sent meanwhile.
    if (!m_pumping && pendingOutput() < OutputLimit)
        pump();
}

qint64 SandboxConnection::pendingOutput() const
{
    return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
}

bool SandboxConnection::readable() const
{
    return !m_paused && pendingOutput() < OutputLimit &&
           (m_mode == Mode::Command || m_mode == Mode::Auth || m_mode == Mode::Data ||
            m_mode == Mode::Bdat);
}

void SandboxConnection::pump()
{
    if (m_pumping)
        return; // a step inside the loop resumed us; the loop goes on by itself
    m_pumping = true;
    m_turnCommands = 0;
    while (true) {
        if (m_mode == Mode::Closing) {
            m_socket->readAll();
            break;
        }
        process();
        // Out at once: a client that half-closes after QUIT still gets every reply, because
        // Qt closes the socket, dropping what it had not written, as soon as it reads the end.
        m_socket->flush();
        if (!readable() || m_turnCommands >= CommandsPerTurn || m_socket->bytesAvailable() <= 0)
            break;
        if (m_pos > 0) {
            m_in.remove(0, m_pos);
            m_pos = 0;
        }
        m_in.append(m_socket->read(ReadChunk));
    }
    m_pumping = false;
    if (m_turnCommands >= CommandsPerTurn && readable() && !m_turnScheduled) {
        m_turnScheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_turnScheduled = false;
            pump();
        });
    }
}

void SandboxConnection::process()
{
    if (m_processing)
        return; // a step inside the loop resumed us; the loop goes on by itself
    m_processing = true;
    while (!m_paused && pendingOutput() < OutputLimit && m_turnCommands < CommandsPerTurn) {
        const qsizetype before = m_in.size() - m_pos;
        const Mode mode = m_mode;
        if (mode == Mode::Command || mode == Mode::Auth) {
            QByteArray line;
            if (!nextCommandLine(line))
                break;
            ++m_turnCommands;
            if (mode == Mode::Auth)
                authLine(line);
            else
                dispatch(line);
        } else if (mode == Mode::Data) {
            processData();
            m_turnCommands += m_mode != mode ? 1 : 0; // the final dot
        } else if (mode == Mode::Bdat) {
            processBdat();
            m_turnCommands += m_mode != mode ? 1 : 0;
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
            // `limit` octets without the LF: longer than the limit with it.
            if (m_in.size() - m_pos >= limit) {
                m_in.clear();
                m_pos = 0;
                m_discardLine = true;
                replyError(500, "5.5.2", "Error: line too long");
            }
            return false;
        }
        if (lf + 1 - m_pos > limit) {
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
    if (m_greetingRefused && verb != "QUIT") {
        replyError(503, "5.5.1", "Error: no service here; send QUIT");
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
            m_id, tr("Answered %1 with \"%2\"")
                      .arg(stepName,
                           final->reply.toString().replace(QLatin1Char('\n'), QLatin1Char(' '))));
        replyChosen(final->reply, "Fault injected by the sandbox");
        if (final->reply.code == 421) {
            close();
        } else if (final->step == SandboxStep::Connect) {
            // A greeting that refuses: only QUIT is answered normally (RFC 5321 3.1).
            m_greetingRefused = true;
            m_mode = Mode::Command;
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
        pump();
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
    const QList<QByteArray> lines = (r.text.isEmpty() ? defaultText : r.text.toUtf8()).split('\n');
    QByteArray out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        out += QByteArray::number(r.code) + (i + 1 < lines.size() ? '-' : ' ');
        out += enhanced;
        if (!enhanced.isEmpty() && !lines.at(i).isEmpty())
            out += ' ';
        out += lines.at(i) + "\r\n";
    }
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
    m_inDataLine = false;
    m_dataLineLength = 0;
    m_usedBdat = false;
    m_bdatGated = false;
}

void SandboxConnection::cmdQuit()
{
    reply(221, "2.0.0", "Bye");
    close();
}

} // namespace postel
