#pragma once

#include "SerialiseOptions.h"

#include <QString>

class QIODevice;

namespace postel {

class MailMessage;

// Writes a MailMessage as RFC 5322/MIME bytes, as it is produced: memory stays bounded
// however big the attachments are (they are streamed from their files). The body is
// text [| alternative(text, html [| related(html, inline images)])] [| mixed(…, files)].
// Usable on any thread; one writer per message.
class MessageWriter
{
public:
    explicit MessageWriter(const SerialiseOptions &options = {});

    // On error (unreadable attachment, non-ASCII address without smtpUtf8, device full...)
    // returns false and errorString() says why; `out` may then hold part of the message.
    bool write(const MailMessage &message, QIODevice *out);
    QString errorString() const { return m_error; }
    // Whether any part went out as 8bit, so that BODY=8BITMIME must be declared (RFC 6152).
    bool used8bit() const { return m_used8bit; }

private:
    SerialiseOptions m_options;
    QString m_error;
    bool m_used8bit = false;
};

} // namespace postel
