#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace postel {

class MailMessage;

// Reads an RFC 5322/MIME message (LF or CRLF; an mbox "From " line first is tolerated).
// Multipart structure is mapped to text body, HTML alternative and attachments; headers
// without a field of their own become extra headers. Usable on any thread.
//
// What is not a message (junk, binary data, a broken multipart) is an error naming the line,
// and so is an address header that could be read as other addresses than it seems to hold
// ("To: alice@example.org)<bob@example.org>", the class of CVE-2023-27043): Postel refuses
// it rather than let GMime pick one.
class MessageReader
{
public:
    static std::optional<MailMessage> read(const QByteArray &bytes, QString *error = nullptr);
    static std::optional<MailMessage> load(const QString &path, QString *error = nullptr);
};

} // namespace postel
