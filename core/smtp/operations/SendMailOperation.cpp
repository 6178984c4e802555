#include "SendMailOperation.h"
#include "../ContentScan.h"
#include "../SmtpSession.h"
#include "../WireEncoder.h"
#include "CommandOperation.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QUrl>

#include <cstring>
#include <optional>

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

// An IDN domain as its A-labels ("bücher.example" -> "xn--bcher-kva.example") when the local
// part is ASCII; nullopt when only SMTPUTF8 can carry the address.
std::optional<QString> withALabels(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0 || !isAscii(address.left(at)))
        return std::nullopt;
    const QString domain = address.mid(at + 1);
    if (domain.startsWith(QLatin1Char('[')))
        return std::nullopt;
    const QByteArray ace = QUrl::toAce(domain, QUrl::AceTransitionalProcessing);
    if (ace.isEmpty() || !isAscii(QString::fromLatin1(ace)))
        return std::nullopt;
    return address.left(at + 1) + QString::fromLatin1(ace);
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
        if (s->doesEsmtp() && s->hasExtn(QStringLiteral("smtputf8"))) {
            // Needed and offered: use it (RFC 6531).
            m_mailOptions.append(QStringLiteral("SMTPUTF8"));
        } else if (!toALabels()) {
            SmtpError e(ErrorKind::NotSupported, 0, {},
                        tr("An address contains non-ASCII characters and the server does not "
                           "offer SMTPUTF8."));
            e.reason = QStringLiteral("smtputf8-not-supported");
            fail(e);
            return;
        }
    }
    if (!checkContent())
        return;
    sendEnvelope();
}

bool SendMailOperation::toALabels()
{
    // Without SMTPUTF8 an IDN domain still travels as its A-labels (RFC 5890), which every
    // server takes; a non-ASCII local part cannot.
    QStringList converted;
    for (const QString &a : QStringList{m_from} + m_to) {
        if (isAscii(a)) {
            converted.append(a);
            continue;
        }
        const std::optional<QString> ace = withALabels(a);
        if (!ace)
            return false;
        converted.append(*ace);
    }
    m_from = converted.takeFirst();
    m_to = converted;
    return true;
}

bool SendMailOperation::checkContent()
{
    ContentScan scan;
    if (!ContentScan::scan(m_message, &scan))
        return true; // a stream: what it holds is the caller's to vouch for
    SmtpSession *s = session();
    const bool esmtp = s->doesEsmtp();
    QString body;
    for (const QString &o : std::as_const(m_mailOptions)) {
        if (o.startsWith(QLatin1String("body="), Qt::CaseInsensitive))
            body = o.mid(5).toUpper();
    }
    // BINARYMIME (only with BDAT) carries anything; sendEnvelope() declares it when needed.
    const bool binary =
        body == QLatin1String("BINARYMIME") ||
        (body.isEmpty() && esmtp && s->useChunking() && s->hasExtn(QStringLiteral("chunking")) &&
         s->hasExtn(QStringLiteral("binarymime")));
    const auto refuse = [this](const QString &reason, const QString &message) {
        SmtpError e(ErrorKind::NotSupported, 0, {}, message);
        e.reason = reason;
        fail(e);
        return false;
    };
    if (scan.nulLine() && !binary) {
        return refuse(QStringLiteral("nul-byte"),
                      tr("Line %1 of the message contains a NUL byte, which SMTP cannot carry "
                         "without BINARYMIME: nothing was sent.")
                          .arg(scan.nulLine()));
    }
    if (scan.longLine() && !binary) {
        return refuse(QStringLiteral("line-too-long"),
                      tr("Line %1 of the message is %2 octets long; SMTP allows 998 without "
                         "BINARYMIME: nothing was sent.")
                          .arg(scan.longLine())
                          .arg(scan.longLineOctets()));
    }
    if (scan.eightBitLine() && !binary && body.isEmpty()) {
        if (!esmtp || !s->hasExtn(QStringLiteral("8bitmime"))) {
            return refuse(QStringLiteral("8bit-without-8bitmime"),
                          tr("Line %1 of the message contains 8-bit bytes, and the server does "
                             "not offer 8BITMIME: nothing was sent.")
                              .arg(scan.eightBitLine()));
        }
        // RFC 6152: 8-bit content is declared.
        m_mailOptions.append(QStringLiteral("BODY=8BITMIME"));
    }
    return true;
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
    if (tooManyRecipients(reply) && canDefer())
        m_deferred.append(rcpt); // RFC 5321 §4.5.3.1.10: into a following transaction
    else if (reply.code != 250 && reply.code != 251)
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
    if (m_result.accepted.isEmpty())
        giveUpDeferred();
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
        if (m_result.accepted.isEmpty())
            giveUpDeferred();
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
        // transaction can follow at once (unless recipients wait for a following one).
        if (m_deferred.isEmpty())
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
    if (m_deferred.isEmpty())
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
        finishTransaction(reply);
        return;
    }
    if (reply.code != 250) {
        failData(reply, tr("The server did not accept the message."));
        return;
    }
    finishTransaction(reply);
}

