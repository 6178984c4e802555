#include "ConnectOperation.h"
#include "../SmtpSession.h"

#include <QCoreApplication>

namespace postel {

ConnectOperation::ConnectOperation(SmtpSession *session, const QString &host, quint16 port,
                                   bool implicitTls)
    : SmtpOperation(session, QStringLiteral("connect")), m_host(host), m_port(port),
      m_implicitTls(implicitTls)
{}

bool ConnectOperation::splitHostPort(const QString &in, QString &host, quint16 &port)
{
    const QString s = in.trimmed();
    port = 0;
    QString portText;
    if (s.startsWith(QLatin1Char('['))) {
        const qsizetype close = s.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        host = s.mid(1, close - 1);
        const QString rest = s.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return false;
            portText = rest.mid(1);
        }
    } else if (s.count(QLatin1Char(':')) == 1) {
        // Exactly one colon: host:port (smtplib's rule; a bare IPv6 address has several).
        const qsizetype colon = s.indexOf(QLatin1Char(':'));
        host = s.left(colon);
        portText = s.mid(colon + 1);
    } else {
        host = s;
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint p = portText.toUInt(&ok);
        if (!ok || p > 65535)
            return false;
        port = quint16(p);
    }
    return !host.isEmpty();
}

void ConnectOperation::start()
{
    QString host;
    quint16 port = 0;
    if (!splitHostPort(m_host, host, port)) {
        fail(ErrorKind::Usage, QCoreApplication::translate("postel::ConnectOperation",
                                                           "“%1” is not a valid host or host:port.")
                                   .arg(m_host));
        return;
    }
    if (m_port)
        port = m_port; // an explicit port wins, as in smtplib (the suffix is only split off
                       // when no port is given)
    if (!port)
        port = m_implicitTls ? 465 : 25;
    openConnection(host, port, m_implicitTls);
    if (!isFinished())
        expectReply(); // the greeting
}

void ConnectOperation::replyReceived(const Reply &reply)
{
    recordGreeting(reply, reply.code == 220);
    if (reply.code != 220) {
        closeConnection();
        fail(ErrorKind::Connect,
             QCoreApplication::translate("postel::ConnectOperation",
                                         "The server did not greet with 220."),
             reply);
        return;
    }
    succeed(reply);
}

} // namespace postel
