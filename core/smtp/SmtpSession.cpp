#include "SmtpSession.h"
#include "../common/LogCategories.h"
#include "operations/AuthOperation.h"
#include "operations/CommandOperation.h"
#include "operations/ConnectOperation.h"
#include "operations/EhloOperation.h"
#include "operations/SendMailOperation.h"
#include "operations/StartTlsOperation.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHostInfo>
#include <QMetaMethod>
#include <QSslSocket>

#include <sys/socket.h>

namespace postel {

namespace {

// The verb a command line starts with ("." for the end of data, "AUTH" for an answer to
// a SASL challenge, which is secret from its first byte).
QByteArray verbOf(const QByteArray &line, qsizetype secretFrom)
{
    if (secretFrom == 0)
        return "AUTH";
    const qsizetype space = line.indexOf(' ');
    return (space < 0 ? line : line.left(space)).toUpper();
}
} // namespace

SmtpSession::SmtpSession(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<postel::Reply>("postel::Reply");
    qRegisterMetaType<postel::TlsInfo>("postel::TlsInfo");
    qRegisterMetaType<postel::TranscriptEntry>("postel::TranscriptEntry");
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SmtpSession::onTimeout);
    m_clock.start();
}

SmtpSession::~SmtpSession()
{
    m_timer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void SmtpSession::setSourceAddress(const QHostAddress &address, quint16 port)
{
    m_sourceAddress = address;
    m_sourcePort = port;
}

QString SmtpSession::localHostname() const
{
    return m_localHostname.isEmpty() ? defaultName() : m_localHostname;
}

QString SmtpSession::defaultName() const
{
    // smtplib uses socket.getfqdn(); we avoid a DNS query and use what the machine knows.
    const QString host = QHostInfo::localHostName();
    if (host.contains(QLatin1Char('.')))
        return host;
    const QString domain = QHostInfo::localDomainName();
    if (!host.isEmpty() && !domain.isEmpty())
        return host + QLatin1Char('.') + domain;
    // No FQDN: an address literal for the address this connection comes from.
    const QHostAddress local = localAddress();
    if (local.protocol() == QAbstractSocket::IPv6Protocol && !local.toIPv4Address())
        return QStringLiteral("[IPv6:%1]").arg(local.toString());
    if (!local.isNull())
        return QStringLiteral("[%1]").arg(QHostAddress(local.toIPv4Address()).toString());
    return QStringLiteral("[127.0.0.1]");
}

QHostAddress SmtpSession::localAddress() const
{
    return m_socket ? m_socket->localAddress() : QHostAddress();
}

QSslCertificate SmtpSession::peerCertificate() const
{
    return m_socket ? m_socket->peerCertificate() : QSslCertificate();
}

QList<QSslCertificate> SmtpSession::peerCertificateChain() const
{
    return m_socket ? m_socket->peerCertificateChain() : QList<QSslCertificate>();
}

bool SmtpSession::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState &&
           m_state != State::Disconnected;
}

bool SmtpSession::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

// --- the transcript pipeline ----------------------------------------------------------

bool SmtpSession::wantsEntries() const
{
    static const QMetaMethod signal = QMetaMethod::fromSignal(&SmtpSession::entry);
    return isSignalConnected(signal);
}

void SmtpSession::emitEntry(TranscriptEntry e)
{
    if (e.direction != TranscriptEntry::Data)
        flushData();
    Q_EMIT entry(e);
}

void SmtpSession::flushData()
{
    if (!m_hasPendingData)
        return;
    m_hasPendingData = false;
    Q_EMIT entry(std::exchange(m_pendingData, TranscriptEntry()));
}

void SmtpSession::note(const QString &text, bool error)
{
    qCDebug(lcSmtp).noquote() << text;
    if (!wantsEntries())
        return;
    TranscriptEntry e;
    e.time = QDateTime::currentDateTime();
    e.direction = error ? TranscriptEntry::Error : TranscriptEntry::Info;
    e.bytes = text.toUtf8();
    e.encrypted = isEncrypted();
    emitEntry(std::move(e));
}

