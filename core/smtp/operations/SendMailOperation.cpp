#include "SendMailOperation.h"
#include "../SmtpSession.h"
#include "../WireEncoder.h"
#include "CommandOperation.h"

#include <QBuffer>
#include <QCoreApplication>

#include <cstring>

namespace postel {

namespace {

bool isAscii(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}
} // namespace

// --- SendMailOperation ------------------------------------------------------------------

SendMailOperation::SendMailOperation(SmtpSession *session, QString from, QStringList to,
                                     QIODevice *message, QStringList mailOptions,
                                     QStringList rcptOptions)
    : TransactionOperation(session, QStringLiteral("sendmail")), m_from(std::move(from)),
      m_to(std::move(to)), m_message(message), m_mailOptions(std::move(mailOptions)),
      m_rcptOptions(std::move(rcptOptions))
{
    if (m_message)
        m_message->setParent(nullptr);
}

SendMailOperation::~SendMailOperation()
{
    // Once streaming starts the session owns the device.
    if (!m_handedOver)
        delete m_message;
}

qint64 SendMailOperation::messageSize(QIODevice *message)
{
    return messageSize(message, nullptr);
}

qint64 SendMailOperation::messageSize(QIODevice *message, bool *needsBinary)
{
    if (needsBinary)
        *needsBinary = false;
    if (!message || message->isSequential())
        return -1;
    const qint64 pos = message->pos();
    // A message in memory is scanned where it lies.
    auto *inMemory = qobject_cast<QBuffer *>(message);
    QByteArray buf(inMemory ? 0 : 256 * 1024, Qt::Uninitialized);
    // Normalised size = bytes + LFs + CRs - 2 * CRLF pairs (each bare CR or LF grows by
    // one). memchr finds them; a pair split across two reads is carried in `prevCr`.
    qint64 total = 0;
    bool prevCr = false;
    qint64 lineLength = 0;
    while (true) {
        const char *p = buf.constData();
        qint64 n = 0;
        if (inMemory) {
            const qint64 at = inMemory->pos();
            n = qMin<qint64>(4 * 1024 * 1024, inMemory->data().size() - at);
            p = inMemory->data().constData() + at;
            if (n > 0)
                inMemory->seek(at + n);
        } else {
            n = message->read(buf.data(), buf.size());
        }
        if (n <= 0)
            break;
        const char *const e = p + n;
        qint64 extra = 0;
        for (const char *q = p; (q = static_cast<const char *>(std::memchr(q, '\n', e - q))); ++q) {
            const bool paired = q == p ? prevCr : q[-1] == '\r';
            extra += paired ? -1 : 1;
        }
        for (const char *q = p; (q = static_cast<const char *>(std::memchr(q, '\r', e - q))); ++q)
            ++extra;
        prevCr = e[-1] == '\r';
        total += n + extra;
        if (needsBinary && !*needsBinary) {
            for (qint64 i = 0; i < n; ++i) {
                const unsigned char c = p[i];
                if (c == '\r' || c == '\n') {
                    lineLength = 0;
                } else if (c == 0 || ++lineLength > 998) {
                    *needsBinary = true;
                    break;
                }
            }
        }
    }
    message->seek(pos);
    return total;
}

void SendMailOperation::start()
{
    if (m_to.isEmpty()) {
        fail(ErrorKind::Usage, tr("There are no recipients: nothing was sent."));
        return;
    }
    if (!m_message) {
        fail(ErrorKind::Usage, tr("There is no message to send."));
        return;
    }
    greetThen([this] { begin(); });
}

void SendMailOperation::begin()
{
    m_step = Step::Envelope;
    SmtpSession *s = session();
    // bpo-43124: a control character in any argument is refused before MAIL goes out, not
    // at its own RCPT line (which would leave MAIL sent, or half a pipelined batch).
    QStringList args = m_to + m_mailOptions + m_rcptOptions;
    args.append(m_from);
    for (const QString &a : std::as_const(args)) {
        for (QChar c : a) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
                fail(ErrorKind::Usage, tr("A command argument contains a control character "
                                          "(such as CR or LF); nothing was sent."));
                return;
            }
        }
    }
    if (s->requireTls() && !s->isEncrypted()) {
        fail(ErrorKind::Tls,
             tr("TLS is required, but the connection is not encrypted: nothing was sent."));
        return;
    }
    bool wantsUtf8 = false;
    for (const QString &o : m_mailOptions) {
        if (o.compare(QLatin1String("smtputf8"), Qt::CaseInsensitive) == 0)
            wantsUtf8 = true;
    }
    if (wantsUtf8 && s->doesEsmtp() && !s->hasExtn(QStringLiteral("smtputf8"))) {
        fail(ErrorKind::NotSupported, tr("SMTPUTF8 is not supported by the server."));
        return;
    }
    bool asciiAddresses = isAscii(m_from);
    for (const QString &t : m_to)
        asciiAddresses = asciiAddresses && isAscii(t);
    if (!asciiAddresses && !(wantsUtf8 && s->doesEsmtp())) {
        fail(ErrorKind::NotSupported,
             s->hasExtn(QStringLiteral("smtputf8"))
                 ? tr("An address contains non-ASCII characters; send with the SMTPUTF8 option.")
                 : tr("An address contains non-ASCII characters and the server does not offer "
                      "SMTPUTF8."));
        return;
    }
    sendEnvelope();
}

