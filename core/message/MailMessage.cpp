#include "MailMessage.h"
#include "GMimeSupport.h"
#include "smtp/Capabilities.h"

#include <gmime/gmime.h>

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStringDecoder>
#include <QTimeZone>
#include <QUuid>

#include <fcntl.h>
#include <memory>
#include <mutex>

namespace postel {

// --- GMime plumbing ---------------------------------------------------------------------

namespace {

struct GObjectUnref
{
    void operator()(gpointer p) const
    {
        if (p)
            g_object_unref(p);
    }
};
template <typename T> using GPtr = std::unique_ptr<T, GObjectUnref>;

struct GFree
{
    void operator()(gpointer p) const { g_free(p); }
};
using GString_ = std::unique_ptr<char, GFree>;

struct FormatOptionsFree
{
    void operator()(GMimeFormatOptions *p) const { g_mime_format_options_free(p); }
};
struct ParserOptionsFree
{
    void operator()(GMimeParserOptions *p) const { g_mime_parser_options_free(p); }
};

QString fromUtf8(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

// A GMimeStream writing to (or reading from) a QIODevice, so that GMime's output goes
// straight to a file or socket buffer without an in-memory copy of the whole message.
struct DeviceStream
{
    GMimeStream parent;
    QIODevice *device;
    bool failed;
};
struct DeviceStreamClass
{
    GMimeStreamClass parent;
};

ssize_t deviceStreamRead(GMimeStream *stream, char *buf, size_t len)
{
    auto *self = reinterpret_cast<DeviceStream *>(stream);
    const qint64 n = self->device->read(buf, qint64(len));
    if (n > 0)
        stream->position += n;
    return ssize_t(n);
}

ssize_t deviceStreamWrite(GMimeStream *stream, const char *buf, size_t len)
{
    auto *self = reinterpret_cast<DeviceStream *>(stream);
    const qint64 n = self->device->write(buf, qint64(len));
    if (n != qint64(len)) {
        self->failed = true;
        return -1;
    }
    stream->position += n;
    return ssize_t(n);
}

int deviceStreamFlush(GMimeStream *)
{
    return 0;
}
int deviceStreamClose(GMimeStream *)
{
    return 0;
}
gboolean deviceStreamEos(GMimeStream *stream)
{
    return reinterpret_cast<DeviceStream *>(stream)->device->atEnd();
}
int deviceStreamReset(GMimeStream *)
{
    return -1;
}
gint64 deviceStreamSeek(GMimeStream *, gint64, GMimeSeekWhence)
{
    return -1;
}
gint64 deviceStreamTell(GMimeStream *stream)
{
    return stream->position;
}
gint64 deviceStreamLength(GMimeStream *)
{
    return -1;
}
GMimeStream *deviceStreamSubstream(GMimeStream *, gint64, gint64)
{
    return nullptr;
}

void deviceStreamClassInit(gpointer klass, gpointer)
{
    auto *sc = reinterpret_cast<GMimeStreamClass *>(klass);
    sc->read = deviceStreamRead;
    sc->write = deviceStreamWrite;
    sc->flush = deviceStreamFlush;
    sc->close = deviceStreamClose;
    sc->eos = deviceStreamEos;
    sc->reset = deviceStreamReset;
    sc->seek = deviceStreamSeek;
    sc->tell = deviceStreamTell;
    sc->length = deviceStreamLength;
    sc->substream = deviceStreamSubstream;
}

GType g_deviceStreamType = 0;

GMimeStream *newDeviceStream(QIODevice *device)
{
    auto *self = static_cast<DeviceStream *>(g_object_new(g_deviceStreamType, nullptr));
    g_mime_stream_construct(&self->parent, 0, -1);
    self->device = device;
    self->failed = false;
    return &self->parent;
}

GMimeStream *memStream(const QByteArray &bytes)
{
    return g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size()));
}

QByteArray memStreamBytes(GMimeStream *stream)
{
    GByteArray *array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream));
    return QByteArray(reinterpret_cast<const char *>(array->data), qsizetype(array->len));
}

// Header fields that MailMessage keeps in its own members (or that describe the MIME
// structure it builds itself): never taken from or written as extra headers.
bool isStructuralHeader(const QByteArray &name)
{
    static const char *const names[] = {"from",       "sender",      "reply-to", "to",
                                        "cc",         "bcc",         "subject",  "date",
                                        "message-id", "mime-version"};
    const QByteArray lower = name.toLower();
    for (const char *n : names) {
        if (lower == n)
            return true;
    }
    return lower.startsWith("content-");
}

bool isResentAddressHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "resent-from" || lower == "resent-sender" || lower == "resent-to" ||
           lower == "resent-cc" || lower == "resent-bcc" || lower == "resent-reply-to";
}

bool isBccHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "bcc" || lower == "resent-bcc";
}

void collectMailboxes(InternetAddressList *list, MailAddressList *out)
{
    if (!list)
        return;
    const int n = internet_address_list_length(list);
    for (int i = 0; i < n; ++i) {
        InternetAddress *ia = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(ia)) {
            collectMailboxes(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(ia)), out);
        } else if (INTERNET_ADDRESS_IS_MAILBOX(ia)) {
            MailAddress a;
            a.name = fromUtf8(internet_address_get_name(ia));
            a.address = fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia)));
            out->append(a);
        }
    }
}

InternetAddress *toInternetAddress(const MailAddress &a)
{
    InternetAddress *ia = internet_address_mailbox_new(
        a.name.isEmpty() ? nullptr : a.name.toUtf8().constData(), a.address.toUtf8().constData());
    internet_address_set_charset(ia, "utf-8");
    return ia;
}

