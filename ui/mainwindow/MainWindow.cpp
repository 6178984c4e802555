#include "MainWindow.h"

#include "common/CertificateDialog.h"
#include "common/DraftStore.h"
#include "common/MessageBanner.h"
#include "composer/AddressField.h"
#include "composer/ComposerWidget.h"
#include "composer/RecentAddresses.h"
#include "i18n/Languages.h"
#include "profiles/PasswordStore.h"
#include "profiles/ProfileDialog.h"
#include "profiles/ProfileStore.h"
#include "recipients/RecipientsPanel.h"
#include "sandbox/SandboxInboxPanel.h"
#include "sandbox/SandboxServer.h"
#include "server/ServerPanel.h"
#include "transcript/Transcript.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptPanel.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace postel {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_profiles(new ProfileStore(this)), m_passwords(new PasswordStore(this)),
      m_session(new SmtpSession(this)), m_transcript(new Transcript(this)),
      m_controller(new SendController(m_session, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/postel.svg")));
    m_transcript->setMaxEntries(1000); // the panel's model keeps the whole record
    m_transcript->attach(m_session);

    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    m_banner = new MessageBanner(centre);
    m_composer = new ComposerWidget(centre);
    centreLayout->addWidget(m_banner);
    centreLayout->addWidget(m_composer, 1);
    setCentralWidget(centre);

    m_transcriptPanel = new TranscriptPanel(this);
    m_transcriptPanel->attach(m_transcript);
    m_serverPanel = new ServerPanel(this);
    m_recipientsPanel = new RecipientsPanel(this);

    m_profilePicker = new QComboBox(this);
    m_profilePicker->setObjectName(QStringLiteral("profilePicker"));
    m_profilePicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profilePicker->setToolTip(tr("The server to send through"));
    m_profilePicker->setAccessibleName(tr("Server profile"));

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(260);
    m_progress->setTextVisible(true);
    m_progress->hide();
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);

    createActions();
    createDocks();
    if (QSettings().value(QStringLiteral("sandbox/autostart"), true).toBool())
        startSandbox();
    refreshProfilePicker();

    connect(m_profiles, &ProfileStore::changed, this, &MainWindow::refreshProfilePicker);
    connect(m_profilePicker, &QComboBox::activated, this, [this](int i) {
        m_profiles->setCurrentId(m_profilePicker->itemData(i).toString());
        m_serverPanel->clear();
    });
    connect(m_controller, &SendController::stepStarted, this, &MainWindow::setStatus);
    connect(m_controller, &SendController::capabilitiesReceived, this, &MainWindow::onCapabilities);
    connect(m_controller, &SendController::finished, this, &MainWindow::onFinished);
    connect(m_controller, &SendController::dataProgress, this, [this](qint64 sent, qint64 total) {
        const QLocale l;
        if (total > 0) {
            // QProgressBar counts in int: scale to permille.
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(sent * 1000 / total));
            m_progress->setFormat(
                tr("%1 of %2").arg(l.formattedDataSize(sent), l.formattedDataSize(total)));
        } else {
            m_progress->setRange(0, 0);
            m_progress->setFormat(l.formattedDataSize(sent));
        }
    });
    connect(m_session, &SmtpSession::tlsStarted, this,
            [this] { m_serverPanel->updateFrom(m_session); });
    connect(m_passwords, &PasswordStore::keychainUnavailable, this, [this](const QString &why) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("No keychain is available (%1). Passwords are kept only until "
                                 "Postel quits.")
                                  .arg(why));
    });

    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(1500);
    connect(m_autosave, &QTimer::timeout, this, &MainWindow::saveDraft);
    connect(m_composer, &ComposerWidget::changed, m_autosave, qOverload<>(&QTimer::start));
    connect(m_composer, &ComposerWidget::modifiedChanged, this, &MainWindow::updateTitle);

    resize(1280, 800);
    restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(QSettings().value(QStringLiteral("window/state")).toByteArray());
    restoreDraft();
    updateTitle();
    setBusy(false);
    setStatus(tr("Ready. Profile: %1").arg(m_profiles->current().summary()));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto action = [this](const QString &icon, const QString &text, auto slot) {
        auto *a = new QAction(QIcon(icon), text, this);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    QAction *newAct =
        action(QStringLiteral(":/icons/new.svg"), tr("&New message"), &MainWindow::newMessage);
    newAct->setShortcut(QKeySequence::New);
    QAction *openAct =
        action(QStringLiteral(":/icons/open.svg"), tr("&Open .eml…"), &MainWindow::open);
    openAct->setShortcut(QKeySequence::Open);
    QAction *saveAct =
        action(QStringLiteral(":/icons/save.svg"), tr("&Save as .eml…"), &MainWindow::saveAs);
    saveAct->setShortcut(QKeySequence::Save);
    QAction *attachAct = action(QStringLiteral(":/icons/attach.svg"), tr("&Attach files…"),
                                [this] { m_composer->attachFiles(); });
    attachAct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QAction *quitAct = action(QStringLiteral(":/icons/quit.svg"), tr("&Quit"), &QWidget::close);
    quitAct->setShortcut(QKeySequence::Quit);

    m_sendAction = action(QStringLiteral(":/icons/send.svg"), tr("Sen&d"), &MainWindow::send);
    // Return and the keypad's Enter are different keys; the menu and tooltip name the first.
    m_sendAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_sendAction->setToolTip(tr("Send the message (%1)")
                                 .arg(m_sendAction->shortcut().toString(QKeySequence::NativeText)));
    m_sendAction->setObjectName(QStringLiteral("sendAction"));
    m_testAction = action(QStringLiteral(":/icons/test-connection.svg"), tr("&Test connection"),
                          &MainWindow::testConnection);
    m_testAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_testAction->setToolTip(
        tr("Connect, say EHLO, start TLS and log in as the profile says — without sending mail"));
    m_cancelAction =
        action(QStringLiteral(":/icons/cancel.svg"), tr("&Cancel"), &MainWindow::cancel);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    QAction *profilesAct = action(QStringLiteral(":/icons/server.svg"), tr("Server &profiles…"),
                                  &MainWindow::editProfiles);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(newAct);
    file->addAction(openAct);
    file->addAction(saveAct);
    file->addSeparator();
    file->addAction(attachAct);
    file->addSeparator();
    file->addAction(quitAct);
    QMenu *message = menuBar()->addMenu(tr("&Message"));
    message->addAction(m_sendAction);
    message->addAction(m_testAction);
    message->addAction(m_cancelAction);
    QMenu *server = menuBar()->addMenu(tr("&Server"));
    server->addAction(profilesAct);
    m_viewMenu = menuBar()->addMenu(tr("&View"));

    QMenu *language = m_viewMenu->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    const QList<QPair<QString, QString>> languages = {
        {QString(), tr("System default")},
        {QStringLiteral("en"), Languages::nativeName(QStringLiteral("en"))},
        {QStringLiteral("pl"), Languages::nativeName(QStringLiteral("pl"))},
    };
    for (const auto &[code, name] : languages) {
        QAction *a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == chosen);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] { chooseLanguage(code); });
    }
    m_viewMenu->addSeparator();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(QIcon(QStringLiteral(":/icons/postel.svg")), tr("&About Postel"), this, [this] {
        QMessageBox::about(
            this, tr("About Postel"),
            tr("<h3>Postel %1</h3><p>A mail composer and SMTP tester.</p><p>“Be conservative in "
               "what you send, be liberal in what you accept.” — Jon Postel</p>")
                .arg(QApplication::applicationVersion()));
    });

    QToolBar *tb = addToolBar(tr("Main toolbar"));
    tb->setObjectName(QStringLiteral("mainToolbar"));
    tb->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tb->setMovable(false);
    auto *profileLabel = new QLabel(tr("Server:") + QLatin1Char(' '), this);
    profileLabel->setBuddy(m_profilePicker);
    profileLabel->setContentsMargins(6, 0, 0, 0);
    tb->addWidget(profileLabel);
    tb->addWidget(m_profilePicker);
    tb->addAction(profilesAct);
    tb->addSeparator();
    tb->addAction(m_sendAction);
    tb->addAction(m_testAction);
    tb->addAction(m_cancelAction);
    tb->addSeparator();
    // The file actions keep their names in the File menu; on the toolbar they are icons with
    // the name and shortcut as tooltip, so that the toolbar fits at 1280 px in Polish too.
    for (QAction *a : {newAct, openAct, saveAct, attachAct}) {
        tb->addAction(a);
        if (auto *button = qobject_cast<QToolButton *>(tb->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        QString name = a->text().remove(QLatin1Char('&'));
        if (name.endsWith(QChar(0x2026)))
            name.chop(1);
        a->setToolTip(
            QStringLiteral("%1 (%2)").arg(name, a->shortcut().toString(QKeySequence::NativeText)));
    }
}

QDockWidget *MainWindow::addPanel(const QString &title, const QString &objectName, QWidget *panel)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    if (m_serverDock && dock != m_serverDock)
        tabifyDockWidget(m_serverDock, dock);
    if (m_viewMenu)
        m_viewMenu->addAction(dock->toggleViewAction());
    return dock;
}

