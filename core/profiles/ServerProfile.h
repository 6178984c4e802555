#pragma once

#include "auth/OAuthProvider.h"
#include "smtp/SmtpSession.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace postel {

// One server the user sends through: where, how securely, and as whom. The password is
// not part of it (see PasswordStore).
struct ServerProfile
{
    // Where the mail goes: the server named here, or the mail host (MX) of the first
    // recipient's domain, looked up at send time as a sending server would.
    enum class Route
    {
        Host,
        RecipientMx
    };

    QString id;
    QString name;
    QString host = QStringLiteral("localhost");
    quint16 port = 25;
    Route route = Route::Host;
    QString dnsServer; // RecipientMx: a DNS server's IP address; empty = the system's resolver
    SmtpSession::Security security = SmtpSession::Security::StartTls;
    bool requireTls = false;
    bool verifyCertificate = true;
    QString caFile;   // extra CA certificates (PEM); empty = the system's
    QString heloName; // empty = this machine's name
    int timeoutSeconds = 30;
    QString user;
    QString authMechanism;           // empty = automatic (the core's login order)
    bool allowCleartextAuth = false; // PLAIN/LOGIN without TLS
    QByteArray pinnedSha256;         // a certificate the user chose to trust, for this profile
    QStringList lastAdvertisedAuth;  // what the server offered last time (for the picker)
    // authMechanism XOAUTH2 / OAUTHBEARER: where to sign in. The refresh token is in the
    // keychain (PasswordStore, under oauthSecretId()), never here.
    OAuthProvider oauth;
    bool usesOAuth() const;
    QString oauthSecretId() const { return id + QStringLiteral("/oauth"); }

    bool isValid() const { return !id.isEmpty(); }
    // "Sandbox — localhost:2525, STARTTLS"
    QString summary() const;
    static QString securityName(SmtpSession::Security security);
};

} // namespace postel
