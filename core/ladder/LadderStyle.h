#pragma once

#include "LadderLayout.h"

#include <QColor>
#include <QString>

namespace postel {

// What the SVG writer and the painter share: colours (each repeating what shape and text
// already say: direction by arrowhead, refusal by its words) and the font.
namespace LadderStyle {

inline QColor background()
{
    return QColor(0xff, 0xff, 0xff);
}
inline QColor ink()
{
    return QColor(0x22, 0x22, 0x22);
}
inline QColor dim()
{
    return QColor(0x66, 0x66, 0x66);
}
inline QColor lifeline()
{
    return QColor(0x88, 0x88, 0x88);
}
inline QColor titleFill()
{
    return QColor(0xee, 0xf1, 0xf6);
}
inline QColor bandFill()
{
    return QColor(0xff, 0xf3, 0xd0);
}
inline QColor bandStroke()
{
    return QColor(0xd9, 0xb1, 0x4a);
}
inline QColor noteFill(LadderItem::Kind kind)
{
    switch (kind) {
    case LadderItem::Error:
        return QColor(0xfd, 0xe7, 0xe7);
    case LadderItem::Tls:
        return QColor(0xff, 0xe7, 0xa8);
    default:
        return QColor(0xf2, 0xf2, 0xf2);
    }
}
inline QColor itemColour(const LadderItem &item)
{
    if (item.negative || item.kind == LadderItem::Error)
        return QColor(0xb0, 0x1c, 0x1c);
    switch (item.kind) {
    case LadderItem::Command:
    case LadderItem::Data:
        return QColor(0x1a, 0x4f, 0xa0);
    case LadderItem::Reply:
        return QColor(0x1e, 0x6b, 0x34);
    case LadderItem::Tls:
        return QColor(0x8a, 0x5a, 0x00);
    default:
        return dim();
    }
}
// The font's family list, as CSS wants it; the painter takes the first and a monospace hint.
inline QString fontFamilies()
{
    return QStringLiteral("DejaVu Sans Mono, Menlo, Consolas, monospace");
}
constexpr qreal ArrowHead = 8;

} // namespace LadderStyle

} // namespace postel
