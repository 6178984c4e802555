#pragma once

#include "console/ProtocolState.h"
#include "message/MailMessage.h"
#include "profiles/ServerProfile.h"
#include "smtp/SmtpSession.h"

#include <QList>
#include <QMap>
#include <QWidget>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace postel {

class MainWindow;
class StateDiagram;
class Transcript;

// The protocol console: a session of its own taken by hand from connect to QUIT. One button
// per step (connect, EHLO, HELO, STARTTLS, AUTH with its mechanism, MAIL, RCPT, DATA, RSET,
// NOOP, VRFY, EXPN, QUIT), each enabled only when the protocol allows it (or always, with
// the expert switch); a line for any raw command; Next, which fills that line with what a
// client would send now; the composer's message sent after DATA's 354. Each press shows
// the bytes sent and the reply, explained; the state diagram follows the session.
class ConsolePanel : public QWidget
{
    Q_OBJECT
public:
    // Where Connect goes and as whom (the current profile).
    using ProfileSource = std::function<ServerProfile()>;
    // The password of a profile, given to the callback (asynchronously).
    using PasswordSource =
        std::function<void(const ServerProfile &, std::function<void(const QString &)>)>;
    // The composer's message (nullopt: none that could be sent, `error` says why).
    using MessageSource = std::function<std::optional<MailMessage>(QString *error)>;

    explicit ConsolePanel(QWidget *parent = nullptr);
    ~ConsolePanel() override;

    // Makes the panel for the main window: the current profile, its password, the
    // composer's message, the window's transcript; added as a dock beside the others.
    static ConsolePanel *install(MainWindow *window);

    void setProfileSource(ProfileSource source) { m_profile = std::move(source); }
    void setPasswordSource(PasswordSource source) { m_password = std::move(source); }
    void setMessageSource(MessageSource source) { m_message = std::move(source); }
    // The session's entries also go to this transcript (the window's).
    void setTranscript(Transcript *transcript);

    SmtpSession *session() { return &m_session; }
    ProtocolState *state() { return &m_state; }
    QPushButton *button(ProtocolState::Command command) const { return m_buttons.value(command); }
    QPushButton *messageButton() const { return m_messageButton; }
    QPushButton *nextButton() const { return m_nextButton; }
    QPushButton *sendButton() const { return m_sendButton; }
    QLineEdit *commandLine() const { return m_line; }
    QCheckBox *expertSwitch() const { return m_expert; }
    QComboBox *mechanismPicker() const { return m_mechanism; }
    StateDiagram *diagram() const { return m_diagram; }
    // The log as plain text (what was sent, what came back, the explanations).
    QString logText() const;
    // An operation of the console is running.
    bool isBusy() const { return !m_running.isEmpty(); }

public Q_SLOTS:
    void press(postel::ProtocolState::Command command);
    // Sends the command line as typed.
    void sendLine();
    // Fills the command line with what a client would send now.
    void fillNext();
    // After DATA's 354: the composer's message, then the final dot.
    void sendMessage();

Q_SIGNALS:
    // An operation of the console finished (the buttons are up to date).
    void idle();

protected:
    void changeEvent(QEvent *event) override;

private:
    void connectToServer();
    void authenticate();
    void run(SmtpOperation *op);
    void updateButtons();
    void refreshEnvelope();
    void onEntry(const TranscriptEntry &entry);
    void say(const QString &text);
    void retranslate();

    SmtpSession m_session;
    ProtocolState m_state;
    QList<TranscriptEntry> m_entries;
    QList<SmtpOperation *> m_running;
    ServerProfile m_connected; // the profile Connect used
    ProfileSource m_profile;
    PasswordSource m_password;
    MessageSource m_message;

    StateDiagram *m_diagram = nullptr;
    QMap<ProtocolState::Command, QPushButton *> m_buttons;
    QComboBox *m_mechanism = nullptr;
    QLineEdit *m_line = nullptr;
    QLabel *m_lineLabel = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    QPushButton *m_messageButton = nullptr;
    QCheckBox *m_expert = nullptr;
    QTextBrowser *m_log = nullptr;
};

} // namespace postel