bool SendMailOperation::tooManyRecipients(const Reply &reply)
{
    if (reply.code != 452)
        return false;
    const EnhancedStatus st = reply.enhancedStatus();
    return st.isValid() ? st == EnhancedStatus{4, 5, 3}
                        : reply.text().toLower().contains("too many recipients");
}

bool SendMailOperation::canDefer()
{
    // The message goes again in the following transaction: it must be read once more.
    // Once streaming has begun the session owns the device; a stream cannot be re-read.
    if (!m_messageCopy.isNull())
        return true;
    if (m_handedOver || !m_message || m_message->isSequential())
        return false;
    const qint64 pos = m_message->pos();
    m_messageCopy = m_message->readAll();
    m_message->seek(pos);
    return !m_messageCopy.isNull();
}

void SendMailOperation::giveUpDeferred()
{
    for (const QString &rcpt : std::exchange(m_deferred, {})) {
        const Reply r = m_result.recipientReplies.value(rcpt);
        m_result.refused.insert(rcpt, {r.code, r.text()});
    }
}

void SendMailOperation::finishTransaction(const Reply &reply)
{
    m_step = Step::Done;
    if (m_deferred.isEmpty() || !session()->isConnected() || hasFollower()) {
        giveUpDeferred();
        succeed(reply);
        return;
    }
    // The recipients the server had no room for go in a following transaction on the same
    // connection; this one's result gathers both.
    m_finalReply = reply;
    auto *again = new QBuffer;
    again->setData(m_messageCopy);
    again->open(QIODevice::ReadOnly);
    m_following = new SendMailOperation(session(), m_from, std::exchange(m_deferred, {}), again,
                                        m_mailOptions, m_rcptOptions);
    runChild(m_following, [this](SmtpOperation *child) {
        m_following = nullptr;
        const SendResult &r = static_cast<SendMailOperation *>(child)->result();
        m_result.addFollowing(r);
        if (child->hasError() && r.unanswered(child->error())) {
            // Its final dot went out, no reply came: for its recipients the outcome is
            // unknown, not refused (sent to again, they may get it twice).
            m_result.dataTerminatorSent = true;
            m_result.refused.insert(r.refused); // refused in their own right
            SmtpError e = child->error();
            e.recipients = m_result.refused;
            fail(e);
            return;
        }
        RefusedMap refused = r.refused;
        if (child->hasError()) {
            refused.insert(child->error().recipients);
            // Refused as a whole (sender, data): each of its recipients was.
            for (const QString &rcpt : static_cast<SendMailOperation *>(child)->m_to) {
                if (!r.accepted.contains(rcpt) && !refused.contains(rcpt))
                    refused.insert(rcpt, {child->error().code, child->error().serverText});
            }
        }
        m_result.refused.insert(refused);
        succeed(m_finalReply);
    });
}

const SendResult &SendMailOperation::result() const
{
    if (!m_following)
        return m_result;
    const SendResult &r = m_following->result();
    m_merged = m_result;
    m_merged.addFollowing(r);
    m_merged.refused.insert(r.refused);
    m_merged.dataTerminatorSent = r.dataTerminatorSent;
    return m_merged;
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
    giveUpDeferred();
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
    giveUpDeferred();
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
    giveUpDeferred();
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
    if (m_result.accepted.isEmpty())
        giveUpDeferred();
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
