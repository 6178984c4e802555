#include "OAuthSignIn.h"

#include <QDesktopServices>
#include <QHostAddress>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>

namespace postel {

OAuthSignIn::OAuthSignIn(QObject *parent)
    : QObject(parent), m_open([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    qRegisterMetaType<postel::OAuthTokenResponse>();
}

OAuthSignIn::~OAuthSignIn()
{
    finish();
}

QUrl OAuthSignIn::redirectUri() const
{
    return m_handler ? QUrl(m_handler->callback()) : QUrl();
}

void OAuthSignIn::finish()
{
    // The listener goes with the flow: nothing keeps listening after the sign-in.
    if (m_flow)
        m_flow->deleteLater();
    m_flow = nullptr;
    m_handler = nullptr;
    m_verifier.clear();
}

void OAuthSignIn::cancel()
{
    finish();
}

void OAuthSignIn::start(const OAuthProvider &provider, const QString &loginHint)
{
    finish();
    if (!provider.isComplete()) {
        Q_EMIT failed(tr("The sign-in needs the authorization URL, the token URL and the "
                         "client ID."));
        return;
    }
    m_flow = new QOAuth2AuthorizationCodeFlow(this);
    // Loopback only, on a port the system chooses.
    m_handler = new QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, m_flow);
    if (!m_handler->isListening()) {
        finish();
        Q_EMIT failed(tr("Postel could not listen on 127.0.0.1 for the browser's answer."));
        return;
    }
    m_handler->setCallbackText(tr("Postel has the answer. You can close this page."));
    m_flow->setReplyHandler(m_handler);
    m_flow->setAuthorizationUrl(provider.authorizationUrl);
    m_flow->setAccessTokenUrl(provider.tokenUrl);
    m_flow->setClientIdentifier(provider.clientId);
    if (!provider.clientSecret.isEmpty())
        m_flow->setClientIdentifierSharedKey(provider.clientSecret);
    m_flow->setScope(provider.scope);
    m_verifier = OAuthClient::newCodeVerifier();
    m_loginHint = loginHint;
    const QByteArray challenge = OAuthClient::codeChallenge(m_verifier);
    const QByteArray verifier = m_verifier;
    const QString hint = loginHint;
    m_flow->setModifyParametersFunction(
        [challenge, verifier, hint](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *p) {
            if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
                p->insert(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
                p->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
                if (!hint.isEmpty())
                    p->insert(QStringLiteral("login_hint"), hint);
            } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
                p->insert(QStringLiteral("code_verifier"), QString::fromLatin1(verifier));
            }
        });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &url) {
        Q_EMIT browserOpened(url);
        m_open(url);
    });
    connect(m_flow, &QAbstractOAuth::granted, this, [this] {
        OAuthTokenResponse r;
        r.accessToken = m_flow->token();
        r.refreshToken = m_flow->refreshToken();
        r.expiresAt = m_flow->expirationAt();
        finish();
        if (r.refreshToken.isEmpty())
            r.message = tr("The provider gave no refresh token: Postel could not stay signed "
                           "in. Check that the scope allows offline access.");
        if (r.ok())
            Q_EMIT signedIn(r);
        else
            Q_EMIT failed(r.message);
    });
    connect(m_flow, &QAbstractOAuth2::error, this,
            [this](const QString &error, const QString &description, const QUrl &) {
                finish();
                Q_EMIT failed(description.isEmpty()
                                  ? tr("The sign-in was refused: %1").arg(error)
                                  : tr("The sign-in was refused: %1 (%2)").arg(error, description));
            });
    m_flow->grant();
}

} // namespace postel
