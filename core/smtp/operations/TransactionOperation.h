#pragma once

#include "../SmtpOperation.h"

#include <QMap>
#include <QStringList>

namespace postel {

// What a mail transaction (sendmail, send_message) ends with, beside reply() and error().
struct SendResult
{
    QStringList accepted;
    RefusedMap refused; // smtplib's refused-recipients map; empty when all were accepted
    // Each recipient's reply to RCPT, accepted or not (an LMTP refusal after the data
    // keeps its RCPT reply here and shows in refused).
    QMap<QString, Reply> recipientReplies;
    // The final dot (or BDAT LAST) was sent: a connection lost after it leaves the outcome
    // unknown (the server may have taken the message).
    bool dataTerminatorSent = false;

    // The final dot went out and the transaction ended in `error` without the server's
    // answer (connection lost, timed out, cancelled): the server may have the message.
    bool unanswered(const SmtpError &error) const
    {
        return dataTerminatorSent &&
               (error.kind == ErrorKind::ServerDisconnected || error.kind == ErrorKind::Timeout ||
                error.kind == ErrorKind::Cancelled);
    }
    // Adds a following transaction's (452 4.5.3) accepted recipients and RCPT replies.
    void addFollowing(const SendResult &following)
    {
        accepted += following.accepted;
        recipientReplies.insert(following.recipientReplies);
    }
};

// An operation that runs one mail transaction and yields a SendResult.
class TransactionOperation : public SmtpOperation
{
    Q_OBJECT
public:
    virtual const SendResult &result() const { return m_result; }

protected:
    using SmtpOperation::SmtpOperation;
    SendResult m_result;
};

} // namespace postel
