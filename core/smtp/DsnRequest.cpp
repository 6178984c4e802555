#include "DsnRequest.h"

namespace postel {

bool DsnRequest::setNotify(const QString &value, QString *error)
{
    static const QStringList order{QStringLiteral("SUCCESS"), QStringLiteral("FAILURE"),
                                   QStringLiteral("DELAY")};
    QStringList given;
    for (const QString &part : value.split(QLatin1Char(','))) {
        const QString word = part.trimmed().toUpper();
        if (word.isEmpty())
            continue;
        if (word != QLatin1String("NEVER") && !order.contains(word)) {
            *error = tr("--dsn-notify takes \"never\" or a comma-separated list of "
                        "success, failure and delay, not \"%1\".")
                         .arg(part.trimmed());
            return false;
        }
        if (!given.contains(word))
            given.append(word);
    }
    if (given.isEmpty()) {
        *error = tr("--dsn-notify needs a value: never, or success, failure, delay.");
        return false;
    }
    if (given.contains(QLatin1String("NEVER"))) {
        if (given.size() > 1) {
            *error = tr("--dsn-notify: \"never\" cannot be combined with other values "
                        "(RFC 3461 §4.1).");
            return false;
        }
        notify = given;
        return true;
    }
    notify.clear();
    for (const QString &word : order)
        if (given.contains(word))
            notify.append(word);
    return true;
}

bool DsnRequest::setRet(const QString &value, QString *error)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("full"))
        ret = Ret::Full;
    else if (v == QLatin1String("hdrs"))
        ret = Ret::Headers;
    else {
        *error = tr("--dsn-ret takes \"full\" or \"hdrs\", not \"%1\".").arg(value);
        return false;
    }
    return true;
}

bool DsnRequest::setEnvid(const QString &value, QString *error)
{
    if (value.isEmpty() || value.size() > 100) {
        *error = tr("--dsn-envid takes 1 to 100 characters (RFC 3461 §4.4).");
        return false;
    }
    for (const QChar c : value) {
        if (c.unicode() < 32 || c.unicode() > 126) {
            *error = tr("--dsn-envid takes printable ASCII characters only (RFC 3461 "
                        "§4.4).");
            return false;
        }
    }
    envid = value;
    return true;
}

QString xtext(const QByteArray &bytes)
{
    QString out;
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 33 || c > 126 || c == '+' || c == '=')
            out += QStringLiteral("+%1").arg(c, 2, 16, QLatin1Char('0')).toUpper();
        else
            out += QLatin1Char(static_cast<char>(c));
    }
    return out;
}

QStringList DsnRequest::mailOptions() const
{
    QStringList options;
    if (ret == Ret::Full)
        options << QStringLiteral("RET=FULL");
    else if (ret == Ret::Headers)
        options << QStringLiteral("RET=HDRS");
    if (!envid.isEmpty())
        options << QStringLiteral("ENVID=") + xtext(envid.toLatin1());
    return options;
}

QStringList DsnRequest::rcptOptions() const
{
    if (notify.isEmpty())
        return {};
    return {QStringLiteral("NOTIFY=") + notify.join(QLatin1Char(','))};
}

} // namespace postel
