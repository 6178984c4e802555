#include "Capabilities.h"
#include "explain/Explainer.h"

namespace postel {

namespace {
bool isKeywordStart(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}
bool isKeywordChar(char c)
{
    return isKeywordStart(c) || c == '-';
}
QString simplified(const QString &s)
{
    return s.simplified();
}
} // namespace

void Capabilities::add(const QString &keyword, const QString &params)
{
    if (!m_features.contains(keyword))
        m_order.append(keyword);
    if (keyword == QLatin1String("auth")) {
        // AUTH may be advertised several times, old style (AUTH=) too: merge them.
        m_features[keyword] = simplified(m_features.value(keyword) + QLatin1Char(' ') + params);
    } else {
        m_features[keyword] = simplified(params);
    }
}

Capabilities Capabilities::fromEhloReply(const Reply &reply)
{
    Capabilities caps;
    // The first line is the server's greeting text, not an extension.
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        const QByteArray &line = reply.lines.at(i);
        if (line.size() >= 5 && line.left(5).toLower() == "auth=") {
            caps.add(QStringLiteral("auth"), QString::fromLatin1(line.mid(5)));
            continue;
        }
        if (line.isEmpty() || !isKeywordStart(line.at(0)))
            continue;
        qsizetype end = 1;
        while (end < line.size() && isKeywordChar(line.at(end)))
            ++end;
        const QString keyword = QString::fromLatin1(line.left(end)).toLower();
        caps.add(keyword, QString::fromLatin1(line.mid(end)).trimmed());
    }
    return caps;
}

bool Capabilities::has(const QString &keyword) const
{
    return m_features.contains(keyword.toLower());
}

QString Capabilities::parameters(const QString &keyword) const
{
    return m_features.value(keyword.toLower());
}

std::optional<qint64> Capabilities::sizeLimit() const
{
    if (!has(QStringLiteral("size")))
        return std::nullopt;
    bool ok = false;
    const qint64 n = parameters(QStringLiteral("size")).toLongLong(&ok);
    return ok && n > 0 ? n : 0;
}

QStringList Capabilities::authMechanisms() const
{
    QStringList out;
    const QStringList words =
        parameters(QStringLiteral("auth")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words) {
        const QString m = w.toUpper();
        if (!out.contains(m))
            out.append(m);
    }
    return out;
}

QString Capabilities::describe(const QString &keyword)
{
    return Explainer::keywordSummary(keyword);
}

} // namespace postel
