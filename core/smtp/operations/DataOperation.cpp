#include "DataOperation.h"
#include "../SmtpSession.h"

namespace postel {

DataOperation::DataOperation(SmtpSession *session, QIODevice *message)
    : SmtpOperation(session, QStringLiteral("data")), m_message(message)
{}

DataOperation::~DataOperation()
{
    if (m_message && !m_inData)
        delete m_message;
}

void DataOperation::start()
{
    send("DATA");
}

void DataOperation::replyReceived(const Reply &reply)
{
    if (!m_inData) {
        if (reply.code != 354) {
            fail(ErrorKind::Data, tr("The server did not accept DATA."), reply);
            return;
        }
        m_inData = true;
        streamMessage(m_message, {});
        return;
    }
    succeed(reply);
}

void DataOperation::dataWritten()
{
    expectReply();
}

} // namespace postel
