#include "SmtpSession.h"
#include "operations/AuthOperation.h"
#include "operations/CommandOperation.h"
#include "operations/ConnectOperation.h"
#include "operations/EhloOperation.h"
#include "operations/SendMailOperation.h"
#include "operations/StartTlsOperation.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostInfo>
#include <QSslCipher>
#include <QSslSocket>

#include <sys/socket.h>

namespace postel {

namespace {
constexpr qint64 StreamChunk = 256 * 1024;
constexpr qint64 StreamHighWater = 1024 * 1024;
// Under TLS every buffer on the way (QSslSocket's, OpenSSL's memory BIO, the copy between
// them, the TCP socket's) grows to what is pending. Kept under glibc's mmap threshold
// (128 KiB) they are recycled heap memory; at 1 MiB each was fresh mmap'd pages, about
// 25 000 page faults per 50 MB sent, and half the throughput (bench/README.md, B2).
constexpr qint64 TlsStreamSlice = 32 * 1024;
constexpr qint64 TlsStreamHighWater = 64 * 1024;
// How many transactions may be on the wire ahead of the one whose replies are being read.
constexpr qsizetype MaxAhead = 32;

QString protocolName(QSsl::SslProtocol p)
{
    switch (p) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    case QSsl::DtlsV1_2:
        return QStringLiteral("DTLSv1.2");
    default:
        return QStringLiteral("TLS");
    }
}
} // namespace

SmtpSession::SmtpSession(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<postel::Reply>("postel::Reply");
    qRegisterMetaType<postel::TlsInfo>("postel::TlsInfo");
    m_tlsConfig = QSslConfiguration::defaultConfiguration();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SmtpSession::onTimeout);
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

bool SmtpSession::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState &&
           m_state != State::Disconnected;
}

bool SmtpSession::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

void SmtpSession::ignoreSslErrors(const QList<QSslError> &errors)
{
    m_acceptedSslErrors.append(errors);
}

// --- the operation queue ------------------------------------------------------------

SmtpOperation *SmtpSession::enqueue(SmtpOperation *op)
{
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
    if (m_streamOp == op) {
        m_streamOp = nullptr;
        m_source.reset();
    }
    if (m_awaiting.isEmpty())
        m_timer.stop();
    Q_EMIT op->finished();
    Q_EMIT operationFinished(op);
    if (op->m_parent && !op->m_parent->m_finished && m_stack.contains(op->m_parent)) {
        op->m_parent->childFinished(op);
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

// --- pipelining across transactions (RFC 2920) ------------------------------------------
//
// When a transaction's last byte is written (BDAT LAST or the final dot), the next queued
// sendmail goes out at once instead of waiting for the replies. Its batch starts with
// RSET: RFC 3030 makes RSET mandatory after a refused BDAT before any other command, and
// the outcome of the transaction before is not known yet. That RSET also stands in for
// the RSET smtplib sends after a failed transaction, so the one before sends none.

SmtpOperation *SmtpSession::tailOperation() const
{
    if (!m_ahead.isEmpty())
        return m_ahead.last();
    return m_stack.isEmpty() ? nullptr : m_stack.first();
}

bool SmtpSession::hasFollower(const SmtpOperation *op) const
{
    if (m_ahead.isEmpty())
        return false;
    const qsizetype at = m_ahead.indexOf(const_cast<SmtpOperation *>(op));
    return at >= 0 ? at + 1 < m_ahead.size() : (!m_stack.isEmpty() && m_stack.first() == op);
}

bool SmtpSession::canPipelineAhead() const
{
    return m_usePipelining && m_doesEsmtp && m_features.pipelining() && !m_lmtp && isConnected() &&
           !m_pipelinedQuit && m_state == State::Connected;
}

void SmtpSession::transactionWritten(SmtpOperation *op)
{
    op->m_allWritten = true;
    if (!m_lmtp)
        maybeStartAhead();
}

void SmtpSession::maybeStartAhead()
{
    if (m_startingAhead) {
        m_startAheadAgain = true; // the loop below goes on when this call returns
        return;
    }
    m_startingAhead = true;
    do {
        m_startAheadAgain = false;
        SmtpOperation *tail = tailOperation();
        if (!tail || !tail->m_allWritten || tail->isFinished() || m_queue.isEmpty())
            break;
        if (pipelineQueuedQuit(tail))
            break;
        auto *next = qobject_cast<SendMailOperation *>(m_queue.first());
        if (!next || m_ahead.size() >= MaxAhead || !canPipelineAhead())
            break;
        m_queue.removeFirst();
        next->m_started = true;
        next->setResetFirst();
        m_ahead.append(next);
        static_cast<SmtpOperation *>(next)->start();
    } while (m_startAheadAgain);
    m_startingAhead = false;
}

bool SmtpSession::sendLine(SmtpOperation *op, const QByteArray &line)
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
        op->fail(ErrorKind::ServerDisconnected, tr("Not connected: connect to a server first."));
        return false;
    }
    const qsizetype secret = m_redactor.secretFrom(line);
    QByteArray wire;
    wire.reserve(line.size() + 2);
    wire.append(line).append("\r\n", 2);
    m_socket->write(wire);
    m_awaiting.append(op);
    Q_EMIT commandSent(line, secret);
    armTimer();
    return true;
}