QString mailboxProblem(const MailAddress &a)
{
    const qsizetype at = a.address.lastIndexOf(QLatin1Char('@'));
    if (a.address.isEmpty())
        return MessageText::tr("the address is empty");
    if (at < 0)
        return MessageText::tr("“%1” has no “@domain”").arg(a.address);
    if (at == 0)
        return MessageText::tr("“%1” has nothing before the “@”").arg(a.address);
    if (at == a.address.size() - 1)
        return MessageText::tr("“%1” has no domain after the “@”").arg(a.address);
    for (QChar c : a.address) {
        if (c.isSpace() || c.unicode() < 0x20 || c == QLatin1Char('<') || c == QLatin1Char('>'))
            return MessageText::tr("“%1” contains a space or a character not allowed in an "
                                   "address")
                .arg(a.address);
    }
    return {};
}

// Splits an address list at its top-level commas (outside quotes, comments, angle brackets
// and groups), only to say *where* a problem is; GMime does the parsing itself.
QList<QPair<qsizetype, QString>> splitTopLevel(const QString &text)
{
    QList<QPair<qsizetype, QString>> items;
    int comment = 0;
    bool quoted = false, angle = false, group = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"'))
                quoted = false;
            continue;
        }
        if (comment) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('('))
                ++comment;
            else if (c == QLatin1Char(')'))
                --comment;
            continue;
        }
        if (c == QLatin1Char('"'))
            quoted = true;
        else if (c == QLatin1Char('('))
            comment = 1;
        else if (c == QLatin1Char('<'))
            angle = true;
        else if (c == QLatin1Char('>'))
            angle = false;
        else if (c == QLatin1Char(':') && !angle)
            group = true;
        else if (c == QLatin1Char(';') && !angle)
            group = false;
        else if (c == QLatin1Char(',') && !angle && !group) {
            items.append({start, text.mid(start, i - start)});
            start = i + 1;
        }
    }
    items.append({start, text.mid(start)});
    return items;
}

// GMime 3.2 decodes adjacent base64 ("B") encoded words of one charset as one base64
// stream, so a padded first word ("...z4I=?= =?UTF-8?b?IM6g...") loses everything after it.
// Quoted-printable ("Q") words do not have the problem: rewrite every B word as the Q word
// for the same bytes before GMime decodes (the decoding itself stays GMime's).
QByteArray base64WordsToQ(const QByteArray &text)
{
    if (!text.contains("?=") || !(text.contains("?B?") || text.contains("?b?")))
        return text;
    QByteArray out;
    out.reserve(text.size() * 2);
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype start = text.indexOf("=?", pos);
        if (start < 0)
            break;
        const qsizetype q1 = text.indexOf('?', start + 2);
        const qsizetype end = q1 < 0 ? -1 : text.indexOf("?=", q1 + 3);
        const bool isB = q1 > 0 && q1 + 2 < text.size() && text.at(q1 + 2) == '?' &&
                         (text.at(q1 + 1) == 'B' || text.at(q1 + 1) == 'b');
        const QByteArray charset = q1 > 0 ? text.mid(start + 2, q1 - start - 2) : QByteArray();
        if (!isB || end < 0 || charset.isEmpty() || charset.contains(' ')) {
            out.append(text.mid(pos, start + 2 - pos));
            pos = start + 2;
            continue;
        }
        const QByteArray payload = text.mid(q1 + 3, end - q1 - 3);
        const auto decoded = QByteArray::fromBase64Encoding(payload);
        if (!decoded) {
            out.append(text.mid(pos, end + 2 - pos));
            pos = end + 2;
            continue;
        }
        out.append(text.mid(pos, start - pos));
        out.append("=?").append(charset).append("?Q?");
        static const char hex[] = "0123456789ABCDEF";
        for (char c : decoded.decoded) {
            const auto u = static_cast<unsigned char>(c);
            if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')) {
                out.append(c);
            } else {
                out.append('=').append(hex[u >> 4]).append(hex[u & 15]);
            }
        }
        out.append("?=");
        pos = end + 2;
    }
    out.append(text.mid(pos));
    return out;
}

GPtr<InternetAddressList> gmimeParseAddresses(const QString &text)
{
    std::unique_ptr<GMimeParserOptions, ParserOptionsFree> po(g_mime_parser_options_new());
    g_mime_parser_options_set_allow_addresses_without_domain(po.get(), TRUE);
    return GPtr<InternetAddressList>(
        internet_address_list_parse(po.get(), base64WordsToQ(text.toUtf8()).constData()));
}

GDateTime *toGDateTime(const QDateTime &dt)
{
    GTimeZone *tz = g_time_zone_new_offset(dt.offsetFromUtc());
    GDateTime *utc = g_date_time_new_from_unix_utc(dt.toSecsSinceEpoch());
    GDateTime *local = g_date_time_to_timezone(utc, tz);
    g_date_time_unref(utc);
    g_time_zone_unref(tz);
    return local;
}

QString normaliseNewlines(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

qsizetype longestLine(const QByteArray &bytes)
{
    qsizetype longest = 0, current = 0;
    for (char c : bytes) {
        if (c == '\n') {
            longest = qMax(longest, current);
            current = 0;
        } else {
            ++current;
        }
    }
    return qMax(longest, current);
}

bool isAsciiBytes(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (static_cast<unsigned char>(c) > 0x7f)
            return false;
    }
    return true;
}

struct SerialiseState
{
    const SerialiseOptions &options;
    QString error;
    bool used8bit = false;
};

