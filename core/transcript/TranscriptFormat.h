#pragma once

#include "TranscriptEntry.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace postel {

// The one place where transcript entries become text: credentials masked (unless revealing
// is asked for explicitly), control and bidirectional-formatting characters made visible
// (server text must never pass for Postel's own words, nor repaint a terminal), and the
// shapes everything else shows — the debug stream, the exported text, the GUI's lines and
// postel-cli's JSON.
class TranscriptFormat
{
public:
    static const QString Mask;

    struct Options
    {
        bool timestamps = true;     // "HH:mm:ss.zzz " before each line
        bool elapsed = false;       // "  (12 ms)" after a reply's last line
        bool revealSecrets = false; // show credentials as sent
    };

    // Control characters as \xNN and bidi controls as <U+202E>; a tab becomes a space.
    static QString escaped(const QString &text);
    // The entry's own words, one string per line (a multi-line reply gives one per reply
    // line), masked unless revealed, escaped. Data: "[message data: N bytes]".
    static QStringList lines(const TranscriptEntry &entry, bool revealSecrets = false);
    // The same lines joined with "\n", unescaped: for JSON, where the encoder escapes.
    static QString text(const TranscriptEntry &entry, bool revealSecrets = false);
    // A credential is masked in this entry (unless revealed).
    static bool hasSecret(const TranscriptEntry &entry) { return entry.secretFrom >= 0; }

    // For views that keep an entry as separate lines (the GUI's model): the entry's lines
    // as sent, each with where its secret starts (-1: none), and one such line made
    // displayable — masked unless revealed, escaped.
    struct Line
    {
        QByteArray bytes;
        qsizetype secretFrom = -1;
    };
    static QList<Line> splitLines(const TranscriptEntry &entry);
    static QString displayLine(const QByteArray &bytes, qsizetype secretFrom, bool revealSecrets);
    // "[message data: N bytes]"
    static QString dataText(qint64 bytes);
    static QString glyph(TranscriptEntry::Direction direction, bool encrypted);

    // swaks' markers: "->" sent, "<-" received, "~>"/"<~" under TLS, "===" info, "***" error.
    static QString marker(const TranscriptEntry &entry);
    // The GUI's glyphs: → ← (⇒ ⇐ under TLS), ═ TLS, • info, ✖ error.
    static QString glyph(const TranscriptEntry &entry)
    {
        return glyph(entry.direction, entry.encrypted);
    }
    // JSON's name for the direction: client, server, tls, info, error, data.
    static QString directionName(TranscriptEntry::Direction direction);

    // smtplib's debug output: level 1 "-> EHLO x" per line, level 2 with a timestamp first.
    static QString debugText(const TranscriptEntry &entry, int level, bool revealSecrets = false);
    // A whole transcript as text (export, "Save as text", copy), one line per entry line.
    static QString toText(const QList<TranscriptEntry> &entries, const Options &options);
    // One entry as postel-cli's JSON: {time, direction, text, elapsed_ms?, tls?}; always masked.
    static QJsonObject toJson(const TranscriptEntry &entry);
    // "1 234 ms" style latency for display.
    static QString elapsedText(qint64 ms);
};

} // namespace postel
