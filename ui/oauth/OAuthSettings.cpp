#include "OAuthSettings.h"
#include "OAuthSignIn.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace postel {

OAuthSettings::OAuthSettings(QWidget *parent)
    : QGroupBox(tr("OAuth 2.0"), parent), m_signIn(new OAuthSignIn(this))
{
    setObjectName(QStringLiteral("oauthSettings"));
    m_providerPicker = new QComboBox(this);
    m_providerPicker->setObjectName(QStringLiteral("oauthProvider"));
    m_providerPicker->addItem(tr("Google"), QStringLiteral("google"));
    m_providerPicker->addItem(tr("Microsoft 365"), QStringLiteral("microsoft"));
    m_providerPicker->addItem(tr("Other provider"), QStringLiteral("custom"));
    m_authUrl = new QLineEdit(this);
    m_authUrl->setObjectName(QStringLiteral("oauthAuthUrl"));
    m_tokenUrl = new QLineEdit(this);
    m_tokenUrl->setObjectName(QStringLiteral("oauthTokenUrl"));
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(QStringLiteral("oauthClientId"));
    m_clientId->setPlaceholderText(tr("The ID of the app you registered with the provider"));
    m_clientSecret = new QLineEdit(this);
    m_clientSecret->setObjectName(QStringLiteral("oauthClientSecret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setPlaceholderText(tr("Only if the provider gave one"));
    m_scope = new QLineEdit(this);
    m_scope->setObjectName(QStringLiteral("oauthScope"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("oauthStatus"));
    m_status->setWordWrap(true);
    m_signInButton = new QPushButton(tr("Sign in in the &browser…"), this);
    m_signInButton->setObjectName(QStringLiteral("oauthSignIn"));
    m_signOutButton = new QPushButton(tr("Si&gn out"), this);
    m_signOutButton->setObjectName(QStringLiteral("oauthSignOut"));
    m_signOutButton->setToolTip(tr("Forget the tokens Postel keeps for this profile"));

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Provider:"), m_providerPicker);
    form->addRow(tr("Authori&zation URL:"), m_authUrl);
    form->addRow(tr("To&ken URL:"), m_tokenUrl);
    form->addRow(tr("Client ID:"), m_clientId);
    form->addRow(tr("Client secret:"), m_clientSecret);
    form->addRow(tr("Scope:"), m_scope);
    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_signInButton);
    row->addWidget(m_signOutButton);
    form->addRow(row);

    connect(m_providerPicker, &QComboBox::currentIndexChanged, this,
            &OAuthSettings::providerChanged);
    connect(m_clientId, &QLineEdit::textChanged, this, &OAuthSettings::updateButtons);
    connect(m_signInButton, &QPushButton::clicked, this, &OAuthSettings::startSignIn);
    connect(m_signOutButton, &QPushButton::clicked, this, [this] {
        m_signIn->cancel();
        setSignedIn(false);
        Q_EMIT signedOut();
    });
    connect(m_signIn, &OAuthSignIn::browserOpened, this, [this] {
        setStatusText(tr("Waiting for the browser: sign in there and allow Postel to send "
                         "mail."));
    });
    connect(m_signIn, &OAuthSignIn::signedIn, this, [this](const OAuthTokenResponse &tokens) {
        setSignedIn(true);
        updateButtons();
        Q_EMIT refreshTokenObtained(tokens.refreshToken);
    });
    connect(m_signIn, &OAuthSignIn::failed, this, [this](const QString &message) {
        updateButtons();
        setStatusText(tr("⚠ %1").arg(message));
    });
    load(OAuthProvider::preset(QStringLiteral("google")));
    setSignedIn(false);
}

void OAuthSettings::load(const OAuthProvider &given)
{
    // A profile that never used OAuth starts from the first preset.
    const OAuthProvider provider =
        given.id.isEmpty() ? OAuthProvider::preset(QStringLiteral("google")) : given;
    m_loading = true;
    const int i = m_providerPicker->findData(provider.id);
    m_providerPicker->setCurrentIndex(
        i >= 0 ? i : m_providerPicker->findData(QStringLiteral("custom")));
    m_authUrl->setText(provider.authorizationUrl.toString());
    m_tokenUrl->setText(provider.tokenUrl.toString());
    m_clientId->setText(provider.clientId);
    m_clientSecret->setText(provider.clientSecret);
    m_scope->setText(provider.scope);
    m_loading = false;
    providerChanged();
}

OAuthProvider OAuthSettings::provider() const
{
    OAuthProvider p;
    p.id = m_providerPicker->currentData().toString();
    p.authorizationUrl = QUrl(m_authUrl->text().trimmed());
    p.tokenUrl = QUrl(m_tokenUrl->text().trimmed());
    p.clientId = m_clientId->text().trimmed();
    p.clientSecret = m_clientSecret->text().trimmed();
    p.scope = m_scope->text().trimmed();
    return p;
}

void OAuthSettings::providerChanged()
{
    const QString id = m_providerPicker->currentData().toString();
    const bool custom = id == QLatin1String("custom");
    // A preset names the endpoints and the scope; a custom provider is edited freely.
    m_authUrl->setReadOnly(!custom);
    m_tokenUrl->setReadOnly(!custom);
    if (!custom && !m_loading) {
        const OAuthProvider preset = OAuthProvider::preset(id);
        m_authUrl->setText(preset.authorizationUrl.toString());
        m_tokenUrl->setText(preset.tokenUrl.toString());
        m_scope->setText(preset.scope);
    }
    updateButtons();
}

void OAuthSettings::setStatusText(const QString &text)
{
    m_status->setText(text);
}

void OAuthSettings::setSignedIn(bool signedIn)
{
    m_signedIn = signedIn;
    setStatusText(signedIn ? tr("Signed in: the refresh token is in your keychain.")
                           : tr("Not signed in."));
    updateButtons();
}

void OAuthSettings::updateButtons()
{
    m_signInButton->setEnabled(!m_signIn->isRunning() && provider().isComplete());
    m_signOutButton->setEnabled(m_signedIn || m_signIn->isRunning());
}

void OAuthSettings::startSignIn()
{
    m_signIn->start(provider(), m_loginHint);
    updateButtons();
}

} // namespace postel
