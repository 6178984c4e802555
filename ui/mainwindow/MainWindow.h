#pragma once

#include "common/SendController.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QProgressBar;
class QAction;
class QDockWidget;

namespace postel {

class StatusLabel;

class ComposerWidget;
class DocumentController;
class DsnMenu;
class LadderPanel;
class MessageBanner;
class PasswordStore;
class ProfileStore;
class RecipientsPanel;
struct SandboxError;
class SendJournal;
class SendOutcomePresenter;
class ServerPanel;
class Services;
class Transcript;
class TranscriptPanel;
class UnknownOutcomeNotice;

// The composer in the middle, the server profile on top, the transcript, server and
// recipients panels docked around it. The window holds the widgets, actions and docks; the
// services are made by the composition root (app/gui/main.cpp), what a send came to is
// said by SendOutcomePresenter, and the message as a file or draft is DocumentController's.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `services` must outlive the window.
    explicit MainWindow(Services *services, QWidget *parent = nullptr);
    ~MainWindow() override;

    ComposerWidget *composer() const { return m_composer; }
    TranscriptPanel *transcriptPanel() const { return m_transcriptPanel; }
    LadderPanel *ladderPanel() const { return m_ladderPanel; }
    ServerPanel *serverPanel() const { return m_serverPanel; }
    RecipientsPanel *recipientsPanel() const { return m_recipientsPanel; }
    MessageBanner *banner() const { return m_banner; }
    // Shown at the first start after Postel stopped in the middle of a send.
    UnknownOutcomeNotice *unknownOutcomeNotice() const { return m_notice; }
    DocumentController *document() const { return m_document; }
    Services *services() const { return m_services; }
    SendController *controller() const;
    ProfileStore *profileStore() const;
    PasswordStore *passwordStore() const;
    SmtpSession *session() const;
    // The user chose to start again (in another language): main() starts a new Postel
    // once this window is gone.
    bool restartRequested() const { return m_restart; }
    QString statusText() const;
    QComboBox *profilePicker() const { return m_profilePicker; }
    // Adds a dock (e.g. the sandbox inbox) tabbed with the Server and Recipients panels.
    QDockWidget *addPanel(const QString &title, const QString &objectName, QWidget *panel);

public Q_SLOTS:
    // "" = the system's language. Offers (window-modal) to start again at once when it
    // changes.
    void chooseLanguage(const QString &code);
    void send();
    void testConnection();
    void cancel();
    void editProfiles();

Q_SIGNALS:
    void sendFinished(const postel::SendController::Outcome &outcome);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createDocks();
    void addSandbox();
    void showSandboxProblem(const SandboxError &error);
    void refreshProfilePicker();
    void start(SendController::Mode mode);
    // The profile logs in but no password is known: ask (window-modal), then go on.
    void askPassword(const ServerProfile &profile, SendController::Mode mode,
                     const MailMessage &message, const DsnRequest &dsn);
    // The presenter, and for a send the journal (kept on disk while it runs).
    void beginSend(SendController::Mode mode, const ServerProfile &profile,
                   const MailMessage &message);
    void setBusy(bool busy);
    // After a failure: hide the banner when the user edits what it blames.
    void clearBannerOnFix(const SendController::Outcome &outcome);
    void stopWatchingForFix();
    void setStatus(const QString &text);

    Services *m_services;
    Transcript *m_transcript;

    ComposerWidget *m_composer;
    MessageBanner *m_banner;
    UnknownOutcomeNotice *m_notice;
    SendJournal *m_journal = nullptr;
    TranscriptPanel *m_transcriptPanel;
    LadderPanel *m_ladderPanel;
    ServerPanel *m_serverPanel;
    RecipientsPanel *m_recipientsPanel;
    QDockWidget *m_transcriptDock = nullptr;
    QDockWidget *m_serverDock = nullptr;
    QDockWidget *m_recipientsDock = nullptr;
    QMenu *m_viewMenu = nullptr;
    DocumentController *m_document = nullptr;
    SendOutcomePresenter *m_presenter = nullptr;

    QComboBox *m_profilePicker;
    StatusLabel *m_status;
    QProgressBar *m_progress;
    QAction *m_sendAction = nullptr;
    QAction *m_testAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QList<QMetaObject::Connection> m_fixWatch;
    DsnMenu *m_dsnMenu = nullptr;
    bool m_firstShow = true;
    bool m_restart = false;
};

} // namespace postel