void SmtpSession::writeLine(const QByteArray &line, qsizetype secretFrom)
{
    QByteArray wire;
    wire.reserve(line.size() + 2);
    wire.append(line).append("\r\n", 2);
    m_socket->write(wire);
    if (!wantsEntries())
        return;
    TranscriptEntry e;
    e.time = QDateTime::currentDateTime();
    e.direction = TranscriptEntry::Client;
    e.bytes = line;
    e.secretFrom = secretFrom;
    e.encrypted = isEncrypted();
    e.verb = verbOf(line, secretFrom);
    emitEntry(std::move(e));
}

void SmtpSession::writePayload(const char *data, qsizetype size)
{
    m_socket->write(data, size);
    if (!wantsEntries())
        return;
    if (!m_hasPendingData) {
        m_pendingData = TranscriptEntry();
        m_pendingData.time = QDateTime::currentDateTime();
        m_pendingData.direction = TranscriptEntry::Data;
        m_pendingData.encrypted = isEncrypted();
        m_hasPendingData = true;
    }
    m_pendingData.dataBytes += size;
}

bool SmtpSession::sendCommand(SmtpOperation *op, const QByteArray &line)
{
    for (char c : line) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f) {
            op->fail(ErrorKind::Usage,
                     tr("A command argument contains a control character (such as CR or LF); "
                        "nothing was sent."));
            return false;
        }
    }
    if (!isConnected()) {
        if (!m_closedWhy.isEmpty())
            op->fail(m_closedKind, m_closedWhy);
        else
            op->fail(ErrorKind::ServerDisconnected,
                     tr("Not connected: connect to a server first."));
        return false;
    }
    const qsizetype secret = m_redactor.secretFrom(line);
    writeLine(line, secret);
    m_awaiting.append({op, verbOf(line, secret), m_clock.elapsed(), false});
    armTimer();
    return true;
}

bool SmtpSession::writeCommand(SmtpOperation *op, const QByteArray &line)
{
    return sendCommand(op, line);
}

void SmtpSession::writeEndOfData()
{
    writeLine(".", -1);
}

void SmtpSession::expectReply(SmtpOperation *op)
{
    // The reply after the data answers the "." (or BDAT LAST) just written; the greeting
    // is timed from the connection (see onConnected()).
    const bool greeting = m_state == State::Connecting;
    m_awaiting.append(
        {op, greeting ? QByteArray() : QByteArrayLiteral("."), m_clock.elapsed(), greeting});
    ++m_lateExpectations;
    armTimer();
}

void SmtpSession::armTimer()
{
    if (m_timeoutMs > 0 && !m_timer.isActive())
        m_timer.start(m_timeoutMs);
}

void SmtpSession::progressMade()
{
    if (m_timeoutMs > 0)
        m_timer.start(m_timeoutMs);
}

void SmtpSession::progress(SmtpOperation *op, qint64 sent, qint64 total)
{
    Q_EMIT op->dataProgress(sent, total);
}

qint64 SmtpSession::pendingWrite() const
{
    // Under TLS the socket encrypts all it is given at once: count both buffers, or the
    // encrypted one grows without bound.
    return m_socket ? m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() : 0;
}

void SmtpSession::streamMessage(SmtpOperation *op, QIODevice *source,
                                const MessagePump::Options &options)
{
    if (!m_socket) {
        delete source;
        op->fail(ErrorKind::ServerDisconnected, tr("The connection was closed."));
        return;
    }
    m_pump.start(op, source, options);
}

void SmtpSession::streamEnded(SmtpOperation *op)
{
    flushData();
    op->dataWritten();
}

void SmtpSession::resumeStreaming()
{
    if (!m_pump.isWaiting())
        return;
    m_pump.resume();
    // Not from inside the reply handler: let the operation finish its bookkeeping first.
    QMetaObject::invokeMethod(
        this, [this] { m_pump.pump(); }, Qt::QueuedConnection);
}

// --- the operation queue ------------------------------------------------------------

SmtpOperation *SmtpSession::enqueue(SmtpOperation *op)
{
    op->m_port = this;
    m_queue.append(op);
    // Start on the next turn of the event loop so the caller can connect to finished().
    QMetaObject::invokeMethod(this, &SmtpSession::startNext, Qt::QueuedConnection);
    return op;
}

void SmtpSession::startNext()
{
    // A pipelined QUIT still waiting for its 221 ends the connection first.
    if (!m_stack.isEmpty() || m_queue.isEmpty() || m_pipelinedQuit)
        return;
    activate(m_queue.takeFirst());
    flushNow();
}

