#include "MessageWriter.h"
#include "GMimeDeviceStream.h"
#include "GMimeSupport.h"
#include "HeaderNames.h"
#include "MailMessage.h"
#include "MessageText.h"

#include <QFile>
#include <QStringDecoder>

#include <fcntl.h>

namespace postel {

namespace {

InternetAddress *toInternetAddress(const MailAddress &a)
{
    InternetAddress *ia = internet_address_mailbox_new(
        a.name.isEmpty() ? nullptr : a.name.toUtf8().constData(), a.address.toUtf8().constData());
    internet_address_set_charset(ia, "utf-8");
    return ia;
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

QString notAsciiError(const MailAddress &a)
{
    return MessageText::tr("The address “%1” is not ASCII: it can only be sent to a server "
                           "that offers SMTPUTF8.")
        .arg(a.address);
}

bool writeHeaders(const MailMessage &msg, GMimeMessage *message, SerialiseState &state)
{
    const SerialiseOptions &options = state.options;
    if (!options.smtpUtf8) {
        const QList<MailAddressList> lists = {msg.from(), {msg.sender()}, msg.replyTo(),
                                              msg.to(),   msg.cc(),       msg.bcc()};
        for (const MailAddressList &list : lists) {
            for (const MailAddress &a : list) {
                if (!a.isAsciiAddress()) {
                    state.error = notAsciiError(a);
                    return false;
                }
            }
        }
    }
    GMimeObject *top = GMIME_OBJECT(message);
    GDateTime *date = toGDateTime(msg.date());
    g_mime_message_set_date(message, date);
    g_date_time_unref(date);
    setAddressHeader(message, GMIME_ADDRESS_TYPE_FROM, msg.from());
    if (!msg.sender().isEmpty())
        setAddressHeader(message, GMIME_ADDRESS_TYPE_SENDER, {msg.sender()});
    setAddressHeader(message, GMIME_ADDRESS_TYPE_REPLY_TO, msg.replyTo());
    setAddressHeader(message, GMIME_ADDRESS_TYPE_TO, msg.to());
    setAddressHeader(message, GMIME_ADDRESS_TYPE_CC, msg.cc());
    if (options.includeBcc)
        setAddressHeader(message, GMIME_ADDRESS_TYPE_BCC, msg.bcc());
    g_mime_message_set_subject(message, msg.subject().toUtf8().constData(), "utf-8");
    g_mime_message_set_message_id(message, msg.messageId().toUtf8().constData());
    for (const MailHeader &h : msg.extraHeaders()) {
        if (HeaderNames::isStructural(h.name) ||
            (!options.includeBcc && HeaderNames::isBcc(h.name)))
            continue;
        if (h.name.isEmpty() || h.name.contains(':') || h.name.contains(' ')) {
            state.error =
                MessageText::tr("“%1” is not a valid header name.").arg(QString::fromUtf8(h.name));
            return false;
        }
        if (HeaderNames::isResentAddress(h.name)) {
            QString err;
            const MailAddressList list = parseAddressList(h.value, &err);
            if (!err.isEmpty()) {
                state.error = MessageText::tr("Header %1: %2").arg(QString::fromUtf8(h.name), err);
                return false;
            }
            for (const MailAddress &a : list) {
                if (!options.smtpUtf8 && !a.isAsciiAddress()) {
                    state.error = notAsciiError(a);
                    return false;
                }
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
    return true;
}

// A multipart of `subtype` holding `first` and then the attachments; nullptr on error.
GMimeObject *multipart(const char *subtype, GMimeObject *first,
                       const QList<MailAttachment> &attachments, SerialiseState &state)
{
    GPtr<GMimeMultipart> parts(g_mime_multipart_new_with_subtype(subtype));
    g_mime_multipart_add(parts.get(), first);
    for (const MailAttachment &a : attachments) {
        GPtr<GMimeObject> part(makeAttachmentPart(a, state));
        if (!part)
            return nullptr;
        g_mime_multipart_add(parts.get(), part.get());
    }
    return GMIME_OBJECT(parts.release());
}

// text [| alternative(text, html [| related(html, inline images)])] [| mixed(…, files)];
// nullptr on error.
GMimeObject *makeBody(const MailMessage &msg, SerialiseState &state)
{
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
            html.reset(multipart("related", html.get(), inlines, state));
            if (!html)
                return nullptr;
        }
        GPtr<GMimeMultipart> alternative(g_mime_multipart_new_with_subtype("alternative"));
        g_mime_multipart_add(alternative.get(), body.get());
        g_mime_multipart_add(alternative.get(), html.get());
        body.reset(GMIME_OBJECT(alternative.release()));
    }
    if (!remaining.isEmpty())
        body.reset(multipart("mixed", body.get(), remaining, state));
    return body.release();
}

bool writeOut(GMimeObject *top, QIODevice *out, SerialiseState &state)
{
    FormatOptionsPtr format(g_mime_format_options_new());
    const bool crlf = state.options.lineEnding == SerialiseOptions::LineEnding::Crlf;
    g_mime_format_options_set_newline_format(format.get(), crlf ? GMIME_NEWLINE_FORMAT_DOS
                                                                : GMIME_NEWLINE_FORMAT_UNIX);
    GPtr<GMimeStream> device(GMimeDeviceStream::create(out));
    // GMime leaves some content line ends as they are: a filter makes every one the same.
    GPtr<GMimeStream> filtered(g_mime_stream_filter_new(device.get()));
    GPtr<GMimeFilter> newline(crlf ? g_mime_filter_unix2dos_new(FALSE)
                                   : g_mime_filter_dos2unix_new(FALSE));
    g_mime_stream_filter_add(GMIME_STREAM_FILTER(filtered.get()), newline.get());
    const gint64 written = g_mime_object_write_to_stream(top, format.get(), filtered.get());
    g_mime_stream_flush(filtered.get());
    if (written < 0 || GMimeDeviceStream::failed(device.get())) {
        state.error = MessageText::tr("Writing the message failed: %1").arg(out->errorString());
        return false;
    }
    return true;
}

} // namespace

MessageWriter::MessageWriter(const SerialiseOptions &options) : m_options(options) {}

bool MessageWriter::write(const MailMessage &message, QIODevice *out)
{
    ensureGMimeInitialised();
    m_error.clear();
    m_used8bit = false;
    if (!out || !out->isWritable()) {
        m_error = MessageText::tr("The output is not open for writing.");
        return false;
    }
    MailMessage msg = message;
    msg.ensureDateAndMessageId();
    SerialiseState state{m_options, {}, false};
    GPtr<GMimeMessage> gmessage(g_mime_message_new(FALSE));
    if (!writeHeaders(msg, gmessage.get(), state)) {
        m_error = state.error;
        return false;
    }
    GPtr<GMimeObject> body(makeBody(msg, state));
    if (!body) {
        m_error = state.error;
        return false;
    }
    g_mime_message_set_mime_part(gmessage.get(), body.get());
    if (!writeOut(GMIME_OBJECT(gmessage.get()), out, state)) {
        m_error = state.error;
        return false;
    }
    m_used8bit = state.used8bit;
    return true;
}

} // namespace postel
