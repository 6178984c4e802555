#pragma once

#include "Reply.h"
#include "SmtpError.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace postel {

class SmtpSession;

// One operation on a session, in the shape of QNetworkReply: it is returned at once, runs
// asynchronously and emits finished() exactly once, with either its result or an error.
// The session owns it (its QObject parent); callers may deleteLater() it once finished.
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
    // sendmail/send_message: recipients refused (possibly empty) and accepted.
    const RefusedMap &refused() const { return m_refused; }
    const QStringList &accepted() const { return m_accepted; }
    // sendmail/send_message: each recipient's reply to RCPT, accepted or not (an LMTP
    // refusal after the data keeps its RCPT reply here and shows in refused()).
    const QMap<QString, Reply> &recipientReplies() const { return m_recipientReplies; }
    // login/auth: the mechanism that succeeded (or was last tried).
    const QString &mechanism() const { return m_mechanism; }
    // sendmail: true once the final dot was sent; a connection lost after that leaves the
    // outcome unknown (the server may have taken the message).
    bool dataTerminatorSent() const { return m_dataTerminatorSent; }
    QString name() const { return m_name; }
    // False for the steps an operation runs on its own (login's AUTH attempts, RSET).
    bool isTopLevel() const { return m_parent == nullptr; }

Q_SIGNALS:
    void finished();
    // Message bytes handed to the socket so far, of `total` (total is -1 when unknown).
    void dataProgress(qint64 sent, qint64 total);

protected:
    SmtpOperation(SmtpSession *session, QString name);
    SmtpSession *session() const { return m_session; }

    // Called by the session when this operation becomes the active one.
    virtual void start() = 0;
    // A reply to a command this operation sent (in the order sent).
    virtual void replyReceived(const Reply &reply) = 0;
    // A sub-operation started with runChild() has finished.
    virtual void childFinished(SmtpOperation *child) { Q_UNUSED(child); }
    // STARTTLS handshake done (only the operation that asked for it is told).
    virtual void tlsEstablished() {}
    // All message bytes handed over with the session's streaming are written.
    virtual void dataWritten() {}

    // Sends one command line (without CRLF); the reply comes to replyReceived().
    // Returns false (and fails the operation) if the line is refused before sending.
    bool send(const QByteArray &line);
    // Expects a reply without sending anything (the greeting).
    void expectReply();
    void runChild(SmtpOperation *child);
    void succeed(const Reply &reply);
    void fail(const SmtpError &error);
    void fail(ErrorKind kind, const QString &message, const Reply &reply = {});

    Reply m_reply;
    SmtpError m_error;
    RefusedMap m_refused;
    QStringList m_accepted;
    QMap<QString, Reply> m_recipientReplies;
    QString m_mechanism;
    bool m_dataTerminatorSent = false;

private:
    friend class SmtpSession;
    QPointer<SmtpSession> m_session;
    QString m_name;
    SmtpOperation *m_parent = nullptr;
    bool m_started = false;
    bool m_finished = false;
    bool m_allWritten = false; // a transaction whose last byte is written (look-ahead)
};

} // namespace postel
