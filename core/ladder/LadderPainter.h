#pragma once

#include "LadderLayout.h"

#include <QImage>
#include <QString>

class QPainter;
class QFont;

namespace postel {

// Draws a ladder diagram with QPainter: on a widget (the GUI's view) or into an image (PNG
// export). The same picture as LadderSvg. Needs a QGuiApplication (fonts).
class LadderPainter
{
public:
    // Draws the diagram at the painter's origin, in the diagram's units.
    static void paint(QPainter &painter, const LadderDiagram &diagram);
    // Only the items whose rows meet `exposed` (a widget's repaint of a long diagram).
    static void paint(QPainter &painter, const LadderDiagram &diagram, const QRectF &exposed);
    static QImage image(const LadderDiagram &diagram, qreal scale = 1.0);
    static QFont font();
};

// Saving a diagram: a name ending in .png writes PNG, anything else SVG.
class LadderFile
{
public:
    static bool isPng(const QString &path);
    static bool save(const LadderDiagram &diagram, const QString &path, QString *error = nullptr);
};

} // namespace postel
