#pragma once

// Private to core/message: declarations shared by its .cpp files. No GLib type here either
// (this header is included by code that must not see GMime).

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace postel {

// Translation context for every sentence core/message shows to people.
class MessageText
{
    Q_DECLARE_TR_FUNCTIONS(MailMessage)
};

// g_mime_init(), once per process, thread-safely.
void ensureGMimeInitialised();

bool isAscii(const QString &text);

class MailMessage;
struct SerialiseOptions;
// MailMessage::serialise(), also telling whether any part went out as 8bit (so that
// BODY=8BITMIME must be declared, RFC 6152).
bool serialiseMessageForSending(const MailMessage &message, QIODevice *out,
                                const SerialiseOptions &options, QString *error, bool *used8bit);

} // namespace postel