void SmtpSession::activate(SmtpOperation *op)
{
    op->m_port = this;
    m_stack.append(op);
    op->m_started = true;
    op->start();
}

void SmtpSession::operationDone(SmtpOperation *op)
{
    const qsizetype at = m_stack.indexOf(op);
    if (at >= 0) {
        // Anything it started that is still running goes with it.
        while (m_stack.size() > at + 1) {
            SmtpOperation *child = m_stack.takeLast();
            child->m_finished = true;
        }
        m_stack.removeAt(at);
    } else {
        m_ahead.removeOne(op); // started ahead, ended before its turn (nothing was sent)
    }
    m_pump.release(op);
    if (m_awaiting.isEmpty())
        m_timer.stop();
    if (op->hasError() && op->isTopLevel())
        note(op->error().describe(), true);
    Q_EMIT op->finished();
    Q_EMIT operationFinished(op);
    if (op->m_parent && !op->m_parent->m_finished && m_stack.contains(op->m_parent)) {
        op->m_parent->childDone(op);
    } else if (m_stack.isEmpty() && !m_ahead.isEmpty()) {
        // The next transaction is already on the wire: its replies come next.
        SmtpOperation *next = m_ahead.takeFirst();
        m_stack.append(next);
        if (!isConnected())
            next->fail(ErrorKind::ServerDisconnected, tr("The connection was closed."));
        else
            maybeStartAhead();
    } else if (m_stack.isEmpty()) {
        QMetaObject::invokeMethod(this, &SmtpSession::startNext, Qt::QueuedConnection);
    }
}

// --- the socket -------------------------------------------------------------------------

void SmtpSession::openSocket(const QString &host, quint16 port, bool implicitTls)
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QSslSocket(this);
    m_tls.prepare(m_socket, host, port);
    connect(m_socket, &QSslSocket::newSessionTicketReceived, this, [this] {
        if (m_socket)
            m_tls.ticketReceived(m_socket);
    });
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpSession::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &SmtpSession::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpSession::onSocketError);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpSession::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &SmtpSession::onSslErrors);
    connect(m_socket, &QSslSocket::bytesWritten, this, [this] {
        m_pump.pump();
        if (m_halfCloseWhenFlushed && m_socket && m_socket->bytesToWrite() == 0) {
            m_halfCloseWhenFlushed = false;
            halfCloseIfPlain();
        }
    });
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, [this] { m_pump.pump(); });
    m_halfCloseWhenFlushed = false;
    connect(m_socket, &QSslSocket::connected, this, &SmtpSession::onConnected);
    m_parser.reset();
    m_redactor.reset();
    ++m_parserGeneration;
    m_closedWhy.clear();
    m_host = host;
    m_port = port;
    m_socketError = QAbstractSocket::UnknownSocketError;
    m_tcpConnected = false;
    m_implicitTls = implicitTls;
    m_greeting = Reply();
    forgetEhlo();
    m_advertisedBeforeTls = Capabilities();
    if (!m_sourceAddress.isNull() || m_sourcePort)
        m_socket->bind(m_sourceAddress.isNull() ? QHostAddress(QHostAddress::Any) : m_sourceAddress,
                       m_sourcePort);
    Q_EMIT aboutToConnect(host, port);
    note(QCoreApplication::translate("postel::Transcript", "Connecting to %1 port %2")
             .arg(host)
             .arg(port));
    setState(State::Connecting);
    m_timer.stop();
    armTimer();
    if (implicitTls) {
        if (!QSslSocket::supportsSsl()) {
            failActive(ErrorKind::Tls, tr("This system has no TLS support."));
            return;
        }
        m_socket->connectToHostEncrypted(host, port);
    } else {
        m_socket->connectToHost(host, port);
    }
}

void SmtpSession::onConnected()
{
    m_tcpConnected = true;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // The greeting's latency counts from here (for implicit TLS, from the handshake): the
    // time the server takes to greet, not the time spent connecting.
    if (!m_implicitTls) {
        for (Awaiting &a : m_awaiting) {
            if (a.greeting)
                a.since = m_clock.elapsed();
        }
    }
}

