// Issue 15, part 3 ("Nothing lost in a crash"): the real `postel` (offscreen, in a HOME of its
// own) sends to a scripted peer that stalls at a chosen point; the test kills it with SIGKILL
// there, then builds the window the way main() does on the same folders and checks what the
// next start offers: the message back, and the outcome of that send said as it is.
#include "common/DraftStore.h"
#include "common/MessageBanner.h"
#include "common/SendJournal.h"
#include "composer/AddressField.h"
#include "composer/ComposerWidget.h"
#include "i18n/Languages.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Services.h"
#include "mainwindow/UnknownOutcomeNotice.h"
#include "profiles/ProfileStore.h"
#include "recipients/RecipientsPanel.h"

#include "ScriptedPeer.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QtTest>

#include <functional>
#include <unistd.h>

using namespace postel;

namespace {

// The scripted peer's part before it goes silent, and where it does: a server that answers
// EHLO, MAIL, RCPT and DATA, then never answers again (W: waits far longer than the test).
const QString Greeting = QStringLiteral("S: 220 peer.test ESMTP stalling peer\n"
                                        "C: EHLO client.example\n"
                                        "S: 250-peer.test\n"
                                        "S: 250 8BITMIME\n"
                                        "C: MAIL FROM:<alice@example.org>*\n"
                                        "S: 250 2.1.0 Sender ok\n"
                                        "C: RCPT TO:<bob@example.com>*\n"
                                        "S: 250 2.1.5 Recipient ok\n"
                                        "C: RCPT TO:<dave@example.com>*\n");
const QString Silence = QStringLiteral("W: 600000\n");
const QString ToTheDot = QStringLiteral("S: 250 2.1.5 Recipient ok\n"
                                        "C: RCPT TO:<carol@example.com>*\n"
                                        "S: 250 2.1.5 Recipient ok\n"
                                        "C: DATA\n"
                                        // An ESC: the notice must show it escaped.
                                        "S: 354 Go ahead \x1b[1mnow\n"
                                        "D:\n");

// A peer that takes the message ("250 queued") and then never answers QUIT. It holds its
// end of the connection through Postel's half-close after QUIT, which a QTcpSocket (and so
// ScriptedPeer) cannot: on end of input it closes, and Postel would finish the send.
class HoldingPeer : public QTcpServer
{
public:
    ~HoldingPeer() override
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    QByteArray message() const { return m_message; }
    bool gotQuit() const { return m_quit; }

protected:
    void incomingConnection(qintptr fd) override
    {
        m_fd = int(fd);
        say("220 peer.test ESMTP holding peer");
        auto *notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, [this, notifier] {
            char buffer[4096];
            const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
            if (n <= 0) {
                notifier->setEnabled(false); // end of input: keep the connection, say nothing
                return;
            }
            m_buffer.append(buffer, n);
            answer();
        });
    }

private:
    void say(const QByteArray &reply)
    {
        const QByteArray wire = reply + "\r\n";
        QVERIFY(::write(m_fd, wire.constData(), size_t(wire.size())) == wire.size());
    }
    void answer()
    {
        for (;;) {
            if (m_inData) {
                const qsizetype end = m_buffer.indexOf("\r\n.\r\n");
                if (end < 0)
                    return;
                m_message = m_buffer.left(end + 2);
                m_buffer.remove(0, end + 5);
                m_inData = false;
                say("250 2.0.0 Ok: queued as 4XyZ");
                continue;
            }
            const qsizetype eol = m_buffer.indexOf("\r\n");
            if (eol < 0)
                return;
            const QByteArray verb = m_buffer.left(4).toUpper();
            m_buffer.remove(0, eol + 2);
            if (verb == "EHLO") {
                say("250-peer.test\r\n250 8BITMIME");
            } else if (verb == "DATA") {
                say("354 Go ahead");
                m_inData = true;
            } else if (verb == "QUIT") {
                m_quit = true; // and never a word more
            } else {
                say("250 Ok");
            }
        }
    }

    int m_fd = -1;
    QByteArray m_buffer;
    QByteArray m_message;
    bool m_inData = false;
    bool m_quit = false;
};

} // namespace

class SendCrashTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void killedAfterTheFinalDot();
    void killedBeforeTheMessageWentOut();
    void killedAfterDeliveryOffersNothing();
    void aLostLogClaimsNothing();
    void connectionLostAfterTheFinalDot();
    void cancelledAfterTheFinalDot();
    void closedAfterTheFinalDot();
    void killedInTheSecondTransaction();

private:
    // The profile and the draft the killed Postel starts with, in the folders it reads.
    void prepare(quint16 port);
    // Starts `postel --send-on-start`, waits until `there`, kills it (SIGKILL).
    void sendAndKill(const std::function<bool()> &there,
                     const std::function<QStringList()> &failures = {});
    // In this process: sends from `w` to `peer`; `atTheDot` runs once the peer has the whole
    // message. Returns the notice's text once the send is over.
    QString sendHere(MainWindow &w, ScriptedPeer &peer, const std::function<void()> &atTheDot);
};

void SendCrashTest::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(POSTEL_GUI)), POSTEL_GUI);
    // main() set these before the application existed: this process and the killed Postel
    // read the same settings and drafts, and nothing of the user's.
    QVERIFY(QDir::homePath().startsWith(QDir::tempPath()));
    QVERIFY(DraftStore::directory().startsWith(QDir::tempPath()));
    QCOMPARE(Languages::install(QCoreApplication::instance(), QStringLiteral("en")),
             QStringLiteral("en"));
}

void SendCrashTest::init()
{
    QSettings s;
    s.clear();
    s.setValue(QStringLiteral("sandbox/autostart"), false);
    s.setValue(QStringLiteral("language"), QStringLiteral("en"));
    s.sync();
    QDir(DraftStore::directory()).removeRecursively();
}

void SendCrashTest::prepare(quint16 port)
{
    {
        ProfileStore profiles;
        ServerProfile p;
        p.name = QStringLiteral("Stalling peer");
        p.host = QStringLiteral("127.0.0.1");
        p.port = port;
        p.security = SmtpSession::Security::None;
        p.heloName = QStringLiteral("client.example");
        p.timeoutSeconds = 300; // killed long before
        p.id = profiles.save(p);
        profiles.setCurrentId(p.id);
    }
    QSettings().sync();
    MailMessage m;
    m.setFrom({{QStringLiteral("Alice"), QStringLiteral("alice@example.org")}});
    m.setTo({{QString(), QStringLiteral("bob@example.com")},
             {QString(), QStringLiteral("dave@example.com")}});
    m.setCc({{QStringLiteral("Carol"), QStringLiteral("carol@example.com")}});
    m.setSubject(QStringLiteral("Zażółć gęślą jaźń"));
    m.setTextBody(QStringLiteral("Nothing is lost,\nnot even in a crash.\n"));
    QString error;
    QVERIFY2(DraftStore::save(m, false, &error), qPrintable(error));
}

void SendCrashTest::sendAndKill(const std::function<bool()> &there,
                                const std::function<QStringList()> &failures)
{
    QProcess postel;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    postel.setProcessEnvironment(env);
    postel.setProcessChannelMode(QProcess::MergedChannels);
    postel.start(QStringLiteral(POSTEL_GUI), {QStringLiteral("--send-on-start")});
    QVERIFY2(postel.waitForStarted(), qPrintable(postel.errorString()));
    auto failed = [&failures] { return failures ? failures() : QStringList(); };
    QTRY_VERIFY2_WITH_TIMEOUT(there() || postel.state() == QProcess::NotRunning ||
                                  !failed().isEmpty(),
                              "the peer never got that far", 60000);
    QVERIFY2(failed().isEmpty(), qPrintable(failed().join(u'\n')));
    QVERIFY2(postel.state() == QProcess::Running, postel.readAll().constData());
    QTest::qWait(100); // whatever Postel would do next, it has had the time to
    QVERIFY(failed().isEmpty());
    postel.kill(); // SIGKILL: no clean-up of any kind
    QVERIFY(postel.waitForFinished(10000));
    QCOMPARE(postel.exitStatus(), QProcess::CrashExit);
}

