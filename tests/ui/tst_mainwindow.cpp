// The window against real servers (aiosmtpd, started by the `realservers` fixture).
#include "common/CertificateDialog.h"
#include "common/DraftStore.h"
#include "common/MessageBanner.h"
#include "composer/AddressField.h"
#include "composer/ComposerWidget.h"
#include "composer/RecentAddresses.h"
#include "i18n/Languages.h"
#include "mainwindow/DocumentController.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Services.h"
#include "profiles/PasswordStore.h"
#include "profiles/ProfileDialog.h"
#include "profiles/ProfileStore.h"
#include "recipients/RecipientsPanel.h"
#include "server/ServerPanel.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptPanel.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTcpServer>
#include <QTextEdit>
#include <QToolBar>
#include <QtTest>

using namespace postel;

class MainWindowTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void sendsToRealServerOverStartTlsWithAuth();
    void authPickerOffersWhatTheServerAdvertised();
    void profileSurvivesRestart();
    void draftSurvivesFailedSend();
    void invalidAddressIsMarked();
    void keychainFallbackDoesNotHang();
    void toolbarFitsInEveryLanguage_data();
    void toolbarFitsInEveryLanguage();
    void untrustedCertificateTrustedForOneProfile();
    void droppedFilesBecomeAttachments();
    void sandboxMovesAwayFromATakenPort();
    void languageChangeOffersToStartAgain();
    void sandboxCertificateErrorIsShown_data();
    void sandboxCertificateErrorIsShown();
    void newMessageAsksWithoutBlocking();
    void quitAsksWithoutBlocking();
    void openAndSaveAsWithoutBlocking();

private:
    ServerProfile aiosmtpdProfile() const;
    SendController::Outcome runAndWait(MainWindow &w, bool send);
    QHash<QString, QString> m_env;
};

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PostelTest"));
    QCoreApplication::setApplicationName(QStringLiteral("PostelUiTest"));
    QCOMPARE(Languages::install(QCoreApplication::instance(), QStringLiteral("en")),
             QStringLiteral("en"));
    // Without a desktop session there is no keychain; the store must fall back quickly.
    const QString envPath = qEnvironmentVariable("POSTEL_SERVERS_ENV");
    QVERIFY2(!envPath.isEmpty(), "POSTEL_SERVERS_ENV is not set: run through ctest (realservers)");
    QFile f(envPath);
    QVERIFY2(f.open(QIODevice::ReadOnly),
             qPrintable(envPath + QStringLiteral(": ") + f.errorString()));
    for (const QByteArray &raw : f.readAll().split('\n')) {
        QByteArray line = raw.trimmed();
        if (line.startsWith("export "))
            line = line.mid(7);
        const qsizetype eq = line.indexOf('=');
        if (line.isEmpty() || line.startsWith('#') || eq < 0)
            continue;
        QString value = QString::fromUtf8(line.mid(eq + 1));
        if (value.size() >= 2 &&
            (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))))
            value = value.mid(1, value.size() - 2);
        m_env.insert(QString::fromUtf8(line.left(eq)), value);
    }
    QVERIFY(m_env.contains(QStringLiteral("AIOSMTPD_PORT")));
}

void MainWindowTest::init()
{
    QSettings s;
    s.clear();
    s.setValue(QStringLiteral("sandbox/autostart"), false);
    s.sync();
    DraftStore::discard();
}

ServerProfile MainWindowTest::aiosmtpdProfile() const
{
    ServerProfile p;
    p.name = QStringLiteral("aiosmtpd");
    p.host = m_env.value(QStringLiteral("POSTEL_TEST_HOST"));
    p.port = quint16(m_env.value(QStringLiteral("AIOSMTPD_PORT")).toUInt());
    p.security = SmtpSession::Security::StartTls;
    p.verifyCertificate = true;
    p.caFile = m_env.value(QStringLiteral("POSTEL_TEST_CA"));
    p.heloName = QStringLiteral("client.example");
    p.timeoutSeconds = 20;
    p.user = m_env.value(QStringLiteral("POSTEL_TEST_USER"));
    return p;
}

SendController::Outcome MainWindowTest::runAndWait(MainWindow &w, bool send)
{
    QSignalSpy finished(&w, &MainWindow::sendFinished);
    if (send)
        w.send();
    else
        w.testConnection();
    if (!finished.wait(40000))
        return SendController::Outcome();
    return finished.first().first().value<SendController::Outcome>();
}

