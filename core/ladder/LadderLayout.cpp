#include "LadderLayout.h"
#include "transcript/TranscriptFormat.h"

#include <QLocale>

#include <algorithm>
#include <climits>
#include <cmath>

namespace postel {

namespace {

constexpr qreal LineHeight = 15;
constexpr qreal OffsetColumn = 110; // the client's lane: room for "+12.345 s" on its left
constexpr qreal RightColumn = 90;   // the elapsed times, right of the server's lane
constexpr qreal TitleHeight = 26;
constexpr qreal TitleTop = 10;

int charsFor(qreal width)
{
    return std::max(8, int(width / LadderLayout::CharWidth));
}

// Words wrapped to lines of at most `chars`, at most `maxLines` (the last one elided).
QStringList wrapped(const QString &text, int chars, int maxLines)
{
    QStringList out;
    QString line;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (line.isEmpty()) {
            line = w;
        } else if (line.size() + 1 + w.size() <= chars) {
            line += QLatin1Char(' ') + w;
        } else {
            if (out.size() + 1 == maxLines) {
                out.append(LadderLayout::elided(
                    line + QLatin1Char(' ') + words.mid(i).join(QLatin1Char(' ')), chars));
                return out;
            }
            out.append(LadderLayout::elided(line, chars));
            line = w;
        }
    }
    if (!line.isEmpty() || out.isEmpty())
        out.append(LadderLayout::elided(line, chars));
    return out;
}

LadderItem::Kind kindOf(TranscriptEntry::Direction d)
{
    switch (d) {
    case TranscriptEntry::Client:
        return LadderItem::Command;
    case TranscriptEntry::Data:
        return LadderItem::Data;
    case TranscriptEntry::Server:
        return LadderItem::Reply;
    case TranscriptEntry::TlsStart:
        return LadderItem::Tls;
    case TranscriptEntry::Error:
        return LadderItem::Error;
    case TranscriptEntry::Info:
        break;
    }
    return LadderItem::Note;
}

} // namespace

int LadderDiagram::arrowCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [](const LadderItem &i) { return i.isArrow(); }));
}

int LadderDiagram::itemAt(const QPointF &point) const
{
    // Rows are laid out top to bottom: a binary search.
    const auto it = std::partition_point(items.cbegin(), items.cend(), [&](const LadderItem &i) {
        return i.rect.bottom() <= point.y();
    });
    if (it == items.cend() || !it->rect.contains(point))
        return -1;
    return int(it - items.cbegin());
}

QString LadderLayout::elided(const QString &text, int chars)
{
    if (text.size() <= chars)
        return text;
    return text.left(std::max(0, chars - 1)) + QChar(0x2026);
}

LadderDiagram LadderLayout::layout(const QList<TranscriptEntry> &entries, const Options &options)
{
    LadderDiagram d;
    const qreal laneGap = std::max(options.width, MinimumWidth) - OffsetColumn - RightColumn;
    d.clientX = OffsetColumn;
    d.serverX = OffsetColumn + laneGap;
    const qreal width = d.serverX + RightColumn;
    d.clientTitle = options.clientTitle.isEmpty() ? tr("Client") : options.clientTitle;
    d.serverTitle = options.serverTitle.isEmpty() ? tr("Server") : options.serverTitle;
    d.clientTitle = elided(TranscriptFormat::escaped(d.clientTitle), 26);
    d.serverTitle = elided(TranscriptFormat::escaped(d.serverTitle), 40);
    d.title = tr("SMTP session between %1 and %2").arg(d.clientTitle, d.serverTitle);
    auto titleRect = [](const QString &t, qreal x) {
        const qreal w = std::max<qreal>(100, t.size() * CharWidth + 24);
        return QRectF(x - w / 2, TitleTop, w, TitleHeight);
    };
    d.clientTitleRect = titleRect(d.clientTitle, d.clientX);
    if (d.clientTitleRect.left() < 4)
        d.clientTitleRect.moveLeft(4);
    d.serverTitleRect = titleRect(d.serverTitle, d.serverX);
    if (d.serverTitleRect.right() > width - 4)
        d.serverTitleRect.moveRight(width - 4);
    d.lanesTop = TitleTop + TitleHeight;

    qreal y = d.lanesTop + 10;
    const qsizetype first =
        options.maxEntries > 0 ? std::max<qsizetype>(0, entries.size() - options.maxEntries) : 0;
    const qsizetype notDrawn = first + std::max<qsizetype>(0, options.earlierEntries);
    if (notDrawn > 0) {
        d.omitted = tr("%n earlier entries are not drawn.", nullptr,
                       int(std::min<qsizetype>(notDrawn, INT_MAX)));
        y += LineHeight;
    }
    const QDateTime start = entries.value(first).time;
    const int arrowChars = charsFor(laneGap - 24);
    const qreal noteWidth = laneGap - 40;
    const int noteChars = charsFor(noteWidth - 16);
    const QLocale locale;

    d.items.reserve(entries.size() - first);
    for (qsizetype i = first; i < entries.size(); ++i) {
        const TranscriptEntry &e = entries.at(i);
        LadderItem item;
        item.kind = kindOf(e.direction);
        item.entry = int(i);
        item.encrypted = e.encrypted || e.direction == TranscriptEntry::TlsStart;
        item.code = e.code;
        const QStringList text = TranscriptFormat::lines(e); // masked, escaped
        item.tooltip = text.join(QLatin1Char('\n'));
        if (start.isValid() && e.time.isValid())
            item.offset =
                tr("+%1 s").arg(locale.toString(double(start.msecsTo(e.time)) / 1000.0, 'f', 3));
        if (item.isArrow()) {
            const int shown = item.kind == LadderItem::Reply
                                  ? int(std::min<qsizetype>(text.size(), options.maxReplyLines))
                                  : 1;
            for (int l = 0; l < shown && l < text.size(); ++l)
                item.lines.append(elided(text.at(l), arrowChars));
            if (text.size() > shown) {
                const int more = int(text.size() - shown);
                item.lines.append(tr("(+%n more lines)", nullptr, more));
            }
            if (item.lines.isEmpty())
                item.lines.append(QString());
            if (item.kind == LadderItem::Reply) {
                item.negative = e.code >= 400;
                item.refused = item.negative && e.verb == "RCPT";
                if (e.elapsedMs >= 0)
                    item.elapsed = TranscriptFormat::elapsedText(e.elapsedMs);
                if (item.refused)
                    item.lines.append(QStringLiteral("✖ ") + tr("recipient refused"));
            }
            const qreal top = y;
            item.arrowY = top + 6 + item.lines.size() * LineHeight + 5;
            item.rect = QRectF(0, top, width, item.arrowY + 8 - top);
        } else {
            item.lines = wrapped(text.join(QLatin1Char(' ')), noteChars, 3);
            item.rect = QRectF(0, y, width, item.lines.size() * LineHeight + 16);
            item.arrowY = item.rect.center().y();
        }
        y = item.rect.bottom();
        d.items.append(std::move(item));
    }

    // TLS bands: each run of encrypted items.
    for (const LadderItem &item : std::as_const(d.items)) {
        if (!item.encrypted)
            continue;
        const bool extends =
            !d.bands.isEmpty() && qFuzzyCompare(d.bands.last().bottom, item.rect.top());
        if (extends)
            d.bands.last().bottom = item.rect.bottom();
        else
            d.bands.append({item.rect.top(), item.rect.bottom()});
    }
    d.size = QSizeF(width, std::ceil(y + 16));
    return d;
}

} // namespace postel
