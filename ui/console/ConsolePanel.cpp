#include "ConsolePanel.h"
#include "StateDiagram.h"

#include "auth/AuthMechanism.h"
#include "common/Colours.h"
#include "common/SendController.h"
#include "composer/ComposerWidget.h"
#include "console/ConsoleCommand.h"
#include "explain/Explainer.h"
#include "explain/SessionExplainer.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Services.h"
#include "profiles/PasswordStore.h"
#include "profiles/ProfileStore.h"
#include "transcript/Transcript.h"
#include "transcript/TranscriptFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace postel {

namespace {

using Cmd = ProtocolState::Command;

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

ConsolePanel::ConsolePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("consolePanel"));
    m_state.attach(&m_session);
    connect(&m_session, &SmtpSession::entry, this, &ConsolePanel::onEntry);
    connect(&m_state, &ProtocolState::changed, this, &ConsolePanel::updateButtons);
    connect(&m_session, &SmtpSession::stateChanged, this, &ConsolePanel::updateButtons);

    auto *layout = new QVBoxLayout(this);
    m_diagram = new StateDiagram(&m_state, this);
    layout->addWidget(m_diagram);

    auto *grid = new QGridLayout;
    grid->setSpacing(4);
    int i = 0;
    for (Cmd c : ProtocolState::commands()) {
        auto *b = new QPushButton(this);
        b->setObjectName(QStringLiteral("console") + (c == Cmd::Connect
                                                          ? QStringLiteral("Connect")
                                                          : ProtocolState::verb(c).toLower()));
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, [this, c] { press(c); });
        m_buttons.insert(c, b);
        if (c == Cmd::Auth) {
            // AUTH and its mechanism side by side.
            m_mechanism = new QComboBox(this);
            m_mechanism->setObjectName(QStringLiteral("consoleMechanism"));
            auto *row = new QHBoxLayout;
            row->setSpacing(2);
            row->addWidget(b);
            row->addWidget(m_mechanism, 1);
            grid->addLayout(row, i / 4, i % 4, 1, 2);
            i += 2;
            continue;
        }
        grid->addWidget(b, i / 4, i % 4);
        ++i;
    }
    layout->addLayout(grid);

    auto *lineRow = new QHBoxLayout;
    m_lineLabel = new QLabel(this);
    m_line = new QLineEdit(this);
    m_line->setObjectName(QStringLiteral("consoleCommandLine"));
    m_line->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_lineLabel->setBuddy(m_line);
    m_sendButton = new QPushButton(this);
    m_sendButton->setObjectName(QStringLiteral("consoleSend"));
    m_sendButton->setAutoDefault(false);
    m_nextButton = new QPushButton(this);
    m_nextButton->setObjectName(QStringLiteral("consoleNext"));
    m_nextButton->setAutoDefault(false);
    lineRow->addWidget(m_lineLabel);
    lineRow->addWidget(m_line, 1);
    lineRow->addWidget(m_sendButton);
    lineRow->addWidget(m_nextButton);
    layout->addLayout(lineRow);
    connect(m_line, &QLineEdit::returnPressed, this, &ConsolePanel::sendLine);
    connect(m_sendButton, &QPushButton::clicked, this, &ConsolePanel::sendLine);
    connect(m_nextButton, &QPushButton::clicked, this, &ConsolePanel::fillNext);

    auto *optionRow = new QHBoxLayout;
    m_messageButton = new QPushButton(this);
    m_messageButton->setObjectName(QStringLiteral("consoleMessage"));
    m_messageButton->setAutoDefault(false);
    m_expert = new QCheckBox(this);
    m_expert->setObjectName(QStringLiteral("consoleExpert"));
    optionRow->addWidget(m_messageButton);
    optionRow->addStretch(1);
    optionRow->addWidget(m_expert);
    layout->addLayout(optionRow);
    connect(m_messageButton, &QPushButton::clicked, this, &ConsolePanel::sendMessage);
    connect(m_expert, &QCheckBox::toggled, this, &ConsolePanel::updateButtons);

    m_log = new QTextBrowser(this);
    m_log->setObjectName(QStringLiteral("consoleLog"));
    m_log->setOpenLinks(false);
    m_log->setMinimumHeight(fontMetrics().height() * 6);
    layout->addWidget(m_log, 1);

    retranslate();
    updateButtons();
}

ConsolePanel::~ConsolePanel()
{
    disconnect(&m_session, nullptr, this, nullptr);
    m_session.abort();
}