// The whole message reached the server, which never answered the final dot: the next start
// has the message back and says that it may have been delivered, and how far it got.
void SendCrashTest::killedAfterTheFinalDot()
{
    ScriptedPeer peer;
    QVERIFY(peer.setScriptText(Greeting + ToTheDot + Silence));
    QVERIFY(peer.start());
    prepare(peer.port());
    if (QTest::currentTestFailed())
        return;
    sendAndKill([&peer] { return !peer.dataBodies().isEmpty(); },
                [&peer] { return peer.failures(); });
    if (QTest::currentTestFailed())
        return;
    const QByteArray sent = peer.dataBodies().value(0);
    QVERIFY(sent.contains("not even in a crash."));
    const QRegularExpression idLine(QStringLiteral("Message-ID: <([^>]+)>"),
                                    QRegularExpression::CaseInsensitiveOption);
    const QString messageId = idLine.match(QString::fromUtf8(sent)).captured(1);
    QVERIFY(!messageId.isEmpty());

    Services services;
    MainWindow w(&services);
    ComposerWidget *c = w.composer();
    QCOMPARE(c->subjectField()->text(), QStringLiteral("Zażółć gęślą jaźń"));
    QCOMPARE(c->bodyEdit()->toPlainText(),
             QStringLiteral("Nothing is lost,\nnot even in a crash.\n"));
    QCOMPARE(c->toField()->addresses().size(), 2);
    QCOMPARE(c->toField()->addresses().at(1).address, QStringLiteral("dave@example.com"));
    QCOMPARE(c->ccField()->addresses().at(0).address, QStringLiteral("carol@example.com"));
    UnknownOutcomeNotice *notice = w.unknownOutcomeNotice();
    QVERIFY(!notice->isHidden());
    const QString text = notice->text();
    qInfo().noquote() << text;
    for (const QString &said :
         {QStringLiteral("The outcome of that send is unknown: it may have been delivered."),
          QStringLiteral("through Stalling peer (127.0.0.1:%1)").arg(peer.port()),
          QStringLiteral("The send started on "),
          QStringLiteral("How far it got: the whole message sent (DATA's final dot), waiting "
                         "for the server's reply."),
          // The server's last reply, verbatim, its ESC made visible.
          QStringLiteral("The server's last reply: “354 Go ahead \\x1b[1mnow”"),
          // The very message that went out: the Message-ID the server got.
          QStringLiteral("Message-ID <%1>").arg(messageId)})
        QVERIFY2(text.contains(said),
                 qPrintable(QStringLiteral("missing “%1” in:\n%2").arg(said, text)));
    QVERIFY(!text.contains(QChar(0x1b)));
    QVERIFY(!text.contains(QStringLiteral("changed while")));
    // The message is the draft again (a second crash loses nothing either); kept, the
    // journal goes and the message stays.
    QCOMPARE(DraftStore::load()->subject(), QStringLiteral("Zażółć gęślą jaźń"));
    QVERIFY(QFile::exists(SendJournal::messagePath()));
    notice->keepButton()->click();
    QVERIFY(notice->isHidden());
    QVERIFY(!QFile::exists(SendJournal::messagePath()));
    QVERIFY(!QFile::exists(SendJournal::logPath()));
    QCOMPARE(c->subjectField()->text(), QStringLiteral("Zażółć gęślą jaźń"));
    c->setModified(false);
}

// Killed while the server sat on the second RCPT: nothing of the message went out, and the
// next start says it was not delivered (and how far it got), with a choice to discard it.
void SendCrashTest::killedBeforeTheMessageWentOut()
{
    ScriptedPeer peer;
    QVERIFY(peer.setScriptText(Greeting + Silence));
    QVERIFY(peer.start());
    prepare(peer.port());
    if (QTest::currentTestFailed())
        return;
    // EHLO MAIL RCPT RCPT
    sendAndKill([&peer] { return peer.received().size() == 4; },
                [&peer] { return peer.failures(); });
    if (QTest::currentTestFailed())
        return;
    QVERIFY(peer.dataBodies().isEmpty());

    Services services;
    MainWindow w(&services);
    QCOMPARE(w.composer()->subjectField()->text(), QStringLiteral("Zażółć gęślą jaźń"));
    UnknownOutcomeNotice *notice = w.unknownOutcomeNotice();
    QVERIFY(!notice->isHidden());
    const QString text = notice->text();
    qInfo().noquote() << text;
    QVERIFY2(text.contains(QStringLiteral("before the message itself went out: it was not "
                                          "delivered.")) &&
                 text.contains(QStringLiteral("How far it got: RCPT accepted for 1 of 3 "
                                              "recipients.")) &&
                 text.contains(QStringLiteral("“250 2.1.5 Recipient ok”")) &&
                 !text.contains(QStringLiteral("may have been delivered")),
             qPrintable(text));
    notice->discardButton()->click();
    QVERIFY(notice->isHidden());
    QVERIFY(w.composer()->subjectField()->text().isEmpty());
    QVERIFY(!QFile::exists(SendJournal::messagePath()));
    QVERIFY(!QFile::exists(DraftStore::currentDraftPath()));
}

