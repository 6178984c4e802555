#include "ProfileDialog.h"
#include "auth/OAuthMechanism.h"
#include "oauth/OAuthSettings.h"
#include "profiles/PasswordStore.h"
#include "profiles/ProfileStore.h"

#include "auth/AuthMechanism.h"
#include "common/Icons.h"
#include "diagnosis/FindSettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

namespace postel {

ProfileDialog::ProfileDialog(ProfileStore *store, PasswordStore *passwords, QWidget *parent)
    : QDialog(parent), m_store(store), m_passwords(passwords), m_profiles(store->profiles())
{
    setWindowTitle(tr("Server profiles"));
    setObjectName(QStringLiteral("profileDialog"));

    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Profiles"));
    auto *add = new QPushButton(Icons::get(QStringLiteral(":/icons/add.svg")), tr("&Add"), this);
    auto *dup = new QPushButton(tr("&Duplicate"), this);
    auto *del =
        new QPushButton(Icons::get(QStringLiteral(":/icons/remove.svg")), tr("&Remove"), this);
    connect(add, &QPushButton::clicked, this, &ProfileDialog::addProfile);
    connect(dup, &QPushButton::clicked, this, &ProfileDialog::duplicateProfile);
    connect(del, &QPushButton::clicked, this, &ProfileDialog::removeProfile);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(dup);
    listButtons->addWidget(del);
    left->addLayout(listButtons);

    m_name = new QLineEdit(this);
    m_route = new QComboBox(this);
    m_route->setObjectName(QStringLiteral("routePicker"));
    m_route->addItem(tr("This server"), int(ServerProfile::Route::Host));
    m_route->addItem(tr("The recipient's mail server (MX)"),
                     int(ServerProfile::Route::RecipientMx));
    m_route->setToolTip(tr("The recipient's mail server: Postel looks up the MX of the first "
                           "recipient's domain when sending and delivers there directly, as "
                           "a mail server would"));
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_dnsServer = new QLineEdit(this);
    m_dnsServer->setObjectName(QStringLiteral("dnsServer"));
    m_dnsServer->setPlaceholderText(tr("The system's resolver"));
    m_dnsServer->setToolTip(tr("The IP address of the DNS server to ask for MX records (port "
                               "53); empty for the system's"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_security = new QComboBox(this);
    m_security->addItem(tr("None (plain text)"), int(SmtpSession::Security::None));
    m_security->addItem(tr("STARTTLS (upgrade after connecting)"),
                        int(SmtpSession::Security::StartTls));
    m_security->addItem(tr("TLS from the first byte (port 465)"),
                        int(SmtpSession::Security::ImplicitTls));
    m_requireTls = new QCheckBox(tr("Require TLS (never send anything in clear)"), this);
    m_verify = new QCheckBox(tr("Verify the server's certificate"), this);
    m_caFile = new QLineEdit(this);
    m_caFile->setPlaceholderText(tr("System certificates"));
    auto *browse = new QToolButton(this);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose a file of CA certificates (PEM)"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString f =
            QFileDialog::getOpenFileName(this, tr("CA certificates"), QString(),
                                         tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!f.isEmpty())
            m_caFile->setText(f);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    m_pinned = new QLabel(this);
    m_pinned->setObjectName(QStringLiteral("pinnedCertificate"));
    m_pinned->setTextFormat(Qt::PlainText);
    m_pinned->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pinned->setMinimumHeight(m_pinned->fontMetrics().lineSpacing() * 2 + 4);
    m_pinned->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *forget = new QPushButton(tr("Forget"), this);
    forget->setToolTip(tr("Stop trusting the certificate you accepted for this profile"));
    connect(forget, &QPushButton::clicked, this, [this] {
        if (m_row >= 0) {
            m_profiles[m_row].pinnedSha256.clear();
            m_pinned->setText(tr("none"));
        }
    });
    auto *pinRow = new QHBoxLayout;
    pinRow->addWidget(m_pinned, 1);
    pinRow->addWidget(forget);
    m_helo = new QLineEdit(this);
    m_helo->setPlaceholderText(tr("This computer's name"));
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(1, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_user = new QLineEdit(this);
    m_user->setPlaceholderText(tr("Leave empty to send without logging in"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_keychainNote = new QLabel(this);
    m_keychainNote->setWordWrap(true);
    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("authPicker"));
    m_authExplanation = new QLabel(this);
    m_authExplanation->setWordWrap(true);
    m_cleartext = new QCheckBox(tr("Allow PLAIN and LOGIN without TLS (sends the password "
                                   "readable by anyone on the way)"),
                                this);

    m_findSettings = new QPushButton(tr("F&ind settings…"), this);
    m_findSettings->setObjectName(QStringLiteral("findSettingsButton"));
    m_findSettings->setToolTip(tr("Try the submission ports of your address's mail server "
                                  "(587, 465, 25) and fill in the settings that work"));
    connect(m_findSettings, &QPushButton::clicked, this, &ProfileDialog::findSettings);

    auto *form = m_form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Send &mail to:"), m_route);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(QString(), m_findSettings);
    form->addRow(tr("DNS ser&ver:"), m_dnsServer);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Security:"), m_security);
    form->addRow(QString(), m_requireTls);
    form->addRow(QString(), m_verify);
    auto *caLabel = new QLabel(tr("CA &file:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(tr("Trusted certificate:"), pinRow);
    form->addRow(tr("HE&LO name:"), m_helo);
    form->addRow(tr("&Timeout:"), m_timeout);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_keychainNote);
    form->addRow(tr("Auth&entication:"), m_auth);
    form->addRow(QString(), m_authExplanation);
    form->addRow(QString(), m_cleartext);
    m_oauth = new OAuthSettings(this);
    form->addRow(m_oauth);
    connect(m_oauth, &OAuthSettings::refreshTokenObtained, this, [this](const QString &token) {
        if (m_row >= 0)
            m_changedPasswords.insert(m_profiles.at(m_row).oauthSecretId(), token);
    });
    connect(m_oauth, &OAuthSettings::signedOut, this, [this] {
        // An empty entry: forgotten from the keychain on OK.
        if (m_row >= 0)
            m_changedPasswords.insert(m_profiles.at(m_row).oauthSecretId(), QString());
    });
    connect(m_user, &QLineEdit::textChanged, m_oauth, &OAuthSettings::setLoginHint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(form, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    for (const ServerProfile &p : m_profiles)
        m_list->addItem(p.name);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        storeCurrent();
        load(row);
    });
    connect(m_security, &QComboBox::currentIndexChanged, this, &ProfileDialog::securityChanged);
    connect(m_route, &QComboBox::currentIndexChanged, this, &ProfileDialog::routeChanged);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ProfileDialog::explainAuth);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ProfileDialog::authChanged);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &t) {
        if (m_list->currentItem())
            m_list->currentItem()->setText(t);
    });
    connect(m_password, &QLineEdit::textEdited, this, [this](const QString &t) {
        if (m_row >= 0)
            m_changedPasswords.insert(m_profiles.at(m_row).id, t);
    });
    selectProfile(store->currentId());
    resize(860, 620);
}

QString ProfileDialog::selectedId() const
{
    return m_row >= 0 && m_row < m_profiles.size() ? m_profiles.at(m_row).id : QString();
}

void ProfileDialog::focusPassword()
{
    m_focusPassword = true; // again once the keychain has answered
    m_password->setFocus(Qt::OtherFocusReason);
    m_password->selectAll();
}

void ProfileDialog::findSettings()
{
    if (m_row < 0 || m_row >= m_profiles.size())
        return;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_caFile->text().trimmed().isEmpty())
        tls.addCaCertificates(m_caFile->text().trimmed());
    const QString user = m_user->text().trimmed();
    auto *dialog = new FindSettingsDialog(user.contains(QLatin1Char('@')) ? user : QString(),
                                          m_password->text(), tls, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = m_profiles.at(m_row).id] {
        const auto found = dialog->found();
        if (!found || selectedId() != id)
            return;
        const SettingsFinder::Candidate &c = found->candidate;
        m_loading = true; // the port found, not the one the security usually has
        m_route->setCurrentIndex(m_route->findData(int(ServerProfile::Route::Host)));
        m_host->setText(c.host);
        m_port->setValue(c.port);
        m_security->setCurrentIndex(m_security->findData(int(c.security)));
        m_loading = false;
        routeChanged();
        if (!dialog->password().isEmpty()) {
            m_user->setText(dialog->user());
            m_password->setText(dialog->password());
            m_changedPasswords.insert(id, dialog->password());
        }
        const QStringList auth = found->record.advertised().authMechanisms();
        if (!auth.isEmpty())
            m_profiles[m_row].lastAdvertisedAuth = auth;
        storeCurrent();
        fillAuthPicker(m_profiles.at(m_row));
    });
    dialog->open();
}

