#pragma once

#include "../SmtpOperation.h"

#include <QIODevice>

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

} // namespace postel
