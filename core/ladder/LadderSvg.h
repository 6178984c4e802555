#pragma once

#include "LadderLayout.h"

#include <QString>

namespace postel {

// A ladder diagram as an SVG document, written as text (no renderer, no fonts): each arrow
// and note a <g> with class "arrow command|data|reply" or "note info|error|tls" (plus
// "encrypted", "negative", "refused") and data-entry="N", its full text in a <title>; the
// TLS bands are <rect class="tls-band">. Texts come escaped from the layout and are written
// XML-escaped, with any character XML cannot carry replaced by U+FFFD.
class LadderSvg
{
public:
    static QString write(const LadderDiagram &diagram);
    // Characters XML 1.0 cannot hold (controls, U+FFFE/U+FFFF, lone surrogates) as U+FFFD.
    static QString xmlSafe(const QString &text);
};

} // namespace postel
