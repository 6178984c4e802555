#include "SmtpOperation.h"
#include "SessionPort.h"
#include "SmtpSession.h"
#include "operations/EhloOperation.h"

namespace postel {

SmtpOperation::SmtpOperation(SmtpSession *session, QString name)
    : QObject(session), m_session(session), m_name(std::move(name))
{}

SmtpOperation::~SmtpOperation() = default;

SmtpSession *SmtpOperation::session() const
{
    return m_session;
}

SessionPort *SmtpOperation::port() const
{
    // The port is the session itself: gone with it.
    return m_session ? m_port : nullptr;
}

bool SmtpOperation::send(const QByteArray &line)
{
    SessionPort *p = port();
    return p && p->sendCommand(this, line);
}

void SmtpOperation::expectReply()
{
    if (SessionPort *p = port())
        p->expectReply(this);
}

void SmtpOperation::streamMessage(QIODevice *source, const MessagePump::Options &options)
{
    if (SessionPort *p = port())
        p->streamMessage(this, source, options);
    else
        delete source;
}

bool SmtpOperation::stopStreaming()
{
    SessionPort *p = port();
    return !p || p->stopStreaming(this);
}

void SmtpOperation::resumeStreaming()
{
    if (SessionPort *p = port())
        p->resumeStreaming();
}

int SmtpOperation::chunksSent() const
{
    SessionPort *p = port();
    return p ? p->chunksSent() : 0;
}

bool SmtpOperation::lastChunkSent() const
{
    SessionPort *p = port();
    return p && p->lastChunkSent();
}

void SmtpOperation::transactionWritten()
{
    if (SessionPort *p = port())
        p->transactionWritten(this);
}

bool SmtpOperation::hasFollower() const
{
    SessionPort *p = port();
    return p && p->hasFollower(this);
}

bool SmtpOperation::quitPending() const
{
    SessionPort *p = port();
    return p && p->quitPending();
}

void SmtpOperation::runChild(SmtpOperation *child, std::function<void(SmtpOperation *)> done)
{
    child->m_parent = this;
    if (done)
        m_childDone.insert(child, std::move(done));
    if (SessionPort *p = port())
        p->activate(child);
}

void SmtpOperation::childDone(SmtpOperation *child)
{
    const std::function<void(SmtpOperation *)> done = m_childDone.take(child);
    if (!done) {
        childFinished(child);
        return;
    }
    child->deleteLater();
    done(child);
}

void SmtpOperation::greetThen(std::function<void()> next)
{
    if (m_session && m_session->hasGreeted()) {
        next();
        return;
    }
    runChild(new EhloOrHeloOperation(m_session), [this, next](SmtpOperation *child) {
        if (child->hasError())
            fail(child->error());
        else
            next();
    });
}

void SmtpOperation::openConnection(const QString &host, quint16 port, bool implicitTls)
{
    if (SessionPort *p = this->port())
        p->openSocket(host, port, implicitTls);
}

void SmtpOperation::startTlsHandshake()
{
    if (SessionPort *p = port())
        p->beginClientTls();
}

void SmtpOperation::closeConnection()
{
    if (SessionPort *p = port())
        p->dropConnection();
}

void SmtpOperation::halfClose()
{
    if (SessionPort *p = port())
        p->halfCloseIfPlain();
}

void SmtpOperation::recordGreeting(const Reply &reply, bool accepted)
{
    if (SessionPort *p = port())
        p->setGreeting(reply, accepted);
}

void SmtpOperation::recordEhlo(const Reply &reply, bool esmtp)
{
    if (SessionPort *p = port())
        p->setEhloResult(reply, esmtp);
}

void SmtpOperation::recordHelo(const Reply &reply)
{
    if (SessionPort *p = port())
        p->setHeloResult(reply);
}

void SmtpOperation::recordAuthenticated()
{
    if (SessionPort *p = port())
        p->setAuthenticated();
}

void SmtpOperation::succeed(const Reply &reply)
{
    if (m_finished)
        return;
    m_reply = reply;
    m_finished = true;
    if (SessionPort *p = port())
        p->operationDone(this);
    else
        Q_EMIT finished();
}

void SmtpOperation::fail(const SmtpError &error)
{
    if (m_finished)
        return;
    m_error = error;
    if (error.code && !m_reply.code) {
        m_reply.code = error.code;
        m_reply.lines = error.serverText.split('\n');
    }
    m_finished = true;
    if (SessionPort *p = port())
        p->operationDone(this);
    else
        Q_EMIT finished();
}

void SmtpOperation::fail(ErrorKind kind, const QString &message, const Reply &reply)
{
    SmtpError e;
    e.kind = kind;
    e.message = message;
    if (reply.isValid()) {
        m_reply = reply;
        e.code = reply.code;
        e.serverText = reply.text();
    }
    fail(e);
}

} // namespace postel