GMimeObject *makeTextPart(const char *subtype, const QString &text, SerialiseState &state)
{
    const QByteArray bytes = normaliseNewlines(text).toUtf8();
    GMimeTextPart *part = g_mime_text_part_new_with_subtype(subtype);
    GPtr<GMimeStream> stream(memStream(bytes));
    GPtr<GMimeDataWrapper> wrapper(
        g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
    g_mime_part_set_content(GMIME_PART(part), wrapper.get());
    g_mime_text_part_set_charset(part, "utf-8");
    const bool ascii = isAsciiBytes(bytes);
    const bool shortLines = longestLine(bytes) <= 998;
    GMimeContentEncoding encoding;
    if (ascii && shortLines) {
        encoding = GMIME_CONTENT_ENCODING_7BIT;
    } else if (state.options.eightBitMime && shortLines) {
        encoding = GMIME_CONTENT_ENCODING_8BIT;
        state.used8bit = true;
    } else {
        // GMime measures the content: quoted-printable for mostly-ASCII text, else base64.
        encoding =
            g_mime_part_get_best_content_encoding(GMIME_PART(part), GMIME_ENCODING_CONSTRAINT_7BIT);
        if (encoding != GMIME_CONTENT_ENCODING_BASE64)
            encoding = GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE;
    }
    g_mime_part_set_content_encoding(GMIME_PART(part), encoding);
    return GMIME_OBJECT(part);
}

GMimeObject *makeAttachmentPart(const MailAttachment &a, SerialiseState &state)
{
    const QString type = a.effectiveContentType();
    const qsizetype slash = type.indexOf(QLatin1Char('/'));
    const QByteArray major = slash > 0 ? type.left(slash).toUtf8() : QByteArray("application");
    const QByteArray minor = slash > 0 ? type.mid(slash + 1).toUtf8() : QByteArray("octet-stream");

    GPtr<GMimeStream> stream;
    if (!a.filePath.isEmpty()) {
        GError *err = nullptr;
        stream.reset(
            g_mime_stream_fs_open(QFile::encodeName(a.filePath).constData(), O_RDONLY, 0, &err));
        if (!stream) {
            state.error = MessageText::tr("Cannot read the attachment “%1”: %2")
                              .arg(a.filePath, err ? fromUtf8(err->message) : QString());
            if (err)
                g_error_free(err);
            return nullptr;
        }
    } else {
        stream.reset(memStream(a.data));
    }

    GMimeObject *object = nullptr;
    if (major == "message" && minor == "rfc822") {
        // A message/rfc822 body must stay 7bit/8bit (RFC 2046): carry it as a message.
        GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
        GPtr<GMimeMessage> inner(g_mime_parser_construct_message(parser.get(), nullptr));
        if (inner) {
            GMimeMessagePart *mp = g_mime_message_part_new_with_message("rfc822", inner.get());
            object = GMIME_OBJECT(mp);
            g_mime_object_set_disposition(object, a.isInline ? "inline" : "attachment");
            if (!a.fileName.isEmpty())
                g_mime_object_set_content_disposition_parameter(object, "filename",
                                                                a.fileName.toUtf8().constData());
            return object;
        }
        g_mime_stream_reset(stream.get());
    }

    GMimePart *part = g_mime_part_new_with_type(major.constData(), minor.constData());
    if (major == "text" && !type.contains(QLatin1String("charset"), Qt::CaseInsensitive)) {
        // Without a charset readers assume US-ASCII: name the one the bytes are in.
        QByteArray sample = a.data.left(1 << 20);
        if (!a.filePath.isEmpty()) {
            QFile f(a.filePath);
            if (f.open(QIODevice::ReadOnly))
                sample = f.read(1 << 20);
        }
        if (!isAsciiBytes(sample)) {
            QStringDecoder utf8(QStringDecoder::Utf8);
            (void)utf8.decode(sample);
            // A cut at the 1 MiB mark may split a character: that is not an error.
            if (!utf8.hasError())
                g_mime_object_set_content_type_parameter(GMIME_OBJECT(part), "charset", "utf-8");
        }
    }
    GPtr<GMimeDataWrapper> wrapper(
        g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
    g_mime_part_set_content(part, wrapper.get());
    // base64 keeps every byte (and line end) exactly as it is, whatever the server.
    g_mime_part_set_content_encoding(part, GMIME_CONTENT_ENCODING_BASE64);
    g_mime_object_set_disposition(GMIME_OBJECT(part), a.isInline ? "inline" : "attachment");
    if (!a.fileName.isEmpty())
        g_mime_part_set_filename(part, a.fileName.toUtf8().constData());
    if (!a.contentId.isEmpty())
        g_mime_part_set_content_id(part, a.contentId.toUtf8().constData());
    return GMIME_OBJECT(part);
}

void setAddressHeader(GMimeMessage *msg, GMimeAddressType type, const MailAddressList &list)
{
    if (list.isEmpty())
        return;
    InternetAddressList *target = g_mime_message_get_addresses(msg, type);
    for (const MailAddress &a : list) {
        InternetAddress *ia = toInternetAddress(a);
        internet_address_list_add(target, ia);
        g_object_unref(ia);
    }
}

} // namespace

void ensureGMimeInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] {
        g_mime_init();
        g_deviceStreamType = g_type_register_static_simple(
            GMIME_TYPE_STREAM, "PostelDeviceStream", sizeof(DeviceStreamClass),
            deviceStreamClassInit, sizeof(DeviceStream), nullptr, GTypeFlags(0));
    });
}

bool isAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

// --- MailAddress ------------------------------------------------------------------------

bool MailAddress::isAsciiAddress() const
{
    return isAscii(address);
}

QString MailAddress::toString() const
{
    return formatAddressList({*this});
}

std::optional<MailAddress> MailAddress::parse(const QString &text, QString *error)
{
    QString err;
    const MailAddressList list = parseAddressList(text, &err);
    if (!err.isEmpty()) {
        if (error)
            *error = err;
        return std::nullopt;
    }
    if (list.size() != 1) {
        if (error)
            *error =
                list.isEmpty()
                    ? MessageText::tr("No address was given.")
                    : MessageText::tr("Only one address is allowed here, not %1.").arg(list.size());
        return std::nullopt;
    }
    return list.first();
}

