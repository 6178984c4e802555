#pragma once

#include "../SmtpOperation.h"

#include <functional>

namespace postel {

// One command, one reply: docmd, verify, expn, noop, rset, mail, rcpt. Like smtplib, any
// reply is a result (the caller reads the code); only a lost connection, a timeout or a
// refused argument is an error.
class CommandOperation : public SmtpOperation
{
    Q_OBJECT
public:
    using LineBuilder = std::function<QByteArray(CommandOperation *)>;
    CommandOperation(SmtpSession *session, QString name, QByteArray line);
    CommandOperation(SmtpSession *session, QString name, LineBuilder builder);

    static CommandOperation *mail(SmtpSession *session, const QString &sender,
                                  const QStringList &options);
    static CommandOperation *rcpt(SmtpSession *session, const QString &recipient,
                                  const QStringList &options);
    // smtplib's quoteaddr(): "<addr>" from "Name <addr>" or a bare address; "<>" stays.
    static QByteArray quoteAddr(const QString &address);
    // smtplib's _addr_only(): the bare address for VRFY/EXPN.
    static QByteArray quoteAddrVrfy(const QString &address);
    // " opt1 opt2" when the session speaks ESMTP, else "" (smtplib drops them for HELO).
    static QByteArray optionList(SmtpSession *session, const QStringList &options);

    void setUsageError(const QString &message) { m_usageError = message; }
    // Used by builders: refuse to send, with this error.
    void refuse(ErrorKind kind, const QString &message);

protected:
    void start() override;
    void replyReceived(const Reply &reply) override;

private:
    LineBuilder m_builder;
    QString m_usageError;
    bool m_refused = false;
};

} // namespace postel
