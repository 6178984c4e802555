#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace postel {

class MailMessage;

// The envelope of a message for send_message.
struct MailEnvelope
{
    QString sender;
    QStringList recipients;
    bool fromResentBlock = false;
    // Any non-ASCII address: sending needs SMTPUTF8.
    bool needsSmtpUtf8() const;
};

// smtplib's send_message rules (see SPEC.md): the sender from Sender, else the first From;
// the recipients from To + Bcc + Cc (smtplib's order); a single Resent-* block takes
// precedence. Every envelope address must be one unambiguous address: one that could be
// read as two (CVE-2023-27043's class) is an error naming it, never one of the two.
class EnvelopeRules
{
public:
    // nullopt and *error for several Resent-* blocks or an address that cannot be read.
    static std::optional<MailEnvelope> envelope(const MailMessage &message,
                                                QString *error = nullptr);
    // Number of Resent-* blocks (0, 1, or more: ambiguous).
    static int resentBlockCount(const MailMessage &message);
    // Any non-ASCII address in any address header (needs SMTPUTF8 to send as is).
    static bool hasNonAsciiAddress(const MailMessage &message);
};

} // namespace postel
