// The failure doctor in the window (issue 11, part 6): after a failed send or connection test
// the banner names the cause and its fix, and its retry button changes only the profile
// setting it names and tries again — against the built-in sandbox and the real servers
// (aiosmtpd with STARTTLS, implicit TLS and AUTH), in English and Polish. The composed
// message is never touched.
#include "RealServers.h"
#include "common/CertificateDialog.h"
#include "common/DraftStore.h"
#include "common/MessageBanner.h"
#include "composer/AddressField.h"
#include "composer/ComposerWidget.h"
#include "diagnosis/ConnectionReportDialog.h"
#include "diagnosis/DiagnosisPresenter.h"
#include "diagnosis/DiagnosisView.h"
#include "diagnosis/Doctor.h"
#include "diagnosis/FindSettingsDialog.h"
#include "diagnosis/ProfileRetry.h"
#include "i18n/Languages.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/SendOutcomePresenter.h"
#include "mainwindow/Services.h"
#include "profiles/PasswordStore.h"
#include "profiles/ProfileDialog.h"
#include "profiles/ProfileStore.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTextBrowser>
#include <QTextEdit>
#include <QtTest>

using namespace postel;
using postel::test::RealServers;

namespace {

// Two profiles are the same but for the fields a retry may change.
QStringList differences(const ServerProfile &a, const ServerProfile &b)
{
    QStringList out;
    auto check = [&out](bool same, const char *name) {
        if (!same)
            out.append(QString::fromLatin1(name));
    };
    check(a.id == b.id, "id");
    check(a.name == b.name, "name");
    check(a.host == b.host, "host");
    check(a.port == b.port, "port");
    check(a.route == b.route, "route");
    check(a.security == b.security, "security");
    check(a.requireTls == b.requireTls, "requireTls");
    check(a.verifyCertificate == b.verifyCertificate, "verifyCertificate");
    check(a.caFile == b.caFile, "caFile");
    check(a.heloName == b.heloName, "heloName");
    check(a.timeoutSeconds == b.timeoutSeconds, "timeoutSeconds");
    check(a.user == b.user, "user");
    check(a.authMechanism == b.authMechanism, "authMechanism");
    check(a.allowCleartextAuth == b.allowCleartextAuth, "allowCleartextAuth");
    check(a.pinnedSha256 == b.pinnedSha256, "pinnedSha256");
    return out;
}

} // namespace

class DoctorTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sandboxWrongTlsModeIsRetried_data();
    void sandboxWrongTlsModeIsRetried();
    void implicitTlsPortIsDiagnosedAndRetried();
    void sendWithWrongTlsModeKeepsTheMessage();
    void untrustedCertificateIsTrustedFromTheBanner();
    void wrongPasswordOpensTheProfileAtThePassword();
    void successShowsNoDiagnosis();
    void connectionReportExportsAndCopies();
    void bannerShowsEveryRecordedFinding_data();
    void bannerShowsEveryRecordedFinding();
    void findSettingsProposesTheWorkingPort();

private:
    ServerProfile aiosmtpdProfile(const char *portKey, SmtpSession::Security security) const;
    SendController::Outcome run(MainWindow &w, bool send = false);
    static DiagnosisView *view(MainWindow &w);
    RealServers m_servers;
};

void DoctorTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PostelTest"));
    QCoreApplication::setApplicationName(QStringLiteral("PostelDoctorTest"));
    qputenv("POSTEL_KEYCHAIN", "off");
    m_servers = RealServers::load();
    QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
}

void DoctorTest::init()
{
    QSettings s;
    s.clear();
    s.setValue(QStringLiteral("sandbox/autostart"), false);
    s.sync();
    DraftStore::discard();
    QCOMPARE(Languages::install(QCoreApplication::instance(), QStringLiteral("en")),
             QStringLiteral("en"));
}

void DoctorTest::cleanup()
{
    Languages::install(QCoreApplication::instance(), QStringLiteral("en"));
    QSettings().clear();
    DraftStore::discard();
}