void SmtpSession::expectReply(SmtpOperation *op)
{
    m_awaiting.append(op);
    armTimer();
}

void SmtpSession::armTimer()
{
    if (m_timeoutMs > 0 && !m_timer.isActive())
        m_timer.start(m_timeoutMs);
}

// --- the socket -------------------------------------------------------------------------

void SmtpSession::openSocket(const QString &host, quint16 port, Security security)
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QSslSocket(this);
    // TLS session resumption (RFC 8446 section 2.2): a session this object verified on an
    // earlier connection to the same host and port is offered again, which spares both
    // sides the certificate exchange. Sessions whose certificate needed an exception
    // (ignored errors, a pin) are never kept.
    QSslConfiguration config = m_tlsConfig;
    m_tlsResumeOffered = false;
    const QString resumeKey = host + QLatin1Char('\n') + QString::number(port);
    if (m_tlsSessionResumption) {
        config.setSslOption(QSsl::SslOptionDisableSessionPersistence, false);
        if (!m_tlsResume.ticket.isEmpty() && m_tlsResume.key == resumeKey) {
            config.setSessionTicket(m_tlsResume.ticket);
            m_tlsResumeOffered = true;
        }
    }
    m_socket->setSslConfiguration(config);
    connect(m_socket, &QSslSocket::newSessionTicketReceived, this, [this, resumeKey] {
        if (!m_socket || !m_tlsSessionResumption || !m_tlsInfo.verified ||
            !m_tlsInfo.ignoredErrors.isEmpty())
            return;
        m_tlsResume = {resumeKey, m_socket->sslConfiguration().sessionTicket(),
                       m_tlsInfo.peerChain};
    });
    m_socket->setPeerVerifyName(m_tlsPeerName.isEmpty() ? host : m_tlsPeerName);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpSession::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &SmtpSession::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpSession::onSocketError);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpSession::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &SmtpSession::onSslErrors);
    connect(m_socket, &QSslSocket::bytesWritten, this, [this] {
        if (m_streamOp && !m_streamDone)
            pumpMessage();
        if (m_halfCloseWhenFlushed && m_socket && m_socket->bytesToWrite() == 0) {
            m_halfCloseWhenFlushed = false;
            halfCloseIfPlain();
        }
    });
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, [this] {
        if (m_streamOp && !m_streamDone)
            pumpMessage();
    });
    m_halfCloseWhenFlushed = false;
    connect(m_socket, &QSslSocket::connected, this,
            [this] { m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); });
    m_parser.reset();
    m_redactor.reset();
    ++m_parserGeneration;
    m_host = host;
    m_port = port;
    m_tlsInfo = TlsInfo();
    m_greeting = Reply();
    forgetEhlo();
    m_pendingSslErrors.clear();
    m_acceptedSslErrors.clear();
    if (!m_sourceAddress.isNull() || m_sourcePort)
        m_socket->bind(m_sourceAddress.isNull() ? QHostAddress(QHostAddress::Any) : m_sourceAddress,
                       m_sourcePort);
    Q_EMIT aboutToConnect(host, port);
    setState(State::Connecting);
    m_timer.stop();
    armTimer();
    if (security == Security::ImplicitTls) {
        if (!QSslSocket::supportsSsl()) {
            failActive(ErrorKind::Tls, tr("This system has no TLS support."));
            return;
        }
        m_socket->connectToHostEncrypted(host, port);
    } else {
        m_socket->connectToHost(host, port);
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
    while (m_parser.hasReply()) {
        const quint64 gen = m_parserGeneration;
        deliver(m_parser.takeReply());
        if (gen != m_parserGeneration)
            return; // the parser was emptied on purpose (STARTTLS); nothing left to read
    }
    if (!ok) {
        const QString why = m_parser.errorString();
        Q_EMIT infoMessage(why);
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

void SmtpSession::deliver(const Reply &reply)
{
    m_redactor.replyReceived(reply.code);
    Q_EMIT replyReceived(reply);
    if (m_awaiting.isEmpty()) {
        Q_EMIT infoMessage(tr("Ignored a reply that no command was waiting for."));
        return;
    }
    SmtpOperation *op = m_awaiting.takeFirst();
    if (op && op == m_pipelinedQuit)
        m_pipelinedQuit = nullptr; // its reply is here: it finishes as a QUIT does
    m_timer.stop();
    if (!m_awaiting.isEmpty())
        armTimer();
    if (!op || op->isFinished())
        return;
    op->replyReceived(reply);
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
        Q_EMIT infoMessage(message);
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
    m_pendingSslErrors = errors;
    if (!m_pinnedSha256.isEmpty()) {
        const QSslCertificate peer = m_socket->peerCertificate();
        if (!peer.isNull() && peer.digest(QCryptographicHash::Sha256) == m_pinnedSha256) {
            m_socket->ignoreSslErrors(errors);
            for (const QSslError &e : errors)
                m_tlsInfo.ignoredErrors.append(e.errorString());
            return;
        }
    }
    m_acceptedSslErrors.clear();
    Q_EMIT sslErrors(errors);
    bool all = !m_acceptedSslErrors.isEmpty();
    for (const QSslError &e : errors) {
        if (!m_acceptedSslErrors.contains(e))
            all = false;
    }
    if (all) {
        m_socket->ignoreSslErrors(errors);
        for (const QSslError &e : errors)
            m_tlsInfo.ignoredErrors.append(e.errorString());
        return;
    }
    QStringList why;
    for (const QSslError &e : errors)
        why.append(e.errorString());
    // The socket aborts the handshake itself; say why before it does.
    failActive(
        ErrorKind::Tls,
        tr("The server's certificate was not accepted: %1").arg(why.join(QStringLiteral("; "))));
}

void SmtpSession::onEncrypted()
{
    m_tlsInfo.protocol = protocolName(m_socket->sessionProtocol());
    m_tlsInfo.cipher = m_socket->sessionCipher().name();
    m_tlsInfo.peerChain = m_socket->peerCertificateChain();
    // A resumed TLS 1.3 session carries no certificate message: OpenSSL has the peer's
    // certificate from the session but no chain. The chain is the one verified when the
    // session was made.
    m_tlsInfo.resumed = m_tlsResumeOffered && m_tlsInfo.peerChain.isEmpty() &&
                        !m_socket->peerCertificate().isNull();
    if (m_tlsInfo.resumed)
        m_tlsInfo.peerChain = m_tlsResume.chain;
    m_tlsInfo.verified = m_socket->peerVerifyMode() != QSslSocket::QueryPeer &&
                         m_socket->peerVerifyMode() != QSslSocket::VerifyNone &&
                         m_tlsInfo.ignoredErrors.isEmpty();
    const bool wasStartTls = m_state == State::TlsHandshake;
    setState(m_state == State::Connecting ? State::Connecting : State::Connected);
    // RFC 3207: everything learnt before the handshake is forgotten.
    forgetEhlo();
    Q_EMIT tlsStarted(m_tlsInfo);
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
        Q_EMIT infoMessage(tr("Discarded data the server sent after its reply to STARTTLS."));
    setState(State::TlsHandshake);
    m_socket->setPeerVerifyName(m_tlsPeerName.isEmpty() ? m_host : m_tlsPeerName);
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
    m_heloResp.clear();
    m_ehloResp.clear();
    m_doesEsmtp = false;
    m_features = Capabilities();
}

void SmtpSession::setEhloResult(const Reply &reply, bool esmtp)
{
    m_ehloResp = reply.text();
    m_ehloDone = true;
    m_doesEsmtp = esmtp;
    if (esmtp) {
        m_features = Capabilities::fromEhloReply(reply);
        m_lastAdvertised = m_features;
    }
}

void SmtpSession::setHeloResult(const Reply &reply)
{
    m_heloResp = reply.text();
    m_heloDone = true;
}

void SmtpSession::streamMessage(SmtpOperation *op, QIODevice *source, bool dotStuffing,
                                qint64 chunkLimit, bool paced)
{
    m_source.reset(source);
    m_streamOp = op;
    m_encoder = WireEncoder();
    m_encoder.setDotStuffing(dotStuffing && chunkLimit <= 0);
    m_streamed = 0;
    m_streamTotal = source->isSequential() ? -1 : source->size();
    m_streamDone = false;
    m_chunkLimit = chunkLimit;
    m_chunkPaced = paced;
    m_chunkWaiting = false;
    m_stopChunks = false;
    m_lastChunkSent = false;
    m_chunksSent = 0;
    m_chunkOffset = 0;
    m_chunkIsLast = false;
    m_lastWireByte = 0; // an empty message still ends with a line break, as smtplib's
    if (m_rawBuf.size() != StreamChunk)
        m_rawBuf.resize(StreamChunk);
    m_wireBuf.resize(0);
    if (chunkLimit > 0)
        m_wireBuf.reserve(chunkLimit + 2 * StreamChunk + 2);
    pumpMessage();
}

qint64 SmtpSession::pendingWrite() const
{
    // Under TLS the socket encrypts all it is given at once: count both buffers, or the
    // encrypted one grows without bound.
    return m_socket ? m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() : 0;
}

qint64 SmtpSession::readSource(qint64 max, const char *&data)
{
    // A message in memory is encoded where it lies, without a copy into m_rawBuf.
    if (auto *buffer = qobject_cast<QBuffer *>(m_source.get())) {
        const QByteArray &bytes = buffer->data();
        const qint64 pos = buffer->pos();
        const qint64 n = qMin(max, qint64(bytes.size()) - pos);
        if (n <= 0)
            return 0;
        data = bytes.constData() + pos;
        buffer->seek(pos + n);
        return n;
    }
    data = m_rawBuf.constData();
    return m_source->read(m_rawBuf.data(), qMin(max, qint64(m_rawBuf.size())));
}

void SmtpSession::endStream()
{
    m_streamDone = true;
    m_source.reset();
    SmtpOperation *op = m_streamOp;
    m_streamOp = nullptr;
    if (op)
        op->dataWritten();
}

void SmtpSession::pumpMessage()
{
    if (!m_streamOp || !m_source || !m_socket || m_streamDone)
        return;
    if (m_chunkLimit > 0) {
        pumpChunks();
        return;
    }
    const bool tls = m_socket->isEncrypted();
    const qint64 highWater = tls ? TlsStreamHighWater : StreamHighWater;
    while (pendingWrite() < highWater) {
        const char *raw = nullptr;
        const qint64 n = readSource(tls ? TlsStreamSlice : m_rawBuf.size(), raw);
        if (n > 0) {
            m_wireBuf.resize(0); // keeps its capacity
            m_encoder.encode(raw, n, m_wireBuf);
            m_socket->write(m_wireBuf.constData(), m_wireBuf.size());
            m_streamed += n;
            Q_EMIT messageDataSent(n);
            Q_EMIT m_streamOp->dataProgress(m_streamed, m_streamTotal);
            // Progress on our side: the command's clock starts again.
            if (m_timeoutMs > 0)
                m_timer.start(m_timeoutMs);
            continue;
        }
        if (n < 0 || m_source->atEnd() || !m_source->isSequential()) {
            m_socket->write(m_encoder.finish());
            endStream();
        }
        return;
    }
}

void SmtpSession::pumpChunks()
{
    // One chunk at a time: its wire bytes are built in m_wireBuf (bounded by about
    // m_chunkLimit) and announced with BDAT; then they go to the socket in slices as it
    // drains, so that the socket's own buffers stay small (under TLS there are three).
    const bool tls = m_socket->isEncrypted();
    const qint64 highWater = tls ? TlsStreamHighWater : StreamHighWater;
    const qint64 slice = tls ? TlsStreamSlice : StreamChunk;
    while (pendingWrite() < highWater) {
        if (m_chunkOffset < m_wireBuf.size()) {
            const qsizetype n = qMin<qsizetype>(slice, m_wireBuf.size() - m_chunkOffset);
            m_socket->write(m_wireBuf.constData() + m_chunkOffset, n);
            m_chunkOffset += n;
            Q_EMIT messageDataSent(n);
            if (m_timeoutMs > 0)
                m_timer.start(m_timeoutMs);
            if (m_chunkOffset < m_wireBuf.size())
                continue;
            if (m_streamOp)
                Q_EMIT m_streamOp->dataProgress(m_streamed, m_streamTotal);
            if (m_chunkIsLast) {
                m_lastChunkSent = true;
                endStream();
                return;
            }
            if (m_chunkPaced)
                m_chunkWaiting = true;
        }
        if (m_stopChunks) {
            endStream(); // the operation asked for it and is told now
            return;
        }
        if (m_chunkWaiting)
            return;
        bool atEnd = false;
        m_wireBuf.resize(0);
        m_chunkOffset = 0;
        while (m_wireBuf.size() < m_chunkLimit) {
            const qint64 want = qMin<qint64>(m_rawBuf.size(), m_chunkLimit - m_wireBuf.size());
            const char *raw = nullptr;
            const qint64 n = readSource(want, raw);
            if (n > 0) {
                m_encoder.encode(raw, n, m_wireBuf);
                m_streamed += n;
                continue;
            }
            if (n < 0 || m_source->atEnd() || !m_source->isSequential()) {
                atEnd = true;
                break;
            }
            break; // a sequential source with nothing yet: send what there is
        }
        if (!atEnd && m_wireBuf.size() >= m_chunkLimit && !m_source->isSequential() &&
            m_source->atEnd())
            atEnd = true;
        if (!m_wireBuf.isEmpty())
            m_lastWireByte = m_wireBuf.back();
        // As with DATA, the message ends with a line break.
        if (atEnd && m_lastWireByte != '\n')
            m_wireBuf.append("\r\n", 2);
        if (!atEnd && m_wireBuf.isEmpty())
            return; // wait for the source
        QByteArray line = "BDAT " + QByteArray::number(m_wireBuf.size());
        if (atEnd)
            line += " LAST";
        if (!sendLine(m_streamOp, line))
            return;
        ++m_chunksSent;
        m_chunkIsLast = atEnd;
        if (m_wireBuf.isEmpty() && atEnd) {
            m_lastChunkSent = true; // BDAT 0 LAST
            endStream();
            return;
        }
    }
}

bool SmtpSession::stopChunking(SmtpOperation *op)
{
    // A stream that ended already (and perhaps the next transaction's began) is not touched.
    if (!m_streamOp || m_streamOp != op || m_streamDone || m_chunkLimit <= 0)
        return true;
    if (m_chunkOffset < m_wireBuf.size()) {
        // RFC 3030: the bytes of an announced chunk are sent whatever the reply will be.
        // The operation is told with dataWritten() once they are.
        m_stopChunks = true;
        return false;
    }
    // Between chunks: stop now; the operation asked, so it is not told again.
    m_stopChunks = true;
    m_streamDone = true;
    m_chunkWaiting = false;
    m_source.reset();
    m_streamOp = nullptr;
    return true;
}

void SmtpSession::resumeChunks()
{
    if (!m_chunkWaiting)
        return;
    m_chunkWaiting = false;
    // Not from inside the reply handler: let the operation finish its bookkeeping first.
    QMetaObject::invokeMethod(this, &SmtpSession::pumpMessage, Qt::QueuedConnection);
}

bool SmtpSession::pipelineQueuedQuit(SmtpOperation *op)
{
    if (!m_usePipelining || !m_doesEsmtp || !m_features.pipelining() || m_lmtp ||
        m_queue.isEmpty() || m_pipelinedQuit || !isConnected())
        return false;
    auto *quit = qobject_cast<QuitOperation *>(m_queue.first());
    if (!quit || tailOperation() != op)
        return false;
    m_queue.removeFirst();
    quit->m_started = true;
    m_pipelinedQuit = quit;
    if (!sendLine(quit, "QUIT"))
        return true;
    halfCloseIfPlain();
    m_halfCloseWhenFlushed = m_socket && m_socket->bytesToWrite() > 0;
    return true;
}

void SmtpSession::failPipelinedQuit()
{
    SmtpOperation *quit = m_pipelinedQuit;
    m_pipelinedQuit = nullptr;
    if (quit && !quit->isFinished())
        quit->fail(ErrorKind::ServerDisconnected, tr("The server closed the connection."));
}

// --- smtplib's methods ---------------------------------------------------------------

SmtpOperation *SmtpSession::connectToHost(const QString &host, quint16 port, Security security)
{
    return enqueue(new ConnectOperation(this, host, port, security));
}

SmtpOperation *SmtpSession::docmd(const QByteArray &cmd, const QByteArray &args)
{
    return enqueue(new CommandOperation(this, QStringLiteral("docmd"),
                                        args.isEmpty() ? cmd : cmd + ' ' + args));
}

SmtpOperation *SmtpSession::helo(const QString &name)
{
    return enqueue(new EhloOperation(this, EhloOperation::Helo, name));
}

SmtpOperation *SmtpSession::ehlo(const QString &name)
{
    return enqueue(new EhloOperation(this, EhloOperation::Ehlo, name));
}

SmtpOperation *SmtpSession::ehloOrHeloIfNeeded()
{
    return enqueue(new EhloOrHeloOperation(this));
}

SmtpOperation *SmtpSession::verify(const QString &address)
{
    return enqueue(new CommandOperation(this, QStringLiteral("verify"),
                                        "VRFY " + CommandOperation::quoteAddrVrfy(address)));
}

SmtpOperation *SmtpSession::expn(const QString &address)
{
    return enqueue(new CommandOperation(this, QStringLiteral("expn"),
                                        "EXPN " + CommandOperation::quoteAddrVrfy(address)));
}

SmtpOperation *SmtpSession::noop()
{
    return enqueue(new CommandOperation(this, QStringLiteral("noop"), "NOOP"));
}

SmtpOperation *SmtpSession::rset()
{
    return enqueue(new CommandOperation(this, QStringLiteral("rset"), "RSET"));
}

SmtpOperation *SmtpSession::mail(const QString &sender, const QStringList &options)
{
    return enqueue(CommandOperation::mail(this, sender, options));
}

SmtpOperation *SmtpSession::rcpt(const QString &recipient, const QStringList &options)
{
    return enqueue(CommandOperation::rcpt(this, recipient, options));
}

SmtpOperation *SmtpSession::data(const QByteArray &message)
{
    auto *buffer = new QBuffer;
    buffer->setData(message);
    buffer->open(QIODevice::ReadOnly);
    return enqueue(new DataOperation(this, buffer));
}

SmtpOperation *SmtpSession::login(const QString &user, const QString &password,
                                  bool initialResponseOk)
{
    return enqueue(new LoginOperation(this, user, password, initialResponseOk));
}

SmtpOperation *SmtpSession::auth(const AuthMechanismPtr &mechanism, bool initialResponseOk)
{
    return enqueue(new AuthOperation(this, mechanism, initialResponseOk, true));
}

SmtpOperation *SmtpSession::starttls()
{
    return enqueue(new StartTlsOperation(this));
}

SmtpOperation *SmtpSession::sendmail(const QString &from, const QStringList &to,
                                     const QByteArray &msg, const QStringList &mailOptions,
                                     const QStringList &rcptOptions)
{
    auto *buffer = new QBuffer;
    buffer->setData(msg);
    buffer->open(QIODevice::ReadOnly);
    return sendmail(from, to, buffer, mailOptions, rcptOptions);
}

SmtpOperation *SmtpSession::sendmail(const QString &from, const QStringList &to, QIODevice *msg,
                                     const QStringList &mailOptions, const QStringList &rcptOptions)
{
    return enqueue(new SendMailOperation(this, from, to, msg, mailOptions, rcptOptions));
}

SmtpOperation *SmtpSession::sendmailText(const QString &from, const QStringList &to,
                                         const QString &msg, const QStringList &mailOptions,
                                         const QStringList &rcptOptions)
{
    for (QChar c : msg) {
        if (c.unicode() > 0x7f) {
            auto *op = new CommandOperation(this, QStringLiteral("sendmail"), QByteArray());
            op->setUsageError(
                tr("A text message must be ASCII; send it as bytes or as a structured message."));
            return enqueue(op);
        }
    }
    return sendmail(from, to, msg.toLatin1(), mailOptions, rcptOptions);
}

SmtpOperation *SmtpSession::quit()
{
    return enqueue(new QuitOperation(this));
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