void ProfileDialog::selectProfile(const QString &id)
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id) {
            m_list->setCurrentRow(i);
            return;
        }
    }
    if (!m_profiles.isEmpty())
        m_list->setCurrentRow(0);
}

void ProfileDialog::load(int row)
{
    m_row = row;
    const bool valid = row >= 0 && row < m_profiles.size();
    for (QWidget *w : QList<QWidget *>{m_name, m_route, m_host, m_dnsServer, m_port, m_security,
                                       m_requireTls, m_verify, m_caFile, m_helo, m_timeout, m_user,
                                       m_password, m_auth, m_cleartext})
        w->setEnabled(valid);
    if (!valid)
        return;
    m_loading = true;
    const ServerProfile &p = m_profiles.at(row);
    m_name->setText(p.name);
    m_route->setCurrentIndex(m_route->findData(int(p.route)));
    m_host->setText(p.host);
    m_dnsServer->setText(p.dnsServer);
    m_port->setValue(p.port);
    m_security->setCurrentIndex(m_security->findData(int(p.security)));
    m_requireTls->setChecked(p.requireTls);
    m_verify->setChecked(p.verifyCertificate);
    m_caFile->setText(p.caFile);
    // 32 bytes in two lines of 16: the whole fingerprint shows, nothing is cut.
    const QString hex = QString::fromLatin1(p.pinnedSha256.toHex(':').toUpper());
    m_pinned->setText(p.pinnedSha256.isEmpty() ? tr("none")
                                               : hex.left(47) + QLatin1Char('\n') + hex.mid(48));
    m_helo->setText(p.heloName);
    m_timeout->setValue(p.timeoutSeconds);
    m_user->setText(p.user);
    m_cleartext->setChecked(p.allowCleartextAuth);
    fillAuthPicker(p);
    m_oauth->load(p.oauth);
    m_oauth->setLoginHint(p.user);
    loadOAuthState(p);
    authChanged();
    m_password->clear();
    if (m_changedPasswords.contains(p.id)) {
        m_password->setText(m_changedPasswords.value(p.id));
    } else {
        m_password->setPlaceholderText(tr("Reading the keychain…"));
        const QString id = p.id;
        m_passwords->read(id, this, [this, id](const QString &pw) {
            if (selectedId() != id || m_changedPasswords.contains(id))
                return;
            m_password->setPlaceholderText(QString());
            m_password->setText(pw);
            if (m_focusPassword) {
                m_password->setFocus(Qt::OtherFocusReason);
                m_password->selectAll();
            }
            if (!m_passwords->keychainAvailable())
                m_keychainNote->setText(
                    tr("⚠ No keychain is available (%1). Passwords are kept only until Postel "
                       "quits.")
                        .arg(m_passwords->unavailableReason()));
        });
    }
    m_keychainNote->setText(m_passwords->keychainAvailable()
                                ? tr("The password is kept in your desktop's keychain.")
                                : tr("⚠ No keychain is available (%1). Passwords are kept only "
                                     "until Postel quits.")
                                      .arg(m_passwords->unavailableReason()));
    routeChanged();
    m_loading = false;
    securityChanged();
}

