#pragma once

#include "../SmtpOperation.h"

#include <QIODevice>
#include <memory>

namespace postel {

// data(msg): DATA, the message streamed dot-stuffed, and the final reply, which (as in
// smtplib) is returned whatever its code; only a reply other than 354 to DATA is an error.
class DataOperation : public SmtpOperation
{
    Q_OBJECT
public:
    DataOperation(SmtpSession *session, QIODevice *message);
    ~DataOperation() override;

protected:
    void start() override;
    void replyReceived(const Reply &reply) override;
    void dataWritten() override;

private:
    QIODevice *m_message;
    bool m_inData = false;
};

// sendmail(from, to, msg, mail_options, rcpt_options), as smtplib does it, with PIPELINING
// when the server offers it: MAIL, every RCPT and DATA in one batch, every reply read
// before acting on any.
class SendMailOperation : public SmtpOperation
{
    Q_OBJECT
public:
    SendMailOperation(SmtpSession *session, QString from, QStringList to, QIODevice *message,
                      QStringList mailOptions, QStringList rcptOptions);
    ~SendMailOperation() override;

    // The CRLF-normalised size of a seekable message (what SIZE= announces).
    static qint64 messageSize(QIODevice *message);

protected:
    void start() override;
    void replyReceived(const Reply &reply) override;
    void childFinished(SmtpOperation *child) override;
    void dataWritten() override;

private:
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
    void sendEnvelope();
    void envelopeDone();
    void onMailReply(const Reply &reply);
    void onRcptReply(const Reply &reply);
    void onDataReply(const Reply &reply);
    void startBody();
    void onFinalReply(const Reply &reply);
    void failWithRset(const SmtpError &error, const Reply &reply);
    void failAndClose(const SmtpError &error);

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
};

} // namespace postel