// The server took the message ("250 queued") and Postel was killed while it said QUIT: the
// send is over, so the next start offers nothing back, neither as unknown nor as unsent.
void SendCrashTest::killedAfterDeliveryOffersNothing()
{
    HoldingPeer peer;
    QVERIFY(peer.listen(QHostAddress::LocalHost));
    prepare(peer.serverPort());
    if (QTest::currentTestFailed())
        return;
    sendAndKill([&peer] { return peer.gotQuit(); });
    if (QTest::currentTestFailed())
        return;
    QVERIFY(peer.message().contains("not even in a crash."));

    QVERIFY(!QFile::exists(SendJournal::messagePath()));
    QVERIFY(!QFile::exists(DraftStore::currentDraftPath()));
    Services services;
    MainWindow w(&services);
    QVERIFY(w.unknownOutcomeNotice()->isHidden());
    QVERIFY(w.composer()->subjectField()->text().isEmpty());
    QVERIFY(w.banner()->isHidden());
}

// A journal whose log is gone (it could not be written: the disk was full) must not claim
// that the message was not delivered.
void SendCrashTest::aLostLogClaimsNothing()
{
    {
        SmtpSession session;
        SendJournal journal(&session);
        MailMessage m;
        m.setFrom({{QString(), QStringLiteral("alice@example.org")}});
        m.setTo({{QString(), QStringLiteral("bob@example.com")}});
        m.setSubject(QStringLiteral("Lost log"));
        m.ensureDateAndMessageId();
        QString error;
        QVERIFY2(journal.begin(m, false, QStringLiteral("Somewhere"), &error), qPrintable(error));
        QVERIFY(QFile::exists(SendJournal::logPath()));
        QVERIFY(SendJournal::leftOver()->stepKnown);
        QVERIFY(QFile::remove(SendJournal::logPath()));
    } // as after kill -9: the journal never ended
    Services services;
    MainWindow w(&services);
    QCOMPARE(w.composer()->subjectField()->text(), QStringLiteral("Lost log"));
    const QString text = w.unknownOutcomeNotice()->text();
    QVERIFY2(text.contains(QStringLiteral("it may have been delivered")) &&
                 text.contains(QStringLiteral("How far it got is not known")) &&
                 !text.contains(QStringLiteral("not delivered")),
             qPrintable(text));
    w.composer()->setModified(false);
}

QString SendCrashTest::sendHere(MainWindow &w, ScriptedPeer &peer,
                                const std::function<void()> &atTheDot)
{
    QSignalSpy finished(&w, &MainWindow::sendFinished);
    w.send();
    if (atTheDot) {
        (void)QTest::qWaitFor([&] { return !peer.dataBodies().isEmpty() || !finished.isEmpty(); },
                              20000);
        if (peer.dataBodies().isEmpty() || !finished.isEmpty())
            return QStringLiteral("(the send ended before the final dot, or never got there)");
        atTheDot();
    }
    if (finished.isEmpty() && !finished.wait(20000))
        return QStringLiteral("(the send never ended)");
    const QString text = w.unknownOutcomeNotice()->isHidden()
                             ? QStringLiteral("(no notice; status: %1)").arg(w.statusText())
                             : w.unknownOutcomeNotice()->text();
    qInfo().noquote() << text;
    return text;
}

