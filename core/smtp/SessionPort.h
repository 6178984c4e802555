#pragma once

#include "MessagePump.h"
#include "Reply.h"

#include <QByteArray>
#include <QString>

namespace postel {

class SmtpOperation;

// What an operation may ask of its session, and nothing more: the session implements it
// privately, and SmtpOperation's protected API is the only caller. No operation sees the
// socket, the parser or the queue.
class SessionPort
{
public:
    // The wire: every byte goes through these, and the transcript hears each.
    virtual bool sendCommand(SmtpOperation *op, const QByteArray &line) = 0;
    virtual void expectReply(SmtpOperation *op) = 0;
    virtual void streamMessage(SmtpOperation *op, QIODevice *source,
                               const MessagePump::Options &options) = 0;
    virtual bool stopStreaming(SmtpOperation *op) = 0;
    virtual void resumeStreaming() = 0;
    virtual int chunksSent() const = 0;
    virtual bool lastChunkSent() const = 0;

    // The queue.
    virtual void activate(SmtpOperation *op) = 0;
    virtual void operationDone(SmtpOperation *op) = 0;
    // RFC 2920: op's last byte is written; what is queued behind it may go now.
    virtual void transactionWritten(SmtpOperation *op) = 0;
    // Another transaction was sent behind op (it began with RSET).
    virtual bool hasFollower(const SmtpOperation *op) const = 0;
    // A QUIT was pipelined behind the current transaction.
    virtual bool quitPending() const = 0;

    // The connection.
    // implicitTls: the handshake starts as soon as the connection stands (port 465).
    virtual void openSocket(const QString &host, quint16 port, bool implicitTls) = 0;
    virtual void beginClientTls() = 0;
    virtual void dropConnection() = 0;
    virtual void halfCloseIfPlain() = 0;

    // What the server said about itself.
    virtual void setGreeting(const Reply &reply, bool accepted) = 0;
    virtual void setEhloResult(const Reply &reply, bool esmtp) = 0;
    virtual void setHeloResult(const Reply &reply) = 0;
    // AUTH succeeded (235) on this connection.
    virtual void setAuthenticated() = 0;

protected:
    ~SessionPort() = default;
};

} // namespace postel
