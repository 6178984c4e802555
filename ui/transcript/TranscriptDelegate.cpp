#include "TranscriptDelegate.h"
#include "TranscriptModel.h"
#include "common/Colours.h"
#include "transcript/TranscriptFormat.h"

#include <QApplication>
#include <QPainter>

namespace postel {

namespace {
QColor kindHue(int kind, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (kind) {
    case TranscriptEntry::Client:
    case TranscriptEntry::Data:
        return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x4f, 0xa0);
    case TranscriptEntry::Server:
        return dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x1e, 0x6b, 0x34);
    case TranscriptEntry::TlsStart:
        return dark ? QColor(0xe0, 0xb8, 0x5c) : QColor(0x8a, 0x5a, 0x00);
    case TranscriptEntry::Error:
        return dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xb0, 0x1c, 0x1c);
    default:
        return Colours::dimText(palette);
    }
}

// The kind's hue, made readable on the list's base colour (a high-contrast theme may need
// the text colour itself).
QColor kindColour(int kind, const QPalette &palette)
{
    return Colours::readable(kindHue(kind, palette), palette.color(QPalette::Base),
                             palette.color(QPalette::Text));
}
} // namespace

QSize TranscriptDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return QSize(200, option.fontMetrics.height() + 4);
}

void TranscriptDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    if (opt.state & QStyle::State_HasFocus) {
        // The current line, where the keyboard is (the style's focus frame, as the standard
        // delegate draws it).
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = opt.rect.adjusted(1, 0, -1, 0);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        focus.backgroundColor = opt.palette.color(
            opt.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Base);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }

    const int kind = index.data(TranscriptModel::KindRole).toInt();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &pal = opt.palette;
    const QColor base = selected ? pal.color(QPalette::HighlightedText) : kindColour(kind, pal);
    const QColor dim = selected ? pal.color(QPalette::HighlightedText) : Colours::dimText(pal);
    const QFontMetrics &fm = opt.fontMetrics;
    QRect r = opt.rect.adjusted(4, 0, -4, 0);
    painter->save();
    painter->setFont(opt.font);

    const auto *model = qobject_cast<const TranscriptModel *>(index.model());
    if (model && model->showTimestamps()) {
        const QString stamp = index.data(TranscriptModel::TimeRole)
                                  .toDateTime()
                                  .toString(QStringLiteral("HH:mm:ss.zzz"));
        painter->setPen(dim);
        painter->drawText(r, Qt::AlignVCenter | Qt::AlignLeft, stamp);
        r.setLeft(r.left() + fm.horizontalAdvance(stamp) +
                  fm.horizontalAdvance(QLatin1Char(' ')) * 2);
    }

    const QString body = index.data(TranscriptModel::BodyRole).toString();
    if (kind == TranscriptEntry::TlsStart) {
        // ─── TLS started … ───
        const QString text = body;
        const int w = qMin(fm.horizontalAdvance(text) + 16, r.width());
        const int mid = r.center().y();
        painter->setPen(QPen(base, 1));
        const int left = r.left() + (r.width() - w) / 2;
        painter->drawLine(r.left(), mid, left - 2, mid);
        painter->drawLine(left + w + 2, mid, r.right(), mid);
        painter->drawText(QRect(left, r.top(), w, r.height()), Qt::AlignCenter,
                          fm.elidedText(text, Qt::ElideRight, w));
        painter->restore();
        return;
    }

    // A small padlock before every line sent or received under TLS (shape, not colour).
    const int lockWidth = fm.height() * 2 / 3;
    if (index.data(TranscriptModel::EncryptedRole).toBool()) {
        const int h = fm.height() / 2;
        const int top = r.center().y() - h / 2 + 1;
        const QRect body(r.left(), top, lockWidth - 2, h);
        painter->setPen(QPen(dim, 1));
        painter->setBrush(dim);
        painter->drawRect(body.adjusted(0, 0, -1, -1));
        painter->setBrush(Qt::NoBrush);
        const int sw = body.width() - 4;
        painter->drawArc(QRect(body.left() + 2, top - h / 2 - 1, sw, h), 0, 180 * 16);
        painter->drawLine(body.left() + 2, top - 1, body.left() + 2, top);
        painter->drawLine(body.left() + 2 + sw, top - 1, body.left() + 2 + sw, top);
    }
    r.setLeft(r.left() + lockWidth + 2);

    const QString glyph = index.data(TranscriptModel::GlyphRole).toString();
    painter->setPen(base);
    QFont bold = opt.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->drawText(r, Qt::AlignVCenter | Qt::AlignLeft, glyph);
    const int glyphWidth = QFontMetrics(bold).horizontalAdvance(QStringLiteral("⇐")) +
                           fm.horizontalAdvance(QLatin1Char(' '));
    r.setLeft(r.left() + glyphWidth);
    painter->setFont(opt.font);

    const qint64 elapsed = index.data(TranscriptModel::ElapsedRole).toLongLong();
    if (elapsed >= 0) {
        const QString e = TranscriptFormat::elapsedText(elapsed);
        painter->setPen(dim);
        painter->drawText(r, Qt::AlignVCenter | Qt::AlignRight, e);
        r.setRight(r.right() - fm.horizontalAdvance(e) -
                   fm.horizontalAdvance(QLatin1Char(' ')) * 2);
    }
    painter->setPen(kind == TranscriptEntry::Info ? dim : base);
    if (kind == TranscriptEntry::Info) {
        QFont italic = opt.font;
        italic.setItalic(true);
        painter->setFont(italic);
    }
    painter->drawText(r, Qt::AlignVCenter | Qt::AlignLeft,
                      fm.elidedText(body, Qt::ElideRight, r.width()));
    painter->restore();
}

} // namespace postel
