// SmtpSession against the scripted peer: connection, EHLO/HELO, plain commands, argument
// injection and the whole-command timeout.
#include "SessionResults.h"
#include "SessionTestUtil.h"
#include "smtp/operations/ConnectOperation.h"

#include <QElapsedTimer>
#include <functional>

using namespace postel;

class TestSessionBasic : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { ops.clear(); }

    void connectSplitsHostPort();
    void connectSplitsBracketedIpv6HostPort();
    void greetingOtherThan220IsConnectError();
    void disconnectBeforeGreeting();
    void disconnectWhileWaitingIsServerDisconnected();
    void ehloParsesFeatures();
    void ehloRefusedFallsBackToHeloWithoutEsmtpOptions();
    void heloErrorWhenEhloAndHeloRefused_data();
    void heloErrorWhenEhloAndHeloRefused();
    void docmdJoinsMultiLineReplies();
    void verifyAndExpnRepliesAreResults();
    void argumentInjectionRefusedBeforeSending_data();
    void argumentInjectionRefusedBeforeSending();
    void commandWithoutConnectionFails();
    void wholeCommandTimeoutDespiteTricklingReply();
    void noGreetingTimesOut();
    void unsolicitedReplyClosesConnection();
    void malformedReplyIsProtocolError();
    void abortCancelsActiveAndQueued();
    void closeFailsPendingAsDisconnected();
    void replyLatencyIsMeasuredFromWhatItAnswers();

private:
    OpTracker ops;
};

