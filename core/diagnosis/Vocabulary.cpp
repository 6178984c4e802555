#include "Vocabulary.h"

namespace postel {

QStringList Vocabulary::ids()
{
    static const QStringList all{
        // connection
        QStringLiteral("connection-refused"),
        QStringLiteral("connection-timed-out"),
        QStringLiteral("host-not-found"),
        QStringLiteral("no-greeting"),
        QStringLiteral("service-refused"),
        QStringLiteral("server-busy"),
        QStringLiteral("server-disconnected"),
        QStringLiteral("outcome-unknown"),
        // TLS
        QStringLiteral("implicit-tls-port"),
        QStringLiteral("plaintext-port"),
        QStringLiteral("starttls-not-offered"),
        QStringLiteral("starttls-refused"),
        QStringLiteral("tls-protocol-mismatch"),
        QStringLiteral("certificate-untrusted"),
        QStringLiteral("certificate-name-mismatch"),
        QStringLiteral("certificate-expired"),
        // authentication
        QStringLiteral("tls-required"),
        QStringLiteral("auth-required"),
        QStringLiteral("auth-not-offered"),
        QStringLiteral("auth-mechanism-not-offered"),
        QStringLiteral("auth-credentials-rejected"),
        QStringLiteral("auth-app-password-required"),
        QStringLiteral("auth-disabled"),
        QStringLiteral("auth-mechanism-too-weak"),
        QStringLiteral("auth-temporary-failure"),
        // envelope and content
        QStringLiteral("sender-rejected"),
        QStringLiteral("sender-not-permitted"),
        QStringLiteral("sender-authentication-failed"),
        QStringLiteral("recipient-unknown"),
        QStringLiteral("recipient-rejected"),
        QStringLiteral("relay-denied"),
        QStringLiteral("mailbox-full"),
        QStringLiteral("greylisted"),
        QStringLiteral("rate-limited"),
        QStringLiteral("message-too-large"),
        QStringLiteral("message-rejected"),
        QStringLiteral("smtputf8-not-supported"),
        // Postel's own checks before sending (SmtpError::reason)
        QStringLiteral("line-too-long"),
        QStringLiteral("nul-byte"),
        QStringLiteral("bare-line-ending"),
        QStringLiteral("8bit-without-8bitmime"),
        QStringLiteral("cleartext-auth"),
        // what fits nowhere else
        QStringLiteral("protocol-violation"),
        QStringLiteral("unexpected-reply"),
    };
    return all;
}

} // namespace postel
