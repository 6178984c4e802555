#include "PasswordPrompt.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace postel {

PasswordPrompt::PasswordPrompt(const QString &profileName, const QString &user,
                               const QString &keychainReason, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("passwordPrompt"));
    setWindowTitle(tr("Password for %1").arg(profileName));
    setWindowModality(Qt::WindowModal);
    const bool keychain = keychainReason.isEmpty();

    auto *why = new QLabel(this);
    why->setObjectName(QStringLiteral("why"));
    why->setWordWrap(true);
    why->setTextFormat(Qt::PlainText);
    why->setText(
        keychain
            ? tr("The profile “%1” logs in as %2, but your keychain holds no password for it. "
                 "Postel asks instead of logging in with an empty password.")
                  .arg(profileName, user)
            : tr("The profile “%1” logs in as %2, but Postel has no password for it: without a "
                 "keychain (%3) passwords are kept only until Postel quits. Postel asks instead "
                 "of logging in with an empty password.")
                  .arg(profileName, user, keychainReason));

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_session = new QRadioButton(tr("Remember until Postel &quits"), this);
    m_keychain = new QRadioButton(tr("Remember in the &keychain"), this);
    m_keychain->setEnabled(keychain);
    if (!keychain)
        m_keychain->setToolTip(tr("No keychain is available."));
    (keychain ? m_keychain : m_session)->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_session);
    form->addRow(QString(), m_keychain);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Log in"));
    ok->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    connect(m_password, &QLineEdit::textChanged, ok,
            [ok](const QString &t) { ok->setEnabled(!t.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_password->text().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(why);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

QString PasswordPrompt::password() const
{
    return m_password->text();
}

PasswordPrompt::Remember PasswordPrompt::remember() const
{
    return m_keychain->isChecked() ? Remember::Keychain : Remember::Session;
}

} // namespace postel
