// Issue 13, items 4 and 6: the Server panel shows one attempt only, the capabilities before
// and after STARTTLS side by side, room for many extensions; after a refused certificate
// the chain the server showed, and once trusted, the transcript and the panel say so.
#include "common/CertificateDialog.h"
#include "common/DraftStore.h"
#include "i18n/Languages.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Services.h"
#include "profiles/ProfileStore.h"
#include "server/ServerPanel.h"
#include "transcript/Transcript.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QtTest>

using namespace postel;

class ServerPanelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void capabilitiesSideBySideAndClearedAtEachAttempt();
    void refusedChainShownThenTrusted();

private:
    void start(Services &services);
    SendController::Outcome runAndWait(MainWindow &w);
};

void ServerPanelTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PostelTest"));
    QCoreApplication::setApplicationName(QStringLiteral("PostelUiServerPanelTest"));
    QCOMPARE(Languages::install(QCoreApplication::instance(), QStringLiteral("en")),
             QStringLiteral("en"));
}

void ServerPanelTest::init()
{
    QSettings s;
    s.clear();
    s.setValue(QStringLiteral("sandbox/autostart"), false);
    s.sync();
    DraftStore::discard();
}

void ServerPanelTest::start(Services &services)
{
    SandboxHost::Options options = Services::sandboxOptions();
    options.port = 0;
    services.startSandbox(options);
    QVERIFY(services.sandbox() && services.sandbox()->isListening());
    QTRY_VERIFY_WITH_TIMEOUT(services.sandbox()->isCertificateReady(), 60000);
    services.profiles()->setCurrentId(QStringLiteral("sandbox"));
}

SendController::Outcome ServerPanelTest::runAndWait(MainWindow &w)
{
    QSignalSpy finished(&w, &MainWindow::sendFinished);
    w.testConnection();
    if (!finished.wait(30000))
        return SendController::Outcome();
    return finished.first().first().value<SendController::Outcome>();
}

void ServerPanelTest::capabilitiesSideBySideAndClearedAtEachAttempt()
{
    Services services;
    start(services);
    MainWindow w(&services);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const auto ok = runAndWait(w);
    QVERIFY2(ok.ok, qPrintable(ok.error.describe()));

    QTableWidget *caps = w.serverPanel()->capabilitiesTable();
    QCOMPARE(caps->columnCount(), 4);
    QCOMPARE(caps->horizontalHeaderItem(1)->text(), QStringLiteral("Before STARTTLS"));
    QCOMPARE(caps->horizontalHeaderItem(2)->text(), QStringLiteral("After STARTTLS"));
    int startTls = -1, size = -1;
    for (int r = 0; r < caps->rowCount(); ++r) {
        if (caps->item(r, 0)->text() == QLatin1String("STARTTLS"))
            startTls = r;
        if (caps->item(r, 0)->text() == QLatin1String("SIZE"))
            size = r;
    }
    QVERIFY(startTls >= 0 && size >= 0);
    QCOMPARE(caps->item(startTls, 1)->text(), QStringLiteral("✔")); // offered in clear
    QCOMPARE(caps->item(startTls, 2)->text(), QStringLiteral("—")); // not again over TLS
    QCOMPARE(caps->item(size, 2)->text(), QString::number(25 * 1024 * 1024));
    // Room for more than four extensions: eight rows are visible without scrolling.
    QVERIFY(caps->rowCount() > 4);
    QTRY_VERIFY(w.serverPanel()->tabs()->currentWidget() == caps);
    const int rowsShown = caps->viewport()->height() / qMax(1, caps->rowHeight(0));
    QVERIFY2(rowsShown >= qMin(8, caps->rowCount()),
             qPrintable(QStringLiteral("%1 rows visible").arg(rowsShown)));

    // A failed attempt elsewhere: nothing of the sandbox is left in the panel.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    ServerProfile dead;
    dead.name = QStringLiteral("nowhere");
    dead.host = QStringLiteral("127.0.0.1");
    dead.port = probe.serverPort();
    probe.close();
    dead.security = SmtpSession::Security::None;
    dead.timeoutSeconds = 5;
    dead.id = w.profileStore()->save(dead);
    w.profileStore()->setCurrentId(dead.id);
    const auto failed = runAndWait(w);
    QVERIFY(!failed.ok);
    QCOMPARE(caps->rowCount(), 0);
    QCOMPARE(caps->columnCount(), 3);
    const QString panelText = [&] {
        QStringList t;
        for (const QLabel *l : w.serverPanel()->findChildren<QLabel *>())
            t.append(l->text());
        return t.join(QLatin1Char('\n'));
    }();
    QVERIFY2(!panelText.contains(QStringLiteral("25.00 MiB")), qPrintable(panelText));
    QVERIFY2(!w.serverPanel()->tlsText().contains(QStringLiteral("TLSv")),
             qPrintable(w.serverPanel()->tlsText()));
    QCOMPARE(w.serverPanel()->chainLength(), 0);
}

void ServerPanelTest::refusedChainShownThenTrusted()
{
    Services services;
    start(services);
    ServerProfile p = services.profiles()->current();
    p.id.clear();
    p.name = QStringLiteral("sandbox without its CA");
    p.caFile.clear(); // the system's CAs do not know the sandbox's certificate
    p.id = services.profiles()->save(p);
    services.profiles()->setCurrentId(p.id);
    MainWindow w(&services);
    w.show();

    const auto refused = runAndWait(w);
    QVERIFY(!refused.ok);
    QCOMPARE(refused.error.kind, ErrorKind::Tls);
    // The chain the server showed, on its tab, and why it was refused.
    QVERIFY(w.serverPanel()->chainLength() >= 1);
    QCOMPARE(w.serverPanel()->tabs()->currentIndex(), 1);
    QVERIFY2(w.serverPanel()->tlsText().contains(QStringLiteral("refused")),
             qPrintable(w.serverPanel()->tlsText()));

    CertificateDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.findChild<CertificateDialog *>()) != nullptr);
    QSignalSpy finished(&w, &MainWindow::sendFinished);
    dialog->findChild<QPushButton *>(QStringLiteral("trustButton"))->click();
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.first().first().value<SendController::Outcome>().ok);

    const QString fingerprint = QString::fromLatin1(
        refused.untrustedCertificate.digest(QCryptographicHash::Sha256).toHex(':'));
    bool said = false;
    for (const TranscriptEntry &e : services.transcript()->entries()) {
        if (e.direction != TranscriptEntry::TlsStart)
            continue;
        const QString text = QString::fromUtf8(e.bytes);
        QVERIFY2(!text.contains(QStringLiteral("NOT verified")), qPrintable(text));
        said = said || text.contains(QStringLiteral("not verified by a CA — trusted by you for "
                                                    "this profile (SHA-256 %1)")
                                         .arg(fingerprint));
    }
    QVERIFY(said);
    const QString tls = w.serverPanel()->tlsText();
    QVERIFY2(tls.contains(QStringLiteral("trusted by you for this profile")), qPrintable(tls));
    QVERIFY2(!tls.contains(QStringLiteral("NOT verified")), qPrintable(tls));
}

QTEST_MAIN(ServerPanelTest)
#include "tst_serverpanel.moc"