namespace {
// What the window must say when the whole message went out and no reply came, and that the
// message and the journal are kept (for the next start too), the draft not marked sent.
void checkUnknown(MainWindow &w, const QString &text, const QString &how)
{
    const QRegularExpression idLine(QStringLiteral("Message-ID <[^>]+>"));
    for (const QString &said :
         {how, QStringLiteral("The outcome of that send is unknown: it may have been delivered."),
          QStringLiteral("How far it got: the whole message sent (DATA's final dot)"),
          QStringLiteral("sending it again may deliver it twice.")})
        QVERIFY2(text.contains(said),
                 qPrintable(QStringLiteral("missing “%1” in:\n%2").arg(said, text)));
    QVERIFY2(idLine.match(text).hasMatch(), qPrintable(text));
    QVERIFY2(w.statusText().contains(QStringLiteral("Outcome unknown")),
             qPrintable(w.statusText()));
    QVERIFY(w.banner()->isHidden()); // no "Not sent", no retry offered
    QVERIFY(QFile::exists(SendJournal::messagePath()));
    QVERIFY(QFile::exists(DraftStore::currentDraftPath()));
    QCOMPARE(w.composer()->subjectField()->text(), QStringLiteral("Zażółć gęślą jaźń"));
    // The Recipients panel shows the RCPT answers, and does not let "Accepted" pass for
    // "delivered".
    auto *panel = w.findChild<RecipientsPanel *>();
    QVERIFY(panel);
    bool said = false;
    for (const QLabel *l : panel->findChildren<QLabel *>())
        said = said || l->text().contains(QStringLiteral("Whether the message reached the "
                                                         "accepted recipients is unknown"));
    QVERIFY(said);
}
} // namespace

// The server closes the connection right after the final dot: the window says the outcome
// is unknown (not "Not sent", no retry), keeps the message and the journal.
void SendCrashTest::connectionLostAfterTheFinalDot()
{
    ScriptedPeer peer;
    QVERIFY(peer.setScriptText(Greeting + ToTheDot + QStringLiteral("X:\n")));
    QVERIFY(peer.start());
    prepare(peer.port());
    Services services;
    MainWindow w(&services);
    w.show();
    const QString text = sendHere(w, peer, {});
    if (QTest::currentTestFailed())
        return;
    checkUnknown(w, text,
                 QStringLiteral("The connection to Stalling peer (127.0.0.1:%1) was lost after "
                                "the whole message went out, before the server confirmed it.")
                     .arg(peer.port()));
    w.composer()->setModified(false);
}

// Cancel after the final dot: not "Cancelled", the outcome is unknown.
void SendCrashTest::cancelledAfterTheFinalDot()
{
    ScriptedPeer peer;
    QVERIFY(peer.setScriptText(Greeting + ToTheDot + Silence));
    QVERIFY(peer.start());
    prepare(peer.port());
    Services services;
    MainWindow w(&services);
    w.show();
    const QString text = sendHere(w, peer, [&w] { w.cancel(); });
    if (QTest::currentTestFailed())
        return;
    checkUnknown(w, text,
                 QStringLiteral("was stopped (cancelled, or Postel was closed) after the "
                                "whole message went out"));
    w.composer()->setModified(false);
}

// The window closed after the final dot: the journal stays, and the next start says the
// outcome is unknown.
void SendCrashTest::closedAfterTheFinalDot()
{
    ScriptedPeer peer;
    QVERIFY(peer.setScriptText(Greeting + ToTheDot + Silence));
    QVERIFY(peer.start());
    prepare(peer.port());
    {
        Services services;
        MainWindow w(&services);
        w.show();
        w.composer()->setModified(false);
        QSignalSpy finished(&w, &MainWindow::sendFinished);
        w.send();
        QTRY_VERIFY_WITH_TIMEOUT(!peer.dataBodies().isEmpty() || !finished.isEmpty(), 20000);
        QVERIFY(finished.isEmpty());
        QVERIFY(w.close());
        QTest::qWait(200); // whatever the cancel that closing makes still has to report
    }
    QVERIFY(QFile::exists(SendJournal::messagePath()));
    Services services;
    MainWindow w(&services);
    QVERIFY(!w.unknownOutcomeNotice()->isHidden());
    const QString text = w.unknownOutcomeNotice()->text();
    qInfo().noquote() << text;
    QVERIFY2(text.contains(QStringLiteral("was stopped (cancelled, or Postel was closed)")) &&
                 text.contains(QStringLiteral("it may have been delivered")),
             qPrintable(text));
    QCOMPARE(w.composer()->subjectField()->text(), QStringLiteral("Zażółć gęślą jaźń"));
    w.composer()->setModified(false);
}