ServerProfile DoctorTest::aiosmtpdProfile(const char *portKey, SmtpSession::Security security) const
{
    ServerProfile p;
    p.name = QStringLiteral("aiosmtpd");
    p.host = m_servers.value("POSTEL_TEST_HOST");
    p.port = m_servers.port(portKey);
    p.security = security;
    p.caFile = m_servers.value("POSTEL_TEST_CA");
    p.heloName = QStringLiteral("client.example");
    p.timeoutSeconds = 3;
    return p;
}

SendController::Outcome DoctorTest::run(MainWindow &w, bool send)
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

DiagnosisView *DoctorTest::view(MainWindow &w)
{
    return w.findChild<DiagnosisView *>();
}

void DoctorTest::sandboxWrongTlsModeIsRetried_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("pl") << QStringLiteral("pl");
}

// TLS from the first byte to the sandbox's STARTTLS port: "plaintext-port"; the retry
// button (pressed with its access key) switches the profile to STARTTLS and nothing else,
// and the test connection then passes.
void DoctorTest::sandboxWrongTlsModeIsRetried()
{
    QFETCH(QString, language);
    QCOMPARE(Languages::install(QCoreApplication::instance(), language), language);
    QSettings().setValue(QStringLiteral("sandbox/port"), 0);
    Services services;
    services.startSandbox(Services::sandboxOptions());
    QVERIFY(services.sandbox() && services.sandbox()->isListening());
    MainWindow w(&services);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    ServerProfile p = w.profileStore()->profile(QStringLiteral("sandbox"));
    QVERIFY(p.isValid());
    QCOMPARE(p.port, services.sandbox()->port());
    p.id.clear();
    p.name = QStringLiteral("sandbox, wrong TLS mode");
    p.security = SmtpSession::Security::ImplicitTls;
    p.timeoutSeconds = 10;
    p.id = w.profileStore()->save(p);
    w.profileStore()->setCurrentId(p.id);
    const ServerProfile before = w.profileStore()->profile(p.id);

    const SendController::Outcome first = run(w);
    QVERIFY(!first.ok);
    DiagnosisPresenter *doctor = w.findChild<DiagnosisPresenter *>();
    QVERIFY(doctor);
    QVERIFY(!doctor->findings().isEmpty());
    QCOMPARE(doctor->findings().first().id, QStringLiteral("plaintext-port"));
    DiagnosisView *v = view(w);
    QVERIFY(v && v->isVisible());
    QCOMPARE(v->title(), DiagnosisView::tr("Diagnosis: %1").arg(doctor->findings().first().title));
    QVERIFY(v->fix().contains(doctor->findings().first().fix));
    QPushButton *retry = v->retryButton();
    QVERIFY(retry->isVisible());
    QCOMPARE(retry->text(), ProfileRetry::tr("S&witch to %1 on port %2")
                                .arg(ProfileRetry::securityWords(SmtpSession::Security::StartTls))
                                .arg(p.port));
    if (language == QLatin1String("pl")) {
        QVERIFY2(v->title().startsWith(QStringLiteral("Diagnoza")), qPrintable(v->title()));
        QVERIFY2(retry->text().contains(QStringLiteral("porcie")), qPrintable(retry->text()));
    } else {
        QCOMPARE(retry->text(), QStringLiteral("S&witch to STARTTLS on port %1").arg(p.port));
    }

    // The keyboard: the retry button's access key.
    const Qt::Key key = QKeySequence::mnemonic(retry->text())[0].key();
    QSignalSpy finished(&w, &MainWindow::sendFinished);
    QTest::keyClick(&w, key, Qt::AltModifier);
    QVERIFY(finished.wait(40000));
    const auto second = finished.first().first().value<SendController::Outcome>();
    QVERIFY2(second.ok, qPrintable(second.error.describe()));
    const ServerProfile after = w.profileStore()->profile(p.id);
    QCOMPARE(differences(before, after), QStringList{QStringLiteral("security")});
    QCOMPARE(after.security, SmtpSession::Security::StartTls);
    QVERIFY(w.session()->tlsInfo().verified);
}

