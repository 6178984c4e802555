// Conversation (core/conversation), the driver behind the desktop app's Send and postel-cli,
// against the scripted peer: the steps in order, where it stops, what it collects, and that
// it says QUIT whenever the connection still stands (not after a cancel or inside DATA).
#include "SessionTestUtil.h"
#include "conversation/Conversation.h"

#include <QTimer>

using namespace postel;
using Step = Conversation::Step;

namespace {
const QString From = QStringLiteral("alice@example.org");
const QString Bob = QStringLiteral("bob@example.net");
const QString Nobody = QStringLiteral("nobody@example.net");

// A scripted peer, a session and the conversation under test.
struct Fixture
{
    ScriptedPeer peer;
    SmtpSession session;
    Conversation c{&session};
    QList<Step> steps; // the steps started, in order

    Fixture()
    {
        prepareSession(session);
        QObject::connect(&c, &Conversation::stepStarted, &c,
                         [this](Step step) { steps.append(step); });
    }
    // Plays the greeting, EHLO and then `script` against `plan`, until finished().
    bool run(const QString &script, Conversation::Plan plan)
    {
        if (!peer.setScriptText(
                QStringLiteral("@include parts/greeting\n@include parts/ehlo-basic\n") + script) ||
            !peer.start())
            return false;
        plan.host = QStringLiteral("127.0.0.1");
        plan.port = peer.port();
        QSignalSpy finished(&c, &Conversation::finished);
        c.start(plan);
        return finished.wait(10000) && finished.size() == 1;
    }
};

Conversation::Plan envelope(const QStringList &to, Conversation::Stage stopAfter)
{
    Conversation::Plan plan;
    plan.from = From;
    plan.to = to;
    plan.stopAfter = stopAfter;
    return plan;
}
} // namespace

