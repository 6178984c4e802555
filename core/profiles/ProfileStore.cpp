#include "ProfileStore.h"

#include "sandbox/SandboxCertificate.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUuid>

namespace postel {

ProfileStore::ProfileStore(QObject *parent) : QObject(parent)
{
    load();
}

ServerProfile ProfileStore::sandboxProfile()
{
    ServerProfile p;
    p.id = QStringLiteral("sandbox");
    p.name = QCoreApplication::translate("postel::ProfileStore", "Sandbox");
    p.host = QStringLiteral("localhost");
    p.port = SandboxPort;
    // STARTTLS verified against the sandbox's own certificate, which it makes on first use.
    p.security = SmtpSession::Security::StartTls;
    p.verifyCertificate = true;
    p.caFile = SandboxCertificate::defaultDirectory() + QStringLiteral("/cert.pem");
    p.timeoutSeconds = 10;
    return p;
}

ServerProfile ProfileStore::profile(const QString &id) const
{
    for (const ServerProfile &p : m_profiles) {
        if (p.id == id)
            return p;
    }
    return {};
}

void ProfileStore::load()
{
    QSettings s;
    const bool firstRun = !s.contains(QStringLiteral("profiles/size"));
    m_profiles = read(s, &m_currentId);
    if (firstRun)
        write(); // the sandbox profile read() gave, kept from now on
}

QList<ServerProfile> ProfileStore::read(QSettings &s, QString *currentId)
{
    QList<ServerProfile> profiles;
    const int n = s.beginReadArray(QStringLiteral("profiles"));
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        ServerProfile p;
        p.id = s.value(QStringLiteral("id")).toString();
        p.name = s.value(QStringLiteral("name")).toString();
        p.host = s.value(QStringLiteral("host"), p.host).toString();
        p.port = quint16(s.value(QStringLiteral("port"), p.port).toUInt());
        p.route = s.value(QStringLiteral("route")).toString() == QLatin1String("recipient-mx")
                      ? ServerProfile::Route::RecipientMx
                      : ServerProfile::Route::Host;
        p.dnsServer = s.value(QStringLiteral("dnsServer")).toString();
        const QString sec = s.value(QStringLiteral("security")).toString();
        p.security = sec == QLatin1String("none")  ? SmtpSession::Security::None
                     : sec == QLatin1String("tls") ? SmtpSession::Security::ImplicitTls
                                                   : SmtpSession::Security::StartTls;
        p.requireTls = s.value(QStringLiteral("requireTls"), false).toBool();
        p.verifyCertificate = s.value(QStringLiteral("verifyCertificate"), true).toBool();
        p.caFile = s.value(QStringLiteral("caFile")).toString();
        p.heloName = s.value(QStringLiteral("heloName")).toString();
        p.timeoutSeconds = s.value(QStringLiteral("timeout"), p.timeoutSeconds).toInt();
        p.user = s.value(QStringLiteral("user")).toString();
        p.authMechanism = s.value(QStringLiteral("authMechanism")).toString();
        p.allowCleartextAuth = s.value(QStringLiteral("allowCleartextAuth"), false).toBool();
        p.pinnedSha256 =
            QByteArray::fromHex(s.value(QStringLiteral("pinnedSha256")).toString().toLatin1());
        p.lastAdvertisedAuth = s.value(QStringLiteral("lastAdvertisedAuth")).toStringList();
        p.oauth.id = s.value(QStringLiteral("oauthProvider")).toString();
        p.oauth.authorizationUrl =
            QUrl(s.value(QStringLiteral("oauthAuthorizationUrl")).toString());
        p.oauth.tokenUrl = QUrl(s.value(QStringLiteral("oauthTokenUrl")).toString());
        p.oauth.clientId = s.value(QStringLiteral("oauthClientId")).toString();
        p.oauth.clientSecret = s.value(QStringLiteral("oauthClientSecret")).toString();
        p.oauth.scope = s.value(QStringLiteral("oauthScope")).toString();
        // The first-run profile keeps speaking the current language.
        if (isSandbox(p) &&
            (p.name == QLatin1String("Sandbox") || p.name == QStringLiteral("Piaskownica")))
            p.name = sandboxProfile().name;
        if (p.isValid())
            profiles.append(p);
    }
    s.endArray();
    *currentId = s.value(QStringLiteral("currentProfile")).toString();
    if (profiles.isEmpty())
        profiles.append(sandboxProfile());
    bool found = false;
    for (const ServerProfile &p : profiles)
        found = found || p.id == *currentId;
    if (!found)
        *currentId = profiles.first().id;
    return profiles;
}

