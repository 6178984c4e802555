#include "SmtpOperation.h"
#include "SmtpSession.h"

namespace postel {

SmtpOperation::SmtpOperation(SmtpSession *session, QString name)
    : QObject(session), m_session(session), m_name(std::move(name))
{}

SmtpOperation::~SmtpOperation() = default;

bool SmtpOperation::send(const QByteArray &line)
{
    if (!m_session)
        return false;
    return m_session->sendLine(this, line);
}

void SmtpOperation::expectReply()
{
    if (m_session)
        m_session->expectReply(this);
}

void SmtpOperation::runChild(SmtpOperation *child)
{
    child->m_parent = this;
    if (m_session)
        m_session->activate(child);
}

void SmtpOperation::succeed(const Reply &reply)
{
    if (m_finished)
        return;
    m_reply = reply;
    m_finished = true;
    if (m_session)
        m_session->operationDone(this);
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
    if (m_session)
        m_session->operationDone(this);
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
