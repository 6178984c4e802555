#pragma once

#include "common/SendController.h"
#include "diagnosis/Finding.h"
#include "diagnosis/Prober.h"

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

class QWidget;

namespace postel {

class ConnectionReportDialog;
class DiagnosisView;
class MessageBanner;
class PasswordStore;
class ProfileDialog;
class ProfileStore;
class Transcript;

// The failure doctor behind the banner: after a failed send or connection test it reads the
// session's record (core/diagnosis Doctor) and shows the primary finding with its fix and
// retry; the retry changes only the profile setting it names and runs the same again
// (a certificate to trust is asked through CertificateDialog, a password through the
// profile dialog, opened at the password). "Diagnose" runs the probes (Prober) and shows
// what they confirmed. The composed message is never touched.
class DiagnosisPresenter : public QObject
{
    Q_OBJECT
public:
    DiagnosisPresenter(MessageBanner *banner, ProfileStore *profiles, PasswordStore *passwords,
                       Transcript *transcript, QWidget *window, QObject *parent = nullptr);

    // After an outcome has been put in the banner: adds the findings (none after a success
    // without warnings). `tls` is the session's TLS configuration, for the probes.
    void present(const SendController::Outcome &outcome, const QSslConfiguration &tls);
    const QList<Finding> &findings() const { return m_findings; }
    const SessionRecord &record() const { return m_outcome.record; }
    DiagnosisView *view() const { return m_view; }
    bool isProbing() const { return m_prober.isRunning(); }
    // The profile dialog a retry opened (for the password), while it is open.
    ProfileDialog *profileDialog() const;

    void retry();
    void diagnose();
    // The connection report of the last outcome (window-modal).
    void openReport();
    ConnectionReportDialog *reportDialog() const;

Q_SIGNALS:
    // Run the same (send or test) again with the changed profile.
    void retryRequested(postel::SendController::Mode mode);
    // The finding's retry is to trust the server's certificate: ask (CertificateDialog).
    void trustRequested();
    // The probes are done and the banner shows what they confirmed.
    void diagnosed();

private:
    void show();
    void probed();

    MessageBanner *m_banner;
    ProfileStore *m_profiles;
    PasswordStore *m_passwords;
    Transcript *m_transcript;
    QWidget *m_window;
    DiagnosisView *m_view;
    SendController::Outcome m_outcome;
    QString m_profileId;
    QSslConfiguration m_tls;
    QList<Finding> m_findings;
    Prober m_prober;
    QPointer<ProfileDialog> m_dialog;
    QPointer<ConnectionReportDialog> m_report;
    bool m_discardProbes = false;
};

} // namespace postel
