#pragma once

#include "../SmtpOperation.h"

namespace postel {

// connect(host, port): opens the socket (TLS at once for implicit TLS) and reads the
// greeting. Like smtplib's constructor, a greeting other than 220 is a connect error.
class ConnectOperation : public SmtpOperation
{
    Q_OBJECT
public:
    ConnectOperation(SmtpSession *session, const QString &host, quint16 port, bool implicitTls);
    // "host:port", "[v6]:port", "[v6]", "v6" -> host and port (0 when none).
    static bool splitHostPort(const QString &in, QString &host, quint16 &port);

protected:
    void start() override;
    void replyReceived(const Reply &reply) override;

private:
    QString m_host;
    quint16 m_port;
    bool m_implicitTls;
};

} // namespace postel