ConsolePanel *ConsolePanel::install(MainWindow *window)
{
    auto *panel = new ConsolePanel(window);
    panel->setProfileSource([window] { return window->profileStore()->current(); });
    panel->setPasswordSource(
        [window, panel](const ServerProfile &p, std::function<void(const QString &)> done) {
            window->passwordStore()->read(p.id, panel, std::move(done));
        });
    panel->setMessageSource([window](QString *problem) -> std::optional<MailMessage> {
        if (problem)
            *problem = window->composer()->problem();
        return window->composer()->message();
    });
    panel->setTranscript(window->services()->transcript());
    // Scrolled when the dock is short, so that the window keeps its size.
    auto *scroll = new QScrollArea(window);
    scroll->setObjectName(QStringLiteral("consoleScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(panel);
    window->addPanel(tr("Protocol console"), QStringLiteral("consoleDock"), scroll);
    // Tabbed behind the Server panel, which stays in front.
    if (auto *server = window->findChild<QDockWidget *>(QStringLiteral("serverDock")))
        server->raise();
    return panel;
}

void ConsolePanel::setTranscript(Transcript *transcript)
{
    transcript->attach(&m_session);
}

void ConsolePanel::retranslate()
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        if (it.key() == Cmd::Connect)
            continue;
        // Protocol words stay as they are on the wire.
        it.value()->setText(ProtocolState::verb(it.key()));
        it.value()->setAccessibleName(ProtocolState::verb(it.key()));
    }
    m_mechanism->setToolTip(tr("The SASL mechanism AUTH uses"));
    m_mechanism->setAccessibleName(tr("Authentication mechanism"));
    m_lineLabel->setText(tr("Comman&d:"));
    m_line->setPlaceholderText(tr("Any command, sent exactly as typed"));
    m_line->setToolTip(tr("Type any SMTP command and press Enter: it is sent as typed, as with "
                          "telnet, and the reply is explained below."));
    m_sendButton->setText(tr("Send line"));
    m_sendButton->setToolTip(tr("Send the command line as typed"));
    m_nextButton->setText(tr("Ne&xt"));
    m_nextButton->setToolTip(tr("Fill the command line with what a client would send now; "
                                "edit it before it goes"));
    m_messageButton->setText(tr("Send composed messa&ge"));
    m_messageButton->setToolTip(tr("After DATA's 354: send the message from the composer, "
                                   "then the final dot"));
    m_expert->setText(tr("Ex&pert: allow commands out of sequence"));
    m_expert->setToolTip(tr("Enable every command at any time, to see how servers react to "
                            "commands the protocol does not allow yet"));
    m_log->setAccessibleName(tr("Console log"));
    updateButtons();
}

void ConsolePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConsolePanel::updateButtons()
{
    const bool expert = m_expert && m_expert->isChecked();
    const bool busy = isBusy() && !expert;
    const bool online = m_session.state() != SmtpSession::State::Disconnected;
    const bool message = m_state.inMessage();
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const Cmd c = it.key();
        QPushButton *b = it.value();
        bool enabled;
        QString tip;
        if (c == Cmd::Connect) {
            b->setText(online ? tr("Disconnect") : tr("Connect"));
            b->setAccessibleName(b->text());
            enabled = online || !busy;
            tip = online ? tr("Close the connection without QUIT")
                         : tr("Connect to the server of the current profile");
        } else {
            const QString why = m_state.whyNot(c);
            enabled = expert ? online && !message : why.isEmpty() && !busy;
            tip = why.isEmpty() ? Explainer::explainCommand(ProtocolState::verb(c)).brief() : why;
        }
        b->setEnabled(enabled);
        b->setToolTip(tip);
    }
    m_mechanism->setEnabled(m_buttons.value(Cmd::Auth)->isEnabled());
    m_sendButton->setEnabled(online && !message && !busy);
    m_line->setEnabled(!message);
    m_messageButton->setEnabled(message && !busy);

    // The mechanisms the server offers (all Postel knows before EHLO), keeping the choice.
    QStringList mechs = m_state.capabilities().authMechanisms();
    if (mechs.isEmpty())
        mechs = {QStringLiteral("SCRAM-SHA-256"), QStringLiteral("SCRAM-SHA-1"),
                 QStringLiteral("CRAM-MD5"), QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
    QStringList have;
    for (int i = 1; i < m_mechanism->count(); ++i)
        have << m_mechanism->itemText(i);
    if (have != mechs || m_mechanism->count() == 0) {
        const QString chosen = m_mechanism->currentData().toString();
        m_mechanism->clear();
        m_mechanism->addItem(tr("automatic"), QString());
        for (const QString &m : mechs)
            m_mechanism->addItem(m, m);
        m_mechanism->setCurrentIndex(qMax(0, m_mechanism->findData(chosen)));
    } else if (m_mechanism->count() > 0) {
        m_mechanism->setItemText(0, tr("automatic"));
    }
}

void ConsolePanel::refreshEnvelope()
{
    if (!m_message)
        return;
    const std::optional<MailMessage> message = m_message(nullptr);
    if (message)
        m_state.setEnvelope(message->envelopeSender(), message->envelopeRecipients());
}