MailAddressList parseAddressList(const QString &text, QString *error)
{
    ensureGMimeInitialised();
    MailAddressList result;
    if (error)
        error->clear();
    if (text.trimmed().isEmpty())
        return result;

    GPtr<InternetAddressList> list = gmimeParseAddresses(text);
    collectMailboxes(list.get(), &result);
    // GMime skips what it cannot read: every top-level item must have given an address.
    qsizetype itemCount = 0;
    for (const auto &item : splitTopLevel(text))
        itemCount += item.second.trimmed().isEmpty() ? 0 : 1;
    bool ok = list && internet_address_list_length(list.get()) == itemCount;
    for (const MailAddress &a : std::as_const(result)) {
        if (!mailboxProblem(a).isEmpty())
            ok = false;
    }
    if (ok)
        return result;

    // Something is wrong: find the first item that does not read as mailboxes, and say so.
    result.clear();
    QString firstProblem;
    const auto items = splitTopLevel(text);
    for (int i = 0; i < items.size(); ++i) {
        const QString item = items.at(i).second;
        if (item.trimmed().isEmpty())
            continue;
        GPtr<InternetAddressList> one = gmimeParseAddresses(item);
        MailAddressList got;
        collectMailboxes(one.get(), &got);
        QString problem;
        if (got.isEmpty() && !(one && internet_address_list_length(one.get()) > 0)) {
            problem = MessageText::tr("it is not an address");
        } else {
            for (const MailAddress &a : std::as_const(got)) {
                problem = mailboxProblem(a);
                if (!problem.isEmpty())
                    break;
            }
        }
        if (problem.isEmpty()) {
            result += got;
        } else if (firstProblem.isEmpty()) {
            firstProblem = MessageText::tr("Address %1 (“%2”, at character %3): %4.")
                               .arg(i + 1)
                               .arg(item.trimmed())
                               .arg(items.at(i).first + 1)
                               .arg(problem);
        }
    }
    if (firstProblem.isEmpty())
        firstProblem = MessageText::tr("“%1” is not a valid address list.").arg(text);
    if (error)
        *error = firstProblem;
    return result;
}

QString formatAddressList(const MailAddressList &list)
{
    // For people and for parseAddressList(): names quoted when RFC 5322 needs it, not
    // encoded (GMime encodes when it writes the real header).
    static const QString specials = QStringLiteral("()<>[]:;@\\,.\"");
    QStringList out;
    for (const MailAddress &a : list) {
        if (a.name.isEmpty()) {
            out.append(a.address);
            continue;
        }
        bool quote = a.name != a.name.trimmed();
        for (QChar c : a.name)
            quote = quote || specials.contains(c);
        QString name = a.name;
        if (quote) {
            name.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
            name.replace(QLatin1Char('"'), QLatin1String("\\\""));
            name = QLatin1Char('"') + name + QLatin1Char('"');
        }
        out.append(name + QLatin1String(" <") + a.address + QLatin1Char('>'));
    }
    return out.join(QLatin1String(", "));
}

// --- MailAttachment ---------------------------------------------------------------------

std::optional<MailAttachment> MailAttachment::fromFile(const QString &path, QString *error)
{
    QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        if (error)
            *error = MessageText::tr("“%1” is not a readable file.").arg(path);
        return std::nullopt;
    }
    MailAttachment a;
    a.filePath = info.absoluteFilePath();
    a.fileName = info.fileName();
    a.contentType = QMimeDatabase().mimeTypeForFile(info).name();
    return a;
}

MailAttachment MailAttachment::fromData(const QByteArray &data, const QString &fileName,
                                        const QString &contentType)
{
    MailAttachment a;
    a.data = data;
    a.fileName = fileName;
    a.contentType = contentType;
    return a;
}

std::optional<MailAttachment> MailAttachment::inlineImage(const QString &path,
                                                          const QString &contentId, QString *error)
{
    auto a = fromFile(path, error);
    if (!a)
        return a;
    a->isInline = true;
    a->contentId = contentId;
    if (a->contentId.isEmpty()) {
        a->contentId =
            QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1String("@postel.invalid");
    }
    return a;
}

qint64 MailAttachment::size() const
{
    if (!filePath.isEmpty()) {
        QFileInfo info(filePath);
        return info.exists() ? info.size() : -1;
    }
    return data.size();
}

QString MailAttachment::effectiveContentType() const
{
    if (!contentType.isEmpty())
        return contentType;
    QMimeDatabase db;
    QMimeType type;
    if (!filePath.isEmpty())
        type = db.mimeTypeForFile(filePath);
    else if (!fileName.isEmpty())
        type = db.mimeTypeForFileNameAndData(fileName, data);
    else
        type = db.mimeTypeForData(data);
    if (type.isValid() && !type.isDefault())
        return type.name();
    return QStringLiteral("application/octet-stream");
}

QByteArray MailAttachment::content(QString *error) const
{
    if (filePath.isEmpty())
        return data;
    QFile f(filePath);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = MessageText::tr("Cannot read the attachment “%1”: %2")
                         .arg(filePath, f.errorString());
        return {};
    }
    return f.readAll();
}

// --- SerialiseOptions, MailEnvelope -----------------------------------------------------

SerialiseOptions SerialiseOptions::forServer(const Capabilities &caps)
{
    SerialiseOptions o;
    o.eightBitMime = caps.eightBitMime();
    // UTF-8 addresses only go with SMTPUTF8 on MAIL, which sendMessage() decides.
    o.smtpUtf8 = false;
    o.includeBcc = false;
    return o;
}

SerialiseOptions SerialiseOptions::sevenBit()
{
    SerialiseOptions o;
    o.eightBitMime = false;
    o.smtpUtf8 = false;
    o.includeBcc = false;
    return o;
}

bool MailEnvelope::needsSmtpUtf8() const
{
    if (!isAscii(sender))
        return true;
    for (const QString &r : recipients) {
        if (!isAscii(r))
            return true;
    }
    return false;
}

// --- MailMessage: fields ----------------------------------------------------------------

QString MailMessage::generateMessageId(const QString &senderAddress)
{
    QString domain = senderAddress.mid(senderAddress.lastIndexOf(QLatin1Char('@')) + 1);
    if (!senderAddress.contains(QLatin1Char('@')) || domain.isEmpty())
        domain = QStringLiteral("localhost");
    const quint64 r = QRandomGenerator::global()->generate64();
    return QStringLiteral("%1.%2@%3")
        .arg(QDateTime::currentMSecsSinceEpoch(), 0, 36)
        .arg(r, 0, 36)
        .arg(domain);
}