void SendMailOperation::sendEnvelope()
{
    SmtpSession *s = session();
    QStringList esmtpOptions;
    m_chunked = s->useChunking() && s->doesEsmtp() && s->hasExtn(QStringLiteral("chunking"));
    if (s->doesEsmtp()) {
        bool hasBody = false;
        for (const QString &o : m_mailOptions)
            hasBody = hasBody || o.startsWith(QLatin1String("body="), Qt::CaseInsensitive);
        // BINARYMIME only with BDAT, and only when the content needs it.
        const bool askBinary = m_chunked && !hasBody && s->hasExtn(QStringLiteral("binarymime"));
        bool needsBinary = false;
        if (s->hasExtn(QStringLiteral("size")) || askBinary) {
            const qint64 size = messageSize(m_message, askBinary ? &needsBinary : nullptr);
            if (size >= 0 && s->hasExtn(QStringLiteral("size")))
                esmtpOptions.append(QStringLiteral("SIZE=%1").arg(size));
        }
        esmtpOptions.append(m_mailOptions);
        if (needsBinary)
            esmtpOptions.append(QStringLiteral("BODY=BINARYMIME"));
    }
    m_pipelined = s->usePipelining() && s->doesEsmtp() && s->hasExtn(QStringLiteral("pipelining"));
    const QByteArray mail = "MAIL FROM:" + CommandOperation::quoteAddr(m_from) +
                            CommandOperation::optionList(s, esmtpOptions);
    if (m_resetFirst) {
        if (!send("RSET"))
            return;
        m_resetPending = true;
    }
    if (!send(mail))
        return;
    if (!m_pipelined)
        return;
    // RFC 2920: MAIL, every RCPT and DATA go in one batch; replies are read in order.
    for (const QString &rcpt : m_to) {
        if (!send("RCPT TO:" + CommandOperation::quoteAddr(rcpt) +
                  CommandOperation::optionList(s, m_rcptOptions)))
            return;
    }
    // With CHUNKING the first chunk (the whole of a small message) joins the batch.
    if (m_chunked) {
        startChunks();
        return;
    }
    if (!send("DATA"))
        return;
}

void SendMailOperation::replyReceived(const Reply &reply)
{
    if (m_resetPending) {
        onResetReply(reply);
        return;
    }
    if (m_chunked && (m_step == Step::Envelope || m_step == Step::Body)) {
        onChunkedReply(reply);
        return;
    }
    switch (m_step) {
    case Step::Envelope:
        if (!m_mailReply.isValid())
            onMailReply(reply);
        else if (m_rcptReplies.size() < m_to.size())
            onRcptReply(reply);
        else
            onDataReply(reply);
        return;
    case Step::Data:
        onDataReply(reply);
        return;
    case Step::Body:
        onFinalReply(reply);
        return;
    default:
        return;
    }
}