void SmtpSession::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray bytes = m_socket->readAll();
    if (bytes.isEmpty())
        return;
    const bool ok = m_parser.feed(bytes);
    // These bytes were on their way before anything written while they are handled: they
    // can answer only the commands waiting now. One more reply is unsolicited even though
    // a command written meanwhile waits (a second 250 to MAIL must not answer RCPT).
    // (expectReply() while these are delivered adds to them: LMTP's replies to a BDAT LAST
    // already on the wire, counted once the recipients are known.)
    m_lateExpectations = 0;
    const qsizetype answerable = m_awaiting.size();
    qsizetype delivered = 0;
    while (m_parser.hasReply()) {
        const quint64 gen = m_parserGeneration;
        const Reply reply = m_parser.takeReply();
        if (delivered++ >= answerable + m_lateExpectations || m_awaiting.isEmpty()) {
            unsolicited(reply);
            return;
        }
        deliver(reply);
        if (gen != m_parserGeneration)
            return; // the parser was emptied on purpose (STARTTLS, 421); nothing left to read
    }
    if (!ok) {
        const QString why = m_parser.errorString();
        note(why);
        failActive(ErrorKind::Protocol, why);
        if (m_socket)
            m_socket->abort();
        return;
    }
    flushNow();
}

void SmtpSession::flushNow()
{
    // What the replies just read made the operations write goes out now, in one write,
    // instead of on the socket's next write notification (one event-loop turn later).
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->flush();
}

void SmtpSession::unsolicited(const Reply &reply)
{
    emitServerEntry(reply, Awaiting());
    // RFC 5321 §3.8: a server may say 421 and close at any time. Any other reply nobody
    // asked for puts the conversation out of step: no later reply could be trusted.
    const bool closing = reply.code == 421;
    m_closedKind = closing ? ErrorKind::ServerDisconnected : ErrorKind::Protocol;
    m_closedWhy = closing ? tr("The server closed the connection (421).")
                          : tr("The server sent a reply that no command was waiting for; the "
                               "conversation is out of step, so the connection was closed.");
    dropConnection();
    failActive(m_closedKind, m_closedWhy);
}

void SmtpSession::emitServerEntry(const Reply &reply, const Awaiting &waiting)
{
    if (!wantsEntries())
        return;
    TranscriptEntry e;
    e.time = QDateTime::currentDateTime();
    e.direction = TranscriptEntry::Server;
    e.code = reply.code;
    e.reply = reply;
    QByteArray joined;
    for (qsizetype i = 0; i < reply.lines.size(); ++i) {
        if (i)
            joined += "\r\n";
        joined += QByteArray::number(reply.code) + (i + 1 < reply.lines.size() ? '-' : ' ') +
                  reply.lines.at(i);
    }
    e.bytes = joined;
    e.encrypted = isEncrypted();
    if (waiting.op || waiting.greeting) {
        e.elapsedMs = m_clock.elapsed() - waiting.since;
        e.verb = waiting.verb;
    }
    emitEntry(std::move(e));
}

void SmtpSession::deliver(const Reply &reply)
{
    m_redactor.replyReceived(reply.code);
    const Awaiting waiting = m_awaiting.isEmpty() ? Awaiting() : m_awaiting.takeFirst();
    emitServerEntry(reply, waiting);
    if (!waiting.op) {
        unsolicited(reply);
        return;
    }
    SmtpOperation *op = waiting.op;
    if (op == m_pipelinedQuit)
        m_pipelinedQuit = nullptr; // its reply is here: it finishes as a QUIT does
    m_timer.stop();
    if (!m_awaiting.isEmpty())
        armTimer();
    if (!op->isFinished())
        op->replyReceived(reply);
    // RFC 5321 §3.8: 421 means the server is closing the transmission channel. Close at
    // once instead of waiting for it (or for an answer to QUIT that will not come).
    if (reply.code == 421 && m_socket) {
        m_closedKind = ErrorKind::ServerDisconnected;
        m_closedWhy = tr("The server closed the connection (421).");
        note(m_closedWhy);
        dropConnection();
        if (!m_stack.isEmpty())
            failActive(m_closedKind, m_closedWhy);
    }
}

void SmtpSession::failActive(ErrorKind kind, const QString &message)
{
    m_awaiting.clear();
    m_timer.stop();
    // Transactions sent ahead wait for replies that will not come either. (QPointer: a
    // finished() handler may delete an operation.)
    QList<QPointer<SmtpOperation>> ahead;
    for (SmtpOperation *op : std::exchange(m_ahead, {}))
        ahead.append(op);
    if (m_stack.isEmpty() && ahead.isEmpty()) {
        note(message);
        return;
    }
    if (!m_stack.isEmpty())
        m_stack.last()->fail(kind, message);
    for (const QPointer<SmtpOperation> &op : std::as_const(ahead)) {
        if (op)
            op->fail(kind, message);
    }
}

