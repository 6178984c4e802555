#include "SmtpSession.h"
#include "operations/SendMailOperation.h"
#include "operations/StartTlsOperation.h"

namespace postel {

namespace {
// How many transactions may be on the wire ahead of the one whose replies are being read.
constexpr qsizetype MaxAhead = 32;
} // namespace

// --- pipelining across transactions (RFC 2920) ------------------------------------------
//
// When a transaction's last byte is written (BDAT LAST or the final dot), the next queued
// sendmail goes out at once instead of waiting for the replies. Its batch starts with
// RSET: RFC 3030 makes RSET mandatory after a refused BDAT before any other command, and
// the outcome of the transaction before is not known yet. That RSET also stands in for
// the RSET smtplib sends after a failed transaction, so the one before sends none.

SmtpOperation *SmtpSession::tailOperation() const
{
    if (!m_ahead.isEmpty())
        return m_ahead.last();
    return m_stack.isEmpty() ? nullptr : m_stack.first();
}

bool SmtpSession::hasFollower(const SmtpOperation *op) const
{
    if (m_ahead.isEmpty())
        return false;
    const qsizetype at = m_ahead.indexOf(const_cast<SmtpOperation *>(op));
    return at >= 0 ? at + 1 < m_ahead.size() : (!m_stack.isEmpty() && m_stack.first() == op);
}

bool SmtpSession::canPipelineAhead() const
{
    return m_usePipelining && m_doesEsmtp && m_features.pipelining() && !m_lmtp && isConnected() &&
           !m_pipelinedQuit && m_state == State::Connected;
}

void SmtpSession::transactionWritten(SmtpOperation *op)
{
    op->m_allWritten = true;
    if (!m_lmtp)
        maybeStartAhead();
}

void SmtpSession::maybeStartAhead()
{
    if (m_startingAhead) {
        m_startAheadAgain = true; // the loop below goes on when this call returns
        return;
    }
    m_startingAhead = true;
    do {
        m_startAheadAgain = false;
        SmtpOperation *tail = tailOperation();
        if (!tail || !tail->m_allWritten || tail->isFinished() || m_queue.isEmpty())
            break;
        if (pipelineQueuedQuit(tail))
            break;
        auto *next = qobject_cast<SendMailOperation *>(m_queue.first());
        if (!next || m_ahead.size() >= MaxAhead || !canPipelineAhead())
            break;
        m_queue.removeFirst();
        next->m_started = true;
        next->setResetFirst();
        m_ahead.append(next);
        static_cast<SmtpOperation *>(next)->start();
    } while (m_startAheadAgain);
    m_startingAhead = false;
}

bool SmtpSession::pipelineQueuedQuit(SmtpOperation *op)
{
    if (!m_usePipelining || !m_doesEsmtp || !m_features.pipelining() || m_lmtp ||
        m_queue.isEmpty() || m_pipelinedQuit || !isConnected())
        return false;
    auto *quit = qobject_cast<QuitOperation *>(m_queue.first());
    if (!quit || tailOperation() != op)
        return false;
    m_queue.removeFirst();
    quit->m_started = true;
    m_pipelinedQuit = quit;
    if (!sendCommand(quit, "QUIT"))
        return true;
    halfCloseIfPlain();
    m_halfCloseWhenFlushed = m_socket && m_socket->bytesToWrite() > 0;
    return true;
}

void SmtpSession::failPipelinedQuit()
{
    SmtpOperation *quit = m_pipelinedQuit;
    m_pipelinedQuit = nullptr;
    if (quit && !quit->isFinished())
        quit->fail(ErrorKind::ServerDisconnected, tr("The server closed the connection."));
}

} // namespace postel
