#pragma once

#include "Reply.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace postel {

// Pure, incremental: bytes in, complete replies out. Knows nothing of sockets.
class ReplyParser
{
public:
    // smtplib's _MAXLINE.
    static constexpr qsizetype MaxLineLength = 8192;
    static constexpr qsizetype DefaultMaxReplySize = 1024 * 1024;
    static constexpr int DefaultMaxLines = 1000;

    enum class Error
    {
        None,
        LineTooLong,
        ReplyTooLarge,
        TooManyLines,
        BadCode,        // not three digits, or below 100
        MixedCodes,     // lines of one multi-line reply disagree on the code
        BadSeparator,   // the fourth character is neither ' ' nor '-'
        CodeOutOfRange, // three digits, but not 2yz-5yz (RFC 5321 §4.2: 1yz is unused)
    };

    explicit ReplyParser(qsizetype maxReplySize = DefaultMaxReplySize,
                         int maxLines = DefaultMaxLines);

    // Appends bytes; returns false once the stream is broken (see error()).
    bool feed(const QByteArray &bytes);
    bool hasReply() const { return !m_ready.isEmpty(); }
    Reply takeReply();
    QList<Reply> takeAll();

    Error error() const { return m_error; }
    QString errorString() const;
    // Everything not yet returned as a reply: a partial line, a partial reply, queued replies.
    bool hasPendingBytes() const;
    void reset();

private:
    bool fail(Error e);
    bool consumeLine(const QByteArray &line);

    qsizetype m_maxReplySize;
    int m_maxLines;
    QByteArray m_buffer; // unterminated tail
    Reply m_current;     // the reply being assembled
    qsizetype m_currentSize = 0;
    QList<Reply> m_ready;
    Error m_error = Error::None;
    int m_badCode = 0; // for CodeOutOfRange's message
};

} // namespace postel
