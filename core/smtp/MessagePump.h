#pragma once

#include "WireEncoder.h"

#include <QByteArray>
#include <QIODevice>
#include <memory>

namespace postel {

class SmtpOperation;

// Streams one message onto the wire for DATA or BDAT: reads the source in slices,
// CRLF-normalises (and for DATA dot-stuffs) it, and keeps no more than a high-water mark
// pending in the socket, so that a 50 MB attachment never sits in memory whole. For BDAT
// it cuts the stream into chunks, each announced with its own BDAT line. Everything goes
// through the session's Wire, which is the one place the transcript hears.
class MessagePump
{
public:
    // What the pump needs of the session.
    class Wire
    {
    public:
        virtual ~Wire() = default;
        // A command line for `op` (BDAT n [LAST]); its reply comes to op.
        virtual bool writeCommand(SmtpOperation *op, const QByteArray &line) = 0;
        // The end of DATA: the "." line (the operation then expects the reply).
        virtual void writeEndOfData() = 0;
        virtual void writePayload(const char *data, qsizetype size) = 0;
        // Bytes handed to the socket and not yet on the wire.
        virtual qint64 pendingWrite() const = 0;
        virtual bool wireEncrypted() const = 0;
        // Progress on our side: the command's clock starts again.
        virtual void progressMade() = 0;
        virtual void progress(SmtpOperation *op, qint64 sent, qint64 total) = 0;
        // The stream ended: the message is written (or stopped as asked).
        virtual void streamEnded(SmtpOperation *op) = 0;
    };

    struct Options
    {
        bool dotStuffing = true; // DATA; false for BDAT
        qint64 chunkLimit = -1;  // BDAT: wire bytes per chunk (> 0)
        bool paced = false;      // BDAT without PIPELINING: wait for resume() after each chunk
    };

    explicit MessagePump(Wire &wire);
    ~MessagePump();

    // Starts streaming `source` (the pump takes ownership) for `op`.
    void start(SmtpOperation *op, QIODevice *source, const Options &options);
    // The socket wrote something: go on.
    void pump();
    // BDAT: send no more chunks. True if the stream ended now; false if an announced chunk
    // is still being written (streamEnded() follows once it is: RFC 3030 needs its bytes).
    bool stop(SmtpOperation *op);
    // BDAT, paced: the reply to the last chunk came; the next one may go.
    bool isWaiting() const { return m_chunkWaiting; }
    void resume() { m_chunkWaiting = false; }
    // Forget the stream of `op` (it finished, or the connection went).
    void release(SmtpOperation *op);

    SmtpOperation *operation() const { return m_op; }
    bool isActive() const { return m_op && !m_done; }
    int chunksSent() const { return m_chunksSent; }
    bool lastChunkSent() const { return m_lastChunkSent; }

private:
    void pumpData();
    void pumpChunks();
    void end();
    qint64 readSource(qint64 max, const char *&data);

    Wire &m_wire;
    std::unique_ptr<QIODevice> m_source;
    SmtpOperation *m_op = nullptr;
    WireEncoder m_encoder;
    qint64 m_streamed = 0;
    qint64 m_total = -1;
    bool m_done = false;
    QByteArray m_rawBuf;  // reused: no allocation per slice
    QByteArray m_wireBuf; // DATA: encoded bytes; BDAT: the chunk being built
    qint64 m_chunkLimit = -1;
    bool m_paced = false;
    bool m_chunkWaiting = false;
    bool m_stopChunks = false;
    bool m_lastChunkSent = false;
    int m_chunksSent = 0;
    qsizetype m_chunkOffset = 0; // bytes of m_wireBuf (the announced chunk) handed over
    bool m_chunkIsLast = false;
    char m_lastWireByte = '\n';
};

} // namespace postel
