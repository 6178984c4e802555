#include "EhloOperation.h"
#include "../SmtpSession.h"

#include <QCoreApplication>

namespace postel {

EhloOperation::EhloOperation(SmtpSession *session, Kind kind, const QString &name)
    : SmtpOperation(session, kind == Ehlo ? QStringLiteral("ehlo") : QStringLiteral("helo")),
      m_kind(kind), m_name(name)
{}

void EhloOperation::start()
{
    const QString name = m_name.isEmpty() ? session()->localHostname() : m_name;
    QByteArray verb = m_kind == Helo ? "HELO" : (session()->isLmtp() ? "LHLO" : "EHLO");
    send(verb + ' ' + name.toUtf8());
}

void EhloOperation::replyReceived(const Reply &reply)
{
    if (m_kind == Helo)
        recordHelo(reply);
    else
        recordEhlo(reply, reply.code == 250);
    succeed(reply);
}

EhloOrHeloOperation::EhloOrHeloOperation(SmtpSession *session)
    : SmtpOperation(session, QStringLiteral("ehlo_or_helo_if_needed"))
{}

void EhloOrHeloOperation::start()
{
    if (session()->hasGreeted()) {
        succeed(Reply());
        return;
    }
    runChild(new EhloOperation(session(), EhloOperation::Ehlo, QString()));
}

void EhloOrHeloOperation::childFinished(SmtpOperation *child)
{
    child->deleteLater();
    if (child->hasError()) {
        fail(child->error());
        return;
    }
    const int code = child->code();
    if (code >= 200 && code <= 299) {
        succeed(child->reply());
        return;
    }
    // 421: the server is closing the connection; HELO would only meet a closed socket.
    if (code == 421) {
        closeConnection();
        fail(ErrorKind::Helo, tr("The server is not available (421) and closed the connection."),
             child->reply());
        return;
    }
    if (!m_triedHelo) {
        m_triedHelo = true;
        runChild(new EhloOperation(session(), EhloOperation::Helo, QString()));
        return;
    }
    fail(ErrorKind::Helo,
         QCoreApplication::translate("postel::EhloOrHeloOperation",
                                     "The server refused both EHLO and HELO."),
         child->reply());
}

} // namespace postel