// Plain text to a port that speaks TLS from the first byte (aiosmtpd's implicit-TLS
// listener): the server stays silent. "Diagnose" makes the probes, which confirm implicit
// TLS; the retry switches to it and the connection test passes.
void DoctorTest::implicitTlsPortIsDiagnosedAndRetried()
{
    Services services;
    MainWindow w(&services);
    w.show();
    ServerProfile p = aiosmtpdProfile("AIOSMTPD_TLS_PORT", SmtpSession::Security::StartTls);
    p.id = w.profileStore()->save(p);
    w.profileStore()->setCurrentId(p.id);
    const ServerProfile before = w.profileStore()->profile(p.id);

    const SendController::Outcome first = run(w);
    QVERIFY(!first.ok);
    DiagnosisPresenter *doctor = w.findChild<DiagnosisPresenter *>();
    QVERIFY(doctor);
    QCOMPARE(doctor->findings().first().id, QStringLiteral("no-greeting"));
    DiagnosisView *v = view(w);
    QVERIFY(v->diagnoseButton()->isVisible());
    // The other findings are one click away.
    QVERIFY(v->moreButton()->isVisible());
    QVERIFY(!v->detailsView()->isVisible());
    v->moreButton()->click();
    QVERIFY(v->detailsView()->isVisible());
    QVERIFY2(v->detailsText().contains(QStringLiteral("implicit-tls-port")),
             qPrintable(v->detailsText()));

    QSignalSpy diagnosed(doctor, &DiagnosisPresenter::diagnosed);
    v->diagnoseButton()->click();
    QVERIFY(!v->diagnoseButton()->isEnabled());
    QVERIFY(diagnosed.wait(30000));
    QCOMPARE(doctor->findings().first().id, QStringLiteral("implicit-tls-port"));
    QVERIFY(doctor->findings().first().confirmed);
    QVERIFY2(v->evidence().startsWith(QStringLiteral("Confirmed: ")), qPrintable(v->evidence()));
    QVERIFY(!v->diagnoseButton()->isVisible()); // the probes ran once
    QCOMPARE(v->retryButton()->text(),
             QStringLiteral("S&witch to implicit TLS on port %1").arg(p.port));

    QSignalSpy finished(&w, &MainWindow::sendFinished);
    v->retryButton()->click();
    QVERIFY(finished.wait(40000));
    const auto second = finished.first().first().value<SendController::Outcome>();
    QVERIFY2(second.ok, qPrintable(second.error.describe()));
    const ServerProfile after = w.profileStore()->profile(p.id);
    QCOMPARE(differences(before, after), QStringList{QStringLiteral("security")});
    QCOMPARE(after.security, SmtpSession::Security::ImplicitTls);
}

