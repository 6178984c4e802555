#include "StartTlsOperation.h"
#include "../SmtpSession.h"

#include <QCoreApplication>
#include <QSslSocket>

namespace postel {

StartTlsOperation::StartTlsOperation(SmtpSession *session)
    : SmtpOperation(session, QStringLiteral("starttls"))
{}

void StartTlsOperation::start()
{
    if (session()->isEncrypted()) {
        fail(ErrorKind::Usage, tr("The connection is already encrypted."));
        return;
    }
    greetThen([this] { begin(); });
}

void StartTlsOperation::begin()
{
    if (!session()->hasExtn(QStringLiteral("starttls"))) {
        if (session()->requireTls())
            fail(ErrorKind::Tls, tr("TLS is required, but the server does not offer STARTTLS."));
        else
            fail(ErrorKind::NotSupported, tr("The server does not offer STARTTLS."));
        return;
    }
    if (!QSslSocket::supportsSsl()) {
        fail(ErrorKind::Tls, tr("This system has no TLS support."));
        return;
    }
    send("STARTTLS");
}

void StartTlsOperation::replyReceived(const Reply &reply)
{
    if (reply.code != 220) {
        fail(ErrorKind::Tls, tr("The server refused to start TLS."), reply);
        return;
    }
    m_ready = reply;
    startTlsHandshake();
}

void StartTlsOperation::tlsEstablished()
{
    succeed(m_ready);
}

QuitOperation::QuitOperation(SmtpSession *session) : SmtpOperation(session, QStringLiteral("quit"))
{}

void QuitOperation::start()
{
    if (send("QUIT"))
        halfClose();
}

void QuitOperation::replyReceived(const Reply &reply)
{
    closeConnection();
    succeed(reply);
}

} // namespace postel
