#include "WireEncoder.h"

#include <cstring>

namespace postel {

void WireEncoder::encode(const char *data, qsizetype size, QByteArray &out)
{
    if (size <= 0)
        return;
    m_empty = false;
    // Written through a pointer into room for the worst case (every byte a bare line break
    // or a dot to double: at most twice the input), then trimmed: no append per line.
    const qsizetype base = out.size();
    out.resize(base + 2 * size + 2);
    char *const start = out.data() + base;
    char *dst = start;
    // memchr finds the line breaks; the next CR and LF are remembered so that text using
    // only one of the two is still scanned once.
    qsizetype nextLf = -1, nextCr = -1;
    qsizetype i = 0;
    while (i < size) {
        if (m_pendingCr) {
            m_pendingCr = false;
            if (data[i] == '\n') {
                // CR LF: the CR was already written as CRLF; swallow this LF.
                ++i;
                continue;
            }
        }
        if (m_atLineStart) {
            m_atLineStart = false;
            if (data[i] == '.' && m_dotStuffing)
                *dst++ = '.'; // the dot itself is written with the run
        }
        if (nextLf < i) {
            const void *p = std::memchr(data + i, '\n', size_t(size - i));
            nextLf = p ? static_cast<const char *>(p) - data : size;
        }
        if (nextCr < i) {
            const void *p = std::memchr(data + i, '\r', size_t(qMin(nextLf, size) - i));
            // Not found before the LF: look again only once past that LF.
            nextCr = p ? static_cast<const char *>(p) - data : nextLf;
            if (!p && nextLf == size)
                nextCr = size;
        }
        const qsizetype end = qMin(nextLf, nextCr);
        std::memcpy(dst, data + i, size_t(end - i));
        dst += end - i;
        if (end >= size)
            break;
        *dst++ = '\r';
        *dst++ = '\n';
        m_atLineStart = true;
        m_pendingCr = data[end] == '\r';
        i = end + 1;
    }
    out.resize(base + (dst - start));
}

QByteArray WireEncoder::closeLastLine() const
{
    if (!m_dotStuffing || (m_atLineStart && !m_empty))
        return {};
    return QByteArray("\r\n", 2);
}

QByteArray WireEncoder::finish()
{
    if (!m_dotStuffing)
        return {};
    return closeLastLine() + QByteArray(".\r\n", 3);
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
