#pragma once

#include "common/SendController.h"

#include <QObject>

class QDockWidget;
class QLabel;
class QProgressBar;
class QWidget;

namespace postel {

class StatusLabel;

class ComposerWidget;
class DiagnosisPresenter;
class MessageBanner;
class PasswordStore;
class ProfileStore;
class RecipientsPanel;
class ServerPanel;
class Transcript;

// Says what a send or a connection test is doing and what it came to: the status line and
// the progress bar while it runs, then the banner, the Recipients and Server panels, the
// recipients remembered for completing addresses, and — when the server's certificate did
// not verify — the question whether to trust it for this profile. That question is
// window-modal and never blocks: the answer comes back through retryRequested().
class SendOutcomePresenter : public QObject
{
    Q_OBJECT
public:
    // The window's widgets it speaks through (the window keeps them).
    struct Views
    {
        QWidget *window = nullptr; // parent of the certificate question
        StatusLabel *status = nullptr;
        QProgressBar *progress = nullptr;
        MessageBanner *banner = nullptr;
        ComposerWidget *composer = nullptr;
        RecipientsPanel *recipients = nullptr;
        QDockWidget *recipientsDock = nullptr;
        ServerPanel *server = nullptr;
        QDockWidget *serverDock = nullptr;
    };

    // `passwords`: for the failure doctor's "Edit the password" (the profile dialog).
    SendOutcomePresenter(const Views &views, SendController *controller, ProfileStore *profiles,
                         Transcript *transcript, PasswordStore *passwords,
                         QObject *parent = nullptr);

    // The failure doctor in the banner.
    DiagnosisPresenter *doctor() const { return m_doctor; }

    // A send or test starts: `message` is what goes out (its accepted recipients are
    // remembered afterwards).
    void begin(SendController::Mode mode, const QString &profileSummary,
               const MailMessage &message = {});

Q_SIGNALS:
    // Emitted after the window has said everything about the outcome.
    void presented(const postel::SendController::Outcome &outcome);
    // Every recipient took the message: nothing is left to keep as a draft.
    void deliveredToEveryone();
    // The user trusted the server's certificate for its profile, or took the failure
    // doctor's retry: the same again.
    void retryRequested(postel::SendController::Mode mode);

private:
    void showProgress(qint64 sent, qint64 total);
    void onCapabilities();
    void present(const SendController::Outcome &outcome);
    void rememberRecipients(const SendController::Outcome &outcome);
    void askToTrust(const SendController::Outcome &outcome);

    Views m_views;
    SendController *m_controller;
    ProfileStore *m_profiles;
    Transcript *m_transcript;
    MailMessage m_sending;
    DiagnosisPresenter *m_doctor;
    SendController::Outcome m_last; // for trusting its certificate from the banner
};

} // namespace postel
