#pragma once

#include "auth/OAuthProvider.h"
#include "auth/OAuthToken.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace postel {

// The desktop's server profiles in postel-cli (read from the desktop app's settings; the
// CLI never writes them).
namespace ProfileCommand {

// `postel-cli profiles [--json]`: lists them. `arguments` starts with "profiles".
int runList(const QStringList &arguments);

// An OAuth 2.0 profile's sign-in, as the desktop left it: the provider and the refresh
// token from the keychain.
struct OAuthGrant
{
    OAuthProvider provider;
    QString secretId;     // the keychain entry (ServerProfile::oauthSecretId())
    QString refreshToken; // empty: none kept, or the keychain did not answer
    // Refreshes at the provider's token endpoint; a rotated refresh token is written back
    // to the keychain.
    OAuthTokenSourcePtr tokenSource() const;
};

// What `--profile NAME` stands for: the options the profile's settings give, to be put
// before the command line's own (which then win), and its password from the keychain.
struct Expansion
{
    QString name;          // the profile's name, as stored
    QStringList arguments; // e.g. --server host:587 --starttls --auth auto --auth-user me
    QString password;      // read from the keychain when the profile logs in; may be empty
    QString error;         // translated: no such profile, a profile the CLI cannot use
    OAuthGrant oauth;      // an OAuth 2.0 profile (XOAUTH2, OAUTHBEARER)
};
// `given(option)`: whether the command line set that option itself (its settings are then
// not taken from the profile). `needPassword`: read the keychain (no password given).
Expansion expand(const QString &nameOrId, const std::function<bool(const QString &)> &given,
                 bool needPassword);

extern const char *const Help;

} // namespace ProfileCommand
} // namespace postel
