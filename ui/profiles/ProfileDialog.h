#pragma once

#include "profiles/ServerProfile.h"

#include <QDialog>
#include <QHash>

class QListWidget;
class QLineEdit;
class QSpinBox;
class QComboBox;
class QCheckBox;
class QLabel;
class QFormLayout;
class QPushButton;

namespace postel {

class ProfileStore;
class PasswordStore;
class OAuthSettings;

// Edits the server profiles: where, how securely, as whom, and which AUTH mechanism — with
// the ones the server last advertised marked and the others explained.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileDialog(ProfileStore *store, PasswordStore *passwords, QWidget *parent = nullptr);

    void selectProfile(const QString &id);
    QComboBox *authPicker() const { return m_auth; }
    QComboBox *routePicker() const { return m_route; }
    OAuthSettings *oauthSettings() const { return m_oauth; }
    QString selectedId() const;
    // Puts the cursor in the password field, its text selected (the failure doctor's "Edit
    // the password").
    void focusPassword();
    QLineEdit *passwordField() const { return m_password; }
    // "Find settings…": tries the submission ports of the user's address's server and fills
    // in what works (window-modal; nothing is saved until OK).
    void findSettings();
    QPushButton *findSettingsButton() const { return m_findSettings; }

    // Roles of the auth picker's items.
    enum AuthRole
    {
        MechanismRole = Qt::UserRole,
        AdvertisedRole,
        SupportedRole
    };

    void accept() override;

private:
    void load(int row);
    void storeCurrent();
    void fillAuthPicker(const ServerProfile &p);
    void explainAuth();
    void addProfile();
    void duplicateProfile();
    void removeProfile();
    void securityChanged();
    void routeChanged();
    // OAuth 2.0 chosen: the provider and the sign-in instead of the password.
    void authChanged();
    void loadOAuthState(const ServerProfile &p);

    ProfileStore *m_store;
    PasswordStore *m_passwords;
    QList<ServerProfile> m_profiles;
    QStringList m_removed;
    QHash<QString, QString> m_changedPasswords;
    int m_row = -1;
    bool m_loading = false;
    bool m_focusPassword = false;

    QFormLayout *m_form;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_route;
    QLineEdit *m_host;
    QLineEdit *m_dnsServer;
    QSpinBox *m_port;
    QComboBox *m_security;
    QCheckBox *m_requireTls;
    QCheckBox *m_verify;
    QLineEdit *m_caFile;
    QLabel *m_pinned;
    QLineEdit *m_helo;
    QSpinBox *m_timeout;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_keychainNote;
    QComboBox *m_auth;
    QLabel *m_authExplanation;
    QCheckBox *m_cleartext;
    OAuthSettings *m_oauth;
    QPushButton *m_findSettings;
};

} // namespace postel
