#include "TranscriptFormat.h"

#include <QCoreApplication>

#include <climits>

namespace postel {

const QString TranscriptFormat::Mask = QStringLiteral("********");

namespace {

// The entry's words split into lines, masked unless revealed, not escaped.
QStringList rawLines(const TranscriptEntry &entry, bool reveal)
{
    if (entry.direction == TranscriptEntry::Data)
        return {TranscriptFormat::dataText(entry.dataBytes)};
    QStringList out;
    for (const TranscriptFormat::Line &l : TranscriptFormat::splitLines(entry)) {
        if (l.secretFrom >= 0 && !reveal)
            out.append(QString::fromUtf8(l.bytes.left(l.secretFrom)) + TranscriptFormat::Mask);
        else
            out.append(QString::fromUtf8(l.bytes));
    }
    return out;
}

} // namespace

QString TranscriptFormat::dataText(qint64 bytes)
{
    // Computed apart: lupdate 6.4 loops forever on a template call among translate()'s
    // arguments.
    const int n = int(std::min<qint64>(bytes, INT_MAX));
    return QCoreApplication::translate("postel::Transcript", "[message data: %n bytes]", nullptr, n);
}

QList<TranscriptFormat::Line> TranscriptFormat::splitLines(const TranscriptEntry &entry)
{
    QList<Line> out;
    if (entry.direction == TranscriptEntry::Data)
        return out;
    qsizetype offset = 0;
    const QList<QByteArray> parts = entry.bytes.split('\n');
    out.reserve(parts.size());
    for (const QByteArray &part : parts) {
        Line l;
        l.bytes = part;
        if (l.bytes.endsWith('\r'))
            l.bytes.chop(1);
        if (entry.secretFrom >= 0 && entry.secretFrom < offset + part.size() + 1)
            l.secretFrom = qMax<qsizetype>(0, entry.secretFrom - offset);
        offset += part.size() + 1;
        out.append(std::move(l));
    }
    return out;
}

QString TranscriptFormat::displayLine(const QByteArray &bytes, qsizetype secretFrom,
                                      bool revealSecrets)
{
    if (secretFrom >= 0 && !revealSecrets)
        return escaped(QString::fromUtf8(bytes.left(secretFrom))) + Mask;
    return escaped(QString::fromUtf8(bytes));
}

QString TranscriptFormat::escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '\t') {
            out += QLatin1Char(' ');
        } else if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0)) {
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        } else if (u == 0x061c || u == 0x200e || u == 0x200f || (u >= 0x202a && u <= 0x202e) ||
                   (u >= 0x2066 && u <= 0x2069) || u == 0xfeff) {
            out += QStringLiteral("<U+%1>").arg(int(u), 4, 16, QLatin1Char('0')).toUpper();
        } else {
            out += c;
        }
    }
    return out;
}

QStringList TranscriptFormat::lines(const TranscriptEntry &entry, bool revealSecrets)
{
    QStringList out = rawLines(entry, revealSecrets);
    for (QString &l : out)
        l = escaped(l);
    return out;
}

QString TranscriptFormat::text(const TranscriptEntry &entry, bool revealSecrets)
{
    return rawLines(entry, revealSecrets).join(QLatin1Char('\n'));
}

QString TranscriptFormat::marker(const TranscriptEntry &entry)
{
    switch (entry.direction) {
    case TranscriptEntry::Client:
    case TranscriptEntry::Data:
        return entry.encrypted ? QStringLiteral("~>") : QStringLiteral("->");
    case TranscriptEntry::Server:
        return entry.encrypted ? QStringLiteral("<~") : QStringLiteral("<-");
    case TranscriptEntry::TlsStart:
    case TranscriptEntry::Info:
        return QStringLiteral("===");
    case TranscriptEntry::Error:
        return QStringLiteral("***");
    }
    return {};
}

QString TranscriptFormat::glyph(TranscriptEntry::Direction direction, bool encrypted)
{
    switch (direction) {
    case TranscriptEntry::Client:
    case TranscriptEntry::Data:
        return encrypted ? QStringLiteral("⇒") : QStringLiteral("→");
    case TranscriptEntry::Server:
        return encrypted ? QStringLiteral("⇐") : QStringLiteral("←");
    case TranscriptEntry::TlsStart:
        return QStringLiteral("═");
    case TranscriptEntry::Info:
        return QStringLiteral("•");
    case TranscriptEntry::Error:
        return QStringLiteral("✖");
    }
    return {};
}

QString TranscriptFormat::directionName(TranscriptEntry::Direction direction)
{
    switch (direction) {
    case TranscriptEntry::Client:
        return QStringLiteral("client");
    case TranscriptEntry::Server:
        return QStringLiteral("server");
    case TranscriptEntry::TlsStart:
        return QStringLiteral("tls");
    case TranscriptEntry::Info:
        return QStringLiteral("info");
    case TranscriptEntry::Error:
        return QStringLiteral("error");
    case TranscriptEntry::Data:
        return QStringLiteral("data");
    }
    return QStringLiteral("info");
}

QString TranscriptFormat::elapsedText(qint64 ms)
{
    return QCoreApplication::translate("postel::Transcript", "%1 ms").arg(ms);
}

QString TranscriptFormat::debugText(const TranscriptEntry &entry, int level, bool revealSecrets)
{
    const QString stamp = level >= 2
                              ? entry.time.toString(QStringLiteral("HH:mm:ss.zzz")) +
                                    QLatin1Char(' ')
                              : QString();
    const QString prefix = stamp + marker(entry) + QLatin1Char(' ');
    QStringList out;
    for (const QString &l : lines(entry, revealSecrets))
        out.append(prefix + l);
    return out.join(QLatin1Char('\n'));
}

QString TranscriptFormat::toText(const QList<TranscriptEntry> &entries, const Options &options)
{
    QString out;
    for (const TranscriptEntry &e : entries) {
        const QString stamp = options.timestamps ? e.time.toString(QStringLiteral("HH:mm:ss.zzz")) +
                                                       QLatin1Char(' ')
                                                 : QString();
        const QStringList ls = lines(e, options.revealSecrets);
        for (qsizetype i = 0; i < ls.size(); ++i) {
            out += stamp + marker(e) + QLatin1Char(' ') + ls.at(i);
            if (options.elapsed && i + 1 == ls.size() && e.elapsedMs >= 0)
                out += QStringLiteral("  (") + elapsedText(e.elapsedMs) + QLatin1Char(')');
            out += QLatin1Char('\n');
        }
    }
    return out;
}

QJsonObject TranscriptFormat::toJson(const TranscriptEntry &entry)
{
    QJsonObject o{{QStringLiteral("time"), entry.time.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("direction"), directionName(entry.direction)},
                  {QStringLiteral("text"), rawLines(entry, false).join(QStringLiteral("\r\n"))}};
    if (entry.elapsedMs >= 0)
        o[QStringLiteral("elapsed_ms")] = entry.elapsedMs;
    if (entry.encrypted)
        o[QStringLiteral("tls")] = true;
    return o;
}

} // namespace postel
