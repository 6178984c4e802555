#pragma once

#include "TransactionOperation.h"

#include <QIODevice>
#include <QPointer>
#include <memory>

namespace postel {

// sendmail(from, to, msg, mail_options, rcpt_options), as smtplib does it, with PIPELINING
// when the server offers it: MAIL, every RCPT and DATA in one batch, every reply read
// before acting on any.
class SendMailOperation : public TransactionOperation
{
    Q_OBJECT
public:
    SendMailOperation(SmtpSession *session, QString from, QStringList to, QIODevice *message,
                      QStringList mailOptions, QStringList rcptOptions);
    ~SendMailOperation() override;

    // The CRLF-normalised size of a seekable message (what SIZE= announces).
    static qint64 messageSize(QIODevice *message);
    // The same, and whether the content needs BODY=BINARYMIME (NUL bytes or lines longer
    // than 998 octets, which 7BIT and 8BITMIME do not allow).
    static qint64 messageSize(QIODevice *message, bool *needsBinary);
    // Wire bytes per BDAT chunk (CRLF-normalised, no dot-stuffing).
    static constexpr qint64 ChunkSize = 4 * 1024 * 1024;

    // Sent ahead of its turn, behind the transaction before: the batch begins with RSET.
    void setResetFirst() { m_resetFirst = true; }
    // While a following transaction (452 4.5.3) runs, its progress is part of the result:
    // whether the final dot now unanswered went out is that transaction's.
    const SendResult &result() const override;

protected:
    void start() override;
    void replyReceived(const Reply &reply) override;
    void dataWritten() override;

private:
    QPointer<SendMailOperation> m_following; // the following transaction under way
    mutable SendResult m_merged;
    enum class Step
    {
        Greeting,
        Envelope,
        Data,
        Body,
        Rset,
        Done
    };
    void begin();
    // Refuses what the wire cannot carry (NUL, long lines, 8-bit without 8BITMIME) and
    // declares BODY=8BITMIME for 8-bit content when offered.
    bool checkContent();
    // IDN domains as A-labels when SMTPUTF8 is not offered; false if an address cannot be.
    bool toALabels();
    void sendEnvelope();
    void envelopeDone();
    void onMailReply(const Reply &reply);
    void onRcptReply(const Reply &reply);
    void onDataReply(const Reply &reply);
    void startBody();
    void onFinalReply(const Reply &reply);
    // 452 4.5.3 (too many recipients): those recipients go in a following transaction.
    static bool tooManyRecipients(const Reply &reply);
    bool canDefer();
    void giveUpDeferred(); // they are reported refused after all
    void finishTransaction(const Reply &reply);
    void failWithRset(const SmtpError &error, const Reply &reply);
    void failData(const Reply &reply, const QString &message);
    void failSenderRefused();
    void failAllRefused();
    void failAndClose(const SmtpError &error);
    // CHUNKING (RFC 3030)
    void startChunks();
    void onChunkedReply(const Reply &reply);
    void onChunkReply(const Reply &reply);
    void envelopeKnown();
    void maybeConclude();
    void concludeChunked();
    void markStreamEnded();
    void onResetReply(const Reply &reply);
    // This transaction's chunks: the session's while its stream runs, then a snapshot (the
    // next transaction's stream may have begun by the time the replies arrive).
    int chunksSent() const;
    bool lastChunkSent() const;

    QString m_from;
    QStringList m_to;
    QIODevice *m_message;
    QStringList m_mailOptions, m_rcptOptions;
    Step m_step = Step::Greeting;
    bool m_pipelined = false;
    qsizetype m_repliesExpected = 0;
    Reply m_mailReply;
    QList<Reply> m_rcptReplies;
    Reply m_dataReply;
    bool m_haveDataReply = false;
    int m_finalRepliesLeft = 0;
    QStringList m_lmtpPending;
    SmtpError m_pendingError;
    bool m_handedOver = false;
    bool m_chunked = false;
    bool m_streamEnded = false;   // BDAT: no more chunks will be sent
    bool m_envelopeKnown = false; // BDAT: every MAIL and RCPT reply is in
    int m_chunkRepliesSeen = 0;
    int m_lmtpExtra = 0;        // LMTP: replies to BDAT LAST beyond the first
    Reply m_chunkError;         // the first chunk reply that was not 250
    QList<Reply> m_lastReplies; // the replies to BDAT LAST
    int m_chunksAtEnd = 0;
    bool m_lastChunkAtEnd = false;
    bool m_resetFirst = false;   // look-ahead: RSET goes before MAIL
    bool m_resetPending = false; // its reply is the next one
    QStringList m_deferred;      // 452 4.5.3: for the following transaction
    QByteArray m_messageCopy;    // the message, to send it again to them
    Reply m_finalReply;
};

} // namespace postel
