#pragma once

#include "../SmtpOperation.h"

namespace postel {

// starttls(): EHLO if needed, STARTTLS, the handshake with verification; afterwards all
// EHLO state is forgotten and bytes sent before the handshake are discarded. Unlike
// smtplib, a reply other than 220 is an error: a caller never drifts on in clear text
// believing it asked for TLS.
class StartTlsOperation : public SmtpOperation
{
    Q_OBJECT
public:
    explicit StartTlsOperation(SmtpSession *session);

protected:
    void start() override;
    void replyReceived(const Reply &reply) override;
    void tlsEstablished() override;

private:
    void begin();
    Reply m_ready;
};

// QUIT, then close whatever the reply.
class QuitOperation : public SmtpOperation
{
    Q_OBJECT
public:
    explicit QuitOperation(SmtpSession *session);

protected:
    void start() override;
    void replyReceived(const Reply &reply) override;
};

} // namespace postel