void SendMailOperation::onResetReply(const Reply &reply)
{
    m_resetPending = false;
    // Any other reply to RSET changes nothing: MAIL's reply (next) tells.
    if (reply.code == 421) {
        m_reply = reply;
        failAndClose(SmtpError{ErrorKind::ServerDisconnected,
                               reply.code,
                               reply.text(),
                               tr("The server closed the connection."),
                               {},
                               {}});
    }
}

void SendMailOperation::onMailReply(const Reply &reply)
{
    m_mailReply = reply;
    if (reply.code == 421) {
        SmtpError e{ErrorKind::SenderRefused,
                    reply.code,
                    reply.text(),
                    tr("The server refused the sender and closed the connection."),
                    m_from,
                    {}};
        m_reply = reply;
        failAndClose(e);
        return;
    }
    if (!m_pipelined) {
        if (reply.code != 250) {
            failSenderRefused();
            return;
        }
        send("RCPT TO:" + CommandOperation::quoteAddr(m_to.first()) +
             CommandOperation::optionList(session(), m_rcptOptions));
    }
}

void SendMailOperation::onRcptReply(const Reply &reply)
{
    const QString &rcpt = m_to.at(m_rcptReplies.size());
    m_rcptReplies.append(reply);
    m_result.recipientReplies.insert(rcpt, reply);
    if (reply.code != 250 && reply.code != 251)
        m_result.refused.insert(rcpt, {reply.code, reply.text()});
    else
        m_result.accepted.append(rcpt);
    if (reply.code == 421) {
        SmtpError e{ErrorKind::RecipientsRefused,
                    reply.code,
                    reply.text(),
                    tr("The server closed the connection while taking recipients."),
                    {},
                    m_result.refused};
        m_reply = reply;
        failAndClose(e);
        return;
    }
    if (m_pipelined)
        return;
    if (m_rcptReplies.size() < m_to.size()) {
        send("RCPT TO:" + CommandOperation::quoteAddr(m_to.at(m_rcptReplies.size())) +
             CommandOperation::optionList(session(), m_rcptOptions));
        return;
    }
    envelopeDone();
}

void SendMailOperation::envelopeDone()
{
    if (m_result.refused.size() == m_to.size()) {
        failAllRefused();
        return;
    }
    if (m_chunked) {
        m_envelopeKnown = true;
        startChunks();
        return;
    }
    m_step = Step::Data;
    send("DATA");
}

void SendMailOperation::onDataReply(const Reply &reply)
{
    m_dataReply = reply;
    if (m_pipelined) {
        // Every reply of the batch is in; now act on them in smtplib's order.
        if (m_mailReply.code != 250) {
            if (reply.code == 354)
                send("."); // the server waits for data: end it empty
            failSenderRefused();
            return;
        }
        if (m_result.refused.size() == m_to.size()) {
            if (reply.code == 354)
                send("."); // nobody would receive it, but the server waits for data
            failAllRefused();
            return;
        }
    }
    if (reply.code != 354) {
        failData(reply, tr("The server did not accept the message data."));
        return;
    }
    startBody();
}

void SendMailOperation::startBody()
{
    m_step = Step::Body;
    m_handedOver = true;
    streamMessage(m_message, {});
}

