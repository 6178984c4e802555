#include "LadderPainter.h"
#include "LadderStyle.h"
#include "LadderSvg.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>

namespace postel {

namespace {

enum class Anchor
{
    Start,
    Middle,
    End
};

void text(QPainter &p, qreal x, qreal baseline, const QString &s, Anchor anchor)
{
    if (anchor != Anchor::Start) {
        const qreal w = QFontMetricsF(p.font()).horizontalAdvance(s);
        x -= anchor == Anchor::End ? w : w / 2;
    }
    p.drawText(QPointF(x, baseline), s);
}

void paintArrow(QPainter &p, const LadderDiagram &d, const LadderItem &item)
{
    const QColor ink = LadderStyle::itemColour(item);
    const bool right = item.towardsServer();
    const qreal from = right ? d.clientX : d.serverX;
    const qreal to = right ? d.serverX : d.clientX;
    const qreal head = right ? to - LadderStyle::ArrowHead : to + LadderStyle::ArrowHead;
    const qreal y = item.arrowY;
    QPen pen(ink, 1.5);
    if (item.kind == LadderItem::Data)
        pen.setDashPattern({4, 2});
    p.setPen(pen);
    p.drawLine(QPointF(from, y), QPointF(head, y));
    const qreal half = LadderStyle::ArrowHead / 2;
    p.setPen(Qt::NoPen);
    p.setBrush(ink);
    p.drawPolygon(QPolygonF{QPointF(to, y), QPointF(head, y - half), QPointF(head, y + half)});
    p.setBrush(Qt::NoBrush);
    if (item.refused) {
        const qreal x = d.clientX + 14;
        p.setPen(QPen(ink, 2));
        p.drawLine(QPointF(x - 5, y - 5), QPointF(x + 5, y + 5));
        p.drawLine(QPointF(x - 5, y + 5), QPointF(x + 5, y - 5));
    }
    p.setPen(ink);
    const qreal x = right ? d.clientX + 10 : d.serverX - 10;
    qreal baseline = item.rect.top() + 6 + 12;
    for (const QString &line : item.lines) {
        text(p, x, baseline, line, right ? Anchor::Start : Anchor::End);
        baseline += 15;
    }
    if (!item.elapsed.isEmpty()) {
        p.setPen(LadderStyle::dim());
        text(p, d.serverX + 10, y + 4, item.elapsed, Anchor::Start);
    }
}

void paintNote(QPainter &p, const LadderDiagram &d, const LadderItem &item)
{
    const QRectF box(d.clientX + 20, item.rect.top() + 4, d.serverX - d.clientX - 40,
                     item.rect.height() - 8);
    const QColor ink = LadderStyle::itemColour(item);
    p.setPen(QPen(ink, 1));
    p.setBrush(LadderStyle::noteFill(item.kind));
    p.drawRoundedRect(box, 4, 4);
    p.setBrush(Qt::NoBrush);
    qreal baseline = box.top() + 4 + 12;
    for (const QString &line : item.lines) {
        text(p, box.center().x(), baseline, line, Anchor::Middle);
        baseline += 15;
    }
}

} // namespace

QFont LadderPainter::font()
{
    QFont f(QStringLiteral("DejaVu Sans Mono"));
    f.setStyleHint(QFont::Monospace);
    f.setPixelSize(LadderLayout::FontPixelSize);
    return f;
}

void LadderPainter::paint(QPainter &painter, const LadderDiagram &diagram)
{
    paint(painter, diagram, QRectF(QPointF(0, 0), diagram.size));
}

void LadderPainter::paint(QPainter &p, const LadderDiagram &d, const QRectF &exposed)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QFont regular = font();
    QFont bold = regular;
    bold.setBold(true);
    p.setFont(regular);
    p.fillRect(exposed, LadderStyle::background());

    const qreal bandLeft = d.clientX - 40;
    const qreal bandWidth = d.serverX - d.clientX + 80;
    for (const LadderBand &b : d.bands) {
        const QRectF band(bandLeft, b.top, bandWidth, b.bottom - b.top);
        if (!band.intersects(exposed))
            continue;
        p.setPen(QPen(LadderStyle::bandStroke(), 1));
        p.setBrush(LadderStyle::bandFill());
        p.drawRect(band);
        p.setBrush(Qt::NoBrush);
        p.setFont(bold);
        p.setPen(LadderStyle::bandStroke().darker(160));
        text(p, band.right() - 4, band.top() + 14, QStringLiteral("TLS"), Anchor::End);
        p.setFont(regular);
    }
    const auto lane = [&](const QString &title, const QRectF &box, qreal x) {
        p.setPen(QPen(LadderStyle::lifeline(), 1, Qt::DashLine));
        p.drawLine(QPointF(x, d.lanesTop), QPointF(x, d.size.height() - 8));
        if (!box.intersects(exposed))
            return;
        p.setPen(QPen(LadderStyle::ink(), 1));
        p.setBrush(LadderStyle::titleFill());
        p.drawRoundedRect(box, 4, 4);
        p.setBrush(Qt::NoBrush);
        p.setFont(bold);
        text(p, box.center().x(), box.top() + 17, title, Anchor::Middle);
        p.setFont(regular);
    };
    lane(d.clientTitle, d.clientTitleRect, d.clientX);
    lane(d.serverTitle, d.serverTitleRect, d.serverX);
    if (!d.omitted.isEmpty()) {
        p.setPen(LadderStyle::dim());
        text(p, (d.clientX + d.serverX) / 2, d.lanesTop + 18, d.omitted, Anchor::Middle);
    }

    const auto first =
        std::partition_point(d.items.cbegin(), d.items.cend(),
                             [&](const LadderItem &i) { return i.rect.bottom() < exposed.top(); });
    for (auto it = first; it != d.items.cend() && it->rect.top() <= exposed.bottom(); ++it) {
        const LadderItem &item = *it;
        if (!item.offset.isEmpty()) {
            p.setPen(LadderStyle::dim());
            text(p, d.clientX - 14, item.arrowY + 4, item.offset, Anchor::End);
        }
        if (item.isArrow())
            paintArrow(p, d, item);
        else
            paintNote(p, d, item);
    }
    p.restore();
}

QImage LadderPainter::image(const LadderDiagram &diagram, qreal scale)
{
    const QSize size = (diagram.size * scale).toSize();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.fill(LadderStyle::background());
    QPainter p(&image);
    p.scale(scale, scale);
    paint(p, diagram);
    p.end();
    return image;
}

bool LadderFile::isPng(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) == 0;
}

bool LadderFile::save(const LadderDiagram &diagram, const QString &path, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    if (isPng(path)) {
        const QImage image = LadderPainter::image(diagram);
        QImageWriter writer(&f, "png");
        if (image.isNull() || !writer.write(image)) {
            if (error)
                *error = image.isNull() ? QCoreApplication::translate("postel::Ladder",
                                                                      "The picture is too large.")
                                        : writer.errorString();
            f.cancelWriting();
            return false;
        }
    } else if (f.write(LadderSvg::write(diagram).toUtf8()) < 0) {
        if (error)
            *error = f.errorString();
        f.cancelWriting();
        return false;
    }
    if (!f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace postel