void TestSessionBasic::connectSplitsHostPort()
{
    ScriptedPeer peer;
    START_PEER(peer, "connect-quit");
    SmtpSession session;
    prepareSession(session);
    QSignalSpy about(&session, &SmtpSession::aboutToConnect);
    auto *c = ops(session.connectToHost(QStringLiteral("127.0.0.1:%1").arg(peer.port())));
    AWAIT_OK(c);
    QCOMPARE(c->code(), 220);
    QCOMPARE(c->text(), QByteArray("peer.test ESMTP scripted peer ready"));
    QCOMPARE(session.greeting().code, 220);
    QVERIFY(session.isConnected());
    QCOMPARE(session.peerName(), QStringLiteral("127.0.0.1"));
    QCOMPARE(session.peerPort(), peer.port());
    QCOMPARE(about.size(), 1);
    QCOMPARE(about.at(0).at(0).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(about.at(0).at(1).value<quint16>(), peer.port());
    auto *q = ops(session.quit());
    AWAIT_OK(q);
    QCOMPARE(q->code(), 221);
    QVERIFY(!session.isConnected());
    PEER_DONE(peer);
}

void TestSessionBasic::connectSplitsBracketedIpv6HostPort()
{
    ScriptedPeer peer;
    QVERIFY(peer.loadScript("connect-quit"));
    if (!peer.start(QHostAddress(QHostAddress::LocalHostIPv6)))
        QSKIP("no IPv6 loopback on this machine");
    SmtpSession session;
    prepareSession(session);
    QSignalSpy about(&session, &SmtpSession::aboutToConnect);
    auto *c = ops(session.connectToHost(QStringLiteral("[::1]:%1").arg(peer.port())));
    AWAIT_OK(c);
    QCOMPARE(c->code(), 220);
    QCOMPARE(about.size(), 1);
    QCOMPARE(about.at(0).at(0).toString(), QStringLiteral("::1"));
    QCOMPARE(about.at(0).at(1).value<quint16>(), peer.port());
    AWAIT_OK(ops(session.quit()));
    PEER_DONE(peer);
}

void TestSessionBasic::greetingOtherThan220IsConnectError()
{
    ScriptedPeer peer;
    START_PEER(peer, "greeting-554");
    SmtpSession session;
    prepareSession(session);
    auto *c = ops(session.connectToHost("127.0.0.1", peer.port()));
    AWAIT_ERROR(c, ErrorKind::Connect);
    QCOMPARE(c->error().code, 554);
    QCOMPARE(c->error().serverText, QByteArray("5.3.2 not taking mail from you"));
    QVERIFY(!session.isConnected());
    PEER_DONE(peer);
}

void TestSessionBasic::disconnectBeforeGreeting()
{
    ScriptedPeer peer;
    START_PEER(peer, "disconnect-before-greeting");
    SmtpSession session;
    prepareSession(session);
    auto *c = ops(session.connectToHost("127.0.0.1", peer.port()));
    AWAIT_ERROR(c, ErrorKind::ServerDisconnected);
    QVERIFY(!session.isConnected());
}

void TestSessionBasic::disconnectWhileWaitingIsServerDisconnected()
{
    ScriptedPeer peer;
    START_PEER(peer, "disconnect-while-waiting");
    SmtpSession session;
    prepareSession(session);
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    auto *n = ops(session.noop());
    AWAIT_ERROR(n, ErrorKind::ServerDisconnected);
    QVERIFY(!session.isConnected());
    QCOMPARE(session.state(), SmtpSession::State::Disconnected);
    // A command after that fails at once instead of hanging.
    auto *again = ops(session.noop());
    AWAIT_ERROR(again, ErrorKind::ServerDisconnected);
    PEER_DONE(peer);
}

void TestSessionBasic::ehloParsesFeatures()
{
    ScriptedPeer peer;
    START_PEER(peer, "ehlo-features");
    SmtpSession session;
    prepareSession(session);
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    auto *e = ops(session.ehlo());
    AWAIT_OK(e);
    QCOMPARE(e->code(), 250);
    QVERIFY(session.doesEsmtp());
    QCOMPARE(session.ehloResp(),
             QByteArray("peer.test greets client.test\nPIPELINING\nSIZE "
                        "1000000\nAUTH LOGIN\nauth=PLAIN\nx-Custom-Thing  a   b"));
    QVERIFY(session.hasExtn("pipelining"));
    QVERIFY(session.hasExtn("PIPELINING"));
    QVERIFY(session.hasExtn("X-CUSTOM-THING"));
    QVERIFY(!session.hasExtn("starttls"));
    QCOMPARE(session.esmtpFeatures().authMechanisms(), (QStringList{"LOGIN", "PLAIN"}));
    QCOMPARE(session.esmtpFeatures().sizeLimit(), std::optional<qint64>(1000000));
    QCOMPARE(session.esmtpFeatures().parameters("x-custom-thing"), QStringLiteral("a b"));
    AWAIT_OK(ops(session.quit()));
    PEER_DONE(peer);
}

void TestSessionBasic::ehloRefusedFallsBackToHeloWithoutEsmtpOptions()
{
    ScriptedPeer peer;
    START_PEER(peer, "ehlo-refused-helo-fallback");
    SmtpSession session;
    prepareSession(session);
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    auto *g = ops(session.ehloOrHeloIfNeeded());
    AWAIT_OK(g);
    QCOMPARE(g->code(), 250);
    QVERIFY(!session.doesEsmtp());
    QCOMPARE(session.heloResp(), QByteArray("peer.test"));
    // With HELO, smtplib sends no ESMTP options: the script expects a bare MAIL FROM.
    auto *s = ops(session.sendmail("alice@example.org", {"bob@example.net"}, "hi\r\n",
                                   {"BODY=8BITMIME"}, {"NOTIFY=NEVER"}));
    AWAIT_OK(s);
    QVERIFY(sent(s).refused.isEmpty());
    PEER_DONE(peer);
}

void TestSessionBasic::heloErrorWhenEhloAndHeloRefused_data()
{
    QTest::addColumn<bool>("viaSendmail");
    QTest::newRow("ehlo_or_helo_if_needed") << false;
    QTest::newRow("sendmail") << true;
}

void TestSessionBasic::heloErrorWhenEhloAndHeloRefused()
{
    QFETCH(bool, viaSendmail);
    ScriptedPeer peer;
    START_PEER(peer, "helo-error");
    SmtpSession session;
    prepareSession(session);
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    SmtpOperation *op = viaSendmail
                            ? ops(session.sendmail("alice@example.org", {"bob@example.net"}, "x"))
                            : ops(session.ehloOrHeloIfNeeded());
    AWAIT_ERROR(op, ErrorKind::Helo);
    QCOMPARE(op->error().code, 501);
    QCOMPARE(op->error().serverText, QByteArray("5.5.4 go away"));
    auto *n = ops(session.noop());
    AWAIT_OK(n);
    QCOMPARE(n->code(), 250);
    PEER_DONE(peer);
}

void TestSessionBasic::docmdJoinsMultiLineReplies()
{
    ScriptedPeer peer;
    START_PEER(peer, "docmd-multiline");
    SmtpSession session;
    prepareSession(session);
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    auto *help = ops(session.docmd("HELP"));
    auto *x = ops(session.docmd("XSTATUS", "now please"));
    AWAIT_OK(help);
    QCOMPARE(help->code(), 214);
    QCOMPARE(help->text(), QByteArray("2.0.0 Commands:\n2.0.0   HELO EHLO MAIL RCPT DATA\n"
                                      "2.0.0 End of HELP info"));
    QCOMPARE(help->reply().lines.size(), 3);
    AWAIT_OK(x);
    QCOMPARE(x->code(), 250);
    PEER_DONE(peer);
}

void TestSessionBasic::verifyAndExpnRepliesAreResults()
{
    ScriptedPeer peer;
    START_PEER(peer, "verify");
    SmtpSession session;
    prepareSession(session);
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    auto *good = ops(session.verify("Bob Builder <bob@example.net>"));
    auto *bad = ops(session.verify("nobody@example.net"));
    auto *expn = ops(session.expn("staff"));
    AWAIT_OK(good);
    QCOMPARE(good->code(), 250);
    QCOMPARE(good->text(), QByteArray("Bob Builder <bob@example.net>"));
    // Many servers refuse VRFY/EXPN: that is a result, not an error.
    AWAIT_OK(bad);
    QCOMPARE(bad->code(), 550);
    QCOMPARE(bad->text(), QByteArray("5.1.1 unknown"));
    AWAIT_OK(expn);
    QCOMPARE(expn->code(), 502);
    PEER_DONE(peer);
}

using Attempt = std::function<SmtpOperation *(SmtpSession &, const QString &)>;
Q_DECLARE_METATYPE(Attempt)

void TestSessionBasic::argumentInjectionRefusedBeforeSending_data()
{
    QTest::addColumn<Attempt>("attempt");
    QTest::addColumn<QString>("payload");
    const QList<QPair<const char *, Attempt>> attempts = {
        {"mail", [](SmtpSession &s, const QString &p) { return s.mail("a@example.org" + p); }},
        {"mail option",
         [](SmtpSession &s, const QString &p) { return s.mail("a@example.org", {"X=1" + p}); }},
        {"rcpt", [](SmtpSession &s, const QString &p) { return s.rcpt("b@example.net" + p); }},
        {"rcpt option",
         [](SmtpSession &s, const QString &p) { return s.rcpt("b@example.net", {"X=1" + p}); }},
        {"verify", [](SmtpSession &s, const QString &p) { return s.verify("b@example.net" + p); }},
        {"expn", [](SmtpSession &s, const QString &p) { return s.expn("staff" + p); }},
        {"ehlo name", [](SmtpSession &s, const QString &p) { return s.ehlo("client.test" + p); }},
        {"helo name", [](SmtpSession &s, const QString &p) { return s.helo("client.test" + p); }},
        {"docmd command",
         [](SmtpSession &s, const QString &p) { return s.docmd("NOOP" + p.toUtf8()); }},
        {"docmd args",
         [](SmtpSession &s, const QString &p) { return s.docmd("NOOP", "x" + p.toUtf8()); }},
        {"sendmail from",
         [](SmtpSession &s, const QString &p) {
             return s.sendmail("a@example.org" + p, {"b@example.net"}, "hi\r\n");
         }},
        {"sendmail to",
         [](SmtpSession &s, const QString &p) {
             return s.sendmail("a@example.org", {"b@example.net", "c@example.net" + p}, "hi\r\n");
         }},
        {"sendmail mail option",
         [](SmtpSession &s, const QString &p) {
             return s.sendmail("a@example.org", {"b@example.net"}, "hi\r\n", {"X=1" + p});
         }},
        {"sendmail rcpt option",
         [](SmtpSession &s, const QString &p) {
             return s.sendmail("a@example.org", {"b@example.net"}, "hi\r\n", {}, {"X=1" + p});
         }},
    };
    const QList<QPair<const char *, QString>> payloads = {
        {"CRLF", QStringLiteral("\r\nRSET")}, {"LF", QStringLiteral("\nRSET")},
        {"CR", QStringLiteral("\rRSET")},     {"NUL", QString(QChar(0)) + QStringLiteral("x")},
        {"ESC", QStringLiteral("\x1b[2J")},
    };
    for (const auto &a : attempts) {
        for (const auto &p : payloads)
            QTest::addRow("%s, %s", a.first, p.first) << a.second << p.second;
    }
}

void TestSessionBasic::argumentInjectionRefusedBeforeSending()
{
    // bpo-43124: CR, LF (or any control character) in an argument is refused before a byte
    // is sent. The script's next expected line after EHLO is NOOP: anything else fails it.
    QFETCH(Attempt, attempt);
    QFETCH(QString, payload);
    ScriptedPeer peer;
    START_PEER(peer, "injection");
    SmtpSession session;
    prepareSession(session);
    EntryLog log(session);
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    AWAIT_OK(ops(session.ehlo()));
    const qsizetype before = log.commands();
    auto *op = ops(attempt(session, payload));
    AWAIT_ERROR(op, ErrorKind::Usage);
    QCOMPARE(log.commands(), before);
    QVERIFY(session.isConnected());
    AWAIT_OK(ops(session.noop()));
    PEER_DONE(peer);
    QCOMPARE(peer.received(), (QStringList{"EHLO client.test", "NOOP"}));
}

void TestSessionBasic::commandWithoutConnectionFails()
{
    SmtpSession session;
    prepareSession(session);
    auto *n = ops(session.noop());
    AWAIT_ERROR(n, ErrorKind::ServerDisconnected);
}

void TestSessionBasic::wholeCommandTimeoutDespiteTricklingReply()
{
    // The reply trickles in a byte every 100 ms: each read is quick, the command is not.
    ScriptedPeer peer;
    START_PEER(peer, "timeout-trickle");
    SmtpSession session;
    prepareSession(session);
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    session.setTimeout(800);
    QElapsedTimer clock;
    clock.start();
    auto *n = ops(session.noop());
    AWAIT_ERROR(n, ErrorKind::Timeout);
    QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(clock.elapsed() >= 700);
    QVERIFY(!session.isConnected());
    CHECK_PEER(peer);
}

void TestSessionBasic::noGreetingTimesOut()
{
    ScriptedPeer peer;
    START_PEER(peer, "no-greeting");
    SmtpSession session;
    prepareSession(session);
    session.setTimeout(500);
    auto *c = ops(session.connectToHost("127.0.0.1", peer.port()));
    AWAIT_ERROR(c, ErrorKind::Timeout);
    QVERIFY(!session.isConnected());
}

void TestSessionBasic::unsolicitedReplyClosesConnection()
{
    ScriptedPeer peer;
    START_PEER(peer, "unsolicited-reply");
    SmtpSession session;
    prepareSession(session);
    EntryLog log(session);
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    PEER_DONE(peer);
    QTRY_VERIFY_WITH_TIMEOUT(!session.isConnected(), 5000);
    // What came after is refused with the reason, never answered by the stray reply.
    auto *n = ops(session.noop());
    AWAIT_ERROR(n, ErrorKind::Protocol);
    QVERIFY(peer.received().isEmpty());
    QCOMPARE(log.replies().size(), 2); // the greeting and the stray reply, both shown
}

void TestSessionBasic::malformedReplyIsProtocolError()
{
    ScriptedPeer peer;
    START_PEER(peer, "malformed-reply");
    SmtpSession session;
    prepareSession(session);
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    auto *n = ops(session.noop());
    AWAIT_ERROR(n, ErrorKind::Protocol);
    QVERIFY(!session.isConnected());
    PEER_DONE(peer);
}

void TestSessionBasic::abortCancelsActiveAndQueued()
{
    ScriptedPeer peer;
    START_PEER(peer, "silent-after-noop");
    SmtpSession session;
    prepareSession(session);
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    auto *active = ops(session.noop());
    auto *queued = ops(session.rset());
    QTRY_VERIFY_WITH_TIMEOUT(peer.received().contains("NOOP"), 5000);
    session.abort();
    AWAIT_ERROR(active, ErrorKind::Cancelled);
    AWAIT_ERROR(queued, ErrorKind::Cancelled);
    QVERIFY(!session.isConnected());
    CHECK_PEER(peer);
    QCOMPARE(peer.received(), QStringList{"NOOP"});
}

void TestSessionBasic::closeFailsPendingAsDisconnected()
{
    ScriptedPeer peer;
    START_PEER(peer, "silent-after-noop");
    SmtpSession session;
    prepareSession(session);
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    auto *n = ops(session.noop());
    QTRY_VERIFY_WITH_TIMEOUT(peer.received().contains("NOOP"), 5000);
    session.close();
    AWAIT_ERROR(n, ErrorKind::ServerDisconnected);
    QVERIFY(!session.isConnected());
    CHECK_PEER(peer);
}

void TestSessionBasic::replyLatencyIsMeasuredFromWhatItAnswers()
{
    // A first connection, then a long pause: nothing of it may count in the next one.
    {
        ScriptedPeer first;
        START_PEER(first, "connect-quit");
        SmtpSession session;
        prepareSession(session);
        EntryLog log(session);
        AWAIT_OK(ops(session.connectToHost("127.0.0.1", first.port())));
        QTest::qWait(700);
        AWAIT_OK(ops(session.quit()));
        ScriptedPeer peer;
        START_PEER(peer, "slow-greeting");
        QTest::qWait(400);
        AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
        AWAIT_OK(ops(session.noop()));
        AWAIT_OK(ops(session.quit()));
        PEER_DONE(peer);
        const QList<TranscriptEntry> replies = log.of(TranscriptEntry::Server);
        QCOMPARE(replies.size(), 5); // 220 221 | 220 250 221
        const TranscriptEntry &greeting = replies.at(2);
        QCOMPARE(greeting.code, 220);
        QVERIFY(greeting.verb.isEmpty());
        QVERIFY2(greeting.elapsedMs >= 250 && greeting.elapsedMs < 700,
                 qPrintable(QString::number(greeting.elapsedMs)));
        const TranscriptEntry &noop = replies.at(3);
        QCOMPARE(noop.verb, QByteArray("NOOP"));
        QVERIFY2(noop.elapsedMs >= 150 && noop.elapsedMs < 600,
                 qPrintable(QString::number(noop.elapsedMs)));
        QCOMPARE(replies.at(4).verb, QByteArray("QUIT"));
    }
}

QTEST_GUILESS_MAIN(TestSessionBasic)
#include "tst_session_basic.moc"