void ProfileDialog::storeCurrent()
{
    if (m_row < 0 || m_row >= m_profiles.size())
        return;
    ServerProfile &p = m_profiles[m_row];
    p.name = m_name->text().trimmed().isEmpty() ? p.host : m_name->text().trimmed();
    p.route = ServerProfile::Route(m_route->currentData().toInt());
    p.host = m_host->text().trimmed();
    p.dnsServer = m_dnsServer->text().trimmed();
    p.port = quint16(m_port->value());
    p.security = SmtpSession::Security(m_security->currentData().toInt());
    p.requireTls = m_requireTls->isChecked();
    p.verifyCertificate = m_verify->isChecked();
    p.caFile = m_caFile->text().trimmed();
    p.heloName = m_helo->text().trimmed();
    p.timeoutSeconds = m_timeout->value();
    p.user = m_user->text().trimmed();
    p.authMechanism = m_auth->currentData(MechanismRole).toString();
    p.allowCleartextAuth = m_cleartext->isChecked();
    if (p.usesOAuth())
        p.oauth = m_oauth->provider();
}

void ProfileDialog::loadOAuthState(const ServerProfile &p)
{
    const QString key = p.oauthSecretId();
    if (m_changedPasswords.contains(key)) {
        m_oauth->setSignedIn(!m_changedPasswords.value(key).isEmpty());
        return;
    }
    m_oauth->setSignedIn(false);
    const QString id = p.id;
    // Only whether a refresh token is there: the dialog never shows it.
    m_passwords->read(key, this, [this, id, key](const QString &token) {
        if (selectedId() == id && !m_changedPasswords.contains(key))
            m_oauth->setSignedIn(!token.isEmpty());
    });
}

