#include "DiagnosisPresenter.h"

#include "ConnectionReportDialog.h"
#include "DiagnosisView.h"
#include "ProfileRetry.h"
#include "common/MessageBanner.h"
#include "diagnosis/Doctor.h"
#include "profiles/PasswordStore.h"
#include "profiles/ProfileDialog.h"
#include "profiles/ProfileStore.h"
#include "transcript/Transcript.h"

#include <QPushButton>

namespace postel {

DiagnosisPresenter::DiagnosisPresenter(MessageBanner *banner, ProfileStore *profiles,
                                       PasswordStore *passwords, Transcript *transcript,
                                       QWidget *window, QObject *parent)
    : QObject(parent), m_banner(banner), m_profiles(profiles), m_passwords(passwords),
      m_transcript(transcript), m_window(window), m_view(new DiagnosisView)
{
    m_banner->setDetails(m_view);
    connect(m_view, &DiagnosisView::retryClicked, this, &DiagnosisPresenter::retry);
    connect(m_view, &DiagnosisView::diagnoseClicked, this, &DiagnosisPresenter::diagnose);
    connect(m_view, &DiagnosisView::reportClicked, this, &DiagnosisPresenter::openReport);
    connect(&m_prober, &Prober::finished, this, &DiagnosisPresenter::probed);
}

void DiagnosisPresenter::present(const SendController::Outcome &outcome,
                                 const QSslConfiguration &tls)
{
    if (m_prober.isRunning()) {
        m_discardProbes = true; // what they saw was about the earlier outcome
        m_prober.cancel();
    }
    m_outcome = outcome;
    m_tls = tls;
    m_profileId = m_profiles->currentId();
    m_findings.clear();
    // No conversation ran (the recipient's MX was not found), or the user cancelled it:
    // nothing to diagnose.
    if (!outcome.record.host.isEmpty() && !outcome.cancelled)
        m_findings = Doctor::diagnose(outcome.record);
    show();
}

void DiagnosisPresenter::show()
{
    const bool test = m_outcome.mode == SendController::Mode::TestConnection;
    const ServerProfile profile = m_profiles->profile(m_profileId);
    const RetryChange change = m_findings.isEmpty() ? RetryChange() : m_findings.first().retry;
    m_view->setFindings(m_findings, ProfileRetry::label(change, profile));
    m_view->setProbing(m_prober.isRunning());
    m_view->setDiagnoseAvailable(!m_outcome.ok && !m_outcome.record.host.isEmpty() &&
                                 !Prober::plan(m_outcome.record).isEmpty() &&
                                 m_outcome.record.probes.isEmpty());
    m_view->setReportAvailable(test && !m_outcome.record.host.isEmpty());
    const bool anything = !m_findings.isEmpty() || test;
    m_view->setVisible(anything && !m_outcome.record.host.isEmpty());
}

void DiagnosisPresenter::retry()
{
    if (m_findings.isEmpty())
        return;
    const RetryChange change = m_findings.first().retry;
    const SendController::Mode mode = m_outcome.mode;
    ServerProfile profile = m_profiles->profile(m_profileId);
    if (!profile.isValid())
        return;
    switch (ProfileRetry::kind(change)) {
    case ProfileRetry::Kind::None:
        return;
    case ProfileRetry::Kind::TrustCertificate:
        Q_EMIT trustRequested();
        return;
    case ProfileRetry::Kind::EditPassword: {
        if (m_dialog)
            return;
        auto *dialog = new ProfileDialog(m_profiles, m_passwords, m_window);
        m_dialog = dialog;
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->selectProfile(profile.id);
        connect(dialog, &QDialog::accepted, this, [this, mode, id = profile.id] {
            m_profiles->setCurrentId(id);
            Q_EMIT retryRequested(mode);
        });
        dialog->open();
        dialog->focusPassword();
        return;
    }
    case ProfileRetry::Kind::ChangeProfile:
        break;
    }
    const QString label = ProfileRetry::label(change, profile).remove(QLatin1Char('&'));
    m_profiles->save(ProfileRetry::apply(profile, change));
    m_profiles->setCurrentId(profile.id);
    m_transcript->addInfo(tr("Retrying with a changed profile “%1”: %2").arg(profile.name, label));
    Q_EMIT retryRequested(mode);
}

void DiagnosisPresenter::diagnose()
{
    if (m_prober.isRunning() || m_outcome.record.host.isEmpty())
        return;
    const ServerProfile profile = m_profiles->profile(m_profileId);
    ProbeOptions options;
    options.timeoutMs = qBound(1, profile.timeoutSeconds, 5) * 1000;
    options.ehloName = profile.heloName;
    options.tls = m_tls;
    options = ProbeOptions::fromEnvironment(options);
    const int planned = int(Prober::plan(m_outcome.record, options).size());
    if (planned == 0)
        return;
    m_transcript->addInfo(
        tr("Diagnose: %n short extra connection(s) to %1 to confirm the cause (no login, no mail).",
           nullptr, planned)
            .arg(RetryChange::hostPort(m_outcome.record.host, m_outcome.record.port)));
    m_view->setProbing(true);
    m_prober.start(m_outcome.record, options);
}

void DiagnosisPresenter::probed()
{
    if (m_discardProbes) {
        m_discardProbes = false;
        return;
    }
    m_outcome.record.probes = m_prober.results();
    if (m_outcome.record.probes.isEmpty()) {
        m_view->setProbing(false);
        return;
    }
    m_findings = Doctor::diagnose(m_outcome.record);
    for (const ProbeResult &p : std::as_const(m_outcome.record.probes)) {
        m_transcript->addInfo(
            p.error.isEmpty()
                ? tr("Probe %1 on %2: done.")
                      .arg(ProbeResult::kindName(p.kind), RetryChange::hostPort(p.host, p.port))
                : tr("Probe %1 on %2: %3")
                      .arg(ProbeResult::kindName(p.kind), RetryChange::hostPort(p.host, p.port),
                           p.error));
    }
    show();
    Q_EMIT diagnosed();
}

} // namespace postel

namespace postel {

ProfileDialog *DiagnosisPresenter::profileDialog() const
{
    return m_dialog;
}

ConnectionReportDialog *DiagnosisPresenter::reportDialog() const
{
    return m_report;
}

void DiagnosisPresenter::openReport()
{
    if (m_report || m_outcome.record.host.isEmpty())
        return;
    const ServerProfile p = m_profiles->profile(m_profileId);
    CommandLines::Test test;
    test.host = p.host;
    test.port = p.port;
    test.security = p.security;
    test.verifyCertificate = p.verifyCertificate;
    test.caFile = p.caFile;
    test.ehloName = p.heloName;
    test.user = p.user;
    test.mechanism = p.authMechanism;
    test.timeoutSeconds = p.timeoutSeconds;
    auto *dialog = new ConnectionReportDialog(ConnectionReport::build(m_outcome.record, m_findings),
                                              test, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_report = dialog;
    dialog->open();
}

} // namespace postel
