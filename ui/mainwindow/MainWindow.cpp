#include "MainWindow.h"
#include "common/FocusRing.h"
#include "common/StatusLabel.h"

#include "DocumentController.h"
#include "SendOutcomePresenter.h"
#include "Services.h"
#include "UnknownOutcomeNotice.h"
#include "common/HandbookDialog.h"
#include "common/Icons.h"
#include "common/MessageBanner.h"
#include "common/SendJournal.h"
#include "composer/AddressField.h"
#include "composer/ComposerWidget.h"
#include "composer/DsnMenu.h"
#include "console/ConsolePanel.h"
#include "i18n/Languages.h"
#include "ladder/LadderPanel.h"
#include "profiles/PasswordPrompt.h"
#include "profiles/PasswordStore.h"
#include "profiles/ProfileDialog.h"
#include "profiles/ProfileStore.h"
#include "recipients/RecipientsPanel.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/SandboxInboxPanel.h"
#include "server/ServerPanel.h"
#include "transcript/Transcript.h"
#include "transcript/TranscriptPanel.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
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

MainWindow::MainWindow(Services *services, QWidget *parent)
    : QMainWindow(parent), m_services(services), m_transcript(services->transcript())
{
    setObjectName(QStringLiteral("mainWindow"));
    FocusRing::install(); // a visible focus where the style shows none
    setWindowIcon(QIcon(QStringLiteral(":/icons/postel.svg")));

    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    m_notice = new UnknownOutcomeNotice(centre);
    m_banner = new MessageBanner(centre);
    m_composer = new ComposerWidget(centre);
    centreLayout->addWidget(m_notice);
    centreLayout->addWidget(m_banner);
    centreLayout->addWidget(m_composer, 1);
    setCentralWidget(centre);

    m_transcriptPanel = new TranscriptPanel(this);
    m_transcriptPanel->attach(m_transcript);
    m_ladderPanel = new LadderPanel(this); // a tab beside the transcript (createDocks)
    m_ladderPanel->attach(m_transcript, session());
    m_serverPanel = new ServerPanel(this);
    m_recipientsPanel = new RecipientsPanel(this);

    m_profilePicker = new QComboBox(this);
    m_profilePicker->setObjectName(QStringLiteral("profilePicker"));
    m_profilePicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profilePicker->setToolTip(tr("The server to send through"));
    m_profilePicker->setAccessibleName(tr("Server profile"));

    m_status = new StatusLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(true);
    {
        // Wide enough for "999.99 MiB of 999.99 MiB" in this language, so that the text is
        // never wrapped or cut.
        const QString widest =
            QCoreApplication::translate("postel::SendOutcomePresenter", "%1 of %2")
                .arg(QLocale().formattedDataSize(1048565760),
                     QLocale().formattedDataSize(1048565760));
        m_progress->setMinimumWidth(m_progress->fontMetrics().horizontalAdvance(widest) +
                                    m_progress->fontMetrics().averageCharWidth() * 6);
        m_progress->setMaximumWidth(m_progress->minimumWidth() + 80);
    }
    m_progress->hide();
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);

    m_document = new DocumentController({this, m_composer, m_banner, m_status}, this);
    connect(m_document, &DocumentController::newMessageStarted, m_recipientsPanel,
            &RecipientsPanel::clear);
    createActions();
    createDocks();
    ConsolePanel::install(this);
    m_presenter =
        new SendOutcomePresenter({this, m_status, m_progress, m_banner, m_composer,
                                  m_recipientsPanel, m_recipientsDock, m_serverPanel, m_serverDock},
                                 controller(), profileStore(), m_transcript, passwordStore(), this);
    connect(m_presenter, &SendOutcomePresenter::deliveredToEveryone, m_document,
            &DocumentController::markSent);
    // A send on the wire is journaled (nothing lost in a crash); once the server took the
    // message for everyone, the draft goes at once, before QUIT.
    m_journal = new SendJournal(session(), this);
    // The whole message went out and no reply came (the connection lost, the send cancelled
    // or the window closed): the journal stays and the notice says the outcome is unknown,
    // now and, until the user decides, at the next start.
    connect(controller(), &SendController::finished, this,
            [this](const SendController::Outcome &outcome) {
                if (!outcome.unknown || !m_journal->isActive())
                    return m_journal->end();
                m_journal->keepUnknown(outcome.cancelled, outcome.error.message);
                if (const auto left = SendJournal::leftOver())
                    m_notice->present(*left);
            });
    connect(m_journal, &SendJournal::delivered, m_document, &DocumentController::markSent);
    connect(m_notice, &UnknownOutcomeNotice::discardRequested, m_document,
            &DocumentController::discard);
    connect(m_document, &DocumentController::messageDiscarded, m_notice,
            &UnknownOutcomeNotice::resolve);
    connect(m_presenter, &SendOutcomePresenter::retryRequested, this, &MainWindow::start);
    connect(m_presenter, &SendOutcomePresenter::presented, this,
            [this](const SendController::Outcome &outcome) {
                setBusy(false);
                // The chain the server showed, when its certificate was refused.
                if (!outcome.ok && !outcome.sslErrors.isEmpty())
                    m_serverPanel->showRejectedChain(outcome.untrustedChain, outcome.sslErrors);
                if (!outcome.ok && !outcome.cancelled)
                    clearBannerOnFix(outcome);
                Q_EMIT sendFinished(outcome);
            });
    if (services->sandbox())
        addSandbox();
    refreshProfilePicker();

    connect(profileStore(), &ProfileStore::changed, this, &MainWindow::refreshProfilePicker);
    connect(m_profilePicker, &QComboBox::activated, this, [this](int i) {
        profileStore()->setCurrentId(m_profilePicker->itemData(i).toString());
        m_serverPanel->clear();
    });
    connect(passwordStore(), &PasswordStore::keychainUnavailable, this, [this](const QString &why) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("No keychain is available (%1). Passwords are kept only until "
                                 "Postel quits.")
                                  .arg(why));
    });

    resize(1280, 800);
    restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(QSettings().value(QStringLiteral("window/state")).toByteArray());
    // Postel stopped in the middle of a send: that message, and what is known of its fate.
    if (const auto left = SendJournal::leftOver())
        m_notice->present(*left, m_document->restoreInterruptedSend(left->message, left->html));
    else
        m_document->restoreDraft();
    setBusy(false);
    setStatus(tr("Ready. Profile: %1").arg(profileStore()->current().summary()));
}

