#include "SendOutcomePresenter.h"

#include "common/CertificateDialog.h"
#include "common/MessageBanner.h"
#include "common/Sentences.h"
#include "common/StatusLabel.h"
#include "composer/ComposerWidget.h"
#include "composer/RecentAddresses.h"
#include "diagnosis/DiagnosisPresenter.h"
#include "profiles/ProfileStore.h"
#include "recipients/RecipientsPanel.h"
#include "server/ServerPanel.h"
#include "transcript/Transcript.h"

#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace postel {

SendOutcomePresenter::SendOutcomePresenter(const Views &views, SendController *controller,
                                           ProfileStore *profiles, Transcript *transcript,
                                           PasswordStore *passwords, QObject *parent)
    : QObject(parent), m_views(views), m_controller(controller), m_profiles(profiles),
      m_transcript(transcript), m_doctor(new DiagnosisPresenter(views.banner, profiles, passwords,
                                                                transcript, views.window, this))
{
    connect(m_doctor, &DiagnosisPresenter::retryRequested, this,
            &SendOutcomePresenter::retryRequested);
    connect(m_doctor, &DiagnosisPresenter::trustRequested, this, [this] {
        if (!m_last.sslErrors.isEmpty())
            askToTrust(m_last);
    });
    connect(controller, &SendController::stepStarted, m_views.status, &QLabel::setText);
    connect(controller, &SendController::dataProgress, this, &SendOutcomePresenter::showProgress);
    connect(controller, &SendController::capabilitiesReceived, this,
            &SendOutcomePresenter::onCapabilities);
    connect(controller, &SendController::finished, this, &SendOutcomePresenter::present);
    connect(controller->session(), &SmtpSession::tlsStarted, this,
            [this] { m_views.server->updateFrom(m_controller->session()); });
}

void SendOutcomePresenter::begin(SendController::Mode mode, const QString &profileSummary,
                                 const MailMessage &message)
{
    if (mode == SendController::Mode::Send) {
        m_sending = message;
        m_views.recipients->clear();
    }
    m_views.banner->hide();
    m_views.progress->setRange(0, 0);
    m_views.progress->setFormat(QString());
    m_views.progress->show();
    m_transcript->addInfo(mode == SendController::Mode::Send
                              ? tr("Sending: %1").arg(profileSummary)
                              : tr("Testing connection: %1").arg(profileSummary));
}

void SendOutcomePresenter::showProgress(qint64 sent, qint64 total)
{
    const QLocale l;
    if (total > 0) {
        // QProgressBar counts in int: scale to permille.
        m_views.progress->setRange(0, 1000);
        m_views.progress->setValue(int(sent * 1000 / total));
        m_views.progress->setFormat(
            tr("%1 of %2").arg(l.formattedDataSize(sent), l.formattedDataSize(total)));
    } else {
        m_views.progress->setRange(0, 0);
        m_views.progress->setFormat(l.formattedDataSize(sent));
    }
}

void SendOutcomePresenter::onCapabilities()
{
    const SmtpSession *session = m_controller->session();
    m_views.server->updateFrom(session);
    ServerProfile p = m_profiles->current();
    const QStringList auth = session->lastAdvertised().authMechanisms();
    if (p.isValid() && p.lastAdvertisedAuth != auth) {
        p.lastAdvertisedAuth = auth;
        m_profiles->save(p);
    }
}