QSettings *ProfileStore::desktopSettings()
{
    return new QSettings(QStringLiteral("Postel"), QStringLiteral("Postel"));
}

void ProfileStore::write()
{
    QSettings s;
    s.remove(QStringLiteral("profiles"));
    s.beginWriteArray(QStringLiteral("profiles"), int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        const ServerProfile &p = m_profiles.at(i);
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("id"), p.id);
        s.setValue(QStringLiteral("name"), p.name);
        s.setValue(QStringLiteral("host"), p.host);
        s.setValue(QStringLiteral("port"), p.port);
        s.setValue(QStringLiteral("route"), p.route == ServerProfile::Route::RecipientMx
                                                ? QStringLiteral("recipient-mx")
                                                : QStringLiteral("host"));
        s.setValue(QStringLiteral("dnsServer"), p.dnsServer);
        s.setValue(QStringLiteral("security"),
                   p.security == SmtpSession::Security::None          ? QStringLiteral("none")
                   : p.security == SmtpSession::Security::ImplicitTls ? QStringLiteral("tls")
                                                                      : QStringLiteral("starttls"));
        s.setValue(QStringLiteral("requireTls"), p.requireTls);
        s.setValue(QStringLiteral("verifyCertificate"), p.verifyCertificate);
        s.setValue(QStringLiteral("caFile"), p.caFile);
        s.setValue(QStringLiteral("heloName"), p.heloName);
        s.setValue(QStringLiteral("timeout"), p.timeoutSeconds);
        s.setValue(QStringLiteral("user"), p.user);
        s.setValue(QStringLiteral("authMechanism"), p.authMechanism);
        s.setValue(QStringLiteral("allowCleartextAuth"), p.allowCleartextAuth);
        s.setValue(QStringLiteral("pinnedSha256"), QString::fromLatin1(p.pinnedSha256.toHex()));
        s.setValue(QStringLiteral("lastAdvertisedAuth"), p.lastAdvertisedAuth);
        s.setValue(QStringLiteral("oauthProvider"), p.oauth.id);
        s.setValue(QStringLiteral("oauthAuthorizationUrl"), p.oauth.authorizationUrl.toString());
        s.setValue(QStringLiteral("oauthTokenUrl"), p.oauth.tokenUrl.toString());
        s.setValue(QStringLiteral("oauthClientId"), p.oauth.clientId);
        s.setValue(QStringLiteral("oauthClientSecret"), p.oauth.clientSecret);
        s.setValue(QStringLiteral("oauthScope"), p.oauth.scope);
    }
    s.endArray();
    s.setValue(QStringLiteral("currentProfile"), m_currentId);
    s.sync();
}

QString ProfileStore::save(ServerProfile profile)
{
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool replaced = false;
    for (ServerProfile &p : m_profiles) {
        if (p.id == profile.id) {
            p = profile;
            replaced = true;
        }
    }
    if (!replaced)
        m_profiles.append(profile);
    write();
    Q_EMIT changed();
    return profile.id;
}

void ProfileStore::remove(const QString &id)
{
    m_profiles.removeIf([&](const ServerProfile &p) { return p.id == id; });
    if (m_profiles.isEmpty())
        m_profiles.append(sandboxProfile());
    if (!profile(m_currentId).isValid())
        m_currentId = m_profiles.first().id;
    write();
    Q_EMIT changed();
}

void ProfileStore::setCurrentId(const QString &id)
{
    if (id == m_currentId || !profile(id).isValid())
        return;
    m_currentId = id;
    write();
    Q_EMIT changed();
}

} // namespace postel
