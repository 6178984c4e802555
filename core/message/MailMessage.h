#pragma once

#include "AddressList.h"
#include "EnvelopeRules.h"
#include "MailAddress.h"
#include "MailAttachment.h"
#include "SerialiseOptions.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

class QIODevice;

namespace postel {

// A header Postel has no field for (X-Mailer, In-Reply-To, Resent-*, List-*, ...), in the
// order it appears. The value is unfolded and decoded (RFC 2047) text.
struct MailHeader
{
    QByteArray name;
    QString value;
    bool operator==(const MailHeader &) const = default;
};

// A mail message as a Qt value type (implicitly copyable, no GMime type visible).
//
// Thread-safety: a MailMessage is a plain value: distinct objects may be used from any
// threads at once; one object may be read (serialise, parse into another, envelope...)
// from several threads at once but not written while read. serialise(), parse(), load()
// and save() are safe to call from QtConcurrent or a worker QThread (GMime is initialised
// once, thread-safely, on first use); run them there for big attachments.
class MailMessage
{
public:
    MailMessage() = default;

    // --- originator and recipients ---------------------------------------------------
    MailAddressList from() const { return m_from; }
    void setFrom(const MailAddressList &from) { m_from = from; }
    void setFrom(const MailAddress &from) { m_from = {from}; }
    // Sender: only needed when From has several mailboxes or someone sends for another.
    MailAddress sender() const { return m_sender; }
    void setSender(const MailAddress &sender) { m_sender = sender; }
    MailAddressList replyTo() const { return m_replyTo; }
    void setReplyTo(const MailAddressList &list) { m_replyTo = list; }
    MailAddressList to() const { return m_to; }
    void setTo(const MailAddressList &list) { m_to = list; }
    MailAddressList cc() const { return m_cc; }
    void setCc(const MailAddressList &list) { m_cc = list; }
    // Bcc: used for the envelope only, never transmitted (see SerialiseOptions).
    MailAddressList bcc() const { return m_bcc; }
    void setBcc(const MailAddressList &list) { m_bcc = list; }

    // --- content ---------------------------------------------------------------------
    QString subject() const { return m_subject; }
    void setSubject(const QString &subject) { m_subject = subject; }
    // The plain text body (always present, may be empty). Line ends: "\n".
    QString textBody() const { return m_textBody; }
    void setTextBody(const QString &text) { m_textBody = text; }
    // An optional HTML alternative (multipart/alternative); empty: none.
    QString htmlBody() const { return m_htmlBody; }
    void setHtmlBody(const QString &html) { m_htmlBody = html; }
    QList<MailAttachment> attachments() const { return m_attachments; }
    void setAttachments(const QList<MailAttachment> &list) { m_attachments = list; }
    void addAttachment(const MailAttachment &attachment) { m_attachments.append(attachment); }

    // --- identity --------------------------------------------------------------------
    // Invalid: set to now when serialised (see ensureDateAndMessageId()).
    QDateTime date() const { return m_date; }
    void setDate(const QDateTime &date) { m_date = date; }
    // Without <>. Empty: generated when serialised.
    QString messageId() const { return m_messageId; }
    void setMessageId(const QString &id) { m_messageId = id; }
    // Fills in a missing Date (now) and Message-ID (unique, on the sender's domain), so
    // that every later serialisation gives the same headers. Call before sending/saving.
    void ensureDateAndMessageId();
    // "<random>@<domain>" without <>; domain from the address, "localhost" if none.
    static QString generateMessageId(const QString &senderAddress);

    // --- other headers ---------------------------------------------------------------
    // Every header that has no field above, in order (Resent-*, In-Reply-To, X-...).
    QList<MailHeader> extraHeaders() const { return m_extraHeaders; }
    void setExtraHeaders(const QList<MailHeader> &headers) { m_extraHeaders = headers; }
    void addHeader(const QByteArray &name, const QString &value)
    {
        m_extraHeaders.append({name, value});
    }
    // Values of the extra headers with this name (case-insensitive), in order.
    QStringList headerValues(const QByteArray &name) const;
    void removeHeaders(const QByteArray &name);

    // --- writing and reading (MessageWriter, MessageReader) ----------------------------
    // RFC 5322/MIME bytes. On error (unreadable attachment, non-ASCII address without
    // smtpUtf8, ...) returns an empty array and sets *error.
    QByteArray serialise(const SerialiseOptions &options = {}, QString *error = nullptr) const;
    // The same, written to an open device as it is produced: memory stays bounded however
    // big the attachments are (they are streamed from their files).
    bool serialise(QIODevice *out, const SerialiseOptions &options = {},
                   QString *error = nullptr) const;
    // Reads a message (LF or CRLF). nullopt and *error when it is not a message.
    // Multipart structure is mapped to text body, HTML alternative and attachments.
    static std::optional<MailMessage> parse(const QByteArray &bytes, QString *error = nullptr);
    static std::optional<MailMessage> load(const QString &path, QString *error = nullptr);
    // Writes an .eml (SerialiseOptions defaults: Bcc kept, 8-bit, CRLF).
    bool save(const QString &path, QString *error = nullptr,
              const SerialiseOptions &options = {}) const;

    // --- envelope (send_message; EnvelopeRules) ---------------------------------------
    // smtplib's send_message rules. Error (nullopt) for several Resent-* blocks or a
    // header address that cannot be read, or read unambiguously.
    std::optional<MailEnvelope> envelope(QString *error = nullptr) const;
    // Convenience: envelope()->sender / ->recipients; empty on error.
    QString envelopeSender(QString *error = nullptr) const;
    QStringList envelopeRecipients(QString *error = nullptr) const;
    // Number of Resent-* blocks (0, 1, or more: ambiguous).
    int resentBlockCount() const;
    // Any non-ASCII address in any address header (needs SMTPUTF8 to send as is).
    bool hasNonAsciiAddress() const;

    bool operator==(const MailMessage &) const = default;

private:
    MailAddressList m_from;
    MailAddress m_sender;
    MailAddressList m_replyTo, m_to, m_cc, m_bcc;
    QString m_subject;
    QString m_textBody;
    QString m_htmlBody;
    QList<MailAttachment> m_attachments;
    QDateTime m_date;
    QString m_messageId;
    QList<MailHeader> m_extraHeaders;
};

} // namespace postel

Q_DECLARE_METATYPE(postel::MailMessage)