void MainWindow::createDocks()
{
    setDockNestingEnabled(true);
    m_transcriptDock = new QDockWidget(tr("Transcript"), this);
    m_transcriptDock->setObjectName(QStringLiteral("transcriptDock"));
    m_transcriptDock->setWidget(m_transcriptPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_transcriptDock);
    m_viewMenu->addAction(m_transcriptDock->toggleViewAction());
    m_serverDock = addPanel(tr("Server"), QStringLiteral("serverDock"), m_serverPanel);
    splitDockWidget(m_transcriptDock, m_serverDock, Qt::Vertical);
    m_recipientsDock =
        addPanel(tr("Recipients"), QStringLiteral("recipientsDock"), m_recipientsPanel);
    m_serverDock->raise();
    resizeDocks({m_transcriptDock}, {640}, Qt::Horizontal);
    resizeDocks({m_transcriptDock, m_serverDock}, {440, 300}, Qt::Vertical);
}

void MainWindow::startSandbox()
{
    // The first-run profile points here, so that Postel can send at once; mail stays on
    // this computer (AppDataLocation/sandbox).
    m_sandboxMailbox = new SandboxMailbox(SandboxMailbox::defaultDirectory(), this);
    m_sandbox = new SandboxServer(m_sandboxMailbox, this);
    SandboxBehaviour behaviour;
    behaviour.refuseRecipients.append(
        {QStringLiteral("*@refused.test"), SandboxBehaviour::defaultRecipientRefusal()});
    m_sandbox->setBehaviour(behaviour);
    QString error;
    const SandboxCertificate cert =
        SandboxCertificate::loadOrCreate(SandboxCertificate::defaultDirectory(), &error);
    if (cert.isValid())
        m_sandbox->setCertificate(cert);
    const quint16 port = quint16(
        QSettings().value(QStringLiteral("sandbox/port"), ProfileStore::SandboxPort).toUInt());
    bool listening = m_sandbox->listen(QHostAddress::LocalHost, port);
    if (!listening) {
        // Another program has the port: the Sandbox profile must not talk to it. A free
        // port for this run; the usual one is tried again at the next start.
        const QString why = m_sandbox->errorString();
        listening = m_sandbox->listen(QHostAddress::LocalHost, 0);
        m_transcript->addInfo(
            listening ? tr("Port %1 is taken (%2); the built-in sandbox listens on port %3 "
                           "for now.")
                            .arg(port)
                            .arg(why)
                            .arg(m_sandbox->port())
                      : tr("The built-in sandbox could not listen on port %1: %2")
                            .arg(port)
                            .arg(m_sandbox->errorString()),
            !listening);
    }
    // The Sandbox profile follows the port the sandbox really listens on.
    ServerProfile sandboxProfile = m_profiles->profile(QStringLiteral("sandbox"));
    if (listening && sandboxProfile.isValid() && sandboxProfile.port != m_sandbox->port()) {
        sandboxProfile.port = m_sandbox->port();
        m_profiles->save(sandboxProfile);
    }
    m_sandboxPanel = new SandboxInboxPanel(m_sandboxMailbox, m_sandbox, this);
    addPanel(tr("Sandbox inbox"), QStringLiteral("sandboxDock"), m_sandboxPanel);
    m_serverDock->raise();
}