void MailMessage::ensureDateAndMessageId()
{
    if (!m_date.isValid()) {
        const QDateTime now = QDateTime::currentDateTime();
        // RFC 5322 dates have whole seconds: keep what is written and what is held equal.
        m_date =
            QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), QTimeZone(now.offsetFromUtc()));
    }
    if (m_messageId.isEmpty()) {
        QString address = m_sender.address;
        if (address.isEmpty() && !m_from.isEmpty())
            address = m_from.first().address;
        m_messageId = generateMessageId(address);
    }
}

QStringList MailMessage::headerValues(const QByteArray &name) const
{
    QStringList values;
    for (const MailHeader &h : m_extraHeaders) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            values.append(h.value);
    }
    return values;
}

void MailMessage::removeHeaders(const QByteArray &name)
{
    m_extraHeaders.removeIf(
        [&](const MailHeader &h) { return h.name.compare(name, Qt::CaseInsensitive) == 0; });
}

// --- MailMessage: serialise -------------------------------------------------------------

namespace {

bool serialiseImpl(const MailMessage &m, QIODevice *out, const SerialiseOptions &options,
                   QString *error, bool *used8bit)
{
    ensureGMimeInitialised();
    auto setError = [&](const QString &e) {
        if (error)
            *error = e;
        return false;
    };
    if (!out || !out->isWritable())
        return setError(MessageText::tr("The output is not open for writing."));

    MailMessage msg = m;
    msg.ensureDateAndMessageId();

    if (!options.smtpUtf8) {
        const QList<MailAddressList> lists = {msg.from(), {msg.sender()}, msg.replyTo(),
                                              msg.to(),   msg.cc(),       msg.bcc()};
        for (const MailAddressList &list : lists) {
            for (const MailAddress &a : list) {
                if (!a.isAsciiAddress())
                    return setError(MessageText::tr("The address “%1” is not ASCII: it can "
                                                    "only be sent to a server that offers "
                                                    "SMTPUTF8.")
                                        .arg(a.address));
            }
        }
    }

    SerialiseState state{options, {}, false};
    GPtr<GMimeMessage> message(g_mime_message_new(FALSE));
    GMimeObject *top = GMIME_OBJECT(message.get());

    GDateTime *date = toGDateTime(msg.date());
    g_mime_message_set_date(message.get(), date);
    g_date_time_unref(date);
    setAddressHeader(message.get(), GMIME_ADDRESS_TYPE_FROM, msg.from());
    if (!msg.sender().isEmpty())
        setAddressHeader(message.get(), GMIME_ADDRESS_TYPE_SENDER, {msg.sender()});
    setAddressHeader(message.get(), GMIME_ADDRESS_TYPE_REPLY_TO, msg.replyTo());
    setAddressHeader(message.get(), GMIME_ADDRESS_TYPE_TO, msg.to());
    setAddressHeader(message.get(), GMIME_ADDRESS_TYPE_CC, msg.cc());
    if (options.includeBcc)
        setAddressHeader(message.get(), GMIME_ADDRESS_TYPE_BCC, msg.bcc());
    g_mime_message_set_subject(message.get(), msg.subject().toUtf8().constData(), "utf-8");
    g_mime_message_set_message_id(message.get(), msg.messageId().toUtf8().constData());
    for (const MailHeader &h : msg.extraHeaders()) {
        if (isStructuralHeader(h.name) || (!options.includeBcc && isBccHeader(h.name)))
            continue;
        if (h.name.isEmpty() || h.name.contains(':') || h.name.contains(' '))
            return setError(
                MessageText::tr("“%1” is not a valid header name.").arg(QString::fromUtf8(h.name)));
        if (isResentAddressHeader(h.name)) {
            QString err;
            const MailAddressList list = parseAddressList(h.value, &err);
            if (!err.isEmpty())
                return setError(
                    MessageText::tr("Header %1: %2").arg(QString::fromUtf8(h.name), err));
            for (const MailAddress &a : list) {
                if (!options.smtpUtf8 && !a.isAsciiAddress())
                    return setError(MessageText::tr("The address “%1” is not ASCII: it can "
                                                    "only be sent to a server that offers "
                                                    "SMTPUTF8.")
                                        .arg(a.address));
            }
            // GMime formats (and RFC 2047-encodes) the names of known address headers.
            g_mime_object_append_header(top, h.name.constData(),
                                        formatAddressList(list).toUtf8().constData(), "utf-8");
            continue;
        }
        QString value = h.value;
        value.replace(QLatin1Char('\r'), QLatin1Char(' '))
            .replace(QLatin1Char('\n'), QLatin1Char(' '));
        g_mime_object_append_header(top, h.name.constData(), value.toUtf8().constData(), "utf-8");
    }
    g_mime_object_append_header(top, "MIME-Version", "1.0", nullptr);

    // Body: text [| alternative(text, html [| related(html, inline images)])] [| mixed].
    GPtr<GMimeObject> body(makeTextPart("plain", msg.textBody(), state));
    QList<MailAttachment> remaining = msg.attachments();
    if (!msg.htmlBody().isEmpty()) {
        GPtr<GMimeObject> html(makeTextPart("html", msg.htmlBody(), state));
        QList<MailAttachment> inlines;
        for (qsizetype i = 0; i < remaining.size();) {
            if (remaining.at(i).isInline && !remaining.at(i).contentId.isEmpty())
                inlines.append(remaining.takeAt(i));
            else
                ++i;
        }
        if (!inlines.isEmpty()) {
            GPtr<GMimeMultipart> related(g_mime_multipart_new_with_subtype("related"));
            g_mime_multipart_add(related.get(), html.get());
            for (const MailAttachment &a : std::as_const(inlines)) {
                GPtr<GMimeObject> part(makeAttachmentPart(a, state));
                if (!part)
                    return setError(state.error);
                g_mime_multipart_add(related.get(), part.get());
            }
            html.reset(GMIME_OBJECT(related.release()));
        }
        GPtr<GMimeMultipart> alternative(g_mime_multipart_new_with_subtype("alternative"));
        g_mime_multipart_add(alternative.get(), body.get());
        g_mime_multipart_add(alternative.get(), html.get());
        body.reset(GMIME_OBJECT(alternative.release()));
    }
    if (!remaining.isEmpty()) {
        GPtr<GMimeMultipart> mixed(g_mime_multipart_new_with_subtype("mixed"));
        g_mime_multipart_add(mixed.get(), body.get());
        for (const MailAttachment &a : std::as_const(remaining)) {
            GPtr<GMimeObject> part(makeAttachmentPart(a, state));
            if (!part)
                return setError(state.error);
            g_mime_multipart_add(mixed.get(), part.get());
        }
        body.reset(GMIME_OBJECT(mixed.release()));
    }
    g_mime_message_set_mime_part(message.get(), body.get());

    std::unique_ptr<GMimeFormatOptions, FormatOptionsFree> format(g_mime_format_options_new());
    const bool crlf = options.lineEnding == SerialiseOptions::LineEnding::Crlf;
    g_mime_format_options_set_newline_format(format.get(), crlf ? GMIME_NEWLINE_FORMAT_DOS
                                                                : GMIME_NEWLINE_FORMAT_UNIX);
    GPtr<GMimeStream> device(newDeviceStream(out));
    // GMime leaves some content line ends as they are: a filter makes every one the same.
    GPtr<GMimeStream> filtered(g_mime_stream_filter_new(device.get()));
    GPtr<GMimeFilter> newline(crlf ? g_mime_filter_unix2dos_new(FALSE)
                                   : g_mime_filter_dos2unix_new(FALSE));
    g_mime_stream_filter_add(GMIME_STREAM_FILTER(filtered.get()), newline.get());
    const gint64 written = g_mime_object_write_to_stream(top, format.get(), filtered.get());
    g_mime_stream_flush(filtered.get());
    if (written < 0 || reinterpret_cast<DeviceStream *>(device.get())->failed)
        return setError(MessageText::tr("Writing the message failed: %1").arg(out->errorString()));
    if (used8bit)
        *used8bit = state.used8bit;
    return true;
}

} // namespace