// Sending with TLS from the first byte to aiosmtpd's STARTTLS port: "plaintext-port"; the
// retry sends the very message that was composed, which arrives.
void DoctorTest::sendWithWrongTlsModeKeepsTheMessage()
{
    Services services;
    MainWindow w(&services);
    w.show();
    ServerProfile p = aiosmtpdProfile("AIOSMTPD_PORT", SmtpSession::Security::ImplicitTls);
    p.timeoutSeconds = 10;
    p.id = w.profileStore()->save(p);
    w.profileStore()->setCurrentId(p.id);
    const ServerProfile before = w.profileStore()->profile(p.id);
    ComposerWidget *c = w.composer();
    c->fromField()->lineEdit()->setText(QStringLiteral("Lucja <lucja@example.org>"));
    c->toField()->lineEdit()->setText(QStringLiteral("bob@example.com"));
    const QString subject = test::uniqueLocalPart("doctor-");
    c->subjectField()->setText(subject);
    c->bodyEdit()->setPlainText(QStringLiteral("Sent again after the doctor's fix.\n"));
    const QString maildir = m_servers.value("AIOSMTPD_MAILDIR");
    const int before0 = int(QDir(maildir).entryList({QStringLiteral("*.json")}).size());

    const SendController::Outcome first = run(w, true);
    QVERIFY(!first.ok);
    DiagnosisPresenter *doctor = w.findChild<DiagnosisPresenter *>();
    QCOMPARE(doctor->findings().first().id, QStringLiteral("plaintext-port"));
    QVERIFY(w.banner()->text().contains(QStringLiteral("The message is kept")));
    DiagnosisView *v = view(w);
    QCOMPARE(v->retryButton()->text(),
             QStringLiteral("S&witch to STARTTLS on port %1").arg(p.port));

    QSignalSpy finished(&w, &MainWindow::sendFinished);
    v->retryButton()->click();
    QVERIFY(finished.wait(40000));
    const auto second = finished.first().first().value<SendController::Outcome>();
    QVERIFY2(second.ok, qPrintable(second.error.describe()));
    QCOMPARE(differences(before, w.profileStore()->profile(p.id)),
             QStringList{QStringLiteral("security")});
    // The composer as it was; the message arrived once, as composed.
    QCOMPARE(c->subjectField()->text(), subject);
    QCOMPARE(c->toField()->text(), QStringLiteral("bob@example.com"));
    QCOMPARE(c->bodyEdit()->toPlainText(), QStringLiteral("Sent again after the doctor's fix.\n"));
    QTRY_COMPARE(int(QDir(maildir).entryList({QStringLiteral("*.json")}).size()), before0 + 1);
    bool found = false;
    for (const QString &f : QDir(maildir).entryList({QStringLiteral("*.eml")})) {
        QFile file(QDir(maildir).filePath(f));
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(subject.toUtf8()))
            found = true;
    }
    QVERIFY(found);
    QVERIFY(!v->isVisible()); // delivered: nothing to diagnose
}

// A certificate the system does not trust: "certificate-untrusted"; the question that pops
// up is put aside, and the banner's "Trust this certificate…" asks again through the same
// dialog; trusting it pins it to the profile (nothing else changes) and the test passes.
void DoctorTest::untrustedCertificateIsTrustedFromTheBanner()
{
    Services services;
    MainWindow w(&services);
    w.show();
    ServerProfile p = aiosmtpdProfile("AIOSMTPD_PORT", SmtpSession::Security::StartTls);
    p.caFile.clear();
    p.timeoutSeconds = 10;
    p.id = w.profileStore()->save(p);
    w.profileStore()->setCurrentId(p.id);
    const ServerProfile before = w.profileStore()->profile(p.id);

    const SendController::Outcome first = run(w);
    QVERIFY(!first.ok);
    CertificateDialog *asked = nullptr;
    QTRY_VERIFY((asked = w.findChild<CertificateDialog *>()) != nullptr);
    asked->reject();
    QTRY_VERIFY(!w.findChild<CertificateDialog *>());
    DiagnosisPresenter *doctor = w.findChild<DiagnosisPresenter *>();
    QCOMPARE(doctor->findings().first().id, QStringLiteral("certificate-untrusted"));
    DiagnosisView *v = view(w);
    QCOMPARE(v->retryButton()->text(), QStringLiteral("Trust this cert&ificate…"));

    v->retryButton()->click();
    CertificateDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.findChild<CertificateDialog *>()) != nullptr);
    QSignalSpy finished(&w, &MainWindow::sendFinished);
    auto *trust = dialog->findChild<QPushButton *>(QStringLiteral("trustButton"));
    QVERIFY(trust);
    trust->click();
    QVERIFY(finished.wait(40000));
    const auto second = finished.first().first().value<SendController::Outcome>();
    QVERIFY2(second.ok, qPrintable(second.error.describe()));
    const ServerProfile after = w.profileStore()->profile(p.id);
    QCOMPARE(differences(before, after), QStringList{QStringLiteral("pinnedSha256")});
    QCOMPARE(after.pinnedSha256, first.untrustedCertificate.digest(QCryptographicHash::Sha256));
}