void SmtpSession::onSocketError()
{
    if (!m_socket)
        return;
    const auto err = m_socket->error();
    const QString text = m_socket->errorString();
    m_socketError = err;
    // A server that accepts the connection and hangs up before its greeting is smtplib's
    // SMTPServerDisconnected (handled by onDisconnected), not a connect error.
    if (m_state == State::Connecting && err != QAbstractSocket::RemoteHostClosedError) {
        if (err == QAbstractSocket::SslHandshakeFailedError)
            failActive(ErrorKind::Tls, tr("The TLS handshake failed: %1").arg(text));
        else
            failActive(ErrorKind::Connect,
                       tr("Could not connect to %1 port %2: %3").arg(m_host).arg(m_port).arg(text));
    } else if (err == QAbstractSocket::SslHandshakeFailedError || m_state == State::TlsHandshake) {
        failActive(ErrorKind::Tls, tr("The TLS handshake failed: %1").arg(text));
    } else if (err != QAbstractSocket::RemoteHostClosedError) {
        failActive(ErrorKind::ServerDisconnected, tr("The connection failed: %1").arg(text));
    }
    if (m_socket->state() == QAbstractSocket::UnconnectedState && m_state != State::Disconnected)
        onDisconnected();
}

void SmtpSession::onDisconnected()
{
    if (m_state == State::Disconnected)
        return;
    const bool waiting = !m_awaiting.isEmpty() || !m_stack.isEmpty();
    failPipelinedQuit();
    setState(State::Disconnected);
    forgetEhlo();
    m_parser.reset();
    ++m_parserGeneration;
    if (waiting)
        failActive(ErrorKind::ServerDisconnected, tr("The server closed the connection."));
}

void SmtpSession::onTimeout()
{
    const QString msg =
        m_state == State::Connecting
            ? tr("No greeting from %1 within %n seconds.", nullptr, m_timeoutMs / 1000).arg(m_host)
            : tr("The server did not answer within %n seconds.", nullptr, m_timeoutMs / 1000);
    failActive(ErrorKind::Timeout, msg);
    // After a timeout nobody knows where in the conversation the server is.
    if (m_socket)
        m_socket->abort();
    setState(State::Disconnected);
}

void SmtpSession::onSslErrors(const QList<QSslError> &errors)
{
    if (m_tls.acceptsPinned(m_socket, errors)) {
        m_socket->ignoreSslErrors(errors);
        return;
    }
    m_tls.beginAsking();
    Q_EMIT sslErrors(errors);
    if (m_tls.acceptedByUser(errors)) {
        m_socket->ignoreSslErrors(errors);
        return;
    }
    // The socket aborts the handshake itself; say why before it does.
    failActive(
        ErrorKind::Tls,
        tr("The server's certificate was not accepted: %1").arg(TlsSetup::refusalText(errors)));
}

void SmtpSession::onEncrypted()
{
    const TlsInfo &info = m_tls.established(m_socket);
    const bool wasStartTls = m_state == State::TlsHandshake;
    if (m_state == State::Connecting) {
        // Implicit TLS: the greeting comes now, timed from here.
        for (Awaiting &a : m_awaiting) {
            if (a.greeting)
                a.since = m_clock.elapsed();
        }
    } else {
        setState(State::Connected);
    }
    // RFC 3207: everything learnt before the handshake is forgotten.
    forgetEhlo();
    if (wantsEntries()) {
        TranscriptEntry e;
        e.time = QDateTime::currentDateTime();
        e.direction = TranscriptEntry::TlsStart;
        QString verdict;
        if (info.verified)
            verdict = QCoreApplication::translate("postel::Transcript", "certificate verified");
        else if (info.pinned)
            verdict =
                QCoreApplication::translate("postel::Transcript",
                                            "certificate not verified by a CA — trusted by you for "
                                            "this profile (SHA-256 %1)")
                    .arg(info.peerFingerprintSha256());
        else if (!info.ignoredErrors.isEmpty())
            verdict = QCoreApplication::translate(
                "postel::Transcript", "certificate NOT verified — accepted for this connection "
                                      "only");
        else
            verdict = QCoreApplication::translate("postel::Transcript", "certificate NOT verified");
        QString text = QCoreApplication::translate("postel::Transcript", "TLS started: %1, %2, %3")
                           .arg(info.protocol, info.cipher, verdict);
        if (!info.peerChain.isEmpty())
            text += QStringLiteral(" (%1)").arg(info.peerSubject());
        if (info.resumed)
            text += QStringLiteral("; ") +
                    QCoreApplication::translate(
                        "postel::Transcript", "earlier session resumed, no certificate exchanged");
        e.bytes = text.toUtf8();
        e.encrypted = true;
        emitEntry(std::move(e));
    }
    Q_EMIT tlsStarted(info);
    if (wasStartTls && !m_stack.isEmpty())
        m_stack.last()->tlsEstablished();
}