void MainWindowTest::sendsToRealServerOverStartTlsWithAuth()
{
    Services services; // made as main() makes them
    MainWindow w(&services);
    w.show();
    ServerProfile p = aiosmtpdProfile();
    p.id = w.profileStore()->save(p);
    w.profileStore()->setCurrentId(p.id);
    w.passwordStore()->write(p.id, m_env.value(QStringLiteral("POSTEL_TEST_PASSWORD")));
    const QString maildir = m_env.value(QStringLiteral("AIOSMTPD_MAILDIR"));
    const int before = QDir(maildir).entryList({QStringLiteral("*.json")}).size();

    // Fill the composer as a user would: by typing.
    ComposerWidget *c = w.composer();
    c->fromField()->lineEdit()->clear();
    QTest::keyClicks(c->fromField()->lineEdit(), QStringLiteral("Lucja <lucja@example.org>"));
    QTest::keyClicks(c->toField()->lineEdit(),
                     QStringLiteral("bob@example.com, nobody@refused.test"));
    QTest::keyClicks(c->subjectField(), QStringLiteral("Postel UI test"));
    QTest::keyClicks(c->bodyEdit(), QStringLiteral("Hello from the window."));
    QVERIFY(c->problem().isEmpty());

    const SendController::Outcome out = runAndWait(w, true);
    QVERIFY2(out.ok, qPrintable(out.error.describe() + QStringLiteral(" / ") + w.statusText()));
    QCOMPARE(out.refusedCount, 1);

    // The recipients table: the refused one with its code and enhanced code.
    QTableWidget *table = w.recipientsPanel()->table();
    QCOMPARE(table->rowCount(), 2);
    int refusedRow = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, RecipientsPanel::AddressColumn)->text() ==
            QLatin1String("nobody@refused.test"))
            refusedRow = r;
    }
    QVERIFY(refusedRow >= 0);
    QCOMPARE(table->item(refusedRow, RecipientsPanel::CodeColumn)->text(), QStringLiteral("550"));
    QCOMPARE(table->item(refusedRow, RecipientsPanel::EnhancedColumn)->text(),
             QStringLiteral("5.1.1"));
    QVERIFY(table->item(refusedRow, RecipientsPanel::TextColumn)
                ->text()
                .contains(QStringLiteral("rejected")));
    QVERIFY(table->item(refusedRow, RecipientsPanel::ResultColumn)
                ->text()
                .contains(QStringLiteral("✖")));
    const int acceptedRow = 1 - refusedRow;
    QCOMPARE(table->item(acceptedRow, RecipientsPanel::CodeColumn)->text(), QStringLiteral("250"));
    QCOMPARE(w.statusText(), QStringLiteral("1 of 2 recipients refused"));

    // The transcript shows the session: STARTTLS, the TLS boundary, AUTH masked, the data.
    TranscriptModel *model = w.transcriptPanel()->model();
    model->flush();
    const QString text = model->toText();
    QVERIFY2(text.contains(QStringLiteral("-> STARTTLS")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("TLS started")));
    QVERIFY(text.contains(QStringLiteral("~> AUTH PLAIN ********")));
    QVERIFY(!text.contains(QStringLiteral("AGFsaWNl"))); // base64 of "\0alice"
    QVERIFY(text.contains(QStringLiteral("<~ 235")));
    QVERIFY(text.contains(QStringLiteral("~> RCPT TO:<nobody@refused.test>")));
    QVERIFY(text.contains(QStringLiteral("<~ 550 5.1.1")));
    QVERIFY(text.contains(QStringLiteral("~> QUIT")));
    // aiosmtpd has no CHUNKING: the message ends with a "." line of its own.
    QVERIFY(text.contains(QStringLiteral("~> .\n")));

    // The Server panel read the capabilities.
    QVERIFY(w.serverPanel()->capabilitiesTable()->rowCount() >= 4);

    // aiosmtpd kept the message.
    QTRY_COMPARE_WITH_TIMEOUT(QDir(maildir).entryList({QStringLiteral("*.json")}).size(),
                              before + 1, 10000);
    bool found = false;
    for (const QString &eml : QDir(maildir).entryList({QStringLiteral("*.eml")})) {
        QFile f(maildir + QLatin1Char('/') + eml);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains("Subject: Postel UI test"))
            found = true;
    }
    QVERIFY(found);
    // The accepted recipient is offered next time; the refused one is not.
    const QStringList recent = RecentAddresses::load();
    QVERIFY2(recent.contains(QStringLiteral("bob@example.com")), qPrintable(recent.join(',')));
    QVERIFY(!recent.join(',').contains(QStringLiteral("refused.test")));
    QVERIFY(c->toField()->completer());
    QVERIFY(c->toField()->completer()->model()->rowCount() >= 1);
    w.composer()->setModified(false);
}

