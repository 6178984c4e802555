#pragma once

#include <QByteArray>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace postel {

// A recipient's refusal: the server's code and text (smtplib's (code, resp)).
struct RecipientRefusal
{
    int code = 0;
    QByteArray text;
    bool operator==(const RecipientRefusal &) const = default;
};
using RefusedMap = QMap<QString, RecipientRefusal>;

// The error kinds, as smtplib names them, plus what an asynchronous client adds.
enum class ErrorKind
{
    None,
    ServerDisconnected, // SMTPServerDisconnected
    Response,           // SMTPResponseException: an unexpected reply
    SenderRefused,      // SMTPSenderRefused
    RecipientsRefused,  // SMTPRecipientsRefused: every recipient refused
    Data,               // SMTPDataError
    Connect,            // SMTPConnectError / OSError while connecting
    Helo,               // SMTPHeloError
    NotSupported,       // SMTPNotSupportedError
    Authentication,     // SMTPAuthenticationError
    General,            // SMTPException, e.g. no suitable authentication mechanism
    Timeout,            // a command (or the connection) took longer than the timeout
    Tls,                // handshake or certificate failure, TLS required but unavailable
    Protocol,           // the server broke the protocol (reply framing, injected bytes)
    Usage,              // the caller asked for something invalid (bad argument, wrong state)
    Cancelled,          // the caller aborted the operation
};

struct SmtpError
{
    SmtpError() = default;
    SmtpError(ErrorKind kind, int code, QByteArray serverText, QString message, QString sender = {},
              RefusedMap recipients = {}, QString reason = {})
        : kind(kind), code(code), serverText(std::move(serverText)), message(std::move(message)),
          sender(std::move(sender)), recipients(std::move(recipients)), reason(std::move(reason))
    {}

    ErrorKind kind = ErrorKind::None;
    int code = 0;          // the server's reply code, when the error carries one
    QByteArray serverText; // the server's reply text, kept as sent
    QString message;       // a sentence for people (translated)
    QString sender;        // SenderRefused
    RefusedMap recipients; // RecipientsRefused
    // Why the client itself refused before sending (a preflight check), as a stable id the
    // failure doctor (core/diagnosis) names a finding after: "message-too-large",
    // "smtputf8-not-supported", "line-too-long", "nul-byte", "bare-line-ending",
    // "8bit-without-8bitmime", "cleartext-auth". Empty for everything else.
    QString reason;

    bool isError() const { return kind != ErrorKind::None; }
    // Stable identifiers used in JSON ("sender-refused", ...).
    static QString kindName(ErrorKind kind);
    // The message plus the server's own words, for display.
    QString describe() const;

    // smtplib's SMTPSenderRefused: `code`/`text` of the reply to MAIL.
    static SmtpError senderRefused(int code, const QByteArray &text, const QString &sender);
    // smtplib's SMTPRecipientsRefused: every recipient refused, each with its reply.
    static SmtpError recipientsRefused(const RefusedMap &refused);
};

} // namespace postel

Q_DECLARE_METATYPE(postel::SmtpError)
