#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace postel {

// An OAuth 2.0 provider as a profile names it: its endpoints, this app's client id (and
// secret, for providers that want one even from a desktop app) and the scope to ask for.
struct OAuthProvider
{
    QString id; // "google", "microsoft", "custom"
    QUrl authorizationUrl;
    QUrl tokenUrl;
    QString clientId;
    // Optional. A desktop app's "secret" ships with the app and is not confidential (RFC
    // 8252 8.5): it is kept with the profile, unlike the tokens (the keychain).
    QString clientSecret;
    QString scope; // space-separated

    bool isComplete() const
    {
        return authorizationUrl.isValid() && tokenUrl.isValid() && !clientId.isEmpty();
    }
    // The presets: Google and Microsoft 365 (endpoints and the SMTP scopes), without a
    // client id (each app registers its own).
    static OAuthProvider preset(const QString &id);
    static QStringList presetIds(); // "google", "microsoft"
};

} // namespace postel
