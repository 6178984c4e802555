#include "CommandLines.h"

#include "Finding.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace postel {

namespace {

QString passwordRef()
{
    return QStringLiteral("$") + QString::fromLatin1(CommandLines::PasswordVariable);
}

bool isIp(const QString &host)
{
    return !QHostAddress(host).isNull();
}

QString hostPort(const CommandLines::Test &t)
{
    return RetryChange::hostPort(t.host, t.port);
}

bool automatic(const QString &mechanism)
{
    return mechanism.isEmpty() ||
           mechanism.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0;
}

} // namespace

QString CommandLines::shellLine(const QStringList &arguments)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9@%_+=:,./-]+$"));
    QStringList out;
    for (const QString &a : arguments) {
        if (a.contains(passwordRef())) {
            // Double quotes: the shell expands the variable and nothing else may be special.
            QString q = a;
            q.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('"'), QStringLiteral("\\\""))
                .replace(QLatin1Char('`'), QStringLiteral("\\`"))
                .replace(QLatin1Char('$'), QStringLiteral("\\$"))
                .replace(QStringLiteral("\\") + passwordRef(), passwordRef());
            out.append(QLatin1Char('"') + q + QLatin1Char('"'));
        } else if (!a.isEmpty() && safe.match(a).hasMatch()) {
            out.append(a);
        } else {
            QString q = a;
            q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
            out.append(QLatin1Char('\'') + q + QLatin1Char('\''));
        }
    }
    return out.join(QLatin1Char(' '));
}

QString CommandLines::note()
{
    return tr("The password is not on these lines: set the environment variable %1 first "
              "(for example: read -rs %1; export %1). openssl only checks TLS and the "
              "certificate; it does not log in.")
        .arg(QString::fromLatin1(PasswordVariable));
}

QStringList CommandLines::postelCliArguments(const Test &t, const QString &program)
{
    QStringList a;
    if (!t.user.isEmpty())
        a << QStringLiteral("env") << QStringLiteral("POSTEL_PASSWORD=") + passwordRef();
    a << program << QStringLiteral("--server") << hostPort(t);
    if (t.security == SmtpSession::Security::StartTls)
        a << QStringLiteral("--starttls");
    else if (t.security == SmtpSession::Security::ImplicitTls)
        a << QStringLiteral("--tls-on-connect");
    if (t.security != SmtpSession::Security::None) {
        if (!t.verifyCertificate)
            a << QStringLiteral("--no-verify");
        else if (!t.caFile.isEmpty())
            a << QStringLiteral("--ca-file") << t.caFile;
    }
    if (!t.ehloName.isEmpty())
        a << QStringLiteral("--ehlo") << t.ehloName;
    a << QStringLiteral("--timeout") << QString::number(qMax(1, t.timeoutSeconds));
    if (!t.user.isEmpty()) {
        a << QStringLiteral("--auth-user") << t.user;
        if (!automatic(t.mechanism))
            a << QStringLiteral("--auth") << t.mechanism;
        a << QStringLiteral("--quit-after") << QStringLiteral("auth");
    } else {
        a << QStringLiteral("--quit-after")
          << (t.security == SmtpSession::Security::StartTls ? QStringLiteral("tls")
                                                            : QStringLiteral("ehlo"));
    }
    return a;
}

