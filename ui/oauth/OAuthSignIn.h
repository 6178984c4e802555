#pragma once

#include "auth/OAuthClient.h"

#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>

namespace postel {

// The browser sign-in: OAuth 2.0's authorization-code flow (Qt Network Authorization's
// QOAuth2AuthorizationCodeFlow) with PKCE (RFC 7636, S256 — added through the flow's
// parameters, as Qt 6.4 has no PKCE of its own), in the system browser, back through a
// loopback redirect (RFC 8252: a one-shot HTTP listener on 127.0.0.1, port chosen by the
// system). Tokens are handed over in signedIn() and never logged.
class OAuthSignIn : public QObject
{
    Q_OBJECT
public:
    explicit OAuthSignIn(QObject *parent = nullptr);
    ~OAuthSignIn() override;

    // Opens the authorization URL; the default is the system browser (QDesktopServices).
    // Tests replace it and play the browser themselves.
    void setBrowser(std::function<void(const QUrl &)> open) { m_open = std::move(open); }

    // `loginHint`: the account to suggest on the provider's page (the profile's user).
    void start(const OAuthProvider &provider, const QString &loginHint = {});
    void cancel();
    bool isRunning() const { return m_flow != nullptr; }
    // Where the browser comes back to (valid while running).
    QUrl redirectUri() const;

Q_SIGNALS:
    void browserOpened(const QUrl &authorizationUrl);
    void signedIn(const postel::OAuthTokenResponse &tokens);
    void failed(const QString &message);

private:
    void finish();

    std::function<void(const QUrl &)> m_open;
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QPointer<QOAuthHttpServerReplyHandler> m_handler;
    QByteArray m_verifier;
    QString m_loginHint;
};

} // namespace postel

Q_DECLARE_METATYPE(postel::OAuthTokenResponse)
