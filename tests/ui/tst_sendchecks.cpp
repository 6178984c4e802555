// Issue 13, items 2, 3 and 5: what Postel checks before it talks, and what it says after.
// A missing password is asked for (never sent empty), a message larger than the server's
// SIZE is refused before MAIL, and a failure leaves no noise behind.
#include "common/CertificateDialog.h"
#include "common/DraftStore.h"
#include "common/MessageBanner.h"
#include "composer/AddressField.h"
#include "composer/ComposerWidget.h"
#include "i18n/Languages.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Services.h"
#include "profiles/PasswordPrompt.h"
#include "profiles/PasswordStore.h"
#include "profiles/ProfileStore.h"
#include "transcript/Transcript.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTextEdit>
#include <QtTest>

using namespace postel;

class SendChecksTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void missingPasswordIsAskedFor();
    void askingCanBeCancelled();
    void tooLargeIsRefusedBeforeMail();
    void noNoiseAfterAFailure();
    void bannerGoesWhenTheFieldAtFaultIsEdited();

private:
    // A window over a sandbox on a free port with `behaviour`; the Sandbox profile current.
    void start(Services &services, const SandboxBehaviour &behaviour);
    SendController::Outcome runAndWait(MainWindow &w, bool send);
    static QStringList commands(const Transcript *t);
};

void SendChecksTest::initTestCase()
{
    // No keychain here: passwords live until quit, which is the case the issue saw.
    qputenv("POSTEL_KEYCHAIN", "off");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PostelTest"));
    QCoreApplication::setApplicationName(QStringLiteral("PostelUiSendChecksTest"));
    QCOMPARE(Languages::install(QCoreApplication::instance(), QStringLiteral("en")),
             QStringLiteral("en"));
}

void SendChecksTest::init()
{
    QSettings s;
    s.clear();
    s.setValue(QStringLiteral("sandbox/autostart"), false);
    s.sync();
    DraftStore::discard();
}

void SendChecksTest::start(Services &services, const SandboxBehaviour &behaviour)
{
    SandboxHost::Options options = Services::sandboxOptions();
    options.port = 0;
    options.behaviour = behaviour;
    services.startSandbox(options);
    QVERIFY(services.sandbox() && services.sandbox()->isListening());
    QTRY_VERIFY_WITH_TIMEOUT(services.sandbox()->isCertificateReady(), 60000);
    services.profiles()->setCurrentId(QStringLiteral("sandbox"));
}

SendController::Outcome SendChecksTest::runAndWait(MainWindow &w, bool send)
{
    QSignalSpy finished(&w, &MainWindow::sendFinished);
    if (send)
        w.send();
    else
        w.testConnection();
    if (!finished.wait(30000))
        return SendController::Outcome();
    return finished.first().first().value<SendController::Outcome>();
}

QStringList SendChecksTest::commands(const Transcript *t)
{
    QStringList out;
    for (const TranscriptEntry &e : t->entries()) {
        if (e.isCommand())
            out.append(QString::fromUtf8(e.bytes));
    }
    return out;
}

