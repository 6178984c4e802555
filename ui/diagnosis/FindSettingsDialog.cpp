#include "FindSettingsDialog.h"

#include "profiles/ServerProfile.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace postel {

FindSettingsDialog::FindSettingsDialog(const QString &address, const QString &password,
                                       const QSslConfiguration &tls, QWidget *parent)
    : QDialog(parent), m_tls(tls)
{
    setObjectName(QStringLiteral("findSettingsDialog"));
    setWindowTitle(tr("Find settings"));
    setWindowModality(Qt::WindowModal);
    m_address = new QLineEdit(address, this);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setPlaceholderText(tr("you@example.org"));
    m_password = new QLineEdit(password, this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("smtp.DOMAIN, mail.DOMAIN, DOMAIN"));
    m_host->setToolTip(tr("Leave empty to try the usual names of the address's domain"));
    auto *intro = new QLabel(tr("Postel tries the submission ports of your mail server — 587 "
                                "with STARTTLS, 465 with TLS from the first byte, then 25 — "
                                "connects, starts TLS and logs in (no mail is sent), and "
                                "proposes the first that works."),
                             this);
    intro->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("evidence"));
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("What each try saw"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Ser&ver:"), m_host);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_find = buttons->addButton(tr("&Find"), QDialogButtonBox::ActionRole);
    m_find->setObjectName(QStringLiteral("findButton"));
    m_use = buttons->addButton(tr("&Use these settings"), QDialogButtonBox::AcceptRole);
    m_use->setObjectName(QStringLiteral("useButton"));
    m_use->setEnabled(false);
    m_find->setDefault(true);
    connect(m_find, &QPushButton::clicked, this, &FindSettingsDialog::find);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::rejected, &m_finder, &SettingsFinder::cancel);
    connect(&m_finder, &SettingsFinder::trying, m_status, &QLabel::setText);
    connect(&m_finder, &SettingsFinder::attempted, this, &FindSettingsDialog::showAttempt);
    connect(&m_finder, &SettingsFinder::finished, this, &FindSettingsDialog::finished);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_log, 1);
    layout->addWidget(buttons);
    resize(640, 460);
}

QString FindSettingsDialog::address() const
{
    return m_address->text().trimmed();
}

QString FindSettingsDialog::password() const
{
    return m_password->text();
}

QString FindSettingsDialog::user() const
{
    const auto f = m_finder.found();
    return f && !f->record.authUser.isEmpty() ? f->record.authUser : address();
}

QString FindSettingsDialog::evidence() const
{
    return m_log->toPlainText();
}

void FindSettingsDialog::find()
{
    if (m_finder.isRunning())
        return;
    if (!address().contains(QLatin1Char('@')) && m_host->text().trimmed().isEmpty()) {
        m_status->setText(tr("Enter the address you send from (or the server's name)."));
        return;
    }
    SettingsFinder::Options options;
    options.address = address();
    options.password = password();
    options.host = m_host->text().trimmed();
    options.tls = m_tls;
    m_log->clear();
    m_use->setEnabled(false);
    m_find->setEnabled(false);
    m_finder.start(options);
}

void FindSettingsDialog::showAttempt()
{
    m_log->appendPlainText(m_finder.attempts().last().evidence);
}

void FindSettingsDialog::finished()
{
    m_find->setEnabled(true);
    const auto found = m_finder.found();
    if (found) {
        const SettingsFinder::Candidate &c = found->candidate;
        m_status->setText(tr("Found: %1, port %2, %3. “Use these settings” puts them in the "
                             "profile.")
                              .arg(c.host)
                              .arg(c.port)
                              .arg(ServerProfile::securityName(c.security)));
        m_use->setEnabled(true);
        m_use->setDefault(true);
    } else {
        m_status->setText(m_finder.attempts().isEmpty()
                              ? tr("Nothing was tried.")
                              : tr("No port worked. What each try saw is below."));
    }
}

} // namespace postel
