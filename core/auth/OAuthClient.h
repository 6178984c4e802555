#pragma once

#include "OAuthProvider.h"
#include "OAuthToken.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace postel {

// What the token endpoint answered (RFC 6749 5.1 / 5.2).
struct OAuthTokenResponse
{
    QString accessToken;
    QString refreshToken; // empty when the server kept the old one
    QDateTime expiresAt;  // invalid when it did not say
    QString error;        // "invalid_grant", … (5.2), or empty
    QString errorDescription;
    QString message; // a sentence for people when it failed (translated)
    bool ok() const { return message.isEmpty() && !accessToken.isEmpty(); }
};

// The token endpoint, over Qt Network: the authorization code exchanged (with the PKCE
// verifier) and refresh tokens used. The GUI's browser sign-in (ui/oauth) and postel-cli
// --profile share it. Tokens are never logged.
class OAuthClient : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const OAuthTokenResponse &)>;
    explicit OAuthClient(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);

    void exchangeCode(const OAuthProvider &provider, const QString &code, const QUrl &redirectUri,
                      const QByteArray &codeVerifier, Done done);
    void refresh(const OAuthProvider &provider, const QString &refreshToken, Done done);

    // RFC 7636: a random verifier (43 characters) and its S256 challenge.
    static QByteArray newCodeVerifier();
    static QByteArray codeChallenge(const QByteArray &verifier);
    // Parses a token endpoint reply (for tests too).
    static OAuthTokenResponse parseResponse(int httpStatus, const QByteArray &body,
                                            const QString &networkError,
                                            const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    void post(const OAuthProvider &provider, QList<QPair<QString, QString>> form, Done done);

    QNetworkAccessManager *m_network;
};

// A token source that refreshes through a provider's token endpoint and tells the owner
// of the refresh token when the server rotates it (to store the new one in the keychain).
class ProviderTokenSource : public OAuthTokenSource
{
public:
    ProviderTokenSource(OAuthClient *client, OAuthProvider provider, QString refreshToken,
                        QString accessToken = {}, QDateTime expiresAt = {});
    QString accessToken() const override { return m_accessToken; }
    QDateTime expiresAt() const override { return m_expiresAt; }
    bool canRefresh() const override { return !m_refreshToken.isEmpty(); }
    void refresh(Done done) override;
    QString refreshToken() const { return m_refreshToken; }
    std::function<void(const QString &refreshToken)> refreshTokenChanged;

private:
    OAuthClient *m_client;
    OAuthProvider m_provider;
    QString m_refreshToken, m_accessToken;
    QDateTime m_expiresAt;
};

} // namespace postel