// No password known (no keychain, Postel started again): asked at send time, with the
// reason; OK stays off while the field is empty; the answer is kept for the session.
void SendChecksTest::missingPasswordIsAskedFor()
{
    Services services;
    SandboxBehaviour b;
    b.accounts = {{QStringLiteral("ann"), QStringLiteral("s3cret")}};
    b.requireAuth = true;
    start(services, b);
    ServerProfile p = services.profiles()->current();
    p.user = QStringLiteral("ann");
    services.profiles()->save(p);
    MainWindow w(&services);
    w.show();
    QVERIFY(!services.passwords()->keychainAvailable());

    QSignalSpy finished(&w, &MainWindow::sendFinished);
    w.testConnection();
    PasswordPrompt *prompt = nullptr;
    QTRY_VERIFY((prompt = w.findChild<PasswordPrompt *>()) != nullptr);
    QTRY_VERIFY(prompt->isVisible());
    QCOMPARE(prompt->windowModality(), Qt::WindowModal);
    // Nothing went to the server while the question is open.
    QVERIFY(commands(services.transcript()).isEmpty());
    // Why it asks: the profile, the user, and that there is no keychain.
    const QString why = prompt->findChild<QLabel *>(QStringLiteral("why"))->text();
    QVERIFY2(why.contains(QStringLiteral("ann")) && why.contains(QStringLiteral("keychain")) &&
                 why.contains(services.passwords()->unavailableReason()),
             qPrintable(why));
    auto *buttons = prompt->findChild<QDialogButtonBox *>();
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // never an empty password
    auto radios = prompt->findChildren<QRadioButton *>();
    QCOMPARE(radios.size(), 2);
    for (QRadioButton *r : radios) {
        if (r->text().contains(QStringLiteral("keychain")))
            QVERIFY(!r->isEnabled()); // no keychain to remember it in
    }
    QCOMPARE(prompt->remember(), PasswordPrompt::Remember::Session);
    QTest::keyClicks(prompt->passwordField(), QStringLiteral("s3cret"));
    QVERIFY(ok->isEnabled());
    ok->click();

    QVERIFY(finished.wait(30000));
    const auto outcome = finished.takeFirst().first().value<SendController::Outcome>();
    QVERIFY2(outcome.ok, qPrintable(outcome.error.describe()));
    bool loggedIn = false;
    for (const QString &c : commands(services.transcript()))
        loggedIn = loggedIn || c.startsWith(QLatin1String("AUTH"));
    QVERIFY(loggedIn);

    // Remembered for the session: the next attempt asks nothing.
    QString kept;
    services.passwords()->read(p.id, this, [&kept](const QString &pw) { kept = pw; });
    QTRY_COMPARE(kept, QStringLiteral("s3cret"));
    w.testConnection();
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.takeFirst().first().value<SendController::Outcome>().ok);
}

// Cancelling the question sends nothing and leaves the window ready.
void SendChecksTest::askingCanBeCancelled()
{
    Services services;
    start(services, SandboxBehaviour());
    ServerProfile p = services.profiles()->current();
    p.user = QStringLiteral("bob");
    services.profiles()->save(p);
    MainWindow w(&services);
    w.show();
    QSignalSpy finished(&w, &MainWindow::sendFinished);
    w.testConnection();
    PasswordPrompt *prompt = nullptr;
    QTRY_VERIFY((prompt = w.findChild<PasswordPrompt *>()) != nullptr);
    prompt->reject();
    QTRY_VERIFY(w.findChild<PasswordPrompt *>() == nullptr);
    QVERIFY(commands(services.transcript()).isEmpty());
    QVERIFY2(w.statusText().contains(QStringLiteral("no password")), qPrintable(w.statusText()));
    QVERIFY(finished.isEmpty());
    // Ready again: the next attempt asks again.
    w.testConnection();
    QTRY_VERIFY(w.findChild<PasswordPrompt *>() != nullptr);
    w.findChild<PasswordPrompt *>()->reject();
}

// The sandbox announces SIZE 4096; a bigger message is refused before MAIL, the window says
// it is too large, by how much and what the limit is, and the message stays.
void SendChecksTest::tooLargeIsRefusedBeforeMail()
{
    Services services;
    SandboxBehaviour b;
    b.sizeLimit = 4096;
    start(services, b);
    MainWindow w(&services);
    w.show();
    ComposerWidget *c = w.composer();
    c->fromField()->setText(QStringLiteral("ann@example.org"));
    c->toField()->setText(QStringLiteral("bob@example.com"));
    c->subjectField()->setText(QStringLiteral("Big"));
    QString body;
    for (int i = 0; i < 300; ++i)
        body += QString(70, QLatin1Char('x')) + QLatin1Char('\n');
    c->bodyEdit()->setPlainText(body);

    const auto outcome = runAndWait(w, true);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.reason, QStringLiteral("message-too-large"));
    for (const QString &cmd : commands(services.transcript()))
        QVERIFY2(!cmd.startsWith(QLatin1String("MAIL")), qPrintable(cmd));
    const QString banner = w.banner()->text();
    const QLocale l;
    QVERIFY2(banner.contains(QStringLiteral("too large")), qPrintable(banner));
    QVERIFY2(banner.contains(l.formattedDataSize(4096)), qPrintable(banner));
    QVERIFY2(!banner.contains(QStringLiteral("refused the sender")), qPrintable(banner));
    // The message is kept as it was.
    QCOMPARE(c->bodyEdit()->toPlainText(), body);
    QCOMPARE(c->subjectField()->text(), QStringLiteral("Big"));
    c->setModified(false);
}

