#pragma once

#include "common/SendController.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QProgressBar;
class QTimer;
class QAction;
class QDockWidget;

namespace postel {

class ComposerWidget;
class TranscriptPanel;
class ServerPanel;
class RecipientsPanel;
class ProfileStore;
class PasswordStore;
class Transcript;
class MessageBanner;
class SandboxMailbox;
class SandboxServer;
class SandboxInboxPanel;

// The composer in the middle, the server profile on top, the transcript, server and
// recipients panels docked around it.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ComposerWidget *composer() const { return m_composer; }
    TranscriptPanel *transcriptPanel() const { return m_transcriptPanel; }
    ServerPanel *serverPanel() const { return m_serverPanel; }
    RecipientsPanel *recipientsPanel() const { return m_recipientsPanel; }
    SendController *controller() const { return m_controller; }
    ProfileStore *profileStore() const { return m_profiles; }
    PasswordStore *passwordStore() const { return m_passwords; }
    SmtpSession *session() const { return m_session; }
    MessageBanner *banner() const { return m_banner; }
    // The user chose to start again (in another language): main() starts a new Postel
    // once this window is gone.
    bool restartRequested() const { return m_restart; }
    QString statusText() const;
    QComboBox *profilePicker() const { return m_profilePicker; }
    // The built-in sandbox (null when not started: setting "sandbox/autostart" = false).
    SandboxServer *sandbox() const { return m_sandbox; }
    // Adds a dock (e.g. the sandbox inbox) tabbed with the Server and Recipients panels.
    QDockWidget *addPanel(const QString &title, const QString &objectName, QWidget *panel);

    // Saves the draft now (also done on a timer after every change).
    bool saveDraft();
    bool openMessage(const QString &path, QString *error = nullptr);
    bool saveMessage(const QString &path, QString *error = nullptr);

public Q_SLOTS:
    // "" = the system's language. Offers to start again at once when it changes.
    void chooseLanguage(const QString &code);
    void send();
    void testConnection();
    void cancel();
    void newMessage();
    void open();
    void saveAs();
    void editProfiles();

Q_SIGNALS:
    void sendFinished(const postel::SendController::Outcome &outcome);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createDocks();
    void refreshProfilePicker();
    void start(SendController::Mode mode);
    void onFinished(const SendController::Outcome &outcome);
    void onCapabilities();
    void setBusy(bool busy);
    void setStatus(const QString &text);
    void updateTitle();
    void restoreDraft();
    void askToTrust(const SendController::Outcome &outcome);
    void rememberRecipients(const SendController::Outcome &outcome);
    void startSandbox();

    ProfileStore *m_profiles;
    PasswordStore *m_passwords;
    SmtpSession *m_session;
    Transcript *m_transcript;
    SendController *m_controller;

    ComposerWidget *m_composer;
    MessageBanner *m_banner;
    TranscriptPanel *m_transcriptPanel;
    ServerPanel *m_serverPanel;
    RecipientsPanel *m_recipientsPanel;
    QDockWidget *m_transcriptDock = nullptr;
    QDockWidget *m_serverDock = nullptr;
    QDockWidget *m_recipientsDock = nullptr;
    QMenu *m_viewMenu = nullptr;
    SandboxMailbox *m_sandboxMailbox = nullptr;
    SandboxServer *m_sandbox = nullptr;
    SandboxInboxPanel *m_sandboxPanel = nullptr;

    QComboBox *m_profilePicker;
    QLabel *m_status;
    QProgressBar *m_progress;
    QTimer *m_autosave;
    QAction *m_sendAction = nullptr;
    QAction *m_testAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QString m_currentFile;
    SendController::Mode m_lastMode = SendController::Mode::Send;
    MailMessage m_sending;
    bool m_firstShow = true;
    bool m_restart = false;
};

} // namespace postel