void MainWindowTest::authPickerOffersWhatTheServerAdvertised()
{
    Services services;
    MainWindow w(&services);
    ServerProfile p = aiosmtpdProfile();
    p.id = w.profileStore()->save(p);
    w.profileStore()->setCurrentId(p.id);
    w.passwordStore()->write(p.id, m_env.value(QStringLiteral("POSTEL_TEST_PASSWORD")));
    const SendController::Outcome out = runAndWait(w, false);
    QVERIFY2(out.ok, qPrintable(out.error.describe()));
    QCOMPARE(w.profileStore()->profile(p.id).lastAdvertisedAuth,
             QStringList({QStringLiteral("LOGIN"), QStringLiteral("PLAIN")}));

    ProfileDialog dialog(w.profileStore(), w.passwordStore());
    dialog.selectProfile(p.id);
    QComboBox *picker = dialog.authPicker();
    QCOMPARE(picker->itemData(0, ProfileDialog::MechanismRole).toString(), QString()); // Automatic
    QStringList advertised, notAdvertised;
    for (int i = 1; i < picker->count(); ++i) {
        const QString m = picker->itemData(i, ProfileDialog::MechanismRole).toString();
        (picker->itemData(i, ProfileDialog::AdvertisedRole).toBool() ? advertised : notAdvertised)
            .append(m);
    }
    advertised.sort();
    QCOMPARE(advertised, QStringList({QStringLiteral("LOGIN"), QStringLiteral("PLAIN")}));
    QVERIFY(notAdvertised.contains(QStringLiteral("CRAM-MD5")));
    for (int i = 1; i < picker->count(); ++i) {
        const QString m = picker->itemData(i, ProfileDialog::MechanismRole).toString();
        if (m == QLatin1String("PLAIN"))
            QVERIFY(picker->itemText(i).contains(QStringLiteral("✔")));
        if (m == QLatin1String("CRAM-MD5"))
            QVERIFY(picker->itemText(i).contains(QStringLiteral("not offered")));
    }

    // Choosing one mechanism is kept in the profile, and used.
    picker->setCurrentIndex(
        picker->findData(QStringLiteral("LOGIN"), ProfileDialog::MechanismRole));
    dialog.accept();
    QCOMPARE(w.profileStore()->profile(p.id).authMechanism, QStringLiteral("LOGIN"));
    const SendController::Outcome again = runAndWait(w, false);
    QVERIFY2(again.ok, qPrintable(again.error.describe()));
    w.transcriptPanel()->model()->flush();
    QVERIFY(w.transcriptPanel()->model()->toText().contains(QStringLiteral("~> AUTH LOGIN")));
}

void MainWindowTest::profileSurvivesRestart()
{
    QString id;
    {
        ProfileStore store;
        QCOMPARE(store.profiles().size(), 1); // the sandbox, on first run
        QVERIFY(ProfileStore::isSandbox(store.profiles().first()));
        ServerProfile p = aiosmtpdProfile();
        p.authMechanism = QStringLiteral("CRAM-MD5");
        p.requireTls = true;
        p.pinnedSha256 =
            QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        id = store.save(p);
        store.setCurrentId(id);
    }
    ProfileStore again;
    QCOMPARE(again.profiles().size(), 2);
    QCOMPARE(again.currentId(), id);
    const ServerProfile p = again.current();
    const ServerProfile expected = aiosmtpdProfile();
    QCOMPARE(p.host, expected.host);
    QCOMPARE(p.port, expected.port);
    QCOMPARE(p.security, SmtpSession::Security::StartTls);
    QCOMPARE(p.caFile, expected.caFile);
    QCOMPARE(p.heloName, QStringLiteral("client.example"));
    QCOMPARE(p.timeoutSeconds, 20);
    QCOMPARE(p.user, expected.user);
    QCOMPARE(p.authMechanism, QStringLiteral("CRAM-MD5"));
    QVERIFY(p.requireTls);
    QCOMPARE(p.pinnedSha256.toHex(),
             QByteArray("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"));
}

