#pragma once

#include "MessagePump.h"
#include "Reply.h"
#include "SmtpError.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>

namespace postel {

class SessionPort;
class SmtpSession;

// One operation on a session, in the shape of QNetworkReply: it is returned at once, runs
// asynchronously and emits finished() exactly once, with either its result or an error.
// The session owns it (its QObject parent); callers may deleteLater() it once finished.
// Every operation has reply() and error(); those with more to say (sendmail, login) carry
// a typed result of their own.
class SmtpOperation : public QObject
{
    Q_OBJECT
public:
    ~SmtpOperation() override;

    bool isFinished() const { return m_finished; }
    bool hasError() const { return m_error.isError(); }
    const SmtpError &error() const { return m_error; }
    // The reply that ended the operation: smtplib's (code, text).
    const Reply &reply() const { return m_reply; }
    int code() const { return m_reply.code; }
    QByteArray text() const { return m_reply.text(); }
    QString name() const { return m_name; }
    // False for the steps an operation runs on its own (login's AUTH attempts, RSET).
    bool isTopLevel() const { return m_parent == nullptr; }

Q_SIGNALS:
    void finished();
    // Message bytes handed to the socket so far, of `total` (total is -1 when unknown).
    void dataProgress(qint64 sent, qint64 total);

protected:
    SmtpOperation(SmtpSession *session, QString name);
    // The session's public state (capabilities, settings, encryption) for reading.
    SmtpSession *session() const;

    // --- called by the session --------------------------------------------------------
    // This operation becomes the active one.
    virtual void start() = 0;
    // A reply to a command this operation sent (in the order sent).
    virtual void replyReceived(const Reply &reply) = 0;
    // A sub-operation started with runChild() without a callback has finished.
    virtual void childFinished(SmtpOperation *child) { Q_UNUSED(child); }
    // STARTTLS handshake done (only the operation that asked for it is told).
    virtual void tlsEstablished() {}
    // All message bytes handed over with streamMessage() are written.
    virtual void dataWritten() {}

    // --- what an operation may do -----------------------------------------------------
    // Sends one command line (without CRLF); the reply comes to replyReceived().
    // Returns false (and fails the operation) if the line is refused before sending.
    bool send(const QByteArray &line);
    // Expects a reply without sending anything (the greeting; the reply after the data).
    void expectReply();
    // Streams a message (DATA: dot-stuffed, ended with "."; BDAT: chunks); the session
    // takes ownership of `source`. dataWritten() follows the last byte.
    void streamMessage(QIODevice *source, const MessagePump::Options &options);
    // BDAT: send no more chunks (true: ended now; false: dataWritten() follows).
    bool stopStreaming();
    void resumeStreaming();
    int chunksSent() const;
    bool lastChunkSent() const;
    // Nothing more of this transaction will be written: what is queued may follow at once.
    void transactionWritten();
    bool hasFollower() const;
    bool quitPending() const;

    // Runs `child` now, as a step of this operation; `done` (or else childFinished()) is
    // called when it finishes. The child is deleted afterwards.
    void runChild(SmtpOperation *child, std::function<void(SmtpOperation *)> done = {});
    // smtplib's ehlo_or_helo_if_needed() and then `next`; a helo error fails this operation.
    void greetThen(std::function<void()> next);

    // The connection, for connect, STARTTLS, EHLO and QUIT.
    void openConnection(const QString &host, quint16 port, bool implicitTls);
    void startTlsHandshake();
    void closeConnection();
    void halfClose();
    void recordGreeting(const Reply &reply, bool accepted);
    void recordEhlo(const Reply &reply, bool esmtp);
    void recordHelo(const Reply &reply);
    void recordAuthenticated();

    void succeed(const Reply &reply);
    void fail(const SmtpError &error);
    void fail(ErrorKind kind, const QString &message, const Reply &reply = {});

    Reply m_reply;
    SmtpError m_error;

private:
    // The session drives its operations' lifecycle (start, replies, the end).
    friend class SmtpSession;
    SessionPort *port() const;
    // A child finished: its callback, or childFinished().
    void childDone(SmtpOperation *child);

    QPointer<SmtpSession> m_session;
    SessionPort *m_port = nullptr;
    QString m_name;
    SmtpOperation *m_parent = nullptr;
    QHash<SmtpOperation *, std::function<void(SmtpOperation *)>> m_childDone;
    bool m_started = false;
    bool m_finished = false;
    bool m_allWritten = false; // a transaction whose last byte is written (look-ahead)
};

} // namespace postel