// A refused password: "auth-credentials-rejected"; "Edit the password" opens the profile
// dialog at the password field; the right one typed there, the retry logs in.
void DoctorTest::wrongPasswordOpensTheProfileAtThePassword()
{
    Services services;
    MainWindow w(&services);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    ServerProfile p = aiosmtpdProfile("AIOSMTPD_PORT", SmtpSession::Security::StartTls);
    p.user = m_servers.value("POSTEL_TEST_USER");
    p.timeoutSeconds = 10;
    p.id = w.profileStore()->save(p);
    w.profileStore()->setCurrentId(p.id);
    w.passwordStore()->write(p.id, QStringLiteral("not the password"));
    const ServerProfile before = w.profileStore()->profile(p.id);

    const SendController::Outcome first = run(w);
    QVERIFY(!first.ok);
    DiagnosisPresenter *doctor = w.findChild<DiagnosisPresenter *>();
    QCOMPARE(doctor->findings().first().id, QStringLiteral("auth-credentials-rejected"));
    DiagnosisView *v = view(w);
    QCOMPARE(v->retryButton()->text(), QStringLiteral("Edit the pass&word"));

    QTest::keyClick(&w, Qt::Key_W, Qt::AltModifier);
    ProfileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = doctor->profileDialog()) != nullptr);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QCOMPARE(dialog->selectedId(), p.id);
    QTRY_COMPARE(dialog->passwordField()->text(), QStringLiteral("not the password"));
    QCOMPARE(QApplication::focusWidget(), dialog->passwordField());
    QTRY_VERIFY(dialog->passwordField()->hasSelectedText());
    QSignalSpy finished(&w, &MainWindow::sendFinished);
    QTest::keyClicks(dialog->passwordField(), m_servers.value("POSTEL_TEST_PASSWORD"));
    QTest::keyClick(dialog->passwordField(), Qt::Key_Return);
    QVERIFY(finished.wait(40000));
    const auto second = finished.first().first().value<SendController::Outcome>();
    QVERIFY2(second.ok, qPrintable(second.error.describe()));
    QCOMPARE(differences(before, w.profileStore()->profile(p.id)), QStringList());
    QVERIFY(second.record.authOk);
}

// A connection test that passes: no findings; the report is offered.
void DoctorTest::successShowsNoDiagnosis()
{
    Services services;
    MainWindow w(&services);
    w.show();
    ServerProfile p = aiosmtpdProfile("AIOSMTPD_PORT", SmtpSession::Security::StartTls);
    p.id = w.profileStore()->save(p);
    w.profileStore()->setCurrentId(p.id);
    const SendController::Outcome out = run(w);
    QVERIFY2(out.ok, qPrintable(out.error.describe()));
    DiagnosisPresenter *doctor = w.findChild<DiagnosisPresenter *>();
    QVERIFY(doctor->findings().isEmpty());
    DiagnosisView *v = view(w);
    QVERIFY(v->isVisible());
    QVERIFY(v->title().isEmpty());
    QVERIFY(!v->retryButton()->isVisible());
    QVERIFY(!v->diagnoseButton()->isVisible());
    QVERIFY(v->reportButton()->isVisible());
}

