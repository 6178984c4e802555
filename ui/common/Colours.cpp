#include "Colours.h"

#include <cmath>

namespace postel::Colours {

namespace {
double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

QColor opaque(const QColor &c)
{
    return c.alpha() == 255
               ? c
               : mix(QColor(Qt::white), QColor(c.red(), c.green(), c.blue()), c.alphaF());
}

bool darkBackground(const QColor &bg)
{
    return luminance(bg) < 0.18;
}

// The tone's hue in a light and a dark variant; which one is the starting point depends on
// the background, readable() then makes sure of the contrast.
QColor hue(Tone tone, bool dark)
{
    switch (tone) {
    case Tone::Success:
        return dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x1e, 0x6b, 0x34);
    case Tone::Warning:
        return dark ? QColor(0xe0, 0xb8, 0x5c) : QColor(0x8a, 0x5a, 0x00);
    case Tone::Error:
        break;
    }
    return dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xb0, 0x1c, 0x1c);
}
} // namespace

double luminance(const QColor &c)
{
    const QColor o = opaque(c);
    return 0.2126 * channel(o.redF()) + 0.7152 * channel(o.greenF()) + 0.0722 * channel(o.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    auto m = [t](double x, double y) { return x + (y - x) * t; };
    return QColor::fromRgbF(float(m(a.redF(), b.redF())), float(m(a.greenF(), b.greenF())),
                            float(m(a.blueF(), b.blueF())));
}

QColor readable(const QColor &fg, const QColor &bg, const QColor &fallback, double minimum)
{
    const QColor start = opaque(fg), back = opaque(bg), end = opaque(fallback);
    for (int step = 0; step <= 10; ++step) {
        const QColor c = mix(start, end, step / 10.0);
        if (contrast(c, back) >= minimum)
            return c;
    }
    return end;
}

QColor toneText(Tone tone, const QPalette &palette, const QColor &bg, double minimum)
{
    // The theme's text colour that stands out more on bg (WindowText on a window, Text on
    // a list or a field) is where the tone gives way when it is not readable.
    const QColor windowText = palette.color(QPalette::WindowText);
    const QColor text = palette.color(QPalette::Text);
    const QColor fallback = contrast(windowText, bg) >= contrast(text, bg) ? windowText : text;
    return readable(hue(tone, darkBackground(bg)), bg, fallback, minimum);
}

QColor toneBackground(Tone tone, const QPalette &palette, QPalette::ColorRole role)
{
    const QColor base = opaque(palette.color(role));
    const QColor text =
        palette.color(role == QPalette::Base ? QPalette::Text : QPalette::WindowText);
    // The pastel hue on a light background, the deep one on a dark background: a tint that
    // keeps the background's lightness.
    const QColor tint = hue(tone, !darkBackground(base));
    // As much tint as the text allows: at most 35 %, less when the contrast would fall
    // under 7 (or under what the theme itself has, if that is less).
    const double wanted = std::min(7.0, contrast(text, base));
    for (int percent = 35; percent > 0; percent -= 5) {
        const QColor c = mix(base, tint, percent / 100.0);
        if (contrast(text, c) >= wanted)
            return c;
    }
    return base;
}

QColor dimText(const QPalette &palette, QPalette::ColorRole background)
{
    const QColor bg = palette.color(background);
    const QColor text =
        palette.color(background == QPalette::Base ? QPalette::Text : QPalette::WindowText);
    return readable(mix(opaque(text), opaque(bg), 0.4), bg, text);
}

} // namespace postel::Colours
