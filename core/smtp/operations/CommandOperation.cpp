#include "CommandOperation.h"
#include "../SmtpSession.h"

#include <QCoreApplication>

namespace postel {

namespace {

QString bareAddress(const QString &address)
{
    const QString s = address.trimmed();
    const qsizetype lt = s.lastIndexOf(QLatin1Char('<'));
    const qsizetype gt = s.lastIndexOf(QLatin1Char('>'));
    if (lt >= 0 && gt > lt)
        return s.mid(lt + 1, gt - lt - 1).trimmed();
    return s;
}

QByteArray encodeAddress(const QString &address)
{
    return address.toUtf8();
}
} // namespace

CommandOperation::CommandOperation(SmtpSession *session, QString name, QByteArray line)
    : SmtpOperation(session, std::move(name)),
      m_builder([line](CommandOperation *) { return line; })
{}

CommandOperation::CommandOperation(SmtpSession *session, QString name, LineBuilder builder)
    : SmtpOperation(session, std::move(name)), m_builder(std::move(builder))
{}

QByteArray CommandOperation::quoteAddr(const QString &address)
{
    if (address.trimmed() == QLatin1String("<>"))
        return "<>";
    return '<' + encodeAddress(bareAddress(address)) + '>';
}

QByteArray CommandOperation::quoteAddrVrfy(const QString &address)
{
    return encodeAddress(bareAddress(address));
}

QByteArray CommandOperation::optionList(SmtpSession *session, const QStringList &options)
{
    if (options.isEmpty() || !session->doesEsmtp())
        return {};
    return ' ' + options.join(QLatin1Char(' ')).toUtf8();
}

void CommandOperation::refuse(ErrorKind kind, const QString &message)
{
    m_refused = true;
    fail(kind, message);
}

CommandOperation *CommandOperation::mail(SmtpSession *session, const QString &sender,
                                         const QStringList &options)
{
    return new CommandOperation(
        session, QStringLiteral("mail"), [sender, options](CommandOperation *op) -> QByteArray {
            SmtpSession *s = op->session();
            if (s->doesEsmtp()) {
                for (const QString &o : options) {
                    if (o.compare(QLatin1String("smtputf8"), Qt::CaseInsensitive) == 0 &&
                        !s->hasExtn(QStringLiteral("smtputf8"))) {
                        op->refuse(ErrorKind::NotSupported,
                                   tr("SMTPUTF8 is not supported by the server."));
                        return {};
                    }
                }
            }
            return "MAIL FROM:" + quoteAddr(sender) + optionList(s, options);
        });
}

CommandOperation *CommandOperation::rcpt(SmtpSession *session, const QString &recipient,
                                         const QStringList &options)
{
    return new CommandOperation(
        session, QStringLiteral("rcpt"), [recipient, options](CommandOperation *op) {
            return "RCPT TO:" + quoteAddr(recipient) + optionList(op->session(), options);
        });
}

void CommandOperation::start()
{
    if (!m_usageError.isEmpty()) {
        fail(ErrorKind::Usage, m_usageError);
        return;
    }
    const QByteArray line = m_builder(this);
    if (m_refused || isFinished())
        return;
    send(line);
}

void CommandOperation::replyReceived(const Reply &reply)
{
    succeed(reply);
}

} // namespace postel
