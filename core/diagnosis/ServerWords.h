#pragma once

#include "smtp/Reply.h"

#include <QCoreApplication>
#include <QString>
#include <initializer_list>

namespace postel {

// How the failure doctor reads and quotes what a server said. The server's words are
// quoted as sent (lines joined by a space) but escaped: control and bidirectional-formatting
// characters never reach a terminal or a label raw (TranscriptFormat::escaped).
class ServerWords
{
    Q_DECLARE_TR_FUNCTIONS(postel::ServerWords)
public:
    static Reply reply(int code, const QByteArray &text);
    // 550 5.1.1 No such user — the code and the text, escaped, unquoted.
    static QString plain(const Reply &reply);
    // The same in quotation marks (“…” in English, „…” in Polish).
    static QString quote(const Reply &reply);
    static QString quote(const QString &text);
    // Case-insensitive: the reply's text contains one of these.
    static bool contains(const Reply &reply, std::initializer_list<const char *> needles);
    static bool hasStatus(const Reply &reply, int klass, int subject, int detail);
    // The blocklist a refusal names ("Spamhaus", "Barracuda", "SpamCop", …), or "".
    static QString blocklist(const Reply &reply);
    // The refusal names a blocklist, known by name or not ("blocked using …", "DNSBL").
    static bool mentionsBlocklist(const Reply &reply);
    // A delay the text asks for ("try again in 300 seconds", "Greylisted for 5 minutes"),
    // in seconds; -1 when it names none.
    static int retryAfterSeconds(const Reply &reply);
    // "5 minutes", "30 seconds", "2 hours" (translated, with plural forms).
    static QString duration(int seconds);
    // How a command is named for people: "MAIL FROM", "RCPT TO", "the end of the message".
    static QString command(const QByteArray &verb);
    // "1.5 MB", "300 kB", "812 bytes".
    static QString size(qint64 bytes);
};

} // namespace postel
