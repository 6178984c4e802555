#include "StartTlsOperation.h"
#include "../SmtpSession.h"
#include "EhloOperation.h"

#include <QCoreApplication>
#include <QSslSocket>

namespace postel {

namespace {} // namespace

StartTlsOperation::StartTlsOperation(SmtpSession *session)
    : SmtpOperation(session, QStringLiteral("starttls"))
{}

void StartTlsOperation::start()
{
    if (session()->isEncrypted()) {
        fail(ErrorKind::Usage, tr("The connection is already encrypted."));
        return;
    }
    if (!session()->hasGreeted()) {
        runChild(new EhloOrHeloOperation(session()));
        return;
    }
    begin();
}

void StartTlsOperation::childFinished(SmtpOperation *child)
{
    child->deleteLater();
    if (child->hasError()) {
        fail(child->error());
        return;
    }
    begin();
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
    session()->beginClientTls();
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
        session()->halfCloseIfPlain();
}

void QuitOperation::replyReceived(const Reply &reply)
{
    session()->dropConnection();
    succeed(reply);
}

} // namespace postel