void MainWindowTest::draftSurvivesFailedSend()
{
    // A port nobody listens on: the connection is refused.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 deadPort = probe.serverPort();
    probe.close();
    {
        Services services;
        MainWindow w(&services);
        ServerProfile p;
        p.name = QStringLiteral("nowhere");
        p.host = QStringLiteral("127.0.0.1");
        p.port = deadPort;
        p.security = SmtpSession::Security::None;
        p.timeoutSeconds = 5;
        p.id = w.profileStore()->save(p);
        w.profileStore()->setCurrentId(p.id);
        ComposerWidget *c = w.composer();
        c->toField()->setText(QStringLiteral("bob@example.com"));
        c->ccField()->setText(QStringLiteral("Carol <carol@example.com>"));
        c->subjectField()->setText(QStringLiteral("Zażółć gęślą jaźń"));
        c->bodyEdit()->setPlainText(QStringLiteral("Nothing is lost."));
        const SendController::Outcome out = runAndWait(w, true);
        QVERIFY(!out.ok);
        QCOMPARE(out.error.kind, ErrorKind::Connect);
        // The message is still in the composer, as it was, and the user is told in words.
        QCOMPARE(c->subjectField()->text(), QStringLiteral("Zażółć gęślą jaźń"));
        QCOMPARE(c->bodyEdit()->toPlainText(), QStringLiteral("Nothing is lost."));
        QVERIFY(!w.banner()->isHidden());
        QVERIFY2(w.banner()->text().contains(QStringLiteral("Not sent")),
                 qPrintable(w.banner()->text()));
        QVERIFY(QFile::exists(DraftStore::currentDraftPath()));
        c->setModified(false); // leave without the "unsaved changes" question
    }
    // Next start: the draft is back.
    Services servicesAgain;
    MainWindow again(&servicesAgain);
    ComposerWidget *c = again.composer();
    QCOMPARE(c->toField()->text(), QStringLiteral("bob@example.com"));
    QCOMPARE(c->ccField()->text(), QStringLiteral("Carol <carol@example.com>"));
    QCOMPARE(c->subjectField()->text(), QStringLiteral("Zażółć gęślą jaźń"));
    QCOMPARE(c->bodyEdit()->toPlainText(), QStringLiteral("Nothing is lost."));
    QVERIFY(c->isModified());
    c->setModified(false);
}

void MainWindowTest::invalidAddressIsMarked()
{
    Services services;
    MainWindow w(&services);
    AddressField *to = w.composer()->toField();
    QTest::keyClicks(to->lineEdit(), QStringLiteral("bob@example.com, not an address"));
    QVERIFY(!to->isValid());
    QCOMPARE(to->invalidParts(), QStringList{QStringLiteral("not an address")});
    QVERIFY(to->problem().contains(QStringLiteral("not an address")));
    w.send(); // refused before any connection
    QVERIFY(!w.controller()->isRunning());
    QVERIFY(w.banner()->text().contains(QStringLiteral("not an address")));
    to->lineEdit()->setText(QStringLiteral("bob@example.com"));
    QVERIFY(to->isValid());
    w.composer()->setModified(false);
}

void MainWindowTest::keychainFallbackDoesNotHang()
{
    PasswordStore store;
    store.setTimeout(2000);
    QElapsedTimer t;
    t.start();
    store.write(QStringLiteral("p1"), QStringLiteral("secret"));
    QString got;
    bool called = false;
    store.read(QStringLiteral("p1"), this, [&](const QString &pw) {
        got = pw;
        called = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(called, 5000);
    QCOMPARE(got, QStringLiteral("secret"));
    QVERIFY(t.elapsed() < 5000);
}

void MainWindowTest::toolbarFitsInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &l : Languages::available())
        QTest::newRow(qPrintable(l)) << l;
}

// At the window's default size no toolbar action hides in the overflow menu ("»"): in
// Polish the labels are longer, so the file actions are icons there (names in tooltips).
void MainWindowTest::toolbarFitsInEveryLanguage()
{
    QFETCH(QString, language);
    QCOMPARE(Languages::install(QCoreApplication::instance(), language), language);
    const auto restore =
        qScopeGuard([] { Languages::install(QCoreApplication::instance(), QStringLiteral("en")); });
    Services services;
    MainWindow w(&services);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.size(), QSize(1280, 800));
    auto *tb = w.findChild<QToolBar *>(QStringLiteral("mainToolbar"));
    QVERIFY(tb);
    QCoreApplication::processEvents();
    int checked = 0;
    for (QAction *a : tb->actions()) {
        if (a->isSeparator())
            continue;
        QWidget *button = tb->widgetForAction(a);
        QVERIFY(button);
        QVERIFY2(button->isVisible(), qPrintable(a->text() + QStringLiteral(" is hidden")));
        QVERIFY2(tb->rect().contains(button->geometry()),
                 qPrintable(a->text() + QStringLiteral(" is cut off")));
        ++checked;
    }
    QVERIFY(checked >= 9);
    // The icon-only actions say what they are, with their shortcut.
    const QList<QAction *> actions = tb->actions();
    const auto open = std::find_if(actions.cbegin(), actions.cend(), [](QAction *a) {
        return a->shortcut() == QKeySequence(QKeySequence::Open);
    });
    QVERIFY(open != actions.cend());
    QVERIFY2((*open)->toolTip().contains(QStringLiteral(".eml")) &&
                 (*open)->toolTip().endsWith(QStringLiteral("(Ctrl+O)")),
             qPrintable((*open)->toolTip()));
    // Back to English, nothing of the language before is left (the English catalogue has
    // only plural forms: a stale Polish one would answer for everything else).
    Languages::install(QCoreApplication::instance(), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("postel::SendMailOperation",
                                         "The server refused every recipient."),
             QStringLiteral("The server refused every recipient."));
}