// 452 4.5.3: the server took bob in the first transaction, dave and carol go in a second on
// the same connection; killed after the second final dot, the next start says bob has it and
// the others' outcome is unknown.
void SendCrashTest::killedInTheSecondTransaction()
{
    const QString script = QStringLiteral("S: 220 peer.test ESMTP splitting peer\n"
                                          "C: EHLO client.example\n"
                                          "S: 250-peer.test\n"
                                          "S: 250 8BITMIME\n"
                                          "C: MAIL FROM:<alice@example.org>*\n"
                                          "S: 250 2.1.0 Sender ok\n"
                                          "C: RCPT TO:<bob@example.com>*\n"
                                          "S: 250 2.1.5 Recipient ok\n"
                                          "C: RCPT TO:<dave@example.com>*\n"
                                          "S: 452 4.5.3 Too many recipients\n"
                                          "C: RCPT TO:<carol@example.com>*\n"
                                          "S: 452 4.5.3 Too many recipients\n"
                                          "C: DATA\n"
                                          "S: 354 Go ahead\n"
                                          "D:\n"
                                          "S: 250 2.0.0 queued as A\n"
                                          "C: MAIL FROM:<alice@example.org>*\n"
                                          "S: 250 2.1.0 Sender ok\n"
                                          "C: RCPT TO:<dave@example.com>*\n"
                                          "S: 250 2.1.5 Recipient ok\n"
                                          "C: RCPT TO:<carol@example.com>*\n"
                                          "S: 250 2.1.5 Recipient ok\n"
                                          "C: DATA\n"
                                          "S: 354 Go ahead\n"
                                          "D:\n") +
                           Silence;
    ScriptedPeer peer;
    QVERIFY(peer.setScriptText(script));
    QVERIFY(peer.start());
    prepare(peer.port());
    if (QTest::currentTestFailed())
        return;
    sendAndKill([&peer] { return peer.dataBodies().size() == 2; },
                [&peer] { return peer.failures(); });
    if (QTest::currentTestFailed())
        return;
    Services services;
    MainWindow w(&services);
    QCOMPARE(w.composer()->subjectField()->text(), QStringLiteral("Zażółć gęślą jaźń"));
    UnknownOutcomeNotice *notice = w.unknownOutcomeNotice();
    QVERIFY(!notice->isHidden());
    const QString text = notice->text();
    qInfo().noquote() << text;
    for (const QString &said :
         {QStringLiteral("The outcome of that send is unknown: it may have been delivered."),
          QStringLiteral("Already delivered to bob@example.com (the server accepted it for them "
                         "in an earlier transaction of this send). Unknown for dave@example.com, "
                         "carol@example.com."),
          QStringLiteral("If you send it again, leave out bob@example.com: they have it already.")})
        QVERIFY2(text.contains(said),
                 qPrintable(QStringLiteral("missing “%1” in:\n%2").arg(said, text)));
    w.composer()->setModified(false);
}

int main(int argc, char **argv)
{
    // Before the application: Qt reads these once. The killed Postel inherits them.
    QTemporaryDir home(QDir::tempPath() + QStringLiteral("/postel-sendcrash-XXXXXX"));
    if (!home.isValid())
        return 2;
    const QByteArray root = home.path().toLocal8Bit();
    qputenv("HOME", root);
    qputenv("XDG_CONFIG_HOME", root + "/config");
    qputenv("XDG_DATA_HOME", root + "/data");
    qputenv("XDG_CACHE_HOME", root + "/cache");
    qputenv("XDG_STATE_HOME", root + "/state");
    qputenv("XDG_RUNTIME_DIR", root + "/runtime");
    QDir().mkpath(home.filePath(QStringLiteral("runtime")));
    QFile::setPermissions(home.filePath(QStringLiteral("runtime")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("POSTEL_KEYCHAIN", "off");
    qputenv("LANGUAGE", "en");
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Postel"));
    QApplication::setApplicationName(QStringLiteral("Postel"));
    SendCrashTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sendcrash.moc"
