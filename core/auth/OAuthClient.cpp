#include "OAuthClient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace postel {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("postel::OAuthClient", text);
}
} // namespace

OAuthClient::OAuthClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network ? network : new QNetworkAccessManager(this))
{}

QByteArray OAuthClient::newCodeVerifier()
{
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                          random.size() / int(sizeof(quint32)));
    return random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray OAuthClient::codeChallenge(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

OAuthTokenResponse OAuthClient::parseResponse(int httpStatus, const QByteArray &body,
                                              const QString &networkError, const QDateTime &now)
{
    OAuthTokenResponse r;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (httpStatus == 200 && !o.isEmpty()) {
        r.accessToken = o.value(QLatin1String("access_token")).toString();
        r.refreshToken = o.value(QLatin1String("refresh_token")).toString();
        const int expiresIn = o.value(QLatin1String("expires_in")).toInt(-1);
        if (expiresIn >= 0)
            r.expiresAt = now.addSecs(expiresIn);
        if (r.accessToken.isEmpty())
            r.message = tr("The token endpoint answered without an access token.");
        return r;
    }
    r.error = o.value(QLatin1String("error")).toString();
    r.errorDescription = o.value(QLatin1String("error_description")).toString();
    if (!r.error.isEmpty()) {
        r.message =
            r.errorDescription.isEmpty()
                ? tr("The authorization server refused: %1").arg(r.error)
                : tr("The authorization server refused: %1 (%2)").arg(r.error, r.errorDescription);
    } else if (!networkError.isEmpty()) {
        r.message = tr("The token endpoint could not be reached: %1").arg(networkError);
    } else {
        r.message = tr("The token endpoint answered HTTP %1.").arg(httpStatus);
    }
    return r;
}

void OAuthClient::post(const OAuthProvider &provider, QList<QPair<QString, QString>> form,
                       Done done)
{
    form.append({QStringLiteral("client_id"), provider.clientId});
    if (!provider.clientSecret.isEmpty())
        form.append({QStringLiteral("client_secret"), provider.clientSecret});
    QUrlQuery q;
    for (const auto &[k, v] : std::as_const(form))
        q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    QNetworkRequest req(provider.tokenUrl);
    req.setHeader(QNetworkRequest::ContentTypeHeader,
                  QStringLiteral("application/x-www-form-urlencoded"));
    req.setRawHeader("Accept", "application/json");
    req.setTransferTimeout(30000);
    QNetworkReply *reply = m_network->post(req, q.query(QUrl::FullyEncoded).toUtf8());
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString netError =
            reply->error() == QNetworkReply::NoError ? QString() : reply->errorString();
        done(parseResponse(status, reply->readAll(), netError));
    });
}

void OAuthClient::exchangeCode(const OAuthProvider &provider, const QString &code,
                               const QUrl &redirectUri, const QByteArray &codeVerifier, Done done)
{
    post(provider,
         {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
          {QStringLiteral("code"), code},
          {QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded)},
          {QStringLiteral("code_verifier"), QString::fromLatin1(codeVerifier)}},
         std::move(done));
}

void OAuthClient::refresh(const OAuthProvider &provider, const QString &refreshToken, Done done)
{
    post(provider,
         {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
          {QStringLiteral("refresh_token"), refreshToken}},
         std::move(done));
}

ProviderTokenSource::ProviderTokenSource(OAuthClient *client, OAuthProvider provider,
                                         QString refreshToken, QString accessToken,
                                         QDateTime expiresAt)
    : m_client(client), m_provider(std::move(provider)), m_refreshToken(std::move(refreshToken)),
      m_accessToken(std::move(accessToken)), m_expiresAt(std::move(expiresAt))
{}

void ProviderTokenSource::refresh(Done done)
{
    QPointer<OAuthClient> client(m_client);
    if (!client || m_refreshToken.isEmpty()) {
        done({{}, {}, tr("There is no refresh token: sign in again.")});
        return;
    }
    client->refresh(m_provider, m_refreshToken, [this, done](const OAuthTokenResponse &r) {
        if (!r.ok()) {
            done({{}, {}, r.message});
            return;
        }
        m_accessToken = r.accessToken;
        m_expiresAt = r.expiresAt;
        if (!r.refreshToken.isEmpty() && r.refreshToken != m_refreshToken) {
            m_refreshToken = r.refreshToken;
            if (refreshTokenChanged)
                refreshTokenChanged(m_refreshToken);
        }
        done({m_accessToken, m_expiresAt, {}});
    });
}

} // namespace postel
