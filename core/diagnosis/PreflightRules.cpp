#include "PreflightRules.h"

#include "AuthRules.h"
#include "TransactionRules.h"
#include "transcript/TranscriptFormat.h"

namespace postel {

bool PreflightRules::diagnose(const SessionRecord &r, QList<Finding> &out)
{
    const QString &reason = r.error.reason;
    if (reason.isEmpty())
        return false;
    using Severity = Finding::Severity;
    // Postel's own sentence about this message (which line, which byte).
    const QString detail = TranscriptFormat::escaped(r.error.message);
    if (reason == QLatin1String("message-too-large")) {
        out.append(TransactionRules::messageTooLarge(r, nullptr));
    } else if (reason == QLatin1String("smtputf8-not-supported")) {
        out.append(TransactionRules::smtputf8NotSupported(r, nullptr));
    } else if (reason == QLatin1String("cleartext-auth")) {
        out.append(AuthRules::cleartextAuth(r));
    } else if (reason == QLatin1String("line-too-long")) {
        out.append(Finding::make(
            reason, Severity::Error, tr("A line of the message is longer than 998 characters"),
            tr("RFC 5322 (section 2.1.1) limits a line of a message to 998 characters, and "
               "servers refuse or break longer ones, so Postel stopped before sending. %1")
                .arg(detail),
            tr("Let Postel encode the message (compose it, or send the file with --message, "
               "which uses quoted-printable or base64), or wrap the long lines.")));
    } else if (reason == QLatin1String("nul-byte")) {
        out.append(Finding::make(
            reason, Severity::Error, tr("The message contains a NUL byte"),
            tr("A byte with the value 0 may not appear in the text of a message (RFC 5322), and "
               "servers drop or refuse such messages, so Postel stopped before sending. %1")
                .arg(detail),
            tr("Send binary content as an attachment (base64), as Postel does when it composes "
               "the message.")));
    } else if (reason == QLatin1String("bare-line-ending")) {
        out.append(Finding::make(
            reason, Severity::Error, tr("The message has a line break that is not CR LF"),
            tr("In SMTP every line ends with CR LF (RFC 5321 section 2.3.8). A lone CR or LF is "
               "read differently by different servers (the trick behind “SMTP smuggling”), so "
               "Postel stopped before sending. %1")
                .arg(detail),
            tr("Convert the line ends to CR LF, or let Postel compose the message.")));
    } else if (reason == QLatin1String("8bit-without-8bitmime")) {
        out.append(Finding::make(
            reason, Severity::Error,
            tr("The message has 8-bit text, but the server does not take 8-bit mail"),
            tr("The message contains bytes above 127 (letters outside ASCII written without an "
               "encoding), and the server does not offer 8BITMIME (RFC 6152), so it might "
               "damage them. Postel stopped before sending. %1")
                .arg(detail),
            tr("Encode the text as quoted-printable or base64 (Postel does when it composes the "
               "message), or use a server that offers 8BITMIME.")));
    } else {
        out.append(Finding::make(reason, Severity::Error, detail, detail,
                                 tr("Change the message or the envelope so that the server can "
                                    "take it.")));
    }
    return true;
}

} // namespace postel