void SendMailOperation::dataWritten()
{
    if (m_chunked) {
        // The stream ended: its LAST chunk is written, or it stopped as asked.
        markStreamEnded();
        if (!lastChunkSent()) {
            maybeConclude();
            return;
        }
        m_result.dataTerminatorSent = true;
        if (m_envelopeKnown && session()->isLmtp() && m_mailReply.code == 250)
            m_lmtpExtra = int(qMax<qsizetype>(m_result.accepted.size(), 1)) - 1;
        for (int i = 0; i < m_lmtpExtra; ++i)
            expectReply();
        // Nothing is left to send in this transaction: a queued QUIT or the next
        // transaction can follow at once.
        transactionWritten();
        maybeConclude();
        return;
    }
    m_result.dataTerminatorSent = true;
    // LMTP answers once per accepted recipient; SMTP once.
    if (session()->isLmtp()) {
        m_lmtpPending = m_result.accepted;
        m_finalRepliesLeft = int(m_result.accepted.size());
    } else {
        m_finalRepliesLeft = 1;
    }
    for (int i = 0; i < m_finalRepliesLeft; ++i)
        expectReply();
    transactionWritten();
}

void SendMailOperation::onFinalReply(const Reply &reply)
{
    if (session()->isLmtp()) {
        const QString rcpt = m_lmtpPending.takeFirst();
        if (reply.code != 250) {
            m_result.refused.insert(rcpt, {reply.code, reply.text()});
            m_result.accepted.removeAll(rcpt);
        }
        if (--m_finalRepliesLeft > 0)
            return;
        if (m_result.accepted.isEmpty()) {
            SmtpError e{ErrorKind::Data,
                        reply.code,
                        reply.text(),
                        tr("The server did not accept the message for any recipient."),
                        {},
                        m_result.refused};
            failWithRset(e, reply);
            return;
        }
        m_step = Step::Done;
        succeed(reply);
        return;
    }
    if (reply.code != 250) {
        failData(reply, tr("The server did not accept the message."));
        return;
    }
    m_step = Step::Done;
    succeed(reply);
}

void SendMailOperation::failSenderRefused()
{
    const SmtpError e = SmtpError::senderRefused(m_mailReply.code, m_mailReply.text(), m_from);
    // Whatever the pipelined RCPTs got, no transaction was open for them.
    m_result.refused.clear();
    m_result.accepted.clear();
    failWithRset(e, m_mailReply);
}

void SendMailOperation::failAllRefused()
{
    failWithRset(SmtpError::recipientsRefused(m_result.refused), m_rcptReplies.last());
}

void SendMailOperation::failData(const Reply &reply, const QString &message)
{
    const SmtpError e{ErrorKind::Data, reply.code, reply.text(), message, {}, m_result.refused};
    // smtplib: a 421 closes the connection; any other refusal is followed by RSET.
    if (reply.code == 421) {
        m_reply = reply;
        failAndClose(e);
    } else {
        failWithRset(e, reply);
    }
}

void SendMailOperation::failWithRset(const SmtpError &error, const Reply &reply)
{
    m_reply = reply;
    m_pendingError = error;
    m_step = Step::Rset;
    // After a pipelined QUIT the session ends anyway: no RSET behind it. A transaction
    // sent ahead began with RSET, after this one's last byte: that one serves.
    if (!session()->isConnected() || quitPending() || hasFollower()) {
        fail(error);
        return;
    }
    // smtplib's _rset(): a disconnect during RSET is ignored; the first error stands.
    runChild(new CommandOperation(session(), QStringLiteral("rset"), QByteArray("RSET")),
             [this](SmtpOperation *) { fail(m_pendingError); });
}

void SendMailOperation::failAndClose(const SmtpError &error)
{
    m_step = Step::Done;
    closeConnection();
    fail(error);
}

// --- CHUNKING ---------------------------------------------------------------------------
//
// BDAT chunks carry their size, so the message needs no dot-stuffing and no terminator,
// and with PIPELINING the first chunk travels with MAIL and the RCPTs: a small message
// costs one round trip. Replies come in order: MAIL, each RCPT, one per chunk (LMTP: one
// per accepted recipient for the LAST chunk). Every reply of the batch is read before
// acting on any. A refused transaction still gets the bytes of every chunk it announced
// (RFC 3030 section 3): the session hands chunks to the socket whole.

void SendMailOperation::startChunks()
{
    m_step = Step::Body;
    m_handedOver = true;
    // Without PIPELINING each BDAT waits for the reply to the one before.
    streamMessage(m_message, {false, ChunkSize, !m_pipelined});
}