void MainWindow::refreshProfilePicker()
{
    m_profilePicker->clear();
    for (const ServerProfile &p : m_profiles->profiles())
        m_profilePicker->addItem(QIcon(QStringLiteral(":/icons/server.svg")), p.summary(), p.id);
    m_profilePicker->setCurrentIndex(m_profilePicker->findData(m_profiles->currentId()));
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

void MainWindow::setStatus(const QString &text)
{
    m_status->setText(text);
}

void MainWindow::setBusy(bool busy)
{
    m_sendAction->setEnabled(!busy);
    m_testAction->setEnabled(!busy);
    m_cancelAction->setEnabled(busy);
    m_profilePicker->setEnabled(!busy);
    if (busy) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(QString());
        m_progress->show();
    } else {
        m_progress->hide();
    }
}

void MainWindow::updateTitle()
{
    const QString name =
        m_currentFile.isEmpty() ? tr("New message") : QFileInfo(m_currentFile).fileName();
    setWindowTitle(tr("%1[*] — Postel").arg(name));
    setWindowModified(m_composer->isModified());
}

void MainWindow::send()
{
    const QString problem = m_composer->problem();
    if (!problem.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("The message cannot be sent yet: %1").arg(problem));
        setStatus(problem);
        return;
    }
    start(SendController::Mode::Send);
}

