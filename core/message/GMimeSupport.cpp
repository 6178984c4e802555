#include "GMimeSupport.h"

#include <mutex>

namespace postel {

void ensureGMimeInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

QString fromUtf8(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
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

// Quoted-printable ("Q") words do not have GMime's problem with B words: the decoding
// itself stays GMime's.
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

QString normaliseNewlines(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

} // namespace postel