void SendMailOperation::onChunkedReply(const Reply &reply)
{
    if (!m_mailReply.isValid()) {
        onMailReply(reply);
        if (!isFinished() && m_pipelined && m_to.isEmpty())
            envelopeKnown();
        return;
    }
    if (m_rcptReplies.size() < m_to.size()) {
        onRcptReply(reply);
        if (!isFinished() && m_pipelined && m_rcptReplies.size() == m_to.size())
            envelopeKnown();
        return;
    }
    onChunkReply(reply);
}

void SendMailOperation::envelopeKnown()
{
    // Pipelined: every MAIL and RCPT reply is in, chunk replies may follow.
    m_envelopeKnown = true;
    if (m_mailReply.code != 250 || m_result.refused.size() == m_to.size()) {
        // The server refuses the chunks; send no more than those already announced.
        if (stopStreaming() && !m_streamEnded)
            markStreamEnded();
    } else if (m_streamEnded && session()->isLmtp() && lastChunkSent()) {
        m_lmtpExtra = int(m_result.accepted.size()) - 1;
        for (int i = 0; i < m_lmtpExtra; ++i)
            expectReply();
    }
    maybeConclude();
}

void SendMailOperation::onChunkReply(const Reply &reply)
{
    ++m_chunkRepliesSeen;
    const int chunks = chunksSent();
    const bool forLast =
        m_streamEnded && lastChunkSent() && m_chunkRepliesSeen >= chunks && !m_chunkError.isValid();
    if (reply.code == 421) {
        failData(reply, tr("The server did not accept the message data."));
        return;
    }
    if (forLast) {
        m_lastReplies.append(reply);
    } else if (reply.code != 250 && !m_chunkError.isValid()) {
        // RFC 3030: after a refused chunk, send no more.
        m_chunkError = reply;
        if (stopStreaming() && !m_streamEnded)
            markStreamEnded();
    } else if (reply.code == 250 && !m_pipelined && !m_streamEnded) {
        resumeStreaming();
    }
    maybeConclude();
}

void SendMailOperation::maybeConclude()
{
    if (isFinished() || m_step != Step::Body || !m_streamEnded)
        return;
    if (!m_mailReply.isValid() || m_rcptReplies.size() < m_to.size())
        return;
    if (m_chunkRepliesSeen < chunksSent() + m_lmtpExtra)
        return;
    concludeChunked();
}

void SendMailOperation::markStreamEnded()
{
    m_streamEnded = true;
    m_chunksAtEnd = SmtpOperation::chunksSent();
    m_lastChunkAtEnd = SmtpOperation::lastChunkSent();
}

int SendMailOperation::chunksSent() const
{
    return m_streamEnded ? m_chunksAtEnd : SmtpOperation::chunksSent();
}

bool SendMailOperation::lastChunkSent() const
{
    return m_streamEnded ? m_lastChunkAtEnd : SmtpOperation::lastChunkSent();
}

void SendMailOperation::concludeChunked()
{
    // smtplib's order: the sender, then the recipients, then the data.
    if (m_mailReply.code != 250) {
        failSenderRefused();
        return;
    }
    if (m_result.refused.size() == m_to.size()) {
        failAllRefused();
        return;
    }
    if (m_chunkError.isValid() || m_lastReplies.isEmpty()) {
        const Reply r = m_chunkError.isValid() ? m_chunkError : Reply();
        SmtpError e{
            ErrorKind::Data, r.code, r.text(), tr("The server did not accept the message."), {},
            m_result.refused};
        failWithRset(e, r);
        return;
    }
    if (session()->isLmtp()) {
        m_lmtpPending = m_result.accepted;
        m_finalRepliesLeft = int(m_lastReplies.size());
        for (const Reply &r : std::as_const(m_lastReplies))
            onFinalReply(r);
        return;
    }
    onFinalReply(m_lastReplies.first());
}

} // namespace postel