// A server whose certificate the system does not trust: nothing is sent, the window shows
// the certificate and what is wrong, and "Trust for … only" pins it to this profile (by
// SHA-256) and tries again, which then goes through. Another profile is not affected.
void MainWindowTest::untrustedCertificateTrustedForOneProfile()
{
    Services services;
    MainWindow w(&services);
    w.show();
    ServerProfile p = aiosmtpdProfile();
    p.name = QStringLiteral("untrusted");
    p.caFile.clear(); // the system's CAs only: the test CA is unknown to them
    p.user.clear();
    p.id = w.profileStore()->save(p);
    w.profileStore()->setCurrentId(p.id);

    QSignalSpy finished(&w, &MainWindow::sendFinished);
    w.testConnection();
    QVERIFY(finished.wait(40000));
    const auto first = finished.takeFirst().first().value<SendController::Outcome>();
    QVERIFY(!first.ok);
    QCOMPARE(first.error.kind, ErrorKind::Tls);
    QVERIFY(!first.sslErrors.isEmpty());
    QVERIFY(!first.untrustedCertificate.isNull());

    // The dialog: the certificate's fingerprint and the errors, and the choice.
    CertificateDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.findChild<CertificateDialog *>()) != nullptr);
    QVERIFY(dialog->isVisible());
    QStringList texts;
    for (const QLabel *l : dialog->findChildren<QLabel *>())
        texts.append(l->text());
    for (const QPlainTextEdit *e : dialog->findChildren<QPlainTextEdit *>())
        texts.append(e->toPlainText());
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(CertificateDialog::fingerprint(first.untrustedCertificate)),
             qPrintable(all));
    QVERIFY2(all.contains(first.sslErrors.first().errorString()), qPrintable(all));
    // Asked window-modal, without a nested event loop: the outcome above was delivered while
    // the question is open.
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    QCOMPARE(dialog->parentWidget(), &w);
    // "Do not trust" is the default button: Enter never trusts by accident.
    auto *trust = dialog->findChild<QPushButton *>(QStringLiteral("trustButton"));
    QVERIFY(trust);
    QVERIFY(trust->text().contains(QStringLiteral("untrusted")));
    QVERIFY(!trust->isDefault());
    QPushButton *defaultButton = nullptr;
    for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
        if (b->isDefault())
            defaultButton = b;
    }
    QVERIFY(defaultButton);
    QCOMPARE(defaultButton->text(), QStringLiteral("&Do not trust"));
    trust->click();

    // Pinned to this profile, and the test connection runs again by itself.
    QVERIFY(finished.wait(40000));
    const auto second = finished.takeFirst().first().value<SendController::Outcome>();
    QVERIFY2(second.ok, qPrintable(second.error.describe()));
    QCOMPARE(w.profileStore()->profile(p.id).pinnedSha256,
             first.untrustedCertificate.digest(QCryptographicHash::Sha256));
    QVERIFY(w.session()->tlsInfo().ignoredErrors.size() > 0); // trusted by you, not verified
    QVERIFY(!w.session()->tlsInfo().verified);

    // Another profile for the same server has no pin: it is refused again.
    ServerProfile other = p;
    other.id.clear();
    other.name = QStringLiteral("other");
    other.pinnedSha256.clear();
    other.id = w.profileStore()->save(other);
    w.profileStore()->setCurrentId(other.id);
    w.testConnection();
    QVERIFY(finished.wait(40000));
    const auto third = finished.takeFirst().first().value<SendController::Outcome>();
    QCOMPARE(third.error.kind, ErrorKind::Tls);
    // "Do not trust": nothing is pinned and nothing is tried again.
    CertificateDialog *again = nullptr;
    QTRY_VERIFY((again = w.findChild<CertificateDialog *>()) != nullptr);
    again->reject();
    QVERIFY(!finished.wait(500));
    QVERIFY(w.profileStore()->profile(other.id).pinnedSha256.isEmpty());
}