void ConsolePanel::press(ProtocolState::Command command)
{
    switch (command) {
    case Cmd::None:
        return;
    case Cmd::Connect:
        if (m_session.state() != SmtpSession::State::Disconnected)
            m_session.close();
        else
            connectToServer();
        return;
    case Cmd::Auth:
        authenticate();
        return;
    default:
        break;
    }
    refreshEnvelope();
    run(ConsoleCommand::send(&m_session, m_state.lineFor(command)));
}

void ConsolePanel::connectToServer()
{
    m_connected = m_profile ? m_profile() : ServerProfile();
    SendController::configureSession(&m_session, m_connected);
    m_state.setHeloName(m_session.localHostname());
    if (m_connected.route == ServerProfile::Route::RecipientMx)
        say(tr("This profile sends to the recipient's mail host; the console connects to %1 "
               "instead.")
                .arg(m_connected.host));
    run(m_session.connectToHost(m_connected.host, m_connected.port,
                                m_connected.security == SmtpSession::Security::ImplicitTls
                                    ? SmtpSession::Security::ImplicitTls
                                    : SmtpSession::Security::None));
}

void ConsolePanel::authenticate()
{
    const ServerProfile profile = m_connected;
    if (profile.user.isEmpty()) {
        say(tr("The profile has no user name. Set one in the profile, or type AUTH and the "
               "base64 answers on the command line."));
        return;
    }
    const QString mech = m_mechanism->currentData().toString();
    if (!m_password) {
        say(tr("No password is available for this profile."));
        return;
    }
    m_password(profile, [this, profile, mech](const QString &password) {
        if (mech.isEmpty())
            run(m_session.login(profile.user, password));
        else
            run(m_session.auth(createMechanism(mech, profile.user, password)));
    });
}

void ConsolePanel::sendLine()
{
    const QString text = m_line->text();
    if (text.trimmed().isEmpty() || !m_sendButton->isEnabled())
        return;
    run(ConsoleCommand::send(&m_session, text.toUtf8()));
    m_line->clear();
}

void ConsolePanel::fillNext()
{
    refreshEnvelope();
    const ProtocolState::Next n = m_state.next();
    if (n.command == Cmd::Connect) {
        say(tr("Next: connect to the server (the Connect button)."));
        return;
    }
    if (m_state.inMessage()) {
        say(n.hint);
        m_messageButton->setFocus();
        return;
    }
    if (!n.line.isEmpty()) {
        m_line->setText(QString::fromUtf8(n.line));
        m_line->setFocus();
    }
    if (!n.hint.isEmpty())
        say(n.hint);
}

void ConsolePanel::sendMessage()
{
    QString problem;
    const std::optional<MailMessage> message =
        m_message ? m_message(&problem) : std::optional<MailMessage>();
    if (!message || !problem.isEmpty()) {
        say(problem.isEmpty() ? tr("There is no message to send.")
                              : tr("The message cannot be sent yet: %1").arg(problem));
        return;
    }
    QString error;
    const QByteArray bytes = message->serialise({}, &error);
    if (!error.isEmpty()) {
        say(tr("The message cannot be sent yet: %1").arg(error));
        return;
    }
    run(ConsoleMessage::send(&m_session, bytes, true));
}

void ConsolePanel::run(SmtpOperation *op)
{
    m_running.append(op);
    connect(op, &SmtpOperation::finished, this, [this, op] {
        m_running.removeAll(op);
        op->deleteLater();
        updateButtons();
        Q_EMIT idle();
    });
    updateButtons();
}

void ConsolePanel::say(const QString &text)
{
    if (text.isEmpty())
        return;
    m_log->append(QStringLiteral("<p><i>%1</i></p>").arg(html(text)));
}

void ConsolePanel::onEntry(const TranscriptEntry &entry)
{
    m_entries.append(entry);
    const QString glyph = TranscriptFormat::glyph(entry);
    // Secondary text in the theme's colours, still readable (not a fixed grey).
    const QString dim = Colours::dimText(m_log->palette()).name();
    QString out;
    const QStringList lines = TranscriptFormat::lines(entry);
    for (const QString &line : lines) {
        QString shown = html(line);
        // The exact bytes of a command: the line and its CRLF.
        if (entry.direction == TranscriptEntry::Client)
            shown += QStringLiteral("<span style=\"color:%1\">\\r\\n</span>").arg(dim);
        if (!out.isEmpty())
            out += QStringLiteral("<br>");
        out += QStringLiteral("<tt>%1 %2</tt>").arg(html(glyph), shown);
    }
    if (entry.direction == TranscriptEntry::Server) {
        const QString explanation = SessionExplainer::explainLast(m_entries);
        QStringList shown;
        for (const QString &l : explanation.split(QLatin1Char('\n')))
            shown << html(TranscriptFormat::escaped(l));
        if (!explanation.isEmpty())
            out += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                       .arg(dim, shown.join(QStringLiteral("<br>")));
    }
    m_log->append(out);
}

QString ConsolePanel::logText() const
{
    return m_log->toPlainText();
}

} // namespace postel
