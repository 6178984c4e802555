#pragma once

#include "transcript/TranscriptEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace postel {

// A session as a ladder (sequence) diagram, laid out without fonts or widgets: the client's
// and the server's lanes, one item per transcript entry — an arrow per command, reply or run
// of message data, a note per line of Postel's own (information, errors, TLS started) — and
// a band over the part under TLS. Every text is TranscriptFormat's (credentials masked,
// control and bidi characters made visible); renderers (LadderSvg, LadderPainter) only
// draw what is here, in a monospaced font of LadderLayout::FontPixelSize.
struct LadderItem
{
    enum Kind
    {
        Command, // client → server
        Data,    // client → server: message bytes
        Reply,   // server → client
        Tls,     // TLS established (a note across both lanes)
        Note,    // Postel's own information
        Error    // an operation failed
    };
    Kind kind = Note;
    int entry = -1;    // index into the entries laid out
    QRectF rect;       // the item's row (the whole width)
    qreal arrowY = 0;  // arrows: where the arrow runs
    QStringList lines; // what is written: above an arrow, or inside a note
    QString tooltip;   // every line of the entry, for a title or a tooltip
    QString elapsed;   // replies: "12 ms" (time since the command it answers), or ""
    QString offset;    // "+1.234 s": since the first entry laid out
    bool encrypted = false;
    bool negative = false; // a 4xx or 5xx reply
    bool refused = false;  // a 4xx or 5xx reply to RCPT: a refused recipient
    int code = 0;

    bool isArrow() const { return kind == Command || kind == Data || kind == Reply; }
    bool towardsServer() const { return kind == Command || kind == Data; }
};

// A stretch of the session under TLS.
struct LadderBand
{
    qreal top = 0;
    qreal bottom = 0;
};

struct LadderDiagram
{
    QSizeF size;
    qreal clientX = 0; // the lanes' x
    qreal serverX = 0;
    qreal lanesTop = 0; // where the lifelines start (below the titles)
    QRectF clientTitleRect;
    QRectF serverTitleRect;
    QString clientTitle;
    QString serverTitle;
    QString omitted; // "12 earlier entries are not drawn." or ""
    QString title;   // a sentence for the whole picture (an SVG's title, an accessible name)
    QList<LadderItem> items;
    QList<LadderBand> bands;

    int arrowCount() const;
    // The item at a point (-1: none), for tooltips and clicks.
    int itemAt(const QPointF &point) const;
};

class LadderLayout
{
public:
    static constexpr int FontPixelSize = 12;
    static constexpr qreal CharWidth = 7.3; // DejaVu Sans Mono at 12 px, a little over
    static constexpr int DefaultWidth = 820;
    static constexpr int MinimumWidth = 480;

    struct Options
    {
        QString clientTitle; // "" = "Client"
        QString serverTitle; // "" = "Server"
        // The picture's width: the lanes move apart to fill it (at least MinimumWidth).
        int width = DefaultWidth;
        // Only the last this many entries are drawn (a picture stays a picture).
        int maxEntries = 1000;
        // Entries the caller already dropped before those given (counted as not drawn).
        qsizetype earlierEntries = 0;
        // Lines shown of a multi-line reply before "(+N more lines)".
        int maxReplyLines = 12;
    };

    static LadderDiagram layout(const QList<TranscriptEntry> &entries, const Options &options);
    static LadderDiagram layout(const QList<TranscriptEntry> &entries)
    {
        return layout(entries, Options());
    }
    // Cut to `chars` characters, with "…" at the end when cut.
    static QString elided(const QString &text, int chars);

    Q_DECLARE_TR_FUNCTIONS(postel::Ladder)
};

} // namespace postel