void MainWindow::testConnection()
{
    start(SendController::Mode::TestConnection);
}

void MainWindow::start(SendController::Mode mode)
{
    if (m_controller->isRunning())
        return;
    m_lastMode = mode;
    const ServerProfile profile = m_profiles->current();
    if (mode == SendController::Mode::Send) {
        saveDraft(); // whatever happens next, the message is on disk
        m_sending = m_composer->message();
        m_recipientsPanel->clear();
    }
    m_banner->hide();
    setBusy(true);
    m_transcript->addInfo(mode == SendController::Mode::Send
                              ? tr("Sending: %1").arg(profile.summary())
                              : tr("Testing connection: %1").arg(profile.summary()));
    m_passwords->read(profile.id, this, [this, profile, mode](const QString &password) {
        m_controller->start(profile, password, mode, m_sending);
    });
}

void MainWindow::cancel()
{
    m_controller->cancel();
}

void MainWindow::onCapabilities()
{
    m_serverPanel->updateFrom(m_session);
    ServerProfile p = m_profiles->current();
    const QStringList auth = m_session->lastAdvertised().authMechanisms();
    if (p.isValid() && p.lastAdvertisedAuth != auth) {
        p.lastAdvertisedAuth = auth;
        m_profiles->save(p);
    }
}