QByteArray MailMessage::serialise(const SerialiseOptions &options, QString *error) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!serialiseImpl(*this, &buffer, options, error, nullptr))
        return {};
    return bytes;
}

bool MailMessage::serialise(QIODevice *out, const SerialiseOptions &options, QString *error) const
{
    return serialiseImpl(*this, out, options, error, nullptr);
}

bool serialiseMessageForSending(const MailMessage &m, QIODevice *out,
                                const SerialiseOptions &options, QString *error, bool *used8bit)
{
    return serialiseImpl(m, out, options, error, used8bit);
}

bool MailMessage::save(const QString &path, QString *error, const SerialiseOptions &options) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = MessageText::tr("Cannot write “%1”: %2").arg(path, file.errorString());
        return false;
    }
    if (!serialise(&file, options, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = MessageText::tr("Cannot write “%1”: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// --- MailMessage: parse -----------------------------------------------------------------

namespace {

constexpr int kMaxHeaderFields = 1000;

struct ParseProblems
{
    const QByteArray *input;
    QString error;
};

int lineAt(const QByteArray &bytes, qint64 offset)
{
    if (offset < 0)
        return -1;
    offset = qMin<qint64>(offset, bytes.size());
    return int(std::count(bytes.constData(), bytes.constData() + offset, '\n')) + 1;
}

void parserWarning(gint64 offset, GMimeParserWarning code, const gchar *item, gpointer data)
{
    auto *p = static_cast<ParseProblems *>(data);
    if (!p->error.isEmpty())
        return;
    QString what;
    switch (code) {
    case GMIME_WARN_TRUNCATED_MESSAGE:
        what = MessageText::tr("the message is truncated or a multipart boundary is broken "
                               "(a part never ends)");
        break;
    case GMIME_WARN_MALFORMED_MULTIPART:
        what = MessageText::tr("a multipart has no parts (broken or missing boundary)");
        break;
    case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY:
        what = MessageText::tr("a multipart has no boundary parameter");
        break;
    case GMIME_CRIT_NESTING_OVERFLOW:
        what = MessageText::tr("MIME parts are nested too deeply");
        break;
    case GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT:
        what = MessageText::tr("a MIME part has neither headers nor content");
        break;
    case GMIME_CRIT_INVALID_HEADER_NAME:
        what = MessageText::tr("invalid header field name “%1”")
                   .arg(QString::fromUtf8(item ? item : "").left(60));
        break;
    default:
        return; // duplicated headers, 8-bit headers, odd encoded words...: readable anyway
    }
    const int line = lineAt(*p->input, offset);
    p->error = line > 0 ? MessageText::tr("Not a valid message: %1 (line %2, byte %3).")
                              .arg(what)
                              .arg(line)
                              .arg(offset)
                        : MessageText::tr("Not a valid message: %1.").arg(what);
}

// Checks the header section before GMime sees it: GMime would take junk for a body.
QString checkHeaderSection(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return MessageText::tr("Not a message: the input is empty.");
    qsizetype pos = 0;
    int line = 0;
    int fields = 0;
    // An mbox "From " line before the headers is tolerated.
    if (bytes.startsWith("From ")) {
        pos = bytes.indexOf('\n');
        pos = pos < 0 ? bytes.size() : pos + 1;
        ++line;
    }
    while (pos < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', pos);
        const bool lastLine = end < 0;
        if (lastLine)
            end = bytes.size();
        ++line;
        QByteArray text = bytes.mid(pos, end - pos);
        if (text.endsWith('\r'))
            text.chop(1);
        if (text.isEmpty())
            break; // end of the header section
        if (text.contains('\0'))
            return MessageText::tr("Not a message: line %1 contains NUL bytes (binary data "
                                   "where header fields should be).")
                .arg(line);
        const char first = text.at(0);
        if (first == ' ' || first == '\t') {
            if (fields == 0)
                return MessageText::tr("Not a message: line 1 starts with white space instead "
                                       "of a header field.");
        } else {
            const qsizetype colon = text.indexOf(':');
            bool nameOk = colon > 0;
            for (qsizetype i = 0; nameOk && i < colon; ++i) {
                const auto c = static_cast<unsigned char>(text.at(i));
                nameOk = c > 32 && c < 127;
            }
            if (!nameOk)
                return MessageText::tr("Not a message: line %1 is not a header field "
                                       "(“%2”).")
                    .arg(line)
                    .arg(QString::fromUtf8(text.left(40)).toHtmlEscaped());
            if (++fields > kMaxHeaderFields)
                return MessageText::tr("The message has more than %1 header fields; Postel "
                                       "does not read messages like this (line %2).")
                    .arg(kMaxHeaderFields)
                    .arg(line);
        }
        pos = end + 1;
    }
    if (fields == 0)
        return MessageText::tr("Not a message: there are no header fields.");
    return {};
}

QByteArray decodedContent(GMimePart *part)
{
    GMimeDataWrapper *wrapper = g_mime_part_get_content(part);
    if (!wrapper)
        return {};
    GPtr<GMimeStream> mem(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(wrapper, mem.get());
    return memStreamBytes(mem.get());
}

void walkParts(GMimeObject *object, MailMessage &msg, bool &haveText, bool &haveHtml)
{
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart *mp = GMIME_MULTIPART(object);
        const int n = g_mime_multipart_get_count(mp);
        for (int i = 0; i < n; ++i)
            walkParts(g_mime_multipart_get_part(mp, i), msg, haveText, haveHtml);
        return;
    }
    GMimeContentDisposition *disp = g_mime_object_get_content_disposition(object);
    const bool attachmentDisp = disp && g_mime_content_disposition_is_attachment(disp);
    GMimeContentType *ct = g_mime_object_get_content_type(object);
    GString_ mime(ct ? g_mime_content_type_get_mime_type(ct) : g_strdup("text/plain"));
    const QString type = fromUtf8(mime.get()).toLower();

    if (GMIME_IS_MESSAGE_PART(object)) {
        MailAttachment a;
        GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        if (inner) {
            GPtr<GMimeStream> mem(g_mime_stream_mem_new());
            g_mime_object_write_to_stream(GMIME_OBJECT(inner), nullptr, mem.get());
            a.data = memStreamBytes(mem.get());
        }
        a.contentType = type;
        a.fileName =
            fromUtf8(disp ? g_mime_content_disposition_get_parameter(disp, "filename") : nullptr);
        a.isInline = disp && !attachmentDisp;
        msg.addAttachment(a);
        return;
    }
    if (!GMIME_IS_PART(object))
        return;
    GMimePart *part = GMIME_PART(object);
    const QString fileName = fromUtf8(g_mime_part_get_filename(part));
    if (GMIME_IS_TEXT_PART(object) && !attachmentDisp && fileName.isEmpty()) {
        if (type == QLatin1String("text/plain") && !haveText) {
            GString_ text(g_mime_text_part_get_text(GMIME_TEXT_PART(object)));
            msg.setTextBody(normaliseNewlines(fromUtf8(text.get())));
            haveText = true;
            return;
        }
        if (type == QLatin1String("text/html") && !haveHtml) {
            GString_ text(g_mime_text_part_get_text(GMIME_TEXT_PART(object)));
            msg.setHtmlBody(normaliseNewlines(fromUtf8(text.get())));
            haveHtml = true;
            return;
        }
    }
    MailAttachment a;
    a.data = decodedContent(part);
    a.fileName = fileName;
    a.contentType = type;
    a.isInline = disp && !attachmentDisp;
    a.contentId = fromUtf8(g_mime_object_get_content_id(object));
    msg.addAttachment(a);
}

MailAddressList addressesOf(GMimeMessage *m, GMimeAddressType type)
{
    MailAddressList out;
    collectMailboxes(g_mime_message_get_addresses(m, type), &out);
    return out;
}

} // namespace

std::optional<MailMessage> MailMessage::parse(const QByteArray &bytes, QString *error)
{
    ensureGMimeInitialised();
    const QString problem = checkHeaderSection(bytes);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }

    std::unique_ptr<GMimeParserOptions, ParserOptionsFree> po(g_mime_parser_options_new());
    g_mime_parser_options_set_allow_addresses_without_domain(po.get(), TRUE);
    const char *fallback[] = {"utf-8", "windows-1252", nullptr};
    g_mime_parser_options_set_fallback_charsets(po.get(), fallback);

    // The top-level header section, with B encoded words as Q (see base64WordsToQ()).
    qsizetype headerEnd = bytes.indexOf("\n\r\n");
    const qsizetype lfEnd = bytes.indexOf("\n\n");
    if (headerEnd < 0 || (lfEnd >= 0 && lfEnd < headerEnd))
        headerEnd = lfEnd;
    headerEnd = headerEnd < 0 ? bytes.size() : headerEnd + 1;
    const QByteArray input = base64WordsToQ(bytes.left(headerEnd)) + bytes.mid(headerEnd);
    ParseProblems problems{&input, {}};
    g_mime_parser_options_set_warning_callback(po.get(), parserWarning, &problems);

    GPtr<GMimeStream> stream(memStream(input));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    g_mime_parser_set_respect_content_length(parser.get(), FALSE);
    GPtr<GMimeMessage> m(g_mime_parser_construct_message(parser.get(), po.get()));
    if (!problems.error.isEmpty() || !m) {
        if (error)
            *error = !problems.error.isEmpty()
                         ? problems.error
                         : MessageText::tr("Not a message: it could not be read as RFC 5322.");
        return std::nullopt;
    }

    MailMessage msg;
    msg.setFrom(addressesOf(m.get(), GMIME_ADDRESS_TYPE_FROM));
    const MailAddressList sender = addressesOf(m.get(), GMIME_ADDRESS_TYPE_SENDER);
    if (!sender.isEmpty())
        msg.setSender(sender.first());
    msg.setReplyTo(addressesOf(m.get(), GMIME_ADDRESS_TYPE_REPLY_TO));
    msg.setTo(addressesOf(m.get(), GMIME_ADDRESS_TYPE_TO));
    msg.setCc(addressesOf(m.get(), GMIME_ADDRESS_TYPE_CC));
    msg.setBcc(addressesOf(m.get(), GMIME_ADDRESS_TYPE_BCC));
    msg.setSubject(fromUtf8(g_mime_message_get_subject(m.get())));
    msg.setMessageId(fromUtf8(g_mime_message_get_message_id(m.get())));
    if (GDateTime *d = g_mime_message_get_date(m.get())) {
        const int offset = int(g_date_time_get_utc_offset(d) / G_TIME_SPAN_SECOND);
        msg.setDate(QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(d), QTimeZone(offset)));
    }

    GMimeHeaderList *headers = g_mime_object_get_header_list(GMIME_OBJECT(m.get()));
    const int count = g_mime_header_list_get_count(headers);
    for (int i = 0; i < count; ++i) {
        GMimeHeader *h = g_mime_header_list_get_header_at(headers, i);
        const QByteArray name(g_mime_header_get_name(h));
        if (isStructuralHeader(name))
            continue;
        QString value;
        if (isResentAddressHeader(name)) {
            MailAddressList list;
            std::unique_ptr<GMimeParserOptions, ParserOptionsFree> apo(g_mime_parser_options_new());
            GPtr<InternetAddressList> parsed(
                internet_address_list_parse(apo.get(), g_mime_header_get_raw_value(h)));
            collectMailboxes(parsed.get(), &list);
            value = formatAddressList(list);
        } else {
            value = fromUtf8(g_mime_header_get_value(h)).trimmed();
        }
        msg.addHeader(name, value);
    }

    bool haveText = false, haveHtml = false;
    if (GMimeObject *body = g_mime_message_get_mime_part(m.get()))
        walkParts(body, msg, haveText, haveHtml);
    if (!problems.error.isEmpty()) {
        if (error)
            *error = problems.error;
        return std::nullopt;
    }
    if (error)
        error->clear();
    return msg;
}

std::optional<MailMessage> MailMessage::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = MessageText::tr("Cannot open “%1”: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString err;
    auto msg = parse(file.readAll(), &err);
    if (!msg && error)
        *error = MessageText::tr("%1: %2").arg(QFileInfo(path).fileName(), err);
    return msg;
}

// --- MailMessage: envelope --------------------------------------------------------------

int MailMessage::resentBlockCount() const
{
    // Each block has at most one of each field (RFC 5322 3.6.6), so the most repeated one
    // counts the blocks (smtplib counts Resent-Date, the field every block must have).
    static const char *const names[] = {"Resent-Date",      "Resent-From", "Resent-Sender",
                                        "Resent-To",        "Resent-Cc",   "Resent-Bcc",
                                        "Resent-Message-ID"};
    int blocks = 0;
    for (const char *n : names)
        blocks = qMax(blocks, int(headerValues(n).size()));
    return blocks;
}

std::optional<MailEnvelope> MailMessage::envelope(QString *error) const
{
    const int blocks = resentBlockCount();
    if (blocks > 1) {
        if (error)
            *error = MessageText::tr("The message has %1 blocks of Resent-* headers: it is "
                                     "ambiguous which one gives the sender and recipients.")
                         .arg(blocks);
        return std::nullopt;
    }
    MailEnvelope env;
    QString err;
    auto readList = [&](const QByteArray &name) -> MailAddressList {
        MailAddressList all;
        for (const QString &v : headerValues(name)) {
            QString e;
            all += parseAddressList(v, &e);
            if (!e.isEmpty() && err.isEmpty())
                err = MessageText::tr("Header %1: %2").arg(QString::fromLatin1(name), e);
        }
        return all;
    };
    auto addresses = [](const MailAddressList &list) {
        QStringList out;
        for (const MailAddress &a : list)
            out.append(a.address);
        return out;
    };
    if (blocks == 1) {
        env.fromResentBlock = true;
        MailAddressList senders = readList("Resent-Sender");
        if (senders.isEmpty())
            senders = readList("Resent-From");
        if (!senders.isEmpty())
            env.sender = senders.first().address;
        // smtplib's order: To, Bcc, Cc.
        env.recipients = addresses(readList("Resent-To")) + addresses(readList("Resent-Bcc")) +
                         addresses(readList("Resent-Cc"));
    } else {
        if (!m_sender.isEmpty())
            env.sender = m_sender.address;
        else if (!m_from.isEmpty())
            env.sender = m_from.first().address;
        env.recipients = addresses(m_to) + addresses(m_bcc) + addresses(m_cc);
    }
    if (!err.isEmpty()) {
        if (error)
            *error = err;
        return std::nullopt;
    }
    return env;
}

QString MailMessage::envelopeSender(QString *error) const
{
    const auto env = envelope(error);
    return env ? env->sender : QString();
}

QStringList MailMessage::envelopeRecipients(QString *error) const
{
    const auto env = envelope(error);
    return env ? env->recipients : QStringList();
}

bool MailMessage::hasNonAsciiAddress() const
{
    const QList<MailAddressList> lists = {m_from, {m_sender}, m_replyTo, m_to, m_cc, m_bcc};
    for (const MailAddressList &list : lists) {
        for (const MailAddress &a : list) {
            if (!a.isAsciiAddress())
                return true;
        }
    }
    for (const MailHeader &h : m_extraHeaders) {
        if (isResentAddressHeader(h.name)) {
            for (const MailAddress &a : parseAddressList(h.value)) {
                if (!a.isAsciiAddress())
                    return true;
            }
        }
    }
    return false;
}

} // namespace postel
