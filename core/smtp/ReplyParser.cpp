#include "ReplyParser.h"

#include <QCoreApplication>

namespace postel {

ReplyParser::ReplyParser(qsizetype maxReplySize, int maxLines)
    : m_maxReplySize(maxReplySize), m_maxLines(maxLines)
{}

bool ReplyParser::fail(Error e)
{
    m_error = e;
    m_buffer.clear();
    return false;
}

bool ReplyParser::feed(const QByteArray &bytes)
{
    if (m_error != Error::None)
        return false;
    m_buffer.append(bytes);
    qsizetype start = 0;
    while (true) {
        const qsizetype nl = m_buffer.indexOf('\n', start);
        if (nl < 0)
            break;
        qsizetype end = nl;
        if (end > start && m_buffer.at(end - 1) == '\r')
            --end;
        // smtplib reads _MAXLINE + 1 bytes and fails when the line is longer.
        if (nl + 1 - start > MaxLineLength)
            return fail(Error::LineTooLong);
        if (!consumeLine(m_buffer.mid(start, end - start)))
            return false;
        start = nl + 1;
    }
    m_buffer.remove(0, start);
    if (m_buffer.size() > MaxLineLength)
        return fail(Error::LineTooLong);
    return true;
}

bool ReplyParser::consumeLine(const QByteArray &line)
{
    m_currentSize += line.size() + 2;
    if (m_currentSize > m_maxReplySize)
        return fail(Error::ReplyTooLarge);
    if (line.size() < 3)
        return fail(Error::BadCode);
    int code = 0;
    for (int i = 0; i < 3; ++i) {
        const char c = line.at(i);
        if (c < '0' || c > '9')
            return fail(Error::BadCode);
        code = code * 10 + (c - '0');
    }
    if (code < 100)
        return fail(Error::BadCode);
    // A reply beyond 2yz-5yz (650, 1yz) has no meaning in SMTP: taking it for anything
    // (success above all) would let the server steer the client.
    if (code < 200 || code > 599) {
        m_badCode = code;
        return fail(Error::CodeOutOfRange);
    }
    bool last = true;
    if (line.size() > 3) {
        const char sep = line.at(3);
        if (sep == '-')
            last = false;
        else if (sep != ' ')
            return fail(Error::BadSeparator);
    }
    if (!m_current.lines.isEmpty() && m_current.code != code)
        return fail(Error::MixedCodes);
    m_current.code = code;
    m_current.lines.append(line.size() > 4 ? line.mid(4) : QByteArray());
    if (m_current.lines.size() > m_maxLines)
        return fail(Error::TooManyLines);
    if (last) {
        m_ready.append(std::move(m_current));
        m_current = Reply();
        m_currentSize = 0;
    }
    return true;
}

Reply ReplyParser::takeReply()
{
    return m_ready.isEmpty() ? Reply() : m_ready.takeFirst();
}

QList<Reply> ReplyParser::takeAll()
{
    QList<Reply> out;
    out.swap(m_ready);
    return out;
}

bool ReplyParser::hasPendingBytes() const
{
    return !m_buffer.isEmpty() || !m_current.lines.isEmpty() || !m_ready.isEmpty();
}

void ReplyParser::reset()
{
    m_buffer.clear();
    m_current = Reply();
    m_currentSize = 0;
    m_ready.clear();
    m_error = Error::None;
    m_badCode = 0;
}

QString ReplyParser::errorString() const
{
    switch (m_error) {
    case Error::None:
        return {};
    case Error::LineTooLong:
        return QCoreApplication::translate("postel::ReplyParser",
                                           "The server sent a line longer than %1 bytes.")
            .arg(MaxLineLength);
    case Error::ReplyTooLarge:
        return QCoreApplication::translate("postel::ReplyParser",
                                           "The server sent a reply larger than %1 bytes.")
            .arg(m_maxReplySize);
    case Error::TooManyLines:
        return QCoreApplication::translate("postel::ReplyParser",
                                           "The server sent a reply of more than %n lines.",
                                           nullptr, m_maxLines);
    case Error::BadCode:
        return QCoreApplication::translate(
            "postel::ReplyParser",
            "The server sent a line that does not start with a three-digit reply code.");
    case Error::MixedCodes:
        return QCoreApplication::translate(
            "postel::ReplyParser", "The lines of one server reply carry different reply codes.");
    case Error::CodeOutOfRange:
        return QCoreApplication::translate(
                   "postel::ReplyParser",
                   "The server sent reply code %1; SMTP replies are 2xx to 5xx.")
            .arg(m_badCode);
    case Error::BadSeparator:
        return QCoreApplication::translate(
            "postel::ReplyParser",
            "The server sent a reply line whose code is not followed by a space or a hyphen.");
    }
    return {};
}

} // namespace postel
