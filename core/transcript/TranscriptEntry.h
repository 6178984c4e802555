#pragma once

#include "../smtp/Reply.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>

namespace postel {

// One thing that happened in a session, as the session saw it: a command line sent, a
// reply received (all its lines, parsed), message bytes written, the TLS handshake done,
// or a note of the session's own. The session makes these (SmtpSession::entry()); the
// transcript, the GUI's views and postel-cli only consume them, through TranscriptFormat.
struct TranscriptEntry
{
    enum Direction
    {
        Client,   // a command line sent (BDAT chunks and the final "." included)
        Server,   // a complete reply
        TlsStart, // the handshake is done (SmtpSession::tlsInfo() says what it established)
        Info,     // the session's own note (connecting, discarded bytes, …)
        Error,    // an operation failed (the error, described)
        Data      // message bytes written during DATA or BDAT (one entry per run of them)
    };
    QDateTime time;
    Direction direction = Info;
    // Client: the line without CRLF. Server: the reply as sent, its lines joined with CRLF
    // ("250-a\r\n250 b"). Info, Error, TlsStart: the text, UTF-8.
    QByteArray bytes;
    Reply reply;               // Server: the parsed reply
    int code = 0;              // Server: reply.code
    qsizetype secretFrom = -1; // Client: where a credential starts (masked from there on)
    // Server: milliseconds since the command it answers was written (the greeting: since
    // the connection, or its TLS handshake for implicit TLS, was established).
    qint64 elapsedMs = -1;
    qint64 dataBytes = 0;   // Data: message bytes written
    bool encrypted = false; // sent or received under TLS
    // Client: the command's verb ("EHLO", "MAIL", "BDAT", "." for the end of data, "AUTH"
    // for an answer to a SASL challenge). Server: the verb of the command the reply answers
    // (empty for the greeting and for a reply nothing asked for).
    QByteArray verb;

    bool isReply() const { return direction == Server; }
    bool isCommand() const { return direction == Client; }
};

} // namespace postel

Q_DECLARE_METATYPE(postel::TranscriptEntry)
