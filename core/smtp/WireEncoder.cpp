#include "WireEncoder.h"

namespace postel {

void WireEncoder::encode(const char *data, qsizetype size, QByteArray &out)
{
    out.reserve(out.size() + size + size / 64 + 4);
    if (size > 0)
        m_empty = false;
    qsizetype runStart = 0;
    auto flush = [&](qsizetype end) {
        if (end > runStart)
            out.append(data + runStart, end - runStart);
    };
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (m_pendingCr) {
            m_pendingCr = false;
            if (c == '\n') {
                // CR LF: the CR was already written as CRLF; swallow this LF.
                runStart = i + 1;
                continue;
            }
        }
        if (c == '\r') {
            flush(i);
            out.append("\r\n", 2);
            m_pendingCr = true;
            m_atLineStart = true;
            runStart = i + 1;
            continue;
        }
        if (c == '\n') {
            flush(i);
            out.append("\r\n", 2);
            m_atLineStart = true;
            runStart = i + 1;
            continue;
        }
        if (m_atLineStart) {
            m_atLineStart = false;
            if (c == '.' && m_dotStuffing) {
                flush(i);
                out.append('.');
                runStart = i; // the dot itself is written with the run
            }
        }
    }
    flush(size);
}

QByteArray WireEncoder::finish()
{
    if (!m_dotStuffing)
        return {};
    QByteArray out;
    if (!m_atLineStart || m_empty)
        out.append("\r\n", 2);
    out.append(".\r\n", 3);
    return out;
}

qint64 WireEncoder::normalisedSize(const char *data, qsizetype size, bool &pendingCr)
{
    qint64 n = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (pendingCr) {
            pendingCr = false;
            if (c == '\n')
                continue;
        }
        if (c == '\r') {
            n += 2;
            pendingCr = true;
        } else if (c == '\n') {
            n += 2;
        } else {
            ++n;
        }
    }
    return n;
}

} // namespace postel