// Files dropped on the composer or on the body become attachments (not file:// text);
// what is not a local file is refused.
void MainWindowTest::droppedFilesBecomeAttachments()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile a(dir.filePath(QStringLiteral("notes.txt")));
    QVERIFY(a.open(QIODevice::WriteOnly));
    a.write("some notes\n");
    a.close();
    QFile b(dir.filePath(QStringLiteral("zdjęcie.png")));
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write(QByteArray(2048, 'x'));
    b.close();

    Services services;
    MainWindow w(&services);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ComposerWidget *c = w.composer();
    QCOMPARE(c->attachments().size(), 0);

    auto drop = [](QWidget *target, const QList<QUrl> &urls) {
        QMimeData mime;
        mime.setUrls(urls);
        const QPointF at(target->width() / 2.0, target->height() / 2.0);
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &enter);
        const bool accepted = enter.isAccepted();
        if (accepted) {
            QDropEvent dropEvent(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(target, &dropEvent);
        }
        return accepted;
    };
    // On the body: an attachment, and the body's text is untouched.
    QVERIFY(drop(c->bodyEdit()->viewport(), {QUrl::fromLocalFile(a.fileName())}));
    QCOMPARE(c->attachments().size(), 1);
    QVERIFY(c->bodyEdit()->toPlainText().isEmpty());
    // On the composer itself, with a Polish file name.
    QVERIFY(drop(c, {QUrl::fromLocalFile(b.fileName())}));
    QCOMPARE(c->attachments().size(), 2);
    QCOMPARE(c->attachments().at(1).fileName, QStringLiteral("zdjęcie.png"));
    // A web address is not a file: refused, nothing added.
    QVERIFY(!drop(c, {QUrl(QStringLiteral("https://example.org/x.pdf"))}));
    QCOMPARE(c->attachments().size(), 2);
    c->setModified(false);
}

// Another program listens on the sandbox's port: the built-in sandbox takes a free one for
// this run, the Sandbox profile follows it (it must never talk to that other program), and
// a test connection through it works, STARTTLS verified.
void MainWindowTest::sandboxMovesAwayFromATakenPort()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    QSettings().setValue(QStringLiteral("sandbox/autostart"), true);
    QSettings().setValue(QStringLiteral("sandbox/port"), squatter.serverPort());
    const auto restore = qScopeGuard([] {
        QSettings().setValue(QStringLiteral("sandbox/autostart"), false);
        QSettings().remove(QStringLiteral("sandbox/port"));
    });
    Services services;
    MainWindow w(&services);
    const ServerProfile sandbox = w.profileStore()->profile(QStringLiteral("sandbox"));
    QVERIFY(sandbox.isValid());
    QVERIFY(sandbox.port != 0);
    QVERIFY(sandbox.port != squatter.serverPort());
    w.transcriptPanel()->model()->flush();
    QVERIFY2(w.transcriptPanel()->model()->toText().contains(
                 QStringLiteral("The sandbox listens on port %1 because %2 is in use.")
                     .arg(sandbox.port)
                     .arg(squatter.serverPort())),
             qPrintable(w.transcriptPanel()->model()->toText()));
    w.profileStore()->setCurrentId(sandbox.id);
    const SendController::Outcome out = runAndWait(w, false);
    QVERIFY2(out.ok, qPrintable(out.error.describe()));
    QVERIFY(w.session()->tlsInfo().verified);
    QCOMPARE(w.session()->peerPort(), sandbox.port);
    QVERIFY(!squatter.hasPendingConnections());
}

// Choosing another language asks whether to start again now: "Later" leaves a note,
// "Start again now" keeps the message as a draft (without asking) and closes the window
// for main() to start the new Postel. The language in use asks nothing.
void MainWindowTest::languageChangeOffersToStartAgain()
{
    QCOMPARE(Languages::current(), QStringLiteral("en"));
    const auto restore = qScopeGuard([] { QSettings().remove(QStringLiteral("language")); });
    Services services;
    MainWindow w(&services);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.composer()->subjectField()->setText(QStringLiteral("Kept across the restart"));
    // Not (yet) addresses: kept as typed, not dropped.
    w.composer()->toField()->setText(QStringLiteral("bob@example.com, not an address"));
    w.composer()->ccField()->setText(QStringLiteral("half typed@"));
    // The question is window-modal and answered later: the window goes on meanwhile.
    auto answer = [&w](const QString &button) {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QCOMPARE(box->parentWidget(), &w);
        QCOMPARE(box->windowModality(), Qt::WindowModal);
        for (QPushButton *b : box->findChildren<QPushButton *>()) {
            if (b->text() == button) {
                b->click();
                return;
            }
        }
        QFAIL("no such button");
    };
    w.chooseLanguage(QStringLiteral("en"));
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(!w.restartRequested());
    QVERIFY(w.isVisible());

    w.chooseLanguage(QStringLiteral("pl"));
    QVERIFY(!w.restartRequested());
    answer(QStringLiteral("&Later"));
    QVERIFY(!w.restartRequested());
    QVERIFY(w.isVisible());
    QVERIFY(w.banner()->text().contains(QStringLiteral("starts again")));
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("pl"));

    w.chooseLanguage(QStringLiteral("pl"));
    answer(QStringLiteral("Start &again now"));
    QVERIFY(w.restartRequested());
    QVERIFY(!w.isVisible());
    const auto draft = DraftStore::load();
    QVERIFY(draft);
    QCOMPARE(draft->subject(), QStringLiteral("Kept across the restart"));
    // The next window has it all back, the unreadable parts included.
    Services servicesAgain;
    MainWindow again(&servicesAgain);
    ComposerWidget *c = again.composer();
    QCOMPARE(c->subjectField()->text(), QStringLiteral("Kept across the restart"));
    QCOMPARE(c->toField()->text(), QStringLiteral("bob@example.com, not an address"));
    QCOMPARE(c->ccField()->text(), QStringLiteral("half typed@"));
    QVERIFY(!c->ccField()->isHidden());
    QVERIFY(!c->toField()->isValid());
    c->setModified(false);
    DraftStore::discard();
}