class TestConversation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sendCollectsRecipientsAndQuits()
    {
        Fixture f;
        Conversation::Plan plan = envelope({Bob, Nobody}, Conversation::Stage::End);
        plan.bytes = QByteArray("Subject: hi\r\n\r\nHello\r\n");
        QVERIFY(f.run(QStringLiteral("C: MAIL FROM:<alice@example.org> SIZE=*\n"
                                     "S: 250 ok\n"
                                     "C: RCPT TO:<bob@example.net>\n"
                                     "S: 250 2.1.5 bob ok\n"
                                     "C: RCPT TO:<nobody@example.net>\n"
                                     "S: 550 5.1.1 unknown\n"
                                     "C: DATA\n"
                                     "S: 354 go ahead\n"
                                     "D:\n"
                                     "S: 250 queued\n"
                                     "@include parts/bye\n"),
                      plan));
        PEER_DONE(f.peer);
        QCOMPARE(f.steps, (QList<Step>{Step::Connect, Step::Ehlo, Step::Send, Step::Quit}));
        QVERIFY2(!f.c.hasError(), qPrintable(f.c.error().describe()));
        QCOMPARE(f.c.outcome(), Conversation::Outcome::PartlySent);
        QCOMPARE(f.c.accepted(), QStringList{Bob});
        QCOMPARE(f.c.refused().value(Nobody).code, 550);
        QCOMPARE(f.c.recipientReplies().value(Bob).text(), QByteArray("2.1.5 bob ok"));
        QVERIFY(!f.c.auth().attempted);
    }

    void stopsAfterRcptWithTheEnvelopeByHand()
    {
        Fixture f;
        Conversation::Plan plan = envelope({Bob, Nobody}, Conversation::Stage::Rcpt);
        plan.bytes = QByteArray("never sent\r\n");
        QVERIFY(f.run(QStringLiteral("C: MAIL FROM:<alice@example.org>\n"
                                     "S: 250 ok\n"
                                     "C: RCPT TO:<bob@example.net>\n"
                                     "S: 250 ok\n"
                                     "C: RCPT TO:<nobody@example.net>\n"
                                     "S: 550 5.1.1 unknown\n"
                                     "@include parts/bye\n"),
                      plan));
        PEER_DONE(f.peer);
        QCOMPARE(f.steps, (QList<Step>{Step::Connect, Step::Ehlo, Step::Mail, Step::Rcpt,
                                       Step::Rcpt, Step::Quit}));
        QVERIFY(!f.c.hasError());
        QCOMPARE(f.c.outcome(), Conversation::Outcome::NotSent);
        QCOMPARE(f.c.accepted(), QStringList{Bob});
        QCOMPARE(f.c.refused().size(), 1);
    }

    void stopsAfterDataByHangingUp()
    {
        Fixture f;
        QVERIFY(f.run(QStringLiteral("C: MAIL FROM:<alice@example.org>\n"
                                     "S: 250 ok\n"
                                     "C: RCPT TO:<bob@example.net>\n"
                                     "S: 250 ok\n"
                                     "C: DATA\n"
                                     "S: 354 go ahead\n"),
                      envelope({Bob}, Conversation::Stage::Data)));
        PEER_DONE(f.peer);
        // No QUIT: the server waits for the message, so the connection is closed instead.
        QCOMPARE(f.steps,
                 (QList<Step>{Step::Connect, Step::Ehlo, Step::Mail, Step::Rcpt, Step::Data}));
        QVERIFY(!f.c.hasError());
        QVERIFY(!f.session.isConnected());
        QTRY_VERIFY(f.peer.clientClosed());
    }

    void everyRecipientRefusedByHandIsAnError()
    {
        Fixture f;
        QVERIFY(f.run(QStringLiteral("C: MAIL FROM:<alice@example.org>\n"
                                     "S: 250 ok\n"
                                     "C: RCPT TO:<nobody@example.net>\n"
                                     "S: 550 5.1.1 unknown\n"
                                     "@include parts/bye\n"),
                      envelope({Nobody}, Conversation::Stage::Data)));
        PEER_DONE(f.peer);
        QCOMPARE(f.steps.last(), Step::Quit);
        QCOMPARE(f.c.error().kind, ErrorKind::RecipientsRefused);
        QCOMPARE(f.c.failedStep(), Step::Rcpt);
        QCOMPARE(f.c.refused().value(Nobody).code, 550);
    }

    void unknownMechanismFailsAtAuthAndQuits()
    {
        Fixture f;
        Conversation::Plan plan;
        plan.authUser = QStringLiteral("alice");
        plan.authMechanism = QStringLiteral("XOAUTH9");
        QVERIFY(f.run(QStringLiteral("@include parts/bye\n"), plan));
        PEER_DONE(f.peer);
        QCOMPARE(f.steps, (QList<Step>{Step::Connect, Step::Ehlo, Step::Auth, Step::Quit}));
        QCOMPARE(f.c.error().kind, ErrorKind::General);
        QCOMPARE(f.c.failedStep(), Step::Auth);
        QVERIFY(f.c.error().message.contains(QStringLiteral("XOAUTH9")));
        QVERIFY(f.c.auth().attempted);
        QVERIFY(!f.c.auth().ok);
    }

    void cancelEndsWithoutQuit()
    {
        Fixture f;
        QObject::connect(&f.c, &Conversation::stepStarted, &f.c, [&f](Step step) {
            if (step == Step::Vrfy)
                QTimer::singleShot(100, &f.c, &Conversation::cancel);
        });
        Conversation::Plan plan;
        plan.vrfy = {Bob};
        // The peer never answers VRFY.
        QVERIFY(f.run(QStringLiteral("C: VRFY bob@example.net\nW: 10000\n"), plan));
        QCOMPARE(f.c.error().kind, ErrorKind::Cancelled);
        QCOMPARE(f.c.failedStep(), Step::Vrfy);
        QCOMPARE(f.steps.last(), Step::Vrfy); // no QUIT after a cancel
        QVERIFY(!f.c.isRunning());
        QVERIFY(!f.session.isConnected());
    }
};

QTEST_GUILESS_MAIN(TestConversation)
#include "tst_conversation.moc"
