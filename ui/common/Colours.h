#pragma once

#include <QColor>
#include <QPalette>

namespace postel::Colours {

// Colours derived from the palette, so that a light, a dark and a high-contrast theme all
// stay readable: text keeps a WCAG contrast ratio of at least 4.5 against its background,
// a border at least 3.

enum class Tone
{
    Success,
    Warning,
    Error
};

// WCAG 2 relative luminance and contrast ratio (1 to 21). Alpha is composed over white.
double luminance(const QColor &c);
double contrast(const QColor &a, const QColor &b);
// a mixed with b: t = 0 is a, t = 1 is b.
QColor mix(const QColor &a, const QColor &b, double t);
// fg, moved towards `fallback` (usually the palette's text colour) until it has `minimum`
// contrast against bg; fallback itself when even that is not enough.
QColor readable(const QColor &fg, const QColor &bg, const QColor &fallback, double minimum = 4.5);

// The tone's own colour for text (or, with minimum 3, a border or a sign) on bg.
QColor toneText(Tone tone, const QPalette &palette, const QColor &bg, double minimum = 4.5);
// A background tinted with the tone, for a strip on `role` (Window or Base) whose text is
// the palette's text colour for that role and stays readable on it.
QColor toneBackground(Tone tone, const QPalette &palette, QPalette::ColorRole role);
// Secondary text (time stamps, notes): between the text and its background, still >= 4.5.
QColor dimText(const QPalette &palette, QPalette::ColorRole background = QPalette::Base);

} // namespace postel::Colours