void MainWindow::onFinished(const SendController::Outcome &outcome)
{
    setBusy(false);
    m_serverPanel->updateFrom(m_session);
    if (outcome.mode == SendController::Mode::Send && !outcome.recipients.isEmpty()) {
        m_recipientsPanel->setResults(outcome.recipients);
        m_recipientsDock->raise();
        rememberRecipients(outcome);
    }
    const int total = int(outcome.recipients.size());
    if (outcome.ok && outcome.mode == SendController::Mode::TestConnection) {
        setStatus(tr("Connection test passed."));
        m_banner->showMessage(MessageBanner::Kind::Success,
                              tr("The server answered every step. See the Server panel for "
                                 "what it offers."));
        m_serverDock->raise();
    } else if (outcome.ok && outcome.refusedCount == 0) {
        setStatus(tr("Sent to %n recipient(s).", nullptr, total));
        m_banner->showMessage(MessageBanner::Kind::Success,
                              tr("Sent to %n recipient(s).", nullptr, total));
        DraftStore::discard();
        m_composer->setModified(false);
    } else if (outcome.ok) {
        const QString summary = RecipientsPanel::summary(outcome.refusedCount, total);
        setStatus(summary);
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("Sent, but not to everyone. %1. The message is kept so you "
                                 "can fix the addresses and send again.")
                                  .arg(summary));
    } else if (outcome.cancelled) {
        setStatus(tr("Cancelled. The message is kept."));
    } else {
        QString text = outcome.error.describe();
        if (outcome.mode == SendController::Mode::Send)
            text = tr("Not sent: %1 The message is kept as it was.").arg(text);
        if (!outcome.failedStep.isEmpty())
            text = tr("%1 (while: %2)").arg(text, outcome.failedStep);
        setStatus(outcome.mode == SendController::Mode::Send
                      ? tr("Not sent.") + QLatin1Char(' ') + outcome.error.describe()
                      : outcome.error.describe());
        if (outcome.error.kind == ErrorKind::RecipientsRefused)
            setStatus(RecipientsPanel::summary(outcome.refusedCount, total));
        m_banner->showMessage(MessageBanner::Kind::Error, text);
        if (!outcome.sslErrors.isEmpty())
            askToTrust(outcome);
    }
    Q_EMIT sendFinished(outcome);
}

void MainWindow::rememberRecipients(const SendController::Outcome &outcome)
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
    m_composer->setAddressCompletions(RecentAddresses::load());
}

void MainWindow::askToTrust(const SendController::Outcome &outcome)
{
    const ServerProfile profile = m_profiles->current();
    auto *dialog = new CertificateDialog(profile.name, profile.host, outcome.untrustedCertificate,
                                         outcome.sslErrors, this);
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
        start(mode);
    });
    dialog->open();
}

bool MainWindow::saveDraft()
{
    m_autosave->stop();
    if (m_composer->isEmpty()) {
        DraftStore::discard();
        return true;
    }
    QString error;
    const DraftStore::TypedAddresses typed{
        m_composer->fromField()->text(), m_composer->toField()->text(),
        m_composer->ccField()->text(), m_composer->bccField()->text()};
    if (!DraftStore::save(m_composer->message(), m_composer->isHtml(), &error, &typed)) {
        setStatus(tr("The draft could not be saved: %1").arg(error));
        return false;
    }
    return true;
}

void MainWindow::restoreDraft()
{
    bool html = false;
    std::optional<DraftStore::TypedAddresses> typed;
    if (auto draft = DraftStore::load(&html, &typed)) {
        m_composer->setMessage(*draft);
        if (typed) {
            // As typed, unreadable parts included (they were only marked, never dropped).
            m_composer->fromField()->setText(typed->from);
            m_composer->toField()->setText(typed->to);
            m_composer->ccField()->setText(typed->cc);
            m_composer->bccField()->setText(typed->bcc);
            if (!typed->cc.trimmed().isEmpty() || !typed->bcc.trimmed().isEmpty())
                m_composer->showCcBcc(true);
        }
        m_composer->setHtml(html);
        m_composer->setModified(true);
        m_banner->showMessage(MessageBanner::Kind::Success,
                              tr("Your unsent message was restored from the last session."));
        return;
    }
    const QString from = QSettings().value(QStringLiteral("composer/from")).toString();
    m_composer->fromField()->setText(from.isEmpty() ? QStringLiteral("Postel <me@localhost>")
                                                    : from);
    m_composer->setModified(false);
    m_composer->focusFirstEmptyField();
}