void MainWindowTest::sandboxCertificateErrorIsShown_data()
{
    QTest::addColumn<bool>("beforeTheWindow");
    QTest::newRow("while the window is up") << false;
    QTest::newRow("before the window was built") << true;
}

// The sandbox's certificate cannot be made (its folder cannot be created): the window says
// so in the banner and the transcript — whether the answer comes after the window is up or
// before it was built — and the sandbox still takes mail, without STARTTLS.
void MainWindowTest::sandboxCertificateErrorIsShown()
{
    QFETCH(bool, beforeTheWindow);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    SandboxHost::Options options = Services::sandboxOptions();
    options.port = 0;
    options.mailboxDirectory = dir.filePath(QStringLiteral("mail"));
    options.certificateDirectory = blocker.fileName() + QStringLiteral("/tls");
    Services services;
    QVERIFY(!services.sandbox()); // "sandbox/autostart" is false in these tests
    services.startSandbox(options);
    QVERIFY(services.sandbox());
    if (beforeTheWindow)
        QTRY_VERIFY_WITH_TIMEOUT(services.sandbox()->isCertificateReady(), 30000);
    MainWindow w(&services);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(services.sandbox()->isCertificateReady(), 30000);
    QTRY_VERIFY(!w.banner()->isHidden());
    QVERIFY2(w.banner()->text().contains(QStringLiteral("without STARTTLS")) &&
                 w.banner()->text().contains(options.certificateDirectory),
             qPrintable(w.banner()->text()));
    TranscriptModel *model = w.transcriptPanel()->model();
    model->flush();
    QCOMPARE(model->toText().count(QStringLiteral("could not be made")), 1);

    // The sandbox goes on: a test connection without TLS gets through.
    ServerProfile p = w.profileStore()->profile(QStringLiteral("sandbox"));
    QVERIFY(p.isValid());
    QCOMPARE(p.port, services.sandbox()->port());
    p.id.clear();
    p.name = QStringLiteral("sandbox without TLS");
    p.security = SmtpSession::Security::None;
    p.id = w.profileStore()->save(p);
    w.profileStore()->setCurrentId(p.id);
    const SendController::Outcome out = runAndWait(w, false);
    QVERIFY2(out.ok, qPrintable(out.error.describe()));

    // In Polish, the reason is Polish too (it was once looked up in another context).
    QCOMPARE(Languages::install(QCoreApplication::instance(), QStringLiteral("pl")),
             QStringLiteral("pl"));
    const auto restore =
        qScopeGuard([] { Languages::install(QCoreApplication::instance(), QStringLiteral("en")); });
    QString why;
    QVERIFY(!SandboxCertificate::loadOrCreate(options.certificateDirectory, &why).isValid());
    QCOMPARE(why,
             QStringLiteral("Nie można utworzyć folderu %1.").arg(options.certificateDirectory));
}

// "New message" over a message that was neither sent nor saved asks first, window-modal and
// without blocking: Cancel (the default) keeps it, Discard starts afresh.
void MainWindowTest::newMessageAsksWithoutBlocking()
{
    Services services;
    MainWindow w(&services);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ComposerWidget *c = w.composer();
    QTest::keyClicks(c->subjectField(), QStringLiteral("Half written"));
    QVERIFY(c->isModified());
    QVERIFY(w.isWindowModified());

    auto question = [&w]() -> QMessageBox * {
        // The one on screen (an answered one waits for deleteLater()).
        for (auto *box : w.findChildren<QMessageBox *>(QStringLiteral("newMessageQuestion"))) {
            if (box->isVisible())
                return box;
        }
        return nullptr;
    };
    w.document()->newMessage(); // returns at once
    QMessageBox *box = question();
    QVERIFY(box);
    QCOMPARE(box->windowModality(), Qt::WindowModal);
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    box->button(QMessageBox::Cancel)->click();
    QCOMPARE(c->subjectField()->text(), QStringLiteral("Half written"));

    w.document()->newMessage();
    QVERIFY((box = question()) != nullptr);
    box->button(QMessageBox::Discard)->click();
    QVERIFY(c->subjectField()->text().isEmpty());
    QVERIFY(!c->isModified());
    QCOMPARE(w.windowTitle(), QStringLiteral("New message[*] — Postel"));
    QVERIFY(!QFile::exists(DraftStore::currentDraftPath()));
    // Nothing to lose: no question.
    w.document()->newMessage();
    QVERIFY(!question());
}

