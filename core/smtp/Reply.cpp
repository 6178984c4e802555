#include "Reply.h"

namespace postel {

QString EnhancedStatus::toString() const
{
    if (!isValid())
        return {};
    return QStringLiteral("%1.%2.%3").arg(klass).arg(subject).arg(detail);
}

QByteArray Reply::text() const
{
    QByteArray out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i)
            out += '\n';
        out += lines.at(i);
    }
    return out;
}

EnhancedStatus Reply::enhancedStatus() const
{
    if (lines.isEmpty())
        return {};
    const QByteArray &first = lines.first();
    // class "." subject "." detail, class in 2/4/5, subject 1-3 digits, detail 1-3 digits.
    int parts[3] = {0, 0, 0};
    int part = 0;
    int digits = 0;
    qsizetype i = 0;
    for (; i < first.size(); ++i) {
        const char c = first.at(i);
        if (c >= '0' && c <= '9') {
            if (++digits > 3)
                return {};
            parts[part] = parts[part] * 10 + (c - '0');
        } else if (c == '.' && digits > 0 && part < 2) {
            ++part;
            digits = 0;
        } else {
            break;
        }
    }
    if (part != 2 || digits == 0)
        return {};
    if (i < first.size() && first.at(i) != ' ')
        return {};
    if (parts[0] != 2 && parts[0] != 4 && parts[0] != 5)
        return {};
    if (parts[0] != code / 100)
        return {};
    return {parts[0], parts[1], parts[2]};
}

} // namespace postel