// "Connection report…" after a test: the report's parts, saved as HTML and as text, and
// "Copy as command" puts the lines on the clipboard, without the password.
void DoctorTest::connectionReportExportsAndCopies()
{
    Services services;
    MainWindow w(&services);
    w.show();
    ServerProfile p = aiosmtpdProfile("AIOSMTPD_PORT", SmtpSession::Security::StartTls);
    p.user = m_servers.value("POSTEL_TEST_USER");
    p.id = w.profileStore()->save(p);
    w.profileStore()->setCurrentId(p.id);
    const QString password = m_servers.value("POSTEL_TEST_PASSWORD");
    w.passwordStore()->write(p.id, password);
    const SendController::Outcome out = run(w);
    QVERIFY2(out.ok, qPrintable(out.error.describe()));
    DiagnosisView *v = view(w);
    QVERIFY(v->reportButton()->isVisible());
    v->reportButton()->click();
    DiagnosisPresenter *doctor = w.findChild<DiagnosisPresenter *>();
    ConnectionReportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = doctor->reportDialog()) != nullptr);
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    const ConnectionReport &r = dialog->report();
    QVERIFY(r.passed() && r.tls && r.verified && r.loginOk);
    const QString shown = dialog->reportView()->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("TLSv1.")), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("STARTTLS")));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(dialog->save(dir.filePath(QStringLiteral("r.html")), true));
    QVERIFY(dialog->save(dir.filePath(QStringLiteral("r.txt")), false));
    QFile html(dir.filePath(QStringLiteral("r.html")));
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(html.readAll().startsWith("<!DOCTYPE html>"));
    QFile text(dir.filePath(QStringLiteral("r.txt")));
    QVERIFY(text.open(QIODevice::ReadOnly));
    const QByteArray t = text.readAll();
    QVERIFY(t.contains("Reachable: yes"));
    QVERIFY(!t.contains(password.toUtf8()));

    QMenu *menu = dialog->copyButton()->menu();
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 4);
    const QStringList lines = dialog->commandLines();
    for (int i = 0; i < 4; ++i) {
        menu->actions().at(i)->trigger();
        QCOMPARE(QApplication::clipboard()->text(), lines.at(i));
        QVERIFY(!lines.at(i).contains(password));
    }
    QVERIFY(lines.at(1).startsWith(QStringLiteral("swaks --server ")));
    QVERIFY(lines.at(1).contains(QStringLiteral("\"$SMTP_PASSWORD\"")));
    dialog->reject();
}

// "Find settings…" in the profile dialog: 587 is closed, 465 speaks TLS from the first byte
// (aiosmtpd), 25 is Exim — pointed at the loopback servers. The login as the whole address
// is refused and the local part works: 465 with implicit TLS is proposed, with the evidence,
// and put in the profile; a connection test then passes.
void DoctorTest::findSettingsProposesTheWorkingPort()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 dead = closed.serverPort();
    closed.close();
    const quint16 tlsPort = m_servers.port("AIOSMTPD_TLS_PORT");
    qputenv("POSTEL_FIND_SETTINGS_PORTS", QStringLiteral("587=%1,465=%2,25=%3")
                                              .arg(dead)
                                              .arg(tlsPort)
                                              .arg(m_servers.port("EXIM_PORT"))
                                              .toLatin1());
    const auto restore = qScopeGuard([] { qunsetenv("POSTEL_FIND_SETTINGS_PORTS"); });
    Services services;
    MainWindow w(&services);
    w.show();
    ServerProfile p;
    p.name = QStringLiteral("to be found");
    p.host = QStringLiteral("smtp.example.org");
    p.port = 587;
    p.caFile = m_servers.value("POSTEL_TEST_CA");
    p.heloName = QStringLiteral("client.example");
    p.timeoutSeconds = 10;
    p.id = w.profileStore()->save(p);
    w.profileStore()->setCurrentId(p.id);

    w.editProfiles();
    ProfileDialog *profiles = nullptr;
    QTRY_VERIFY((profiles = w.findChild<ProfileDialog *>()) != nullptr);
    QCOMPARE(profiles->selectedId(), p.id);
    profiles->findSettingsButton()->click();
    FindSettingsDialog *find = nullptr;
    QTRY_VERIFY((find = profiles->findChild<FindSettingsDialog *>()) != nullptr);
    find->addressField()->setText(QStringLiteral("alice@example.org"));
    find->passwordField()->setText(m_servers.value("POSTEL_TEST_PASSWORD"));
    find->hostField()->setText(m_servers.value("POSTEL_TEST_HOST"));
    find->findButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(find->useButton()->isEnabled(), 60000);
    const auto found = find->found();
    QVERIFY(found);
    QCOMPARE(found->candidate.port, tlsPort);
    QCOMPARE(found->candidate.security, SmtpSession::Security::ImplicitTls);
    const QString evidence = find->evidence();
    QVERIFY2(evidence.contains(QStringLiteral("port %1 with STARTTLS: does not work").arg(dead)),
             qPrintable(evidence));
    QVERIFY2(evidence.contains(QStringLiteral("works — greeting")), qPrintable(evidence));
    QVERIFY2(evidence.contains(QStringLiteral("logged in as alice with")), qPrintable(evidence));
    find->useButton()->click();
    QCOMPARE(profiles->passwordField()->text(), m_servers.value("POSTEL_TEST_PASSWORD"));
    profiles->accept();

    const ServerProfile after = w.profileStore()->profile(p.id);
    QCOMPARE(after.host, m_servers.value("POSTEL_TEST_HOST"));
    QCOMPARE(after.port, tlsPort);
    QCOMPARE(after.security, SmtpSession::Security::ImplicitTls);
    QCOMPARE(after.user, QStringLiteral("alice"));
    const SendController::Outcome out = run(w);
    QVERIFY2(out.ok, qPrintable(out.error.describe()));
    QVERIFY(out.record.authOk);
}

