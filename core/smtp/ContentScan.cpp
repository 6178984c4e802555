#include "ContentScan.h"

#include <QBuffer>
#include <QIODevice>

namespace postel {

void ContentScan::endLine()
{
    if (m_length > MaxLineOctets && !m_longLine) {
        m_longLine = m_line;
        m_longLineOctets = m_length;
    }
    ++m_line;
    m_length = 0;
}

void ContentScan::feed(const char *data, qint64 size)
{
    for (qint64 i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c == '\r') {
            endLine();
            m_prevCr = true;
            continue;
        }
        if (c == '\n') {
            if (!m_prevCr)
                endLine();
            m_prevCr = false;
            continue;
        }
        m_prevCr = false;
        ++m_length;
        if (c == 0 && !m_nulLine)
            m_nulLine = m_line;
        else if (c >= 0x80 && !m_eightBitLine)
            m_eightBitLine = m_line;
    }
}

void ContentScan::finish()
{
    if (m_length > 0)
        endLine(); // an unterminated last line
}

bool ContentScan::scan(QIODevice *device, ContentScan *out)
{
    if (!device || device->isSequential())
        return false;
    const qint64 pos = device->pos();
    if (auto *buffer = qobject_cast<QBuffer *>(device)) {
        const QByteArray &data = buffer->data();
        out->feed(data.constData() + pos, data.size() - pos);
    } else {
        QByteArray chunk(256 * 1024, Qt::Uninitialized);
        qint64 n = 0;
        while ((n = device->read(chunk.data(), chunk.size())) > 0)
            out->feed(chunk.constData(), n);
        device->seek(pos);
    }
    out->finish();
    return true;
}

} // namespace postel
