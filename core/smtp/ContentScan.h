#pragma once

#include <QByteArray>
#include <QtGlobal>

class QIODevice;

namespace postel {

// What a message's bytes ask of the wire (pure, incremental): the first line with a NUL
// byte, the first line longer than 998 octets (RFC 5321 §4.5.3.1.6) and the first line with
// 8-bit bytes. Lines are numbered from 1; CR LF, a lone CR and a lone LF each end a line
// (the session sends each as CR LF).
class ContentScan
{
public:
    static constexpr qint64 MaxLineOctets = 998;

    void feed(const char *data, qint64 size);
    void feed(const QByteArray &bytes) { feed(bytes.constData(), bytes.size()); }
    // Ends the last line (call once, after the last feed()).
    void finish();

    // Scans a seekable device from its position and puts it back; false if it cannot.
    static bool scan(QIODevice *device, ContentScan *out);

    qint64 nulLine() const { return m_nulLine; }
    qint64 longLine() const { return m_longLine; }
    qint64 longLineOctets() const { return m_longLineOctets; }
    qint64 eightBitLine() const { return m_eightBitLine; }

private:
    void endLine();

    qint64 m_line = 1;
    qint64 m_length = 0;
    bool m_prevCr = false;
    qint64 m_nulLine = 0;
    qint64 m_longLine = 0;
    qint64 m_longLineOctets = 0;
    qint64 m_eightBitLine = 0;
};

} // namespace postel