void DoctorTest::bannerShowsEveryRecordedFinding_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("pl") << QStringLiteral("pl");
}

// Every recorded real session (tests/data/diagnosis: Exim, aiosmtpd, the sandbox) put
// through the window's banner: the doctor's primary finding with its title and fix, the
// retry button named for the change it makes (or none), the others one click away — in
// English and Polish.
void DoctorTest::bannerShowsEveryRecordedFinding()
{
    QFETCH(QString, language);
    QCOMPARE(Languages::install(QCoreApplication::instance(), language), language);
    Services services;
    MainWindow w(&services);
    w.show();
    DiagnosisPresenter *doctor = w.findChild<DiagnosisPresenter *>();
    DiagnosisView *v = view(w);
    const ServerProfile profile = w.profileStore()->current();
    const QDir dir(qEnvironmentVariable("POSTEL_SOURCE_DIR") +
                   QStringLiteral("/tests/data/diagnosis"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(files.size() > 20);
    QSet<QString> shown;
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString error;
        const auto record =
            SessionRecord::fromJson(QJsonDocument::fromJson(f.readAll()).object(), &error);
        QVERIFY2(record, qPrintable(name + QStringLiteral(": ") + error));
        SendController::Outcome outcome;
        outcome.mode = SendController::Mode::TestConnection;
        outcome.ok = !record->error.isError();
        outcome.error = record->error;
        outcome.record = *record;
        w.banner()->showMessage(MessageBanner::Kind::Error, QStringLiteral("failed"));
        doctor->present(outcome, QSslConfiguration::defaultConfiguration());
        const QList<Finding> expected = Doctor::diagnose(*record);
        QCOMPARE(doctor->findings().size(), expected.size());
        if (expected.isEmpty()) {
            QVERIFY2(v->title().isEmpty(), qPrintable(name));
            continue;
        }
        const Finding &primary = expected.first();
        shown.insert(primary.id);
        QCOMPARE(doctor->findings().first().id, primary.id);
        QVERIFY2(v->isVisible(), qPrintable(name));
        QCOMPARE(v->title(), DiagnosisView::tr("Diagnosis: %1").arg(primary.title));
        QCOMPARE(v->fix(), DiagnosisView::tr("Fix: %1").arg(primary.fix));
        if (language == QLatin1String("pl"))
            QVERIFY2(v->title().startsWith(QStringLiteral("Diagnoza: ")) &&
                         v->fix().startsWith(QStringLiteral("Rozwiązanie: ")),
                     qPrintable(name + QStringLiteral(": ") + v->title()));
        const QString label = ProfileRetry::label(primary.retry, profile);
        QCOMPARE(v->retryButton()->isVisibleTo(v), !label.isEmpty());
        QCOMPARE(v->retryButton()->text(), label);
        for (const Finding &other : expected)
            QVERIFY2(v->detailsText().contains(other.title), qPrintable(name));
    }
    QVERIFY2(shown.size() > 15, qPrintable(QStringList(shown.values()).join(QLatin1Char(' '))));
}

QTEST_MAIN(DoctorTest)
#include "tst_doctor.moc"