void SendOutcomePresenter::present(const SendController::Outcome &outcome)
{
    m_views.progress->hide();
    m_last = outcome;
    m_views.server->updateFrom(m_controller->session());
    for (const QString &warning : outcome.warnings)
        m_transcript->addInfo(warning);
    if (outcome.mode == SendController::Mode::Send && !outcome.recipients.isEmpty()) {
        m_views.recipients->setResults(outcome.recipients, outcome.unknown);
        m_views.recipientsDock->raise();
        rememberRecipients(outcome);
    }
    StatusLabel *status = m_views.status;
    MessageBanner *banner = m_views.banner;
    const int total = int(outcome.recipients.size());
    if (outcome.ok && outcome.mode == SendController::Mode::TestConnection) {
        status->setText(tr("Connection test passed."));
        banner->showMessage(MessageBanner::Kind::Success,
                            tr("The server answered every step. See the Server panel for "
                               "what it offers."));
        m_views.serverDock->raise();
    } else if (outcome.ok && outcome.refusedCount == 0) {
        status->setText(tr("Sent to %n recipient(s).", nullptr, total));
        banner->showMessage(MessageBanner::Kind::Success,
                            tr("Sent to %n recipient(s).", nullptr, total));
        Q_EMIT deliveredToEveryone();
    } else if (outcome.ok) {
        const QString summary = RecipientsPanel::summary(outcome.refusedCount, total);
        status->setText(summary);
        banner->showMessage(MessageBanner::Kind::Warning,
                            tr("Sent, but not to everyone. %1. The message is kept so you "
                               "can fix the addresses and send again.")
                                .arg(summary));
    } else if (outcome.unknown) {
        // Neither sent nor failed: the window's notice says what is known, and why sending
        // again without checking may deliver it twice. No banner, no retry.
        status->setText(tr("Outcome unknown: the message may have been delivered. It is kept."));
    } else if (outcome.cancelled) {
        status->setText(tr("Cancelled. The message is kept."));
    } else {
        QString text = outcome.error.describe();
        if (outcome.mode == SendController::Mode::Send)
            text = tr("Not sent: %1 The message is kept as it was.").arg(endSentence(text));
        if (!outcome.failedStep.isEmpty())
            text = tr("%1 (while: %2)").arg(text, outcome.failedStep);
        status->setText(outcome.mode == SendController::Mode::Send
                            ? tr("Not sent.") + QLatin1Char(' ') + outcome.error.describe()
                            : outcome.error.describe());
        if (outcome.error.kind == ErrorKind::RecipientsRefused)
            status->setText(RecipientsPanel::summary(outcome.refusedCount, total));
        banner->showMessage(MessageBanner::Kind::Error, text);
        if (!outcome.sslErrors.isEmpty())
            askToTrust(outcome);
    }
    if (!outcome.cancelled && !outcome.unknown)
        m_doctor->present(outcome, m_controller->session()->tlsConfiguration());
    Q_EMIT presented(outcome);
}

void SendOutcomePresenter::rememberRecipients(const SendController::Outcome &outcome)
{
    // The recipients of a message that went out, as they were written (with their names),
    // for completing the address fields next time; refused addresses are not kept.
    if (!outcome.ok)
        return;
    QStringList accepted;
    for (const SendController::RecipientResult &r : outcome.recipients) {
        if (r.accepted)
            accepted.append(r.address.toLower());
    }
    MailAddressList remembered;
    for (const MailAddressList &list : {m_sending.to(), m_sending.cc(), m_sending.bcc()}) {
        for (const MailAddress &a : list) {
            if (accepted.contains(a.address.toLower()))
                remembered.append(a);
        }
    }
    if (remembered.isEmpty())
        return;
    RecentAddresses::remember(remembered);
    m_views.composer->setAddressCompletions(RecentAddresses::load());
}

void SendOutcomePresenter::askToTrust(const SendController::Outcome &outcome)
{
    const ServerProfile profile = m_profiles->current();
    // Window-modal and answered later: the window stays alive (and repaints) meanwhile.
    auto *dialog = new CertificateDialog(profile.name, profile.host, outcome.untrustedCertificate,
                                         outcome.sslErrors, m_views.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QByteArray pin = outcome.untrustedCertificate.digest(QCryptographicHash::Sha256);
    const QString id = profile.id;
    const SendController::Mode mode = outcome.mode;
    connect(dialog, &QDialog::accepted, this, [this, pin, id, mode] {
        ServerProfile p = m_profiles->profile(id);
        if (!p.isValid())
            return;
        p.pinnedSha256 = pin;
        m_profiles->save(p);
        m_transcript->addInfo(tr("You chose to trust this certificate for “%1”.").arg(p.name));
        Q_EMIT retryRequested(mode);
    });
    dialog->open();
}

} // namespace postel
