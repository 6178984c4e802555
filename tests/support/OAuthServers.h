#pragma once

// The oauth.env written by tests/servers/start-oauth.sh (the `oauthservers` fixture), and
// the steps a test takes against the authorization server: the browser's visit to the
// authorization endpoint (the server approves at once and redirects with a code), the
// code exchanged for tokens, a token expired or revoked.

#include "auth/OAuthClient.h"

#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

#include "EnvFile.h"

namespace postel::test {

struct OAuthServers
{
    QHash<QString, QString> env;
    QString error;

    static OAuthServers load()
    {
        OAuthServers s;
        loadEnvFile("POSTEL_OAUTH_ENV", "oauthservers fixture starts the OAuth test servers",
                    &s.env, &s.error);
        return s;
    }
    QString value(const char *key) const { return env.value(QString::fromLatin1(key)); }

    OAuthProvider provider() const
    {
        OAuthProvider p;
        p.id = QStringLiteral("custom");
        p.authorizationUrl = QUrl(value("OAUTH_AUTHORIZE_URL"));
        p.tokenUrl = QUrl(value("OAUTH_TOKEN_URL"));
        p.clientId = value("OAUTH_CLIENT_ID");
        p.scope = value("OAUTH_SCOPE");
        return p;
    }
    QString smtpServer() const
    {
        return value("OAUTH_SMTP_HOST") + QLatin1Char(':') + value("OAUTH_SMTP_PORT");
    }

    // Plays the browser: GET the authorization URL, return the redirect it answers with.
    static QUrl visit(const QUrl &authorizationUrl, QString *error = nullptr)
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(authorizationUrl);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *r = nam.get(req);
        QEventLoop loop;
        QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QUrl location = r->header(QNetworkRequest::LocationHeader).toUrl();
        if (error && status != 302)
            *error = QStringLiteral("authorize answered %1: %2")
                         .arg(status)
                         .arg(QString::fromUtf8(r->readAll()));
        r->deleteLater();
        return location;
    }

    // The whole authorization-code flow with PKCE, without a person.
    OAuthTokenResponse signIn(QString *error) const
    {
        const QByteArray verifier = OAuthClient::newCodeVerifier();
        const QUrl redirect(QStringLiteral("http://127.0.0.1:1/callback"));
        QUrl url(value("OAUTH_AUTHORIZE_URL"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("client_id"), value("OAUTH_CLIENT_ID"));
        q.addQueryItem(QStringLiteral("redirect_uri"), redirect.toString());
        q.addQueryItem(QStringLiteral("scope"), value("OAUTH_SCOPE"));
        q.addQueryItem(QStringLiteral("state"), QStringLiteral("s1"));
        q.addQueryItem(QStringLiteral("code_challenge"),
                       QString::fromLatin1(OAuthClient::codeChallenge(verifier)));
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        url.setQuery(q);
        const QUrl back = visit(url, error);
        const QString code = QUrlQuery(back).queryItemValue(QStringLiteral("code"));
        OAuthTokenResponse out;
        if (code.isEmpty()) {
            if (error && error->isEmpty())
                *error = QStringLiteral("no code in %1").arg(back.toString());
            return out;
        }
        OAuthClient client;
        bool done = false;
        client.exchangeCode(provider(), code, redirect, verifier, [&](const OAuthTokenResponse &r) {
            out = r;
            done = true;
        });
        QEventLoop loop;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (done)
                loop.quit();
        });
        poll.start(10);
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        loop.exec();
        if (error && !out.ok())
            *error = out.message;
        return out;
    }

    // POSTs a form to one of the server's endpoints; returns the HTTP status.
    int post(const char *urlKey, const QList<QPair<QString, QString>> &form) const
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(value(urlKey)));
        req.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded"));
        QUrlQuery q;
        for (const auto &[k, v] : form)
            q.addQueryItem(k, v);
        QNetworkReply *r = nam.post(req, q.query(QUrl::FullyEncoded).toUtf8());
        QEventLoop loop;
        QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r->deleteLater();
        return status;
    }
    // The server treats the access token as expired from now on.
    bool expire(const QString &accessToken) const
    {
        return post("OAUTH_EXPIRE_URL", {{QStringLiteral("token"), accessToken}}) == 200;
    }
    // Every access token issued to `user` counts as expired from now on.
    bool expireAllOf(const QString &user) const
    {
        return post("OAUTH_EXPIRE_URL", {{QStringLiteral("user"), user}}) == 200;
    }
    // RFC 7009 revocation (an access or a refresh token).
    bool revoke(const QString &token) const
    {
        return post("OAUTH_REVOKE_URL",
                    {{QStringLiteral("token"), token},
                     {QStringLiteral("client_id"), value("OAUTH_CLIENT_ID")}}) == 200;
    }
};

} // namespace postel::test