MainWindow::~MainWindow() = default;

SendController *MainWindow::controller() const
{
    return m_services->controller();
}

ProfileStore *MainWindow::profileStore() const
{
    return m_services->profiles();
}

PasswordStore *MainWindow::passwordStore() const
{
    return m_services->passwords();
}

SmtpSession *MainWindow::session() const
{
    return m_services->session();
}

void MainWindow::createActions()
{
    auto action = [this](const QString &icon, const QString &text, auto slot) {
        auto *a = new QAction(Icons::get(icon), text, this);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    QAction *newAct = action(QStringLiteral(":/icons/new.svg"), tr("&New message"),
                             [this] { m_document->newMessage(); });
    newAct->setShortcut(QKeySequence::New);
    QAction *openAct = action(QStringLiteral(":/icons/open.svg"), tr("&Open .eml…"),
                              [this] { m_document->open(); });
    openAct->setShortcut(QKeySequence::Open);
    QAction *saveAct = action(QStringLiteral(":/icons/save.svg"), tr("&Save as .eml…"),
                              [this] { m_document->saveAs(); });
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
    file->addAction(m_ladderPanel->exportAction());
    file->addSeparator();
    file->addAction(quitAct);
    QMenu *message = menuBar()->addMenu(tr("&Message"));
    message->addAction(m_sendAction);
    message->addAction(m_testAction);
    message->addAction(m_cancelAction);
    message->addSeparator();
    m_dsnMenu = new DsnMenu(message);
    message->addMenu(m_dsnMenu);
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
    QAction *handbookAct = help->addAction(tr("&Handbook"), this, [this] {
        auto *handbook = findChild<HandbookDialog *>();
        if (!handbook) {
            handbook = new HandbookDialog(this);
            handbook->setAttribute(Qt::WA_DeleteOnClose);
        }
        handbook->show();
        handbook->raise();
        handbook->activateWindow();
    });
    handbookAct->setObjectName(QStringLiteral("handbookAction"));
    handbookAct->setShortcut(QKeySequence::HelpContents);
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
    // The ladder shares the transcript's place, once the server's is split off below it
    // (tabified first, the split put every panel into one group of tabs).
    auto *ladderDock = new QDockWidget(tr("Ladder diagram"), this);
    ladderDock->setObjectName(QStringLiteral("ladderDock"));
    ladderDock->setWidget(m_ladderPanel);
    addDockWidget(Qt::RightDockWidgetArea, ladderDock);
    tabifyDockWidget(m_transcriptDock, ladderDock);
    m_viewMenu->addAction(ladderDock->toggleViewAction());
    m_transcriptDock->raise();
    m_recipientsDock =
        addPanel(tr("Recipients"), QStringLiteral("recipientsDock"), m_recipientsPanel);
    m_serverDock->raise();
    resizeDocks({m_transcriptDock}, {640}, Qt::Horizontal);
    resizeDocks({m_transcriptDock, m_serverDock}, {440, 300}, Qt::Vertical);
}

void MainWindow::addSandbox()
{
    SandboxHost *host = m_services->sandbox();
    addPanel(tr("Sandbox inbox"), QStringLiteral("sandboxDock"),
             new SandboxInboxPanel(host->mailbox(), host->server(), this));
    m_serverDock->raise();
    // What happened while the services started (before this window listened), then the
    // certificate, which is made meanwhile.
    showSandboxProblem(m_services->sandboxStarted());
    if (host->isCertificateReady())
        showSandboxProblem(host->certificateError());
    connect(host, &SandboxHost::certificateReady, this, &MainWindow::showSandboxProblem);
}

void MainWindow::showSandboxProblem(const SandboxError &error)
{
    if (!error.isError())
        return;
    // A port moved for this run is worth a line of information in the transcript; a
    // sandbox without a port or a certificate cannot be used, and says so where the user
    // looks first.
    if (error.kind == SandboxError::Kind::PortTaken) {
        m_transcript->addInfo(tr("The sandbox listens on port %1 because %2 is in use.")
                                  .arg(m_services->sandbox()->port())
                                  .arg(m_services->sandboxRequestedPort()),
                              false);
        return;
    }
    m_transcript->addInfo(error.message, true);
    if (error.kind == SandboxError::Kind::Certificate)
        m_banner->showMessage(MessageBanner::Kind::Warning, error.message);
}

void MainWindow::refreshProfilePicker()
{
    m_profilePicker->clear();
    for (const ServerProfile &p : profileStore()->profiles())
        m_profilePicker->addItem(Icons::get(QStringLiteral(":/icons/server.svg")), p.summary(),
                                 p.id);
    m_profilePicker->setCurrentIndex(m_profilePicker->findData(profileStore()->currentId()));
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
}

void MainWindow::send()
{
    const QString problem = m_composer->problem();
    if (!problem.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("The message cannot be sent yet: %1").arg(problem));
        setStatus(problem);
        // Gone once the message is edited.
        stopWatchingForFix();
        m_fixWatch.append(connect(m_composer, &ComposerWidget::changed, this, [this] {
            m_banner->hide();
            stopWatchingForFix();
        }));
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
    // Busy from here on: while the password is read or asked for, nothing else starts.
    if (controller()->isRunning() || m_cancelAction->isEnabled())
        return;
    const ServerProfile profile = profileStore()->current();
    MailMessage message;
    if (mode == SendController::Mode::Send) {
        m_document->saveDraft(); // whatever happens next, the message is on disk
        message = m_composer->message();
        // Fixed now, so that the copy the send journal keeps is the one that goes out.
        message.ensureDateAndMessageId();
    }
    setBusy(true);
    const DsnRequest dsn = m_dsnMenu->request();
    // Nothing of an earlier attempt is left to mislead: its banner and its server.
    stopWatchingForFix();
    m_banner->hide();
    m_serverPanel->clear();
    // An OAuth 2.0 profile's secret is its refresh token.
    const QString secretId = profile.usesOAuth() ? profile.oauthSecretId() : profile.id;
    passwordStore()->read(secretId, this, [this, profile, mode, message, dsn](const QString &pw) {
        // A profile that logs in never does so with an empty password: ask for it. (An OAuth
        // 2.0 profile without a token is told to sign in instead.)
        if (!profile.user.isEmpty() && pw.isEmpty() && !profile.usesOAuth())
            return askPassword(profile, mode, message, dsn);
        beginSend(mode, profile, message);
        // Just after the very first start the sandbox may still be making its certificate:
        // the Sandbox profile trusts that file, so the connection waits until it exists.
        SandboxHost *host = m_services->sandbox();
        if (ProfileStore::isSandbox(profile) && host && host->isListening() &&
            !host->isCertificateReady()) {
            setStatus(tr("Waiting for the sandbox's certificate…"));
            connect(
                host, &SandboxHost::certificateReady, this,
                [this, profile, pw, mode, message, dsn] {
                    controller()->start(profile, pw, mode, message, dsn);
                },
                Qt::SingleShotConnection);
            return;
        }
        controller()->start(profile, pw, mode, message, dsn);
    });
}

void MainWindow::beginSend(SendController::Mode mode, const ServerProfile &profile,
                           const MailMessage &message)
{
    m_presenter->begin(mode, profile.summary(), message);
    if (mode != SendController::Mode::Send)
        return;
    // A new send replaces what an interrupted one left.
    m_notice->resolve();
    QString error;
    // The server in words of no language: the notice may come in another.
    const QString server =
        QStringLiteral("%1 (%2:%3)").arg(profile.name, profile.host).arg(profile.port);
    if (!m_journal->begin(message, m_composer->isHtml(), server, &error))
        m_transcript->addInfo(
            tr("The send journal could not be written (%1): if Postel stops during this send, "
               "the draft is kept but not what became of the send.")
                .arg(error),
            true);
}

void MainWindow::askPassword(const ServerProfile &profile, SendController::Mode mode,
                             const MailMessage &message, const DsnRequest &dsn)
{
    PasswordStore *store = passwordStore();
    auto *prompt = new PasswordPrompt(
        profile.name, profile.user,
        store->keychainAvailable() ? QString() : store->unavailableReason(), this);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        prompt, &QDialog::finished, this, [this, prompt, profile, mode, message, dsn](int result) {
            if (result != QDialog::Accepted || prompt->password().isEmpty()) {
                setBusy(false);
                setStatus(
                    mode == SendController::Mode::Send
                        ? tr("Not sent: no password for %1.").arg(profile.name)
                        : tr("Connection test cancelled: no password for %1.").arg(profile.name));
                return;
            }
            const QString pw = prompt->password();
            if (prompt->remember() == PasswordPrompt::Remember::Keychain)
                passwordStore()->write(profile.id, pw);
            else
                passwordStore()->keepForSession(profile.id, pw);
            beginSend(mode, profile, message);
            controller()->start(profile, pw, mode, message, dsn);
        });
    prompt->open();
}

