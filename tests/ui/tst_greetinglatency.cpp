// Issue 13, item 1: the greeting's time in the GUI is the server's delay, measured from the
// connection, never the time since the window opened or since the previous attempt. The
// sandbox waits before its greeting (a "delay" fault at the Connect step).
#include "common/DraftStore.h"
#include "i18n/Languages.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Services.h"
#include "profiles/ProfileStore.h"
#include "smtp/SmtpSession.h"
#include "transcript/TranscriptFormat.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptPanel.h"

#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace postel;

class GreetingLatencyTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void greetingShowsTheServersDelay();
};

void GreetingLatencyTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PostelTest"));
    QCoreApplication::setApplicationName(QStringLiteral("PostelUiLatencyTest"));
    QCOMPARE(Languages::install(QCoreApplication::instance(), QStringLiteral("en")),
             QStringLiteral("en"));
    QSettings s;
    s.clear();
    s.setValue(QStringLiteral("sandbox/autostart"), false);
    s.sync();
    DraftStore::discard();
}

void GreetingLatencyTest::greetingShowsTheServersDelay()
{
    constexpr int delayMs = 1500; // the sandbox's pause before "220"
    constexpr int idleMs = 3000;  // the window sits idle this long before each attempt

    Services services;
    SandboxHost::Options options = Services::sandboxOptions();
    options.port = 0;
    SandboxFault slowGreeting;
    slowGreeting.step = SandboxStep::Connect;
    slowGreeting.action = SandboxFault::Action::Delay;
    slowGreeting.delayMs = delayMs;
    options.behaviour.faults = {slowGreeting};
    services.startSandbox(options);
    QVERIFY(services.sandbox() && services.sandbox()->isListening());
    // Clients wait for the certificate in the backlog: that wait is not the server's delay.
    QTRY_VERIFY_WITH_TIMEOUT(services.sandbox()->isCertificateReady(), 60000);
    QVERIFY(!services.sandbox()->certificateError().isError());

    MainWindow w(&services);
    w.show();
    w.profileStore()->setCurrentId(QStringLiteral("sandbox"));
    QCOMPARE(w.profileStore()->current().port, services.sandbox()->port());

    QList<TranscriptEntry> greetings; // what the session measured
    connect(w.session(), &SmtpSession::entry, this, [&greetings](const TranscriptEntry &e) {
        if (e.isReply() && e.code == 220 && e.verb.isEmpty())
            greetings.append(e);
    });
    QSignalSpy finished(&w, &MainWindow::sendFinished);
    TranscriptModel *model = w.transcriptPanel()->model();

    for (int attempt = 1; attempt <= 2; ++attempt) {
        QTest::qWait(idleMs);
        w.testConnection();
        QVERIFY(finished.wait(30000));
        const auto outcome = finished.takeFirst().first().value<SendController::Outcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.error.describe()));
        QCOMPARE(greetings.size(), attempt);
        const qint64 measured = greetings.last().elapsedMs;
        QVERIFY2(measured >= delayMs && measured < delayMs + idleMs,
                 qPrintable(QString::number(measured)));

        // The panel's 220 line shows the entry's own number, not a clock of its own.
        model->flush();
        int row = -1;
        for (int r = model->rowCount() - 1; r >= 0 && row < 0; --r) {
            const QModelIndex i = model->index(r);
            if (i.data(TranscriptModel::CodeRole).toInt() == 220 &&
                i.data(TranscriptModel::VerbRole).toByteArray().isEmpty() &&
                i.data(TranscriptModel::ElapsedRole).toLongLong() >= 0)
                row = r;
        }
        QVERIFY(row >= 0);
        const QModelIndex line = model->index(row);
        QCOMPARE(line.data(TranscriptModel::ElapsedRole).toLongLong(), measured);
        QVERIFY(line.data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(TranscriptFormat::elapsedText(measured)));
        QVERIFY(model->toText().contains(TranscriptFormat::elapsedText(measured)));
    }
}

QTEST_MAIN(GreetingLatencyTest)
#include "tst_greetinglatency.moc"