void SmtpSession::beginClientTls()
{
    // Bytes that arrived behind the 220 were sent before the handshake: whoever sent
    // them (a server bug or a man in the middle), they must never be read as replies.
    qint64 dropped = m_socket->bytesAvailable();
    if (dropped > 0)
        m_socket->read(dropped);
    if (m_parser.hasPendingBytes())
        dropped += 1;
    m_parser.reset();
    ++m_parserGeneration;
    m_awaiting.clear();
    if (dropped > 0)
        note(tr("Discarded data the server sent after its reply to STARTTLS."));
    setState(State::TlsHandshake);
    m_socket->setPeerVerifyName(m_tls.verifiedName(m_host));
    armTimer();
    m_socket->startClientEncryption();
}

void SmtpSession::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

void SmtpSession::forgetEhlo()
{
    m_ehloDone = false;
    m_heloDone = false;
    m_authenticated = false; // RFC 3207 §4.2: TLS starts the session afresh, AUTH included
    m_heloResp.clear();
    m_ehloResp.clear();
    m_doesEsmtp = false;
    m_features = Capabilities();
}

void SmtpSession::setGreeting(const Reply &reply, bool accepted)
{
    m_greeting = reply;
    if (accepted)
        setState(State::Connected);
}

void SmtpSession::setEhloResult(const Reply &reply, bool esmtp)
{
    m_ehloResp = reply.text();
    m_ehloDone = true;
    m_doesEsmtp = esmtp;
    m_features = esmtp ? Capabilities::fromEhloReply(reply) : Capabilities();
    if (esmtp) {
        m_lastAdvertised = m_features;
        if (!isEncrypted())
            m_advertisedBeforeTls = m_features;
    }
}

void SmtpSession::setHeloResult(const Reply &reply)
{
    m_heloResp = reply.text();
    m_heloDone = true;
}

void SmtpSession::close()
{
    dropConnection();
    if (!m_stack.isEmpty())
        failActive(ErrorKind::ServerDisconnected, tr("The connection was closed."));
}

void SmtpSession::halfCloseIfPlain()
{
    // Exim holds its reply to QUIT back until the client half-closes a plain connection.
    if (!m_socket || m_socket->isEncrypted() || m_socket->mode() != QSslSocket::UnencryptedMode)
        return;
    m_socket->flush();
    if (m_socket->bytesToWrite() == 0 && m_socket->socketDescriptor() >= 0)
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
}

void SmtpSession::dropConnection()
{
    m_timer.stop();
    m_awaiting.clear();
    failPipelinedQuit();
    flushData();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    forgetEhlo();
    m_parser.reset();
    ++m_parserGeneration;
    setState(State::Disconnected);
}

void SmtpSession::abort()
{
    const QList<SmtpOperation *> queued = m_queue;
    m_queue.clear();
    QList<QPointer<SmtpOperation>> ahead;
    for (SmtpOperation *op : std::exchange(m_ahead, {}))
        ahead.append(op);
    if (!m_stack.isEmpty())
        m_stack.first()->fail(ErrorKind::Cancelled, tr("Cancelled."));
    for (const QPointer<SmtpOperation> &op : std::as_const(ahead)) {
        if (op)
            op->fail(ErrorKind::Cancelled, tr("Cancelled."));
    }
    for (SmtpOperation *op : queued) {
        op->m_started = true;
        op->fail(ErrorKind::Cancelled, tr("Cancelled."));
    }
    close();
}

} // namespace postel