void MainWindow::newMessage()
{
    if (m_composer->isModified() && !m_composer->isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("New message"),
            tr("Start a new message? The current one has not been sent or saved."),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    m_composer->clear();
    m_currentFile.clear();
    DraftStore::discard();
    m_recipientsPanel->clear();
    updateTitle();
    m_composer->focusFirstEmptyField();
}

bool MainWindow::openMessage(const QString &path, QString *error)
{
    auto msg = MailMessage::load(path, error);
    if (!msg)
        return false;
    m_composer->setMessage(*msg);
    m_composer->setModified(false);
    m_currentFile = path;
    updateTitle();
    return true;
}

bool MainWindow::saveMessage(const QString &path, QString *error)
{
    MailMessage m = m_composer->message();
    m.ensureDateAndMessageId();
    if (!m.save(path, error))
        return false;
    m_currentFile = path;
    m_composer->setModified(false);
    DraftStore::discard();
    updateTitle();
    return true;
}

void MainWindow::open()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open message"), QString(),
                                                      tr("Messages (*.eml);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openMessage(path, &error))
        QMessageBox::warning(this, tr("Open message"),
                             tr("%1 could not be opened: %2").arg(path, error));
}

void MainWindow::saveAs()
{
    QString suggestion = m_currentFile;
    if (suggestion.isEmpty()) {
        suggestion = m_composer->subjectField()->text().trimmed();
        if (suggestion.isEmpty())
            suggestion = tr("message");
        suggestion.replace(QLatin1Char('/'), QLatin1Char('-'));
        suggestion += QStringLiteral(".eml");
    }
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save message"), suggestion, tr("Messages (*.eml)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveMessage(path, &error))
        QMessageBox::warning(this, tr("Save message"),
                             tr("The message could not be saved to %1: %2").arg(path, error));
}

void MainWindow::editProfiles()
{
    auto *dialog = new ProfileDialog(m_profiles, m_passwords, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { m_serverPanel->clear(); });
    dialog->open();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_firstShow && QSettings().value(QStringLiteral("window/state")).isNull()) {
        // First run: a tall transcript, the panels below it (once the layout has settled).
        QTimer::singleShot(0, this, [this] {
            resizeDocks({m_transcriptDock, m_serverDock}, {height() * 3 / 5, height() / 3},
                        Qt::Vertical);
            resizeDocks({m_transcriptDock}, {width() / 2}, Qt::Horizontal);
        });
    }
    m_firstShow = false;
}

void MainWindow::chooseLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("language"), code);
    const QString lang = Languages::resolve(code);
    if (lang == Languages::current())
        return;
    if (m_controller->isRunning()) {
        m_banner->showMessage(MessageBanner::Kind::Success,
                              tr("The language changes when Postel starts again."));
        return;
    }
    const QString name = Languages::nameInSentence(lang);
    QMessageBox box(QMessageBox::Question, tr("Change the language"),
                    tr("To switch to %1, Postel starts again.").arg(name), QMessageBox::NoButton,
                    this);
    box.setInformativeText(tr("The message you are writing is kept."));
    QPushButton *now = box.addButton(tr("Start &again now"), QMessageBox::AcceptRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(now);
    box.exec();
    if (box.clickedButton() != now) {
        m_banner->showMessage(MessageBanner::Kind::Success,
                              tr("The language changes when Postel starts again."));
        return;
    }
    m_restart = true;
    close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_restart) {
        // Starting again: the message is kept as a draft without asking.
        saveDraft();
    } else if (m_composer->isModified() && !m_composer->isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Quit Postel"),
                        tr("This message has not been sent or saved."), QMessageBox::NoButton,
                        this);
        box.setInformativeText(tr("Keep it as a draft for next time, or discard it?"));
        QPushButton *keep = box.addButton(tr("&Keep draft"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() == keep) {
            saveDraft();
        } else if (box.clickedButton() == discard) {
            DraftStore::discard();
        } else {
            event->ignore();
            return;
        }
    } else {
        saveDraft();
    }
    if (m_controller->isRunning())
        m_controller->cancel();
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    const MailAddressList from = m_composer->fromField()->addresses();
    if (!from.isEmpty())
        s.setValue(QStringLiteral("composer/from"), formatAddressList(from));
    event->accept();
}

} // namespace postel
