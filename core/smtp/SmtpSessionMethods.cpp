#include "SmtpSession.h"
#include "operations/AuthOperation.h"
#include "operations/CommandOperation.h"
#include "operations/ConnectOperation.h"
#include "operations/DataOperation.h"
#include "operations/EhloOperation.h"
#include "operations/SendMailOperation.h"
#include "operations/StartTlsOperation.h"

#include <QBuffer>

namespace postel {

// --- smtplib's methods ---------------------------------------------------------------

SmtpOperation *SmtpSession::connectToHost(const QString &host, quint16 port, Security security)
{
    return enqueue(new ConnectOperation(this, host, port, security == Security::ImplicitTls));
}

SmtpOperation *SmtpSession::docmd(const QByteArray &cmd, const QByteArray &args)
{
    return enqueue(new CommandOperation(this, QStringLiteral("docmd"),
                                        args.isEmpty() ? cmd : cmd + ' ' + args));
}

SmtpOperation *SmtpSession::helo(const QString &name)
{
    return enqueue(new EhloOperation(this, EhloOperation::Helo, name));
}

SmtpOperation *SmtpSession::ehlo(const QString &name)
{
    return enqueue(new EhloOperation(this, EhloOperation::Ehlo, name));
}

SmtpOperation *SmtpSession::ehloOrHeloIfNeeded()
{
    return enqueue(new EhloOrHeloOperation(this));
}

SmtpOperation *SmtpSession::verify(const QString &address)
{
    return enqueue(new CommandOperation(this, QStringLiteral("verify"),
                                        "VRFY " + CommandOperation::quoteAddrVrfy(address)));
}

SmtpOperation *SmtpSession::expn(const QString &address)
{
    return enqueue(new CommandOperation(this, QStringLiteral("expn"),
                                        "EXPN " + CommandOperation::quoteAddrVrfy(address)));
}

SmtpOperation *SmtpSession::noop()
{
    return enqueue(new CommandOperation(this, QStringLiteral("noop"), "NOOP"));
}

SmtpOperation *SmtpSession::rset()
{
    return enqueue(new CommandOperation(this, QStringLiteral("rset"), "RSET"));
}

SmtpOperation *SmtpSession::mail(const QString &sender, const QStringList &options)
{
    return enqueue(CommandOperation::mail(this, sender, options));
}

SmtpOperation *SmtpSession::rcpt(const QString &recipient, const QStringList &options)
{
    return enqueue(CommandOperation::rcpt(this, recipient, options));
}

SmtpOperation *SmtpSession::data(const QByteArray &message)
{
    auto *buffer = new QBuffer;
    buffer->setData(message);
    buffer->open(QIODevice::ReadOnly);
    return enqueue(new DataOperation(this, buffer));
}

SmtpOperation *SmtpSession::login(const QString &user, const QString &password,
                                  bool initialResponseOk)
{
    return enqueue(new LoginOperation(this, user, password, initialResponseOk));
}

SmtpOperation *SmtpSession::auth(const AuthMechanismPtr &mechanism, bool initialResponseOk)
{
    return enqueue(new AuthOperation(this, mechanism, initialResponseOk, true));
}

SmtpOperation *SmtpSession::starttls()
{
    return enqueue(new StartTlsOperation(this));
}

SmtpOperation *SmtpSession::sendmail(const QString &from, const QStringList &to,
                                     const QByteArray &msg, const QStringList &mailOptions,
                                     const QStringList &rcptOptions)
{
    auto *buffer = new QBuffer;
    buffer->setData(msg);
    buffer->open(QIODevice::ReadOnly);
    return sendmail(from, to, buffer, mailOptions, rcptOptions);
}

SmtpOperation *SmtpSession::sendmail(const QString &from, const QStringList &to, QIODevice *msg,
                                     const QStringList &mailOptions, const QStringList &rcptOptions)
{
    return enqueue(new SendMailOperation(this, from, to, msg, mailOptions, rcptOptions));
}

SmtpOperation *SmtpSession::sendmailText(const QString &from, const QStringList &to,
                                         const QString &msg, const QStringList &mailOptions,
                                         const QStringList &rcptOptions)
{
    for (QChar c : msg) {
        if (c.unicode() > 0x7f) {
            auto *op = new CommandOperation(this, QStringLiteral("sendmail"), QByteArray());
            op->setUsageError(
                tr("A text message must be ASCII; send it as bytes or as a structured message."));
            return enqueue(op);
        }
    }
    return sendmail(from, to, msg.toLatin1(), mailOptions, rcptOptions);
}

SmtpOperation *SmtpSession::quit()
{
    return enqueue(new QuitOperation(this));
}

} // namespace postel
