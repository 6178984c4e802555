#pragma once

// Private to core/message: what its .cpp files share to talk to GMime. This and
// GMimeDeviceStream.h are the only headers that include GMime; no public header includes
// either (tests/message/tst_mailmessage.cpp fails to build if GLib leaks into one).

#include "MailAddress.h"

#include <gmime/gmime.h>

#include <QByteArray>
#include <QString>
#include <memory>

namespace postel {

// g_mime_init(), once per process, thread-safely.
void ensureGMimeInitialised();

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
using GCharPtr = std::unique_ptr<char, GFree>;

struct FormatOptionsFree
{
    void operator()(GMimeFormatOptions *p) const { g_mime_format_options_free(p); }
};
using FormatOptionsPtr = std::unique_ptr<GMimeFormatOptions, FormatOptionsFree>;

struct ParserOptionsFree
{
    void operator()(GMimeParserOptions *p) const { g_mime_parser_options_free(p); }
};
using ParserOptionsPtr = std::unique_ptr<GMimeParserOptions, ParserOptionsFree>;

QString fromUtf8(const char *s);

// A memory stream holding a copy of bytes, and the bytes a memory stream holds.
GMimeStream *memStream(const QByteArray &bytes);
QByteArray memStreamBytes(GMimeStream *stream);

// The mailboxes of a GMime address list, a group's members in its place.
void collectMailboxes(InternetAddressList *list, MailAddressList *out);

// GMime 3.2 decodes adjacent base64 ("B") encoded words of one charset as one base64
// stream, so a padded first word ("...z4I=?= =?UTF-8?b?IM6g...") loses everything after it.
// Returns the text with every B word rewritten as the Q word for the same bytes.
QByteArray base64WordsToQ(const QByteArray &text);

// "\r\n" and "\r" as "\n".
QString normaliseNewlines(QString text);

} // namespace postel
