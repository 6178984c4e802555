#pragma once

#include <QByteArray>

namespace postel {

// Turns message bytes into DATA wire bytes on the fly, chunk by chunk: lone CR and lone LF
// become CRLF, and a dot at the start of any line (the first included) is doubled.
// Pure and incremental: the output never depends on where the input was split.
class WireEncoder
{
public:
    // Appends the wire form of `chunk` to `out`.
    void encode(const char *data, qsizetype size, QByteArray &out);
    void encode(const QByteArray &chunk, QByteArray &out)
    {
        encode(chunk.constData(), chunk.size(), out);
    }
    // The end of data: a CRLF if the message did not end with one (an empty message gets
    // one too, as in smtplib's data()), then ".\r\n".
    QByteArray finish();
    // The first half of finish(): the CRLF that ends the last line, if it needs one. The
    // terminating "." line is then a command of its own (the transcript shows it).
    QByteArray closeLastLine() const;
    // For BDAT, which needs no dot-stuffing or terminator: only CRLF normalisation.
    void setDotStuffing(bool on) { m_dotStuffing = on; }
    // Bytes of message the caller would send with SIZE=: the CRLF-normalised length.
    static qint64 normalisedSize(const char *data, qsizetype size, bool &pendingCr);

private:
    bool m_atLineStart = true;
    bool m_empty = true;      // nothing encoded yet
    bool m_pendingCr = false; // the last byte seen was CR; its LF may be in the next chunk
    bool m_dotStuffing = true;
};

} // namespace postel