void ProfileDialog::authChanged()
{
    const bool oauth = isOAuthMechanism(m_auth->currentData(MechanismRole).toString());
    m_form->setRowVisible(m_password, !oauth);
    m_form->setRowVisible(m_keychainNote, !oauth);
    m_form->setRowVisible(m_cleartext, !oauth);
    m_oauth->setVisible(oauth);
}

void ProfileDialog::fillAuthPicker(const ServerProfile &p)
{
    m_auth->clear();
    auto *model = qobject_cast<QStandardItemModel *>(m_auth->model());
    const QStringList supported = preferredMechanisms();
    const QStringList advertised = p.lastAdvertisedAuth;
    m_auth->addItem(tr("Automatic (strongest the server offers)"));
    m_auth->setItemData(0, QString(), MechanismRole);
    m_auth->setItemData(0, !advertised.isEmpty(), AdvertisedRole);
    m_auth->setItemData(0, true, SupportedRole);
    for (const QString &m : supported) {
        const bool adv = advertised.contains(m, Qt::CaseInsensitive);
        const QString label = adv                    ? tr("✔ %1 — offered by the server").arg(m)
                              : advertised.isEmpty() ? m
                                                     : tr("%1 — not offered by the server").arg(m);
        m_auth->addItem(label);
        const int i = m_auth->count() - 1;
        m_auth->setItemData(i, m, MechanismRole);
        m_auth->setItemData(i, adv, AdvertisedRole);
        m_auth->setItemData(i, true, SupportedRole);
    }
    // OAuth 2.0: a token from the provider's sign-in instead of a password.
    for (const QString &m : {QStringLiteral("XOAUTH2"), QStringLiteral("OAUTHBEARER")}) {
        const bool adv = advertised.contains(m, Qt::CaseInsensitive);
        const QString label = adv ? tr("✔ OAuth 2.0 (%1) — offered by the server").arg(m)
                              : advertised.isEmpty()
                                  ? tr("OAuth 2.0 (%1)").arg(m)
                                  : tr("OAuth 2.0 (%1) — not offered by the server").arg(m);
        m_auth->addItem(label);
        const int i = m_auth->count() - 1;
        m_auth->setItemData(i, m, MechanismRole);
        m_auth->setItemData(i, adv, AdvertisedRole);
        m_auth->setItemData(i, true, SupportedRole);
    }
    for (const QString &m : advertised) {
        if (supported.contains(m, Qt::CaseInsensitive) || isOAuthMechanism(m))
            continue;
        m_auth->addItem(tr("%1 — offered by the server, not supported by Postel").arg(m));
        const int i = m_auth->count() - 1;
        m_auth->setItemData(i, m, MechanismRole);
        m_auth->setItemData(i, true, AdvertisedRole);
        m_auth->setItemData(i, false, SupportedRole);
        if (model)
            model->item(i)->setEnabled(false);
    }
    int current = 0;
    for (int i = 0; i < m_auth->count(); ++i) {
        if (m_auth->itemData(i, MechanismRole)
                    .toString()
                    .compare(p.authMechanism, Qt::CaseInsensitive) == 0 &&
            m_auth->itemData(i, SupportedRole).toBool())
            current = i;
    }
    m_auth->setCurrentIndex(current);
    explainAuth();
}

void ProfileDialog::explainAuth()
{
    if (m_row < 0 || m_row >= m_profiles.size())
        return;
    const QStringList advertised = m_profiles.at(m_row).lastAdvertisedAuth;
    const QString mech = m_auth->currentData(MechanismRole).toString();
    QString text;
    if (advertised.isEmpty())
        text = tr("Postel has not yet seen which mechanisms this server offers. Use “Test "
                  "connection” to ask it.");
    else
        text = tr("Last time the server offered: %1.").arg(advertised.join(QStringLiteral(", ")));
    if (mech.isEmpty()) {
        text += QLatin1Char(' ') + tr("Automatic tries the mechanisms Postel supports and the "
                                      "server offers, strongest first: %1.")
                                       .arg(preferredMechanisms().join(QStringLiteral(", ")));
    } else if (!advertised.isEmpty() && !advertised.contains(mech, Qt::CaseInsensitive)) {
        text +=
            QLatin1Char(' ') +
            tr("%1 was not offered: the server will most likely refuse it (504 or 535).").arg(mech);
    }
    if (mech == QLatin1String("PLAIN") || mech == QLatin1String("LOGIN"))
        text += QLatin1Char(' ') + tr("%1 sends the password itself; Postel uses it only over "
                                      "TLS unless you allow otherwise below.")
                                       .arg(mech);
    if (mech == QLatin1String("XOAUTH2") || mech == QLatin1String("OAUTHBEARER"))
        text += QLatin1Char(' ') +
                tr("Sign in with the provider below: Postel keeps the refresh token in your "
                   "keychain and gets a fresh access token before each send that needs one.");
    m_authExplanation->setText(text);
}

