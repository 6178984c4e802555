#include "Finding.h"

#include <QJsonArray>
#include <QSet>

namespace postel {

namespace {

// postel-cli's options that take a value (the next argument, or after '=').
bool takesValue(const QString &name)
{
    static const QSet<QString> names{
        QStringLiteral("server"),     QStringLiteral("ca-file"),
        QStringLiteral("ehlo"),       QStringLiteral("auth"),
        QStringLiteral("auth-user"),  QStringLiteral("auth-password"),
        QStringLiteral("auth-token"), QStringLiteral("from"),
        QStringLiteral("to"),         QStringLiteral("data"),
        QStringLiteral("message"),    QStringLiteral("subject"),
        QStringLiteral("body"),       QStringLiteral("html"),
        QStringLiteral("attach"),     QStringLiteral("header"),
        QStringLiteral("cc"),         QStringLiteral("bcc"),
        QStringLiteral("vrfy"),       QStringLiteral("expn"),
        QStringLiteral("quit-after"), QStringLiteral("debug-level"),
        QStringLiteral("timeout"),    QStringLiteral("trust-certificate"),
        QStringLiteral("record")};
    return names.contains(name);
}

struct Option
{
    QString name; // without "--"; empty for a positional argument
    QString value;
    bool hasValue = false;
};

QList<Option> parse(const QStringList &arguments)
{
    QList<Option> out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        Option o;
        if (!a.startsWith(QLatin1String("--"))) {
            o.value = a;
            o.hasValue = true;
            out.append(o);
            continue;
        }
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        o.name = a.mid(2, eq < 0 ? -1 : eq - 2);
        if (eq >= 0) {
            o.value = a.mid(eq + 1);
            o.hasValue = true;
        } else if (takesValue(o.name) && i + 1 < arguments.size()) {
            o.value = arguments.at(++i);
            o.hasValue = true;
        }
        out.append(o);
    }
    return out;
}

void setOption(QList<Option> &options, const QString &name, const QString &value)
{
    for (Option &o : options) {
        if (o.name == name) {
            o.value = value;
            o.hasValue = true;
            return;
        }
    }
    options.append({name, value, true});
}

void removeOptions(QList<Option> &options, const QStringList &names)
{
    options.removeIf([&](const Option &o) { return names.contains(o.name); });
}

bool hasOption(const QList<Option> &options, const QString &name)
{
    return std::any_of(options.cbegin(), options.cend(),
                       [&](const Option &o) { return o.name == name; });
}

} // namespace

bool RetryChange::isEmpty() const
{
    return !host && !port && !security && !authMechanism && loginUser.isEmpty() &&
           trustCertificate.isEmpty() && !editPassword;
}

RetryChange RetryChange::moveTo(const QString &host, quint16 port, SmtpSession::Security security)
{
    RetryChange r;
    r.host = host;
    r.port = port;
    r.security = security;
    return r;
}

QString RetryChange::hostPort(const QString &host, quint16 port)
{
    const QString h =
        host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return h + QLatin1Char(':') + QString::number(port);
}

QString RetryChange::securityName(SmtpSession::Security security)
{
    switch (security) {
    case SmtpSession::Security::None:
        return QStringLiteral("none");
    case SmtpSession::Security::StartTls:
        return QStringLiteral("starttls");
    case SmtpSession::Security::ImplicitTls:
        return QStringLiteral("tls");
    }
    return {};
}

QStringList RetryChange::cliArguments() const
{
    QStringList out;
    if (host && port)
        out << QStringLiteral("--server") << hostPort(*host, *port);
    if (security == SmtpSession::Security::StartTls)
        out << QStringLiteral("--starttls");
    else if (security == SmtpSession::Security::ImplicitTls)
        out << QStringLiteral("--tls-on-connect");
    if (!loginUser.isEmpty())
        out << QStringLiteral("--auth") << authMechanism.value_or(QStringLiteral("auto"))
            << QStringLiteral("--auth-user") << loginUser;
    else if (authMechanism)
        out << QStringLiteral("--auth") << *authMechanism;
    if (!trustCertificate.isEmpty())
        out << QStringLiteral("--trust-certificate")
            << QString::fromLatin1(trustCertificate.toHex());
    return out;
}

QStringList RetryChange::applyToArguments(const QStringList &arguments) const
{
    QList<Option> options = parse(arguments);
    removeOptions(options, {QStringLiteral("auth-password"), QStringLiteral("auth-token")});
    if (host && port)
        setOption(options, QStringLiteral("server"), hostPort(*host, *port));
    if (security) {
        removeOptions(options, {QStringLiteral("starttls"), QStringLiteral("tls-on-connect")});
        if (*security == SmtpSession::Security::None)
            removeOptions(options, {QStringLiteral("require-tls")});
        else if (*security == SmtpSession::Security::StartTls)
            options.append({QStringLiteral("starttls"), {}, false});
        else
            options.append({QStringLiteral("tls-on-connect"), {}, false});
    }
    if (!loginUser.isEmpty() && !hasOption(options, QStringLiteral("auth-user"))) {
        setOption(options, QStringLiteral("auth"), authMechanism.value_or(QStringLiteral("auto")));
        setOption(options, QStringLiteral("auth-user"), loginUser);
    } else if (authMechanism) {
        setOption(options, QStringLiteral("auth"), *authMechanism);
    }
    if (!trustCertificate.isEmpty())
        setOption(options, QStringLiteral("trust-certificate"),
                  QString::fromLatin1(trustCertificate.toHex()));
    QStringList out;
    for (const Option &o : std::as_const(options)) {
        if (!o.name.isEmpty())
            out << QStringLiteral("--") + o.name;
        if (o.hasValue)
            out << o.value;
    }
    return out;
}

QJsonObject RetryChange::toJson() const
{
    QJsonObject o;
    if (host)
        o[QStringLiteral("host")] = *host;
    if (port)
        o[QStringLiteral("port")] = int(*port);
    if (security)
        o[QStringLiteral("security")] = securityName(*security);
    if (authMechanism)
        o[QStringLiteral("auth_mechanism")] = *authMechanism;
    if (!loginUser.isEmpty())
        o[QStringLiteral("login_user")] = loginUser;
    if (!trustCertificate.isEmpty())
        o[QStringLiteral("trust_certificate_sha256")] =
            QString::fromLatin1(trustCertificate.toHex());
    if (editPassword)
        o[QStringLiteral("edit_password")] = true;
    return o;
}

Finding Finding::make(const QString &id, Severity severity, const QString &title,
                      const QString &explanation, const QString &fix)
{
    Finding f;
    f.id = id;
    f.severity = severity;
    f.title = title;
    f.explanation = explanation;
    f.fix = fix;
    return f;
}

QString Finding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QJsonObject Finding::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("severity"), severityName(severity)},
        {QStringLiteral("title"), title},
        {QStringLiteral("explanation"), explanation},
        {QStringLiteral("fix"), fix},
        {QStringLiteral("confirmed"), confirmed},
        {QStringLiteral("evidence"), evidence.isEmpty() ? QJsonValue() : QJsonValue(evidence)}};
    const QStringList args = retry.cliArguments();
    o[QStringLiteral("retry")] =
        args.isEmpty() ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(args));
    o[QStringLiteral("retry_settings")] =
        retry.isEmpty() ? QJsonValue() : QJsonValue(retry.toJson());
    return o;
}

} // namespace postel