// Closing the window over an unsent, unsaved message asks (window-modal) and does not close
// until answered: Cancel keeps the window, "Keep draft" closes it with the draft on disk.
void MainWindowTest::quitAsksWithoutBlocking()
{
    Services services;
    MainWindow w(&services);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::keyClicks(w.composer()->subjectField(), QStringLiteral("Keep me"));
    auto question = [&w]() -> QMessageBox * {
        // The one on screen (an answered one waits for deleteLater()).
        for (auto *box : w.findChildren<QMessageBox *>(QStringLiteral("quitQuestion"))) {
            if (box->isVisible())
                return box;
        }
        return nullptr;
    };
    QVERIFY(!w.close()); // asked, not closed (yet)
    QVERIFY(w.isVisible());
    QMessageBox *box = question();
    QVERIFY(box);
    QCOMPARE(box->windowModality(), Qt::WindowModal);
    box->button(QMessageBox::Cancel)->click();
    QVERIFY(w.isVisible());

    QVERIFY(!w.close());
    QVERIFY((box = question()) != nullptr);
    QPushButton *keep = nullptr;
    for (QAbstractButton *b : box->buttons()) {
        if (b->text() == QLatin1String("&Keep draft"))
            keep = qobject_cast<QPushButton *>(b);
    }
    QVERIFY(keep);
    QCOMPARE(box->defaultButton(), keep);
    keep->click();
    QVERIFY(!w.isVisible());
    const auto draft = DraftStore::load();
    QVERIFY(draft);
    QCOMPARE(draft->subject(), QStringLiteral("Keep me"));
    DraftStore::discard();
}

// Open and Save as go through window-modal file dialogs; what goes wrong is said in words,
// as a typed error that names the file.
void MainWindowTest::openAndSaveAsWithoutBlocking()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Services services;
    MainWindow w(&services);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ComposerWidget *c = w.composer();
    c->toField()->setText(QStringLiteral("bob@example.com"));
    c->subjectField()->setText(QStringLiteral("Saved and opened"));
    c->bodyEdit()->setPlainText(QStringLiteral("Round trip."));

    w.document()->saveAs();
    auto *save = w.findChild<QFileDialog *>(QStringLiteral("saveMessageDialog"));
    QVERIFY(save && save->isVisible());
    QCOMPARE(save->windowModality(), Qt::WindowModal);
    QCOMPARE(save->acceptMode(), QFileDialog::AcceptSave);
    QCOMPARE(QFileInfo(save->selectedFiles().value(0)).fileName(),
             QStringLiteral("Saved and opened.eml"));
    const QString path = dir.filePath(QStringLiteral("round-trip.eml"));
    save->selectFile(path);
    static_cast<QDialog *>(save)->accept(); // as the Save button does
    QVERIFY(QFile::exists(path));
    QVERIFY(!c->isModified());
    QCOMPARE(w.windowTitle(), QStringLiteral("round-trip.eml[*] — Postel"));

    c->clear();
    w.document()->open();
    auto *open = w.findChild<QFileDialog *>(QStringLiteral("openMessageDialog"));
    QVERIFY(open && open->isVisible());
    QCOMPARE(open->windowModality(), Qt::WindowModal);
    open->selectFile(path);
    static_cast<QDialog *>(open)->accept();
    QCOMPARE(c->subjectField()->text(), QStringLiteral("Saved and opened"));
    QCOMPARE(c->bodyEdit()->toPlainText().trimmed(), QStringLiteral("Round trip."));

    const QString missing = dir.filePath(QStringLiteral("missing.eml"));
    const DocumentController::Error notOpened = w.document()->openMessage(missing);
    QCOMPARE(notOpened.kind, DocumentController::Error::Kind::Open);
    QVERIFY2(notOpened.message.contains(missing), qPrintable(notOpened.message));
    QCOMPARE(c->subjectField()->text(), QStringLiteral("Saved and opened")); // nothing lost
    const QString nowhere = dir.filePath(QStringLiteral("no-such-folder/x.eml"));
    const DocumentController::Error notSaved = w.document()->saveMessage(nowhere);
    QCOMPARE(notSaved.kind, DocumentController::Error::Kind::Save);
    QVERIFY2(notSaved.message.contains(nowhere), qPrintable(notSaved.message));
    c->setModified(false);
}

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
