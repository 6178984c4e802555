#pragma once

#include "profiles/ServerProfile.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace postel {

class OAuthSignIn;

// A profile's OAuth 2.0 settings: the provider (Google and Microsoft 365 presets, or a
// custom one: authorization and token URLs, client ID, optional secret, scope), whether
// Postel holds a refresh token for it, "Sign in…" (the browser sign-in) and "Sign out".
// The refresh token itself goes to the owner through refreshTokenObtained(); this widget
// never keeps it.
class OAuthSettings : public QGroupBox
{
    Q_OBJECT
public:
    explicit OAuthSettings(QWidget *parent = nullptr);

    void load(const OAuthProvider &provider);
    OAuthProvider provider() const;
    void setSignedIn(bool signedIn);
    bool isSignedIn() const { return m_signedIn; }
    void setLoginHint(const QString &user) { m_loginHint = user; }
    void setStatusText(const QString &text);

    OAuthSignIn *signIn() const { return m_signIn; }
    QPushButton *signInButton() const { return m_signInButton; }
    QPushButton *signOutButton() const { return m_signOutButton; }
    QComboBox *providerPicker() const { return m_providerPicker; }

Q_SIGNALS:
    void refreshTokenObtained(const QString &refreshToken);
    void signedOut();

private:
    void providerChanged();
    void startSignIn();
    void updateButtons();

    OAuthSignIn *m_signIn;
    QComboBox *m_providerPicker;
    QLineEdit *m_authUrl;
    QLineEdit *m_tokenUrl;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QLineEdit *m_scope;
    QLabel *m_status;
    QPushButton *m_signInButton;
    QPushButton *m_signOutButton;
    QString m_loginHint;
    bool m_signedIn = false;
    bool m_loading = false;
};

} // namespace postel
