// SandboxConnection, part 3: the message receiver -- DATA with dot-unstuffing and the line
// limit, BDAT chunks (CHUNKING), the size limit, and keeping the message in the mailbox.
#include "SandboxConnection.h"
#include "SandboxServer.h"

#include <QSslSocket>

namespace postel {

void SandboxConnection::cmdData(const QByteArray &arg)
{
    if (!arg.isEmpty()) {
        replyError(501, "5.5.4", "Syntax: DATA");
        return;
    }
    if (!m_inTransaction) {
        replyError(503, "5.5.1", "Error: need MAIL command");
        return;
    }
    if (m_envelope.recipients.isEmpty()) {
        // RFC 2920 3.1: a pipelined DATA after refused recipients.
        replyError(554, "5.5.1", "Error: no valid recipients");
        return;
    }
    if (m_usedBdat) {
        replyError(503, "5.5.1", "Error: DATA after BDAT");
        return;
    }
    m_mode = Mode::Data;
    m_message.clear();
    m_messageSize = 0;
    m_inDataLine = false;
    m_dataLineLength = 0;
    reply(354, nullptr, "End data with <CR><LF>.<CR><LF>");
}

void SandboxConnection::processData()
{
    const qint64 lineLimit = m_b.maxDataLineLength > 0 ? m_b.maxDataLineLength : -1;
    // Without a line limit, a long unfinished line is taken in pieces of this size.
    constexpr qsizetype Piece = 16 * 1024;
    while (m_mode == Mode::Data) {
        const qsizetype crlf = m_in.indexOf("\r\n", m_pos);
        // RFC 5321 4.5.2: a dot that begins a line was added for transparency.
        const auto stuffed = [&](qsizetype len) {
            return (!m_inDataLine && len > 0 && m_in.at(m_pos) == '.') ? 1 : 0;
        };
        if (crlf < 0) {
            // An unfinished line: wait for its end while it is short; otherwise take what
            // there is (thrown away when the line is too long), so that memory stays flat.
            qsizetype avail = m_in.size() - m_pos;
            if (avail > 0 && m_in.endsWith('\r'))
                --avail; // the CR of the coming CRLF
            const qsizetype skip = stuffed(avail);
            if (lineLimit > 0 && m_dataLineLength + avail - skip + 2 > lineLimit) {
                m_lineTooLong = true;
                m_message.clear(); // refused after the final dot anyway
            } else if (avail < Piece) {
                return;
            } else {
                m_messageSize += avail - skip;
                if (m_b.sizeLimit > 0 && m_messageSize > m_b.sizeLimit)
                    m_tooBig = true;
                if (m_tooBig || m_lineTooLong)
                    m_message.clear();
                else
                    m_message.append(m_in.constData() + m_pos + skip, avail - skip);
            }
            m_dataLineLength += avail - skip;
            m_inDataLine = m_inDataLine || avail > 0;
            m_pos += avail;
            return;
        }
        const qsizetype len = crlf - m_pos;
        if (!m_inDataLine && len == 1 && m_in.at(m_pos) == '.') {
            m_pos = crlf + 2;
            m_mode = Mode::Command;
            finishMessage();
            return;
        }
        const qsizetype skip = stuffed(len);
        // RFC 5321 4.5.3.1.6: 1000 octets with the CRLF, not counting that dot.
        if (lineLimit > 0 && m_dataLineLength + len - skip + 2 > lineLimit)
            m_lineTooLong = true;
        m_messageSize += len - skip + 2;
        if (m_b.sizeLimit > 0 && m_messageSize > m_b.sizeLimit)
            m_tooBig = true;
        if (m_tooBig || m_lineTooLong)
            m_message.clear(); // rejected anyway; keep memory flat
        else
            m_message.append(m_in.constData() + m_pos + skip, len - skip + 2);
        m_inDataLine = false;
        m_dataLineLength = 0;
        m_pos = crlf + 2;
    }
}

void SandboxConnection::cmdBdat(const QByteArray &arg)
{
    const QList<QByteArray> parts = arg.simplified().split(' ');
    bool ok = false;
    const qint64 size = parts.value(0).toLongLong(&ok);
    if (arg.isEmpty() || !ok || size < 0 || parts.size() > 2 ||
        (parts.size() == 2 && parts.at(1).toUpper() != "LAST")) {
        replyError(501, "5.5.4", "Syntax: BDAT size [LAST]");
        return;
    }
    m_bdatRemaining = size;
    m_bdatLast = parts.size() == 2;
    m_bdatError.clear();
    if (!m_b.advertises(QStringLiteral("CHUNKING"))) {
        m_bdatErrorCode = 502;
        m_bdatErrorEnhanced = "5.5.1";
        m_bdatError = "Error: BDAT is not offered";
    } else if (m_b.requireTls && !m_tls) {
        m_bdatErrorCode = 530;
        m_bdatErrorEnhanced = "5.7.0";
        m_bdatError = "Must issue a STARTTLS command first";
    } else if (!m_inTransaction) {
        m_bdatErrorCode = 503;
        m_bdatErrorEnhanced = "5.5.1";
        m_bdatError = "Error: need MAIL command";
    } else if (m_envelope.recipients.isEmpty()) {
        m_bdatErrorCode = 554;
        m_bdatErrorEnhanced = "5.5.1";
        m_bdatError = "Error: no valid recipients";
    }
    if (m_bdatError.isEmpty() && !m_usedBdat) {
        m_usedBdat = true;
        m_message.clear();
        m_messageSize = 0;
    }
    m_mode = Mode::Bdat;
    if (m_bdatRemaining == 0)
        bdatChunkDone();
}

void SandboxConnection::processBdat()
{
    const qint64 n = qMin<qint64>(m_bdatRemaining, m_in.size() - m_pos);
    if (n <= 0)
        return;
    if (m_bdatError.isEmpty()) {
        m_messageSize += n;
        if (m_b.sizeLimit > 0 && m_messageSize > m_b.sizeLimit)
            m_tooBig = true;
        if (m_tooBig)
            m_message.clear();
        else
            m_message.append(m_in.constData() + m_pos, n);
    }
    m_pos += n;
    m_bdatRemaining -= n;
    if (m_bdatRemaining == 0)
        bdatChunkDone();
}

void SandboxConnection::bdatChunkDone()
{
    m_mode = Mode::Command;
    if (!m_bdatError.isEmpty()) {
        replyError(m_bdatErrorCode, m_bdatErrorEnhanced, m_bdatError);
        m_bdatError.clear();
        return;
    }
    auto done = [this] {
        if (m_tooBig) {
            reply(552, "5.3.4", "Error: message size exceeds fixed limit");
            resetTransaction();
            return;
        }
        if (m_bdatLast) {
            finishMessage();
            return;
        }
        reply(250, "2.0.0", QByteArray::number(m_messageSize) + " octets received");
    };
    // The Data step happens once per transaction, when the first chunk is answered.
    if (!m_bdatGated) {
        m_bdatGated = true;
        gate(SandboxStep::Data, std::move(done));
        return;
    }
    done();
}

void SandboxConnection::finishMessage()
{
    if (m_lineTooLong) {
        reply(500, "5.5.2",
              "Error: line too long (the limit is " + QByteArray::number(m_b.maxDataLineLength) +
                  " octets with CRLF)");
        resetTransaction();
        return;
    }
    if (m_tooBig) {
        reply(552, "5.3.4", "Error: message size exceeds fixed limit");
        resetTransaction();
        return;
    }
    gate(SandboxStep::EndOfData, [this] { storeMessage(); });
}

void SandboxConnection::storeMessage()
{
    m_envelope.helo = m_helo;
    m_envelope.protocol = protocolName();
    m_envelope.tls = m_tls;
    m_envelope.authUser = m_authUser;
    m_envelope.peer = m_socket->peerAddress().toString() + QLatin1Char(':') +
                      QString::number(m_socket->peerPort());
    m_envelope.received = QDateTime::currentDateTimeUtc();
    m_turnCommands += MessageCost;
    const QString id = m_server->storeMessage(m_envelope, m_message);
    const QStringList recipients = m_envelope.recipients;
    resetTransaction();
    const int replies = m_lmtp ? int(recipients.size()) : 1;
    for (int i = 0; i < replies; ++i) {
        if (id.isEmpty())
            reply(451, "4.3.0", "Error: the sandbox could not store the message");
        else
            reply(250, "2.0.0", "Ok: queued as " + id.toLatin1());
    }
}

} // namespace postel
