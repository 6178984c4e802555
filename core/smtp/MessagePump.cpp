#include "MessagePump.h"

#include <QBuffer>

namespace postel {

namespace {
constexpr qint64 StreamChunk = 256 * 1024;
constexpr qint64 StreamHighWater = 1024 * 1024;
// Under TLS every buffer on the way (QSslSocket's, OpenSSL's memory BIO, the copy between
// them, the TCP socket's) grows to what is pending. Kept under glibc's mmap threshold
// (128 KiB) they are recycled heap memory; at 1 MiB each was fresh mmap'd pages, about
// 25 000 page faults per 50 MB sent, and half the throughput (bench/README.md, B2).
constexpr qint64 TlsStreamSlice = 32 * 1024;
constexpr qint64 TlsStreamHighWater = 64 * 1024;
} // namespace

MessagePump::MessagePump(Wire &wire) : m_wire(wire) {}

MessagePump::~MessagePump() = default;

void MessagePump::start(SmtpOperation *op, QIODevice *source, const Options &options)
{
    m_source.reset(source);
    m_op = op;
    m_encoder = WireEncoder();
    m_encoder.setDotStuffing(options.dotStuffing && options.chunkLimit <= 0);
    m_streamed = 0;
    m_total = source->isSequential() ? -1 : source->size();
    m_done = false;
    m_chunkLimit = options.chunkLimit;
    m_paced = options.paced;
    m_chunkWaiting = false;
    m_stopChunks = false;
    m_lastChunkSent = false;
    m_chunksSent = 0;
    m_chunkOffset = 0;
    m_chunkIsLast = false;
    m_lastWireByte = 0; // an empty message still ends with a line break, as smtplib's
    if (m_rawBuf.size() != StreamChunk)
        m_rawBuf.resize(StreamChunk);
    m_wireBuf.resize(0);
    if (options.chunkLimit > 0)
        m_wireBuf.reserve(options.chunkLimit + 2 * StreamChunk + 2);
    pump();
}

void MessagePump::release(SmtpOperation *op)
{
    if (m_op != op)
        return;
    m_op = nullptr;
    m_source.reset();
}

qint64 MessagePump::readSource(qint64 max, const char *&data)
{
    // A message in memory is encoded where it lies, without a copy into m_rawBuf.
    if (auto *buffer = qobject_cast<QBuffer *>(m_source.get())) {
        const QByteArray &bytes = buffer->data();
        const qint64 pos = buffer->pos();
        const qint64 n = qMin(max, qint64(bytes.size()) - pos);
        if (n <= 0)
            return 0;
        data = bytes.constData() + pos;
        buffer->seek(pos + n);
        return n;
    }
    data = m_rawBuf.constData();
    return m_source->read(m_rawBuf.data(), qMin(max, qint64(m_rawBuf.size())));
}

void MessagePump::end()
{
    m_done = true;
    m_source.reset();
    SmtpOperation *op = m_op;
    m_op = nullptr;
    if (op)
        m_wire.streamEnded(op);
}

void MessagePump::pump()
{
    if (!m_op || !m_source || m_done)
        return;
    if (m_chunkLimit > 0)
        pumpChunks();
    else
        pumpData();
}

void MessagePump::pumpData()
{
    const bool tls = m_wire.wireEncrypted();
    const qint64 highWater = tls ? TlsStreamHighWater : StreamHighWater;
    while (m_wire.pendingWrite() < highWater) {
        const char *raw = nullptr;
        const qint64 n = readSource(tls ? TlsStreamSlice : m_rawBuf.size(), raw);
        if (n > 0) {
            m_wireBuf.resize(0); // keeps its capacity
            m_encoder.encode(raw, n, m_wireBuf);
            m_wire.writePayload(m_wireBuf.constData(), m_wireBuf.size());
            m_streamed += n;
            m_wire.progress(m_op, m_streamed, m_total);
            m_wire.progressMade();
            continue;
        }
        if (n < 0 || m_source->atEnd() || !m_source->isSequential()) {
            const QByteArray tail = m_encoder.closeLastLine();
            if (!tail.isEmpty())
                m_wire.writePayload(tail.constData(), tail.size());
            m_wire.writeEndOfData();
            end();
        }
        return;
    }
}

void MessagePump::pumpChunks()
{
    // One chunk at a time: its wire bytes are built in m_wireBuf (bounded by about
    // m_chunkLimit) and announced with BDAT; then they go to the socket in slices as it
    // drains, so that the socket's own buffers stay small (under TLS there are three).
    const bool tls = m_wire.wireEncrypted();
    const qint64 highWater = tls ? TlsStreamHighWater : StreamHighWater;
    const qint64 slice = tls ? TlsStreamSlice : StreamChunk;
    while (m_wire.pendingWrite() < highWater) {
        if (m_chunkOffset < m_wireBuf.size()) {
            const qsizetype n = qMin<qsizetype>(slice, m_wireBuf.size() - m_chunkOffset);
            m_wire.writePayload(m_wireBuf.constData() + m_chunkOffset, n);
            m_chunkOffset += n;
            m_wire.progressMade();
            if (m_chunkOffset < m_wireBuf.size())
                continue;
            if (m_op)
                m_wire.progress(m_op, m_streamed, m_total);
            if (m_chunkIsLast) {
                m_lastChunkSent = true;
                end();
                return;
            }
            if (m_paced)
                m_chunkWaiting = true;
        }
        if (m_stopChunks) {
            end(); // the operation asked for it and is told now
            return;
        }
        if (m_chunkWaiting)
            return;
        bool atEnd = false;
        m_wireBuf.resize(0);
        m_chunkOffset = 0;
        while (m_wireBuf.size() < m_chunkLimit) {
            const qint64 want = qMin<qint64>(m_rawBuf.size(), m_chunkLimit - m_wireBuf.size());
            const char *raw = nullptr;
            const qint64 n = readSource(want, raw);
            if (n > 0) {
                m_encoder.encode(raw, n, m_wireBuf);
                m_streamed += n;
                continue;
            }
            if (n < 0 || m_source->atEnd() || !m_source->isSequential()) {
                atEnd = true;
                break;
            }
            break; // a sequential source with nothing yet: send what there is
        }
        if (!atEnd && m_wireBuf.size() >= m_chunkLimit && !m_source->isSequential() &&
            m_source->atEnd())
            atEnd = true;
        if (!m_wireBuf.isEmpty())
            m_lastWireByte = m_wireBuf.back();
        // As with DATA, the message ends with a line break.
        if (atEnd && m_lastWireByte != '\n')
            m_wireBuf.append("\r\n", 2);
        if (!atEnd && m_wireBuf.isEmpty())
            return; // wait for the source
        QByteArray line = "BDAT " + QByteArray::number(m_wireBuf.size());
        if (atEnd)
            line += " LAST";
        if (!m_wire.writeCommand(m_op, line))
            return;
        ++m_chunksSent;
        m_chunkIsLast = atEnd;
        if (m_wireBuf.isEmpty() && atEnd) {
            m_lastChunkSent = true; // BDAT 0 LAST
            end();
            return;
        }
    }
}

bool MessagePump::stop(SmtpOperation *op)
{
    // A stream that ended already (and perhaps the next transaction's began) is not touched.
    if (!m_op || m_op != op || m_done || m_chunkLimit <= 0)
        return true;
    if (m_chunkOffset < m_wireBuf.size()) {
        // RFC 3030: the bytes of an announced chunk are sent whatever the reply will be.
        m_stopChunks = true;
        return false;
    }
    // Between chunks: stop now; the operation asked, so it is not told again.
    m_stopChunks = true;
    m_done = true;
    m_chunkWaiting = false;
    m_source.reset();
    m_op = nullptr;
    return true;
}

} // namespace postel