void ProfileDialog::securityChanged()
{
    if (m_loading)
        return;
    const auto sec = SmtpSession::Security(m_security->currentData().toInt());
    const int port = m_port->value();
    // Follow the usual port when the user has not chosen another one.
    if (sec == SmtpSession::Security::ImplicitTls && (port == 25 || port == 587))
        m_port->setValue(465);
    else if (sec != SmtpSession::Security::ImplicitTls && port == 465)
        m_port->setValue(587);
    m_requireTls->setEnabled(sec != SmtpSession::Security::None);
    m_verify->setEnabled(sec != SmtpSession::Security::None);
    m_caFile->setEnabled(sec != SmtpSession::Security::None);
}

void ProfileDialog::routeChanged()
{
    const bool mx =
        ServerProfile::Route(m_route->currentData().toInt()) == ServerProfile::Route::RecipientMx;
    const bool valid = m_row >= 0 && m_row < m_profiles.size();
    // One of the two says where the mail goes: the host, or whom to ask for the MX.
    m_form->setRowVisible(m_host, !mx);
    m_form->setRowVisible(m_dnsServer, mx);
    m_host->setEnabled(valid && !mx);
    m_dnsServer->setEnabled(valid && mx);
    // Mail servers take mail from each other on port 25; the submission ports are for
    // clients of one's own server.
    if (!m_loading && mx && (m_port->value() == 587 || m_port->value() == 465))
        m_port->setValue(25);
}

void ProfileDialog::addProfile()
{
    storeCurrent();
    ServerProfile p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.name = tr("New server");
    p.host = QStringLiteral("smtp.example.org");
    p.port = 587;
    m_profiles.append(p);
    m_list->addItem(p.name);
    m_list->setCurrentRow(int(m_profiles.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void ProfileDialog::duplicateProfile()
{
    storeCurrent();
    if (m_row < 0)
        return;
    ServerProfile p = m_profiles.at(m_row);
    const QString sourceId = p.id;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.name = tr("%1 (copy)").arg(p.name);
    // The copy logs in with the same password: the one typed here, or the one kept.
    if (m_changedPasswords.contains(sourceId)) {
        m_changedPasswords.insert(p.id, m_changedPasswords.value(sourceId));
    } else {
        const QString copyId = p.id;
        m_passwords->read(sourceId, this, [this, copyId](const QString &pw) {
            if (pw.isEmpty() || m_changedPasswords.contains(copyId))
                return;
            m_changedPasswords.insert(copyId, pw);
            if (selectedId() == copyId) {
                m_password->setPlaceholderText(QString());
                m_password->setText(pw);
            }
        });
    }
    m_profiles.append(p);
    m_list->addItem(p.name);
    m_list->setCurrentRow(int(m_profiles.size()) - 1);
}

void ProfileDialog::removeProfile()
{
    if (m_row < 0 || m_profiles.size() <= 1)
        return;
    const int row = m_row;
    m_removed.append(m_profiles.at(row).id);
    m_row = -1;
    m_profiles.removeAt(row);
    delete m_list->takeItem(row);
    m_list->setCurrentRow(qMin(row, int(m_profiles.size()) - 1));
}

void ProfileDialog::accept()
{
    storeCurrent();
    for (const QString &id : m_removed) {
        m_store->remove(id);
        m_passwords->remove(id);
        m_passwords->remove(id + QStringLiteral("/oauth"));
    }
    for (const ServerProfile &p : m_profiles)
        m_store->save(p);
    for (auto it = m_changedPasswords.cbegin(); it != m_changedPasswords.cend(); ++it) {
        // "Sign out": the refresh token is forgotten, not overwritten with nothing.
        if (it.value().isEmpty() && it.key().endsWith(QLatin1String("/oauth")))
            m_passwords->remove(it.key());
        else
            m_passwords->write(it.key(), it.value());
    }
    if (!selectedId().isEmpty())
        m_store->setCurrentId(selectedId());
    QDialog::accept();
}

} // namespace postel
