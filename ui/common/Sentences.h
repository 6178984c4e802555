#pragma once

#include <QString>

namespace postel {

// `text` as a finished sentence: a full stop added unless it already ends with one (or
// ! ? …), so that the next sentence never runs into it ("…untrusted. The message is kept").
inline QString endSentence(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || QStringLiteral(".!?…").contains(t.back()))
        return t;
    return t + QLatin1Char('.');
}

} // namespace postel
