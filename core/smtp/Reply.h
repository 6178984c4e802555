#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace postel {

// RFC 3463 enhanced status code (class.subject.detail), when the server sent one.
struct EnhancedStatus
{
    int klass = 0;
    int subject = 0;
    int detail = 0;
    bool isValid() const { return klass != 0; }
    QString toString() const;
    bool operator==(const EnhancedStatus &) const = default;
};

// One complete server reply: "250-a\r\n250 b\r\n" -> code 250, lines {"a", "b"}.
struct Reply
{
    int code = 0;
    QList<QByteArray> lines;

    // smtplib joins the lines of a multi-line reply with "\n".
    QByteArray text() const;
    // The enhanced status code found at the start of the first line, if any.
    EnhancedStatus enhancedStatus() const;
    bool isPositive() const { return code >= 200 && code < 400; }
    bool isValid() const { return code >= 100; }
};

} // namespace postel
