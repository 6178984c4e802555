#include "SmtpError.h"

#include <QCoreApplication>

namespace postel {

QString SmtpError::kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return {};
    case ErrorKind::ServerDisconnected:
        return QStringLiteral("server-disconnected");
    case ErrorKind::Response:
        return QStringLiteral("response");
    case ErrorKind::SenderRefused:
        return QStringLiteral("sender-refused");
    case ErrorKind::RecipientsRefused:
        return QStringLiteral("recipients-refused");
    case ErrorKind::Data:
        return QStringLiteral("data");
    case ErrorKind::Connect:
        return QStringLiteral("connect");
    case ErrorKind::Helo:
        return QStringLiteral("helo");
    case ErrorKind::NotSupported:
        return QStringLiteral("not-supported");
    case ErrorKind::Authentication:
        return QStringLiteral("authentication");
    case ErrorKind::General:
        // smtplib's plain SMTPException; its uses are "no suitable authentication mechanism"
        // and the endless challenge loop, which scripts read as an authentication failure.
        return QStringLiteral("authentication");
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::Tls:
        return QStringLiteral("tls");
    case ErrorKind::Protocol:
        return QStringLiteral("protocol");
    case ErrorKind::Usage:
        return QStringLiteral("usage");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString SmtpError::describe() const
{
    if (code == 0 || serverText.isEmpty())
        return message;
    return QCoreApplication::translate("postel::SmtpError", "%1 The server said: %2 %3")
        .arg(message)
        .arg(code)
        .arg(QString::fromUtf8(serverText).replace(QLatin1Char('\n'), QLatin1Char(' ')));
}

SmtpError SmtpError::senderRefused(int code, const QByteArray &text, const QString &sender)
{
    return {ErrorKind::SenderRefused,
            code,
            text,
            QCoreApplication::translate("postel::SmtpError", "The server refused the sender %1.")
                .arg(sender),
            sender,
            {}};
}

SmtpError SmtpError::recipientsRefused(const RefusedMap &refused)
{
    return {ErrorKind::RecipientsRefused,
            0,
            {},
            QCoreApplication::translate("postel::SmtpError", "The server refused every recipient."),
            {},
            refused};
}

} // namespace postel