void MainWindow::clearBannerOnFix(const SendController::Outcome &outcome)
{
    // The banner goes once the user edits what it blames: the sender, the recipients, the
    // message, or the profile (for everything about the server, the TLS or the login).
    stopWatchingForFix();
    auto watch = [this](auto *sender, auto signal) {
        m_fixWatch.append(connect(sender, signal, this, [this] {
            m_banner->hide();
            stopWatchingForFix();
        }));
    };
    ComposerWidget *c = m_composer;
    if (outcome.error.kind == ErrorKind::SenderRefused) {
        watch(c->fromField(), &AddressField::textChanged);
    } else if (outcome.error.kind == ErrorKind::RecipientsRefused) {
        for (AddressField *f : {c->toField(), c->ccField(), c->bccField()})
            watch(f, &AddressField::textChanged);
    } else if (outcome.error.reason == QLatin1String("message-too-large")) {
        watch(c, &ComposerWidget::changed);
    } else {
        watch(profileStore(), &ProfileStore::changed);
    }
}

void MainWindow::stopWatchingForFix()
{
    for (const QMetaObject::Connection &c : std::as_const(m_fixWatch))
        disconnect(c);
    m_fixWatch.clear();
}

void MainWindow::cancel()
{
    controller()->cancel();
}

void MainWindow::editProfiles()
{
    auto *dialog = new ProfileDialog(profileStore(), passwordStore(), this);
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
    if (controller()->isRunning()) {
        m_banner->showMessage(MessageBanner::Kind::Success,
                              tr("The language changes when Postel starts again."));
        return;
    }
    const QString name = Languages::nameInSentence(lang);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Change the language"),
                                tr("To switch to %1, Postel starts again.").arg(name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("languageQuestion"));
    box->setInformativeText(tr("The message you are writing is kept."));
    QPushButton *now = box->addButton(tr("Start &again now"), QMessageBox::AcceptRole);
    box->addButton(tr("&Later"), QMessageBox::RejectRole);
    box->setDefaultButton(now);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, now] {
        if (box->clickedButton() != now) {
            m_banner->showMessage(MessageBanner::Kind::Success,
                                  tr("The language changes when Postel starts again."));
            return;
        }
        m_restart = true;
        close();
    });
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_restart) {
        // Starting again: the message is kept as a draft without asking.
        m_document->saveDraft();
    } else if (!m_document->readyToClose([this] { close(); })) {
        event->ignore();
        return;
    }
    if (controller()->isRunning())
        controller()->cancel();
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    const MailAddressList from = m_composer->fromField()->addresses();
    if (!from.isEmpty())
        s.setValue(QStringLiteral("composer/from"), formatAddressList(from));
    event->accept();
}

} // namespace postel
