#include "Capabilities.h"

#include <QCoreApplication>

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
    const QString k = keyword.toLower();
    auto tr = [](const char *s) { return QCoreApplication::translate("postel::Capabilities", s); };
    if (k == QLatin1String("pipelining"))
        return tr("Several commands may be sent before their replies are read (RFC 2920).");
    if (k == QLatin1String("chunking"))
        return tr("The message may be sent in BDAT chunks instead of DATA (RFC 3030).");
    if (k == QLatin1String("binarymime"))
        return tr("Binary message bodies are accepted with BDAT (RFC 3030).");
    if (k == QLatin1String("8bitmime"))
        return tr("Message bodies may contain 8-bit bytes (RFC 6152).");
    if (k == QLatin1String("smtputf8"))
        return tr("Addresses and headers may contain UTF-8 (RFC 6531).");
    if (k == QLatin1String("size"))
        return tr("The server announces the largest message it accepts (RFC 1870).");
    if (k == QLatin1String("dsn"))
        return tr("Delivery status notifications may be requested (RFC 3461).");
    if (k == QLatin1String("enhancedstatuscodes"))
        return tr("Replies carry detailed status codes such as 5.1.1 (RFC 2034, RFC 3463).");
    if (k == QLatin1String("starttls"))
        return tr("The connection can be switched to TLS with STARTTLS (RFC 3207).");
    if (k == QLatin1String("auth"))
        return tr("The client may log in with the listed SASL mechanisms (RFC 4954).");
    if (k == QLatin1String("help"))
        return tr("The server answers the HELP command.");
    if (k == QLatin1String("vrfy"))
        return tr("The server answers VRFY (address verification).");
    if (k == QLatin1String("etrn"))
        return tr("A queue run may be requested for a domain (RFC 1985).");
    if (k == QLatin1String("requiretls"))
        return tr("The sender may require TLS for every hop (RFC 8689).");
    return {};
}

} // namespace postel
