#include "ServerWords.h"

#include "transcript/TranscriptFormat.h"

#include <QLocale>
#include <QRegularExpression>

namespace postel {

namespace {

// Long multi-line replies (Gmail's run to 500 characters) are quoted whole up to here.
constexpr qsizetype MaxQuoted = 600;

} // namespace

Reply ServerWords::reply(int code, const QByteArray &text)
{
    Reply r;
    r.code = code;
    r.lines = text.split('\n');
    return r;
}

QString ServerWords::plain(const Reply &reply)
{
    // Continuation lines repeat the enhanced status code (Gmail: "550-5.1.1 …" on every line);
    // it is framing, not words, and is said once.
    const QString status = reply.enhancedStatus().toString() + QLatin1Char(' ');
    QStringList lines;
    for (qsizetype i = 0; i < reply.lines.size(); ++i) {
        QString l = QString::fromUtf8(reply.lines.at(i)).trimmed();
        if (i > 0 && status.size() > 1 && (l + QLatin1Char(' ')).startsWith(status))
            l = l.mid(status.size()).trimmed();
        if (!l.isEmpty())
            lines.append(l);
    }
    QString text = QString::number(reply.code);
    const QString joined = lines.join(QLatin1Char(' ')).trimmed();
    if (!joined.isEmpty())
        text += QLatin1Char(' ') + joined;
    if (text.size() > MaxQuoted)
        text = text.left(MaxQuoted) + QStringLiteral("…");
    return TranscriptFormat::escaped(text);
}

QString ServerWords::quote(const Reply &reply)
{
    return quote(plain(reply));
}

QString ServerWords::quote(const QString &text)
{
    return tr("“%1”", "quotation marks around the server's own words").arg(text);
}

bool ServerWords::contains(const Reply &reply, std::initializer_list<const char *> needles)
{
    const QByteArray text = reply.text().toLower();
    for (const char *n : needles) {
        if (text.contains(QByteArray(n).toLower()))
            return true;
    }
    return false;
}

bool ServerWords::hasStatus(const Reply &reply, int klass, int subject, int detail)
{
    const EnhancedStatus s = reply.enhancedStatus();
    return s.isValid() && s.klass == klass && s.subject == subject && s.detail == detail;
}

QString ServerWords::blocklist(const Reply &reply)
{
    static const struct
    {
        const char *needle;
        const char *name;
    } lists[] = {
        {"spamhaus", "Spamhaus"},
        {"barracuda", "Barracuda"},
        {"spamcop", "SpamCop"},
        {"sorbs", "SORBS"},
        {"uceprotect", "UCEPROTECT"},
        {"psbl", "PSBL"},
        {"mailspike", "Mailspike"},
        {"abuseat", "CBL"},
        {"block list (s3150)", "Microsoft (S3150)"},
    };
    const QByteArray text = reply.text().toLower();
    for (const auto &l : lists) {
        if (text.contains(l.needle))
            return QString::fromLatin1(l.name);
    }
    return {};
}

bool ServerWords::mentionsBlocklist(const Reply &reply)
{
    const QByteArray text = reply.text().toLower();
    return !blocklist(reply).isEmpty() || text.contains("blocked using") ||
           text.contains("blacklist") || text.contains("blocklist") ||
           text.contains("block list") || text.contains("dnsbl") || text.contains(" rbl");
}

int ServerWords::retryAfterSeconds(const Reply &reply)
{
    static const QRegularExpression re(
        QStringLiteral("(\\d+)\\s*(seconds?|secs?|s\\b|minutes?|mins?|hours?)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(reply.text()));
    if (!m.hasMatch())
        return -1;
    const int n = m.captured(1).toInt();
    const QString unit = m.captured(2).toLower();
    if (unit.startsWith(QLatin1Char('h')))
        return n * 3600;
    if (unit.startsWith(QLatin1Char('m')))
        return n * 60;
    return n;
}

QString ServerWords::duration(int seconds)
{
    if (seconds >= 3600 && seconds % 3600 == 0)
        return tr("%n hour(s)", nullptr, seconds / 3600);
    if (seconds >= 60)
        return tr("%n minute(s)", nullptr, (seconds + 59) / 60);
    return tr("%n second(s)", nullptr, seconds);
}

QString ServerWords::command(const QByteArray &verb)
{
    if (verb.isEmpty())
        return tr("the greeting");
    if (verb == "MAIL")
        return QStringLiteral("MAIL FROM");
    if (verb == "RCPT")
        return QStringLiteral("RCPT TO");
    if (verb == ".")
        return tr("the end of the message");
    if (verb == "BDAT")
        return tr("the message (BDAT)");
    return QString::fromLatin1(verb);
}

QString ServerWords::size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace postel
