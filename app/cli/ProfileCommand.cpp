#include "ProfileCommand.h"

#include "auth/OAuthClient.h"
#include "profiles/PasswordStore.h"
#include "profiles/ProfileStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <memory>

#include <cstdio>

namespace postel::ProfileCommand {

namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString securityWord(SmtpSession::Security security)
{
    switch (security) {
    case SmtpSession::Security::None:
        return QStringLiteral("none");
    case SmtpSession::Security::ImplicitTls:
        return QStringLiteral("tls-on-connect");
    case SmtpSession::Security::StartTls:
        break;
    }
    return QStringLiteral("starttls");
}

QString serverOf(const ServerProfile &p)
{
    const QString host =
        p.host.contains(QLatin1Char(':')) ? QLatin1Char('[') + p.host + QLatin1Char(']') : p.host;
    return host + QLatin1Char(':') + QString::number(p.port);
}

QList<ServerProfile> desktopProfiles(QString *currentId)
{
    std::unique_ptr<QSettings> settings(ProfileStore::desktopSettings());
    return ProfileStore::read(*settings, currentId);
}

} // namespace

const char *const Help = QT_TRANSLATE_NOOP(
    "Cli", "\n"
           "--profile NAME uses a server profile of the desktop app (its name or id; list\n"
           "them with: postel-cli profiles [--json]): host, port, security, CA file,\n"
           "certificate pin, EHLO name, timeout, user and mechanism, and the password kept\n"
           "for it in the system keychain (POSTEL_PASSWORD or --auth-password win). Options\n"
           "given on the command line override the profile's.\n");

int runList(const QStringList &arguments)
{
    const bool json = arguments.contains(QLatin1String("--json"));
    for (const QString &a : arguments.mid(1)) {
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            std::fputs(qPrintable(Cli::tr("Usage: postel-cli profiles [--json]\n"
                                          "Lists the desktop app's server profiles.\n") +
                                  Cli::tr(Help)),
                       stdout);
            return 0;
        }
        if (a != QLatin1String("--json")) {
            std::fprintf(stderr, "postel-cli: %s\n",
                         qPrintable(Cli::tr("Unexpected argument: %1").arg(a)));
            return 8;
        }
    }
    QString current;
    const QList<ServerProfile> profiles = desktopProfiles(&current);
    if (json) {
        QJsonArray list;
        for (const ServerProfile &p : profiles) {
            list.append(QJsonObject{
                {QStringLiteral("id"), p.id},
                {QStringLiteral("name"), p.name},
                {QStringLiteral("server"), serverOf(p)},
                {QStringLiteral("security"), securityWord(p.security)},
                {QStringLiteral("user"), p.user},
                {QStringLiteral("auth"),
                 p.user.isEmpty()
                     ? QString()
                     : (p.authMechanism.isEmpty() ? QStringLiteral("auto") : p.authMechanism)},
                {QStringLiteral("route"), p.route == ServerProfile::Route::RecipientMx
                                              ? QStringLiteral("recipient-mx")
                                              : QStringLiteral("host")},
                {QStringLiteral("current"), p.id == current}});
        }
        std::fputs(QJsonDocument(QJsonObject{{QStringLiteral("profiles"), list}})
                       .toJson(QJsonDocument::Indented)
                       .constData(),
                   stdout);
        return 0;
    }
    for (const ServerProfile &p : profiles) {
        std::printf("%s %s\n", p.id == current ? "*" : " ", qPrintable(p.summary()));
    }
    return 0;
}

namespace {
// A keychain entry of the desktop's, as the app reads it; bounded, never blocking long.
QString readKeychain(const QString &id)
{
    PasswordStore store;
    QEventLoop loop;
    bool read = false;
    QString value;
    store.read(id, &loop, [&](const QString &secret) {
        value = secret;
        read = true;
        loop.quit();
    });
    if (!read)
        loop.exec();
    return value;
}
} // namespace

OAuthTokenSourcePtr OAuthGrant::tokenSource() const
{
    // Both live as long as the program: the refresh and the keychain write are asynchronous.
    static auto *client = new OAuthClient(nullptr, QCoreApplication::instance());
    static auto *store = new PasswordStore(QCoreApplication::instance());
    auto source = std::make_shared<ProviderTokenSource>(client, provider, refreshToken);
    const QString id = secretId;
    source->refreshTokenChanged = [id](const QString &token) { store->write(id, token); };
    return source;
}