// After a refused certificate: one error in the transcript (no "Not connected" after it),
// banner sentences that end before the next begins, and a new attempt clears the banner.
void SendChecksTest::noNoiseAfterAFailure()
{
    Services services;
    start(services, SandboxBehaviour());
    ServerProfile p = services.profiles()->current();
    p.id.clear();
    p.name = QStringLiteral("no CA");
    p.caFile.clear();
    p.id = services.profiles()->save(p);
    services.profiles()->setCurrentId(p.id);
    MainWindow w(&services);
    w.show();
    ComposerWidget *c = w.composer();
    c->fromField()->setText(QStringLiteral("ann@example.org"));
    c->toField()->setText(QStringLiteral("bob@example.com"));
    c->subjectField()->setText(QStringLiteral("Hi"));
    const auto outcome = runAndWait(w, true);
    QCOMPARE(outcome.error.kind, ErrorKind::Tls);
    if (auto *question = w.findChild<CertificateDialog *>())
        question->reject();
    QTest::qWait(200); // anything still on its way to the transcript
    QStringList errors;
    for (const TranscriptEntry &e : services.transcript()->entries()) {
        if (e.direction == TranscriptEntry::Error)
            errors.append(QString::fromUtf8(e.bytes));
    }
    QVERIFY2(errors.size() == 1, qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY2(!errors.first().contains(QStringLiteral("Not connected")), qPrintable(errors.first()));
    const QString banner = w.banner()->text();
    QVERIFY(w.banner()->isVisible());
    // Every sentence ends before the next one starts.
    static const QRegularExpression runTogether(
        QStringLiteral("[^.!?…)”\"\\s] +(The message|Wiadomo)"));
    QVERIFY2(!runTogether.match(banner).hasMatch(), qPrintable(banner));
    // A new attempt starts without the old banner.
    QSignalSpy finished(&w, &MainWindow::sendFinished);
    services.profiles()->setCurrentId(QStringLiteral("sandbox"));
    w.testConnection();
    QVERIFY(!w.banner()->isVisible() || w.banner()->text() != banner);
    QVERIFY(finished.wait(30000));
    c->setModified(false);
}

// A refused recipient: the banner stays while other fields change and goes when the
// recipients are edited; a refused sender's banner goes with an edit of From.
void SendChecksTest::bannerGoesWhenTheFieldAtFaultIsEdited()
{
    Services services;
    SandboxBehaviour b;
    b.refuseRecipients = {
        {QStringLiteral("*@refused.test"), SandboxBehaviour::defaultRecipientRefusal()}};
    b.refuseSenders = {{QStringLiteral("*@bad.test"), SandboxBehaviour::defaultSenderRefusal()}};
    start(services, b);
    MainWindow w(&services);
    w.show();
    ComposerWidget *c = w.composer();
    c->fromField()->setText(QStringLiteral("ann@example.org"));
    c->toField()->setText(QStringLiteral("nobody@refused.test"));
    c->subjectField()->setText(QStringLiteral("Hi"));
    auto outcome = runAndWait(w, true);
    QCOMPARE(outcome.error.kind, ErrorKind::RecipientsRefused);
    QVERIFY(w.banner()->isVisible());
    QTest::keyClicks(c->subjectField(), QStringLiteral("!"));
    QVERIFY(w.banner()->isVisible()); // not the field at fault
    QTest::keyClicks(c->toField()->lineEdit(), QStringLiteral("x"));
    QVERIFY(!w.banner()->isVisible());

    c->toField()->setText(QStringLiteral("bob@example.com"));
    c->fromField()->setText(QStringLiteral("eve@bad.test"));
    outcome = runAndWait(w, true);
    QCOMPARE(outcome.error.kind, ErrorKind::SenderRefused);
    QVERIFY(w.banner()->isVisible());
    QTest::keyClicks(c->toField()->lineEdit(), QStringLiteral("x"));
    QVERIFY(w.banner()->isVisible());
    QTest::keyClicks(c->fromField()->lineEdit(), QStringLiteral("x"));
    QVERIFY(!w.banner()->isVisible());
    c->setModified(false);
}

QTEST_MAIN(SendChecksTest)
#include "tst_sendchecks.moc"