QStringList CommandLines::swaksArguments(const Test &t)
{
    QStringList a{QStringLiteral("swaks"), QStringLiteral("--server"), hostPort(t)};
    if (!t.ehloName.isEmpty())
        a << QStringLiteral("--ehlo") << t.ehloName;
    if (t.security == SmtpSession::Security::StartTls)
        a << QStringLiteral("--tls");
    else if (t.security == SmtpSession::Security::ImplicitTls)
        a << QStringLiteral("--tls-on-connect");
    if (t.security != SmtpSession::Security::None && t.verifyCertificate) {
        a << QStringLiteral("--tls-verify");
        if (!t.caFile.isEmpty())
            a << QStringLiteral("--tls-ca-path") << t.caFile;
        if (!isIp(t.host))
            a << QStringLiteral("--tls-sni") << t.host;
    }
    a << QStringLiteral("--timeout") << QString::number(qMax(1, t.timeoutSeconds));
    if (!t.user.isEmpty()) {
        if (!automatic(t.mechanism))
            a << QStringLiteral("--auth") << t.mechanism;
        a << QStringLiteral("--auth-user") << t.user << QStringLiteral("--auth-password")
          << passwordRef();
        a << QStringLiteral("--quit-after") << QStringLiteral("AUTH");
    } else {
        a << QStringLiteral("--quit-after")
          << (t.security == SmtpSession::Security::StartTls ? QStringLiteral("TLS")
                                                            : QStringLiteral("EHLO"));
    }
    return a;
}

QStringList CommandLines::curlArguments(const Test &t)
{
    // smtp:// with --ssl-reqd is STARTTLS, smtps:// TLS from the first byte; the URL's path
    // is the EHLO name. Without a message curl sends the command given (NOOP) after the login.
    const QString scheme = t.security == SmtpSession::Security::ImplicitTls
                               ? QStringLiteral("smtps")
                               : QStringLiteral("smtp");
    QString url = scheme + QStringLiteral("://") + hostPort(t);
    if (!t.ehloName.isEmpty())
        url += QLatin1Char('/') + t.ehloName;
    QStringList a{QStringLiteral("curl"), QStringLiteral("--silent"),
                  QStringLiteral("--show-error"), QStringLiteral("--url"), url};
    if (t.security == SmtpSession::Security::StartTls)
        a << QStringLiteral("--ssl-reqd");
    if (t.security != SmtpSession::Security::None) {
        if (!t.verifyCertificate)
            a << QStringLiteral("--insecure");
        else if (!t.caFile.isEmpty())
            a << QStringLiteral("--cacert") << t.caFile;
    }
    a << QStringLiteral("--connect-timeout") << QString::number(qMax(1, t.timeoutSeconds));
    if (!t.user.isEmpty()) {
        a << QStringLiteral("--user") << t.user + QLatin1Char(':') + passwordRef();
        if (!automatic(t.mechanism))
            a << QStringLiteral("--login-options") << QStringLiteral("AUTH=") + t.mechanism;
    }
    a << QStringLiteral("--request") << QStringLiteral("NOOP");
    return a;
}

QStringList CommandLines::opensslArguments(const Test &t)
{
    QStringList a{QStringLiteral("openssl"), QStringLiteral("s_client")};
    if (t.security != SmtpSession::Security::ImplicitTls) {
        a << QStringLiteral("-starttls") << QStringLiteral("smtp");
        if (!t.ehloName.isEmpty())
            a << QStringLiteral("-name") << t.ehloName;
    }
    a << QStringLiteral("-connect") << hostPort(t);
    if (isIp(t.host)) {
        a << QStringLiteral("-verify_ip") << t.host;
    } else {
        a << QStringLiteral("-servername") << t.host << QStringLiteral("-verify_hostname")
          << t.host;
    }
    if (!t.caFile.isEmpty())
        a << QStringLiteral("-CAfile") << t.caFile;
    if (t.verifyCertificate)
        a << QStringLiteral("-verify_return_error");
    a << QStringLiteral("-brief");
    return a;
}

QString CommandLines::postelCli(const Test &test, const QString &program)
{
    return shellLine(postelCliArguments(test, program));
}

QString CommandLines::swaks(const Test &test)
{
    return shellLine(swaksArguments(test));
}

QString CommandLines::curl(const Test &test)
{
    return shellLine(curlArguments(test));
}

QString CommandLines::openssl(const Test &test)
{
    // Without input s_client would wait for the terminal; the handshake is what it checks.
    return shellLine(opensslArguments(test)) + QStringLiteral(" </dev/null");
}

} // namespace postel