Expansion expand(const QString &nameOrId, const std::function<bool(const QString &)> &given,
                 bool needPassword)
{
    Expansion e;
    QString current;
    const QList<ServerProfile> profiles = desktopProfiles(&current);
    ServerProfile profile;
    for (const ServerProfile &p : profiles) {
        if (p.id == nameOrId || p.name.compare(nameOrId, Qt::CaseInsensitive) == 0) {
            profile = p;
            break;
        }
    }
    if (!profile.isValid()) {
        QStringList names;
        for (const ServerProfile &p : profiles)
            names << p.name;
        e.error = Cli::tr("No profile named \"%1\". The profiles are: %2.")
                      .arg(nameOrId, names.join(QStringLiteral(", ")));
        return e;
    }
    e.name = profile.name;
    QStringList &a = e.arguments;
    if (!given(QStringLiteral("server"))) {
        if (profile.route == ServerProfile::Route::RecipientMx) {
            e.error = Cli::tr("The profile \"%1\" sends to each recipient's mail server (MX), "
                              "which postel-cli does not do: give --server, or look the hosts "
                              "up with --mx DOMAIN.")
                          .arg(profile.name);
            return e;
        }
        a << QStringLiteral("--server") << serverOf(profile);
    }
    if (!given(QStringLiteral("starttls")) && !given(QStringLiteral("tls-on-connect")) &&
        !given(QStringLiteral("require-tls"))) {
        if (profile.security == SmtpSession::Security::StartTls)
            a << QStringLiteral("--starttls");
        else if (profile.security == SmtpSession::Security::ImplicitTls)
            a << QStringLiteral("--tls-on-connect");
        if (profile.requireTls && profile.security != SmtpSession::Security::None)
            a << QStringLiteral("--require-tls");
    }
    if (!given(QStringLiteral("no-verify")) && !given(QStringLiteral("ca-file"))) {
        if (!profile.verifyCertificate)
            a << QStringLiteral("--no-verify");
        else if (!profile.caFile.isEmpty())
            a << QStringLiteral("--ca-file") << profile.caFile;
    }
    if (!profile.pinnedSha256.isEmpty() && !given(QStringLiteral("trust-certificate")))
        a << QStringLiteral("--trust-certificate")
          << QString::fromLatin1(profile.pinnedSha256.toHex());
    if (!profile.heloName.isEmpty() && !given(QStringLiteral("ehlo")))
        a << QStringLiteral("--ehlo") << profile.heloName;
    if (profile.timeoutSeconds > 0 && !given(QStringLiteral("timeout")))
        a << QStringLiteral("--timeout") << QString::number(profile.timeoutSeconds);
    if (!profile.user.isEmpty()) {
        if (!given(QStringLiteral("auth-user")))
            a << QStringLiteral("--auth-user") << profile.user;
        if (!given(QStringLiteral("auth")))
            a << QStringLiteral("--auth")
              << (profile.authMechanism.isEmpty() ? QStringLiteral("auto") : profile.authMechanism);
        if (profile.allowCleartextAuth && !given(QStringLiteral("allow-cleartext-auth")))
            a << QStringLiteral("--allow-cleartext-auth");
        if (profile.usesOAuth()) {
            e.oauth.provider = profile.oauth;
            e.oauth.secretId = profile.oauthSecretId();
            // The refresh token, unless an access token is given on the command line.
            if (!given(QStringLiteral("auth-token")) &&
                qEnvironmentVariable("POSTEL_TOKEN").isEmpty() &&
                !given(QStringLiteral("auth-user")))
                e.oauth.refreshToken = readKeychain(e.oauth.secretId);
            return e;
        }
        // The keychain keeps the password of the profile's own user only.
        if (needPassword && !given(QStringLiteral("auth-user"))) {
            // The desktop's keychain entry, as the app reads it; bounded, never blocking long.
            PasswordStore store;
            QEventLoop loop;
            bool read = false;
            store.read(profile.id, &loop, [&](const QString &password) {
                e.password = password;
                read = true;
                loop.quit();
            });
            if (!read)
                loop.exec();
        }
    }
    return e;
}

} // namespace postel::ProfileCommand
