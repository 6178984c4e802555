#pragma once

// Private to core/message: which header fields the writer, the reader and the envelope
// rules treat specially. Names compare case-insensitively.

#include <QByteArray>

namespace postel {

class HeaderNames
{
public:
    // Fields MailMessage keeps in its own members, or that describe the MIME structure it
    // builds itself: never taken from or written as extra headers.
    static bool isStructural(const QByteArray &name);
    // Resent-From, -Sender, -To, -Cc, -Bcc, -Reply-To.
    static bool isResentAddress(const QByteArray &name);
    // Every field that holds addresses: From, Sender, Reply-To, To, Cc, Bcc and Resent-*.
    static bool isAddress(const QByteArray &name);
    // Bcc and Resent-Bcc: never transmitted.
    static bool isBcc(const QByteArray &name);
};

} // namespace postel
