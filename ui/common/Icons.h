#pragma once

#include <QGuiApplication>
#include <QIcon>
#include <QPalette>

namespace postel::Icons {

// One of Postel's SVG icons (":/icons/NAME.svg"), its colours fitted to the palette: a stroke
// or fill with less than 3:1 contrast against the window colour (the icons' dark grey on a
// dark theme) is moved towards the palette's text colour until it has that contrast (WCAG's
// minimum for graphics), so the toolbar stays visible in dark and high-contrast themes.
QIcon get(const QString &resource, const QPalette &palette = QGuiApplication::palette());

} // namespace postel::Icons
