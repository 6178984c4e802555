#include "MessageReader.h"
#include "AddressList.h"
#include "GMimeSupport.h"
#include "HeaderNames.h"
#include "MailMessage.h"
#include "MessageText.h"

#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

namespace postel {

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
    GCharPtr mime(ct ? g_mime_content_type_get_mime_type(ct) : g_strdup("text/plain"));
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
            GCharPtr text(g_mime_text_part_get_text(GMIME_TEXT_PART(object)));
            msg.setTextBody(normaliseNewlines(fromUtf8(text.get())));
            haveText = true;
            return;
        }
        if (type == QLatin1String("text/html") && !haveHtml) {
            GCharPtr text(g_mime_text_part_get_text(GMIME_TEXT_PART(object)));
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

// GMime reads "a@x)<b@y>" as one of the two: every address header is read strictly first,
// from its raw text, and one that holds anything ambiguous refuses the message.
QString addressHeaderProblem(GMimeMessage *m)
{
    GMimeHeaderList *headers = g_mime_object_get_header_list(GMIME_OBJECT(m));
    const int count = g_mime_header_list_get_count(headers);
    for (int i = 0; i < count; ++i) {
        GMimeHeader *h = g_mime_header_list_get_header_at(headers, i);
        const QByteArray name(g_mime_header_get_name(h));
        if (!HeaderNames::isAddress(name))
            continue;
        const QString problem =
            AddressList::syntaxProblem(fromUtf8(g_mime_header_get_raw_value(h)));
        if (!problem.isEmpty())
            return MessageText::tr("The %1 header cannot be read safely: %2")
                .arg(QString::fromLatin1(name), problem);
    }
    return {};
}

void readFields(GMimeMessage *m, MailMessage &msg)
{
    msg.setFrom(addressesOf(m, GMIME_ADDRESS_TYPE_FROM));
    const MailAddressList sender = addressesOf(m, GMIME_ADDRESS_TYPE_SENDER);
    if (!sender.isEmpty())
        msg.setSender(sender.first());
    msg.setReplyTo(addressesOf(m, GMIME_ADDRESS_TYPE_REPLY_TO));
    msg.setTo(addressesOf(m, GMIME_ADDRESS_TYPE_TO));
    msg.setCc(addressesOf(m, GMIME_ADDRESS_TYPE_CC));
    msg.setBcc(addressesOf(m, GMIME_ADDRESS_TYPE_BCC));
    msg.setSubject(fromUtf8(g_mime_message_get_subject(m)));
    msg.setMessageId(fromUtf8(g_mime_message_get_message_id(m)));
    if (GDateTime *d = g_mime_message_get_date(m)) {
        const int offset = int(g_date_time_get_utc_offset(d) / G_TIME_SPAN_SECOND);
        msg.setDate(QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(d), QTimeZone(offset)));
    }
}

void readExtraHeaders(GMimeMessage *m, MailMessage &msg)
{
    GMimeHeaderList *headers = g_mime_object_get_header_list(GMIME_OBJECT(m));
    const int count = g_mime_header_list_get_count(headers);
    for (int i = 0; i < count; ++i) {
        GMimeHeader *h = g_mime_header_list_get_header_at(headers, i);
        const QByteArray name(g_mime_header_get_name(h));
        if (HeaderNames::isStructural(name))
            continue;
        QString value;
        if (HeaderNames::isResentAddress(name)) {
            MailAddressList list;
            ParserOptionsPtr apo(g_mime_parser_options_new());
            GPtr<InternetAddressList> parsed(
                internet_address_list_parse(apo.get(), g_mime_header_get_raw_value(h)));
            collectMailboxes(parsed.get(), &list);
            value = formatAddressList(list);
        } else {
            value = fromUtf8(g_mime_header_get_value(h)).trimmed();
        }
        msg.addHeader(name, value);
    }
}

} // namespace

std::optional<MailMessage> MessageReader::read(const QByteArray &bytes, QString *error)
{
    ensureGMimeInitialised();
    const QString problem = checkHeaderSection(bytes);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }

    ParserOptionsPtr po(g_mime_parser_options_new());
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

    const QString addressProblem = addressHeaderProblem(m.get());
    if (!addressProblem.isEmpty()) {
        if (error)
            *error = addressProblem;
        return std::nullopt;
    }
    MailMessage msg;
    readFields(m.get(), msg);
    readExtraHeaders(m.get(), msg);
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

std::optional<MailMessage> MessageReader::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = MessageText::tr("Cannot open “%1”: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString err;
    auto msg = read(file.readAll(), &err);
    if (!msg && error)
        *error = MessageText::tr("%1: %2").arg(QFileInfo(path).fileName(), err);
    return msg;
}

} // namespace postel
