// sendmail() against the scripted peer: every error path of the seed table, PIPELINING,
// LMTP, and the exact bytes that reach the server.
#include "SessionTestUtil.h"
#include "SessionResults.h"

#include <QScopeGuard>

using namespace postel;

namespace {
const QByteArray Message = "Subject: hi\r\n\r\nHello\r\n";
const QString From = QStringLiteral("alice@example.org");
const QString Bob = QStringLiteral("bob@example.net");
const QString Carol = QStringLiteral("carol@example.net");
const QString Nobody = QStringLiteral("nobody@example.net");
} // namespace

class TestSessionSend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { ops.clear(); }

    void happyPath_data();
    void happyPath();
    void dotStuffingAndCrlfNormalisationArriveExactly();
    void emptyMessageSentAsSmtplibDoes();
    void senderRefusedSendsRsetAndStaysUsable();
    void disconnectDuringRsetKeepsFirstError();
    void someRecipientsRefusedIsSuccessWithRefusedMap();
    void allRecipientsRefusedCarriesMapAndSendsRset();
    void dataErrorAfterDataCommand();
    void dataErrorAfterFinalDot();
    void reply421ClosesConnection_data();
    void reply421ClosesConnection();
    void disconnectAfterFinalDotLeavesOutcomeUnknown();
    void pipeliningSendsEnvelopeAsOneBatch();
    void pipeliningSenderRefused();
    void pipeliningAllRefusedAfter354EndsDataEmpty();
    void pipeliningAheadAcrossTransactions();
    void pipeliningAheadDisconnectFailsFollowersInOrder();
    void pipeliningAheadAbortCancelsEveryTransaction();
    void lmtpOneReplyPerAcceptedRecipient();
    void lmtpAllRefusedAfterDotIsDataError();
    void requireTlsRefusesToSendInClear();
    void textMessageMustBeAscii();

private:
    void connectAndEhlo(SmtpSession &session, ScriptedPeer &peer);
    OpTracker ops;
};

void TestSessionSend::connectAndEhlo(SmtpSession &session, ScriptedPeer &peer)
{
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    AWAIT_OK(ops(session.ehlo()));
}

void TestSessionSend::happyPath_data()
{
    QTest::addColumn<QString>("script");
    QTest::newRow("whole replies") << "sendmail-happy";
    QTest::newRow("byte-at-a-time replies") << "sendmail-happy-bytewise";
}

void TestSessionSend::happyPath()
{
    QFETCH(QString, script);
    ScriptedPeer peer;
    START_PEER(peer, script);
    const auto dump = qScopeGuard([&peer] {
        if (QTest::currentTestFailed())
            qWarning() << peer.events();
    });
    SmtpSession session;
    prepareSession(session);
    EntryLog log(session);
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    // No explicit EHLO: sendmail greets when needed.
    auto *s = ops(session.sendmail(From, {Bob}, Message));
    AWAIT_OK(s);
    QCOMPARE(s->code(), 250);
    QCOMPARE(s->text(), QByteArray("2.0.0 queued as 4711"));
    QVERIFY(sent(s).refused.isEmpty());
    QCOMPARE(sent(s).accepted, QStringList{Bob});
    QVERIFY(sent(s).dataTerminatorSent);
    QVERIFY(session.hasExtn("size"));
    auto *q = ops(session.quit());
    AWAIT_OK(q);
    PEER_DONE(peer);
    QCOMPARE(peer.dataBodies(), QList<QByteArray>{Message});
    QCOMPARE(peer.received().at(1),
             QStringLiteral("MAIL FROM:<alice@example.org> SIZE=%1").arg(Message.size()));
    // greeting, EHLO, MAIL, RCPT, DATA, final, QUIT: each reply seen once, whole.
    QCOMPARE(log.replies().size(), 7);
    QCOMPARE(log.replies().at(1).lines.size(), 4);
}

void TestSessionSend::dotStuffingAndCrlfNormalisationArriveExactly()
{
    ScriptedPeer peer;
    START_PEER(peer, "sendmail-dotstuffing");
    SmtpSession session;
    prepareSession(session);
    connectAndEhlo(session, peer);
    const QByteArray msg = ".first\nsecond\r.\r\n..x\rlone cr\nend .";
    auto *s = ops(session.sendmail(From, {Bob}, msg));
    AWAIT_OK(s);
    PEER_DONE(peer);
    QCOMPARE(peer.dataBodies(),
             QList<QByteArray>{"..first\r\nsecond\r\n..\r\n...x\r\nlone cr\r\nend .\r\n"});
    // SIZE= announces the CRLF-normalised message (before dot-stuffing).
    const QByteArray normalised = ".first\r\nsecond\r\n.\r\n..x\r\nlone cr\r\nend .";
    QCOMPARE(peer.received().at(1),
             QStringLiteral("MAIL FROM:<alice@example.org> SIZE=%1").arg(normalised.size()));
}

void TestSessionSend::emptyMessageSentAsSmtplibDoes()
{
    // smtplib's data() adds a CRLF to a message that does not end with one, even an empty
    // one: the wire carries "\r\n.\r\n", not a bare ".\r\n".
    ScriptedPeer peer;
    START_PEER(peer, "sendmail-dotstuffing");
    SmtpSession session;
    prepareSession(session);
    connectAndEhlo(session, peer);
    auto *s = ops(session.sendmail(From, {Bob}, QByteArray()));
    AWAIT_OK(s);
    PEER_DONE(peer);
    QCOMPARE(peer.dataBodies(), QList<QByteArray>{"\r\n"});
}

void TestSessionSend::senderRefusedSendsRsetAndStaysUsable()
{
    ScriptedPeer peer;
    START_PEER(peer, "sendmail-sender-refused");
    SmtpSession session;
    prepareSession(session);
    connectAndEhlo(session, peer);
    auto *s = ops(session.sendmail(From, {Bob}, Message));
    AWAIT_ERROR(s, ErrorKind::SenderRefused);
    QCOMPARE(s->error().code, 550);
    QCOMPARE(s->error().serverText, QByteArray("5.7.1 sender rejected"));
    QCOMPARE(s->error().sender, From);
    QVERIFY(session.isConnected());
    AWAIT_OK(ops(session.noop()));
    PEER_DONE(peer);
}

void TestSessionSend::disconnectDuringRsetKeepsFirstError()
{
    ScriptedPeer peer;
    START_PEER(peer, "sendmail-disconnect-during-rset");
    SmtpSession session;
    prepareSession(session);
    connectAndEhlo(session, peer);
    auto *s = ops(session.sendmail(From, {Bob}, Message));
    AWAIT_ERROR(s, ErrorKind::SenderRefused);
    QCOMPARE(s->error().code, 550);
    QVERIFY(!session.isConnected());
    PEER_DONE(peer);
}

void TestSessionSend::someRecipientsRefusedIsSuccessWithRefusedMap()
{
    ScriptedPeer peer;
    START_PEER(peer, "sendmail-some-refused");
    SmtpSession session;
    prepareSession(session);
    connectAndEhlo(session, peer);
    auto *s = ops(session.sendmail(From, {Bob, Nobody, Carol}, Message));
    AWAIT_OK(s);
    RefusedMap expected;
    expected.insert(Nobody, {550, "5.1.1 <nobody@example.net> no such user"});
    QCOMPARE(sent(s).refused, expected);
    QCOMPARE(sent(s).accepted, (QStringList{Bob, Carol})); // 251 is accepted too
    PEER_DONE(peer);
}

void TestSessionSend::allRecipientsRefusedCarriesMapAndSendsRset()
{
    ScriptedPeer peer;
    START_PEER(peer, "sendmail-all-refused");
    SmtpSession session;
    prepareSession(session);
    connectAndEhlo(session, peer);
    auto *s = ops(session.sendmail(From, {Bob, Carol}, Message));
    AWAIT_ERROR(s, ErrorKind::RecipientsRefused);
    RefusedMap expected;
    expected.insert(Bob, {550, "5.1.1 no bob here"});
    expected.insert(Carol, {450, "4.2.1 carol is busy"});
    QCOMPARE(s->error().recipients, expected);
    QCOMPARE(sent(s).refused, expected);
    QVERIFY(!sent(s).dataTerminatorSent);
    AWAIT_OK(ops(session.noop()));
    PEER_DONE(peer);
}

void TestSessionSend::dataErrorAfterDataCommand()
{
    ScriptedPeer peer;
    START_PEER(peer, "sendmail-data-refused");
    SmtpSession session;
    prepareSession(session);
    connectAndEhlo(session, peer);
    auto *s = ops(session.sendmail(From, {Bob}, Message));
    AWAIT_ERROR(s, ErrorKind::Data);
    QCOMPARE(s->error().code, 554);
    QCOMPARE(s->error().serverText, QByteArray("5.5.1 no valid recipients"));
    QVERIFY(!sent(s).dataTerminatorSent);
    AWAIT_OK(ops(session.noop()));
    PEER_DONE(peer);
    QVERIFY(peer.dataBodies().isEmpty());
}

void TestSessionSend::dataErrorAfterFinalDot()
{
    ScriptedPeer peer;
    START_PEER(peer, "sendmail-dot-refused");
    SmtpSession session;
    prepareSession(session);
    connectAndEhlo(session, peer);
    auto *s = ops(session.sendmail(From, {Bob}, Message));
    AWAIT_ERROR(s, ErrorKind::Data);
    QCOMPARE(s->error().code, 552);
    QCOMPARE(s->error().serverText, QByteArray("5.3.4 message too big"));
    QVERIFY(sent(s).dataTerminatorSent);
    AWAIT_OK(ops(session.noop()));
    PEER_DONE(peer);
}

void TestSessionSend::reply421ClosesConnection_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<bool>("afterDot");
    QTest::addColumn<QStringList>("to");
    QTest::newRow("MAIL") << "sendmail-421-mail" << ErrorKind::SenderRefused << false
                          << QStringList{Bob};
    QTest::newRow("RCPT") << "sendmail-421-rcpt" << ErrorKind::RecipientsRefused << false
                          << QStringList{Bob, Carol};
    QTest::newRow("DATA") << "sendmail-421-data" << ErrorKind::Data << false << QStringList{Bob};
    QTest::newRow("final dot") << "sendmail-421-dot" << ErrorKind::Data << true << QStringList{Bob};
    QTest::newRow("pipelined RCPT") << "pipelining-421-rcpt" << ErrorKind::RecipientsRefused
                                    << false << QStringList{Bob, Carol};
}

void TestSessionSend::reply421ClosesConnection()
{
    // smtplib closes on 421 (no RSET, no QUIT); the peer does not close first.
    QFETCH(QString, script);
    QFETCH(ErrorKind, kind);
    QFETCH(bool, afterDot);
    QFETCH(QStringList, to);
    ScriptedPeer peer;
    START_PEER(peer, script);
    SmtpSession session;
    prepareSession(session);
    connectAndEhlo(session, peer);
    auto *s = ops(session.sendmail(From, to, Message));
    AWAIT_ERROR(s, kind);
    QCOMPARE(s->error().code, 421);
    QCOMPARE(s->error().serverText, QByteArray("4.3.2 shutting down"));
    QCOMPARE(sent(s).dataTerminatorSent, afterDot);
    QVERIFY(!session.isConnected());
    QCOMPARE(session.state(), SmtpSession::State::Disconnected);
    QTRY_VERIFY_WITH_TIMEOUT(peer.clientClosed(), 5000);
    PEER_DONE(peer);
    if (kind == ErrorKind::RecipientsRefused)
        QCOMPARE(s->error().recipients.value(Bob).code, 421);
}

void TestSessionSend::disconnectAfterFinalDotLeavesOutcomeUnknown()
{
    ScriptedPeer peer;
    START_PEER(peer, "sendmail-disconnect-after-dot");
    SmtpSession session;
    prepareSession(session);
    connectAndEhlo(session, peer);
    auto *s = ops(session.sendmail(From, {Bob}, Message));
    AWAIT_ERROR(s, ErrorKind::ServerDisconnected);
    QVERIFY(sent(s).dataTerminatorSent); // the server may have taken it: outcome unknown
    QVERIFY(!session.isConnected());
    PEER_DONE(peer);
}

void TestSessionSend::pipeliningAheadAcrossTransactions()
{
    ScriptedPeer peer;
    START_PEER(peer, "pipelining-ahead");
    const auto dump = qScopeGuard([&peer] {
        if (QTest::currentTestFailed())
            qWarning() << peer.events();
    });
    SmtpSession session;
    prepareSession(session);
    connectAndEhlo(session, peer);
    QStringList order;
    auto *one = ops(session.sendmail(From, {Bob}, Message));
    auto *two = ops(session.sendmail(From, {Carol}, Message));
    auto *three = ops(session.sendmail(From, {Bob}, Message));
    auto *quit = ops(session.quit());
    for (SmtpOperation *op : {one, two, three, quit})
        connect(op, &SmtpOperation::finished, this, [&order, op] { order.append(op->name()); });
    AWAIT_ERROR(one, ErrorKind::Data);
    QCOMPARE(one->code(), 554);
    QCOMPARE(one->error().serverText, QByteArray("5.7.1 message one refused"));
    AWAIT_OK(two);
    QCOMPARE(two->text(), QByteArray("2.0.0 message two queued"));
    QCOMPARE(sent(two).accepted, QStringList{Carol});
    AWAIT_OK(three);
    QCOMPARE(three->text(), QByteArray("2.0.0 message three queued"));
    AWAIT_OK(quit);
    QCOMPARE(quit->code(), 221);
    PEER_DONE(peer);
    // Finished in the order they were queued.
    QCOMPARE(order, (QStringList{"sendmail", "sendmail", "sendmail", "quit"}));
    QCOMPARE(peer.dataBodies().size(), 3);
    for (const QByteArray &body : peer.dataBodies())
        QCOMPARE(body, Message);
    // The first transaction's refusal sent no RSET of its own: exactly the two leading ones.
    QCOMPARE(peer.received().count(QStringLiteral("RSET")), 2);
}

void TestSessionSend::pipeliningAheadDisconnectFailsFollowersInOrder()
{
    ScriptedPeer peer;
    START_PEER(peer, "pipelining-ahead-disconnect");
    SmtpSession session;
    prepareSession(session);
    connectAndEhlo(session, peer);
    QStringList order;
    auto *one = ops(session.sendmail(From, {Bob}, Message));
    auto *two = ops(session.sendmail(From, {Carol}, Message));
    for (SmtpOperation *op : {one, two})
        connect(op, &SmtpOperation::finished, this,
                [&order, op, one] { order.append(op == one ? "one" : "two"); });
    AWAIT_OK(one);
    AWAIT_ERROR(two, ErrorKind::ServerDisconnected);
    QCOMPARE(order, (QStringList{"one", "two"}));
    QVERIFY(!session.isConnected());
    PEER_DONE(peer);
}

void TestSessionSend::pipeliningAheadAbortCancelsEveryTransaction()
{
    // The peer answers nothing: three transactions wait on the wire, and abort() ends
    // each of them, in order, as cancelled.
    ScriptedPeer peer;
    QVERIFY(peer.setScriptText(QStringLiteral("@include parts/greeting\n"
                                              "@include parts/ehlo-pipelining\n"
                                              "C: MAIL FROM:<alice@example.org>\n"
                                              "C: RCPT TO:<bob@example.net>\n"
                                              "C: DATA\n"
                                              "S: 250 2.1.0 ok\n"
                                              "S: 250 2.1.5 ok\n"
                                              "S: 354 go ahead\n"
                                              "D:\n"
                                              "C: RSET\n"
                                              "C: MAIL FROM:<alice@example.org>\n"
                                              "C: RCPT TO:<bob@example.net>\n"
                                              "C: DATA\n"
                                              "W: 10000\n")));
    QVERIFY(peer.start());
    SmtpSession session;
    prepareSession(session);
    connectAndEhlo(session, peer);
    QStringList order;
    auto *one = ops(session.sendmail(From, {Bob}, Message));
    auto *two = ops(session.sendmail(From, {Bob}, Message));
    auto *three = ops(session.sendmail(From, {Bob}, Message));
    for (SmtpOperation *op : {one, two, three})
        connect(op, &SmtpOperation::finished, this, [&order, op, one, two] {
            order.append(op == one ? "one" : op == two ? "two" : "three");
        });
    QTRY_VERIFY_WITH_TIMEOUT(peer.received().count(QStringLiteral("RSET")) == 1, 10000);
    session.abort();
    AWAIT_ERROR(one, ErrorKind::Cancelled);
    AWAIT_ERROR(two, ErrorKind::Cancelled);
    AWAIT_ERROR(three, ErrorKind::Cancelled);
    QCOMPARE(order, (QStringList{"one", "two", "three"}));
    QVERIFY(!session.isConnected());
}

void TestSessionSend::pipeliningSendsEnvelopeAsOneBatch()
{
    ScriptedPeer peer;
    START_PEER(peer, "pipelining");
    SmtpSession session;
    prepareSession(session);
    connectAndEhlo(session, peer);
    auto *s = ops(session.sendmail(From, {Bob, Nobody, Carol}, Message));
    AWAIT_OK(s);
    RefusedMap expected;
    expected.insert(Nobody, {550, "5.1.1 <nobody@example.net> unknown"});
    QCOMPARE(sent(s).refused, expected);
    QCOMPARE(sent(s).accepted, (QStringList{Bob, Carol}));
    AWAIT_OK(ops(session.noop()));
    PEER_DONE(peer);
    // The peer holds every reply until the whole batch is in: MAIL, 3 RCPT, DATA, then 5
    // replies. (A client waiting for the MAIL reply first would have stalled.)
    const QStringList ev = peer.events();
    const qsizetype mail = ev.indexOf("C: MAIL FROM:<alice@example.org>");
    QVERIFY(mail > 0);
    QCOMPARE(ev.mid(mail, 6),
             (QStringList{"C: MAIL FROM:<alice@example.org>", "C: RCPT TO:<bob@example.net>",
                          "C: RCPT TO:<nobody@example.net>", "C: RCPT TO:<carol@example.net>",
                          "C: DATA", "S: 250 2.1.0 ok"}));
    QCOMPARE(peer.dataBodies(), QList<QByteArray>{Message});
}

void TestSessionSend::pipeliningSenderRefused()
{
    ScriptedPeer peer;
    START_PEER(peer, "pipelining-sender-refused");
    SmtpSession session;
    prepareSession(session);
    connectAndEhlo(session, peer);
    auto *s = ops(session.sendmail(From, {Bob}, Message));
    AWAIT_ERROR(s, ErrorKind::SenderRefused);
    QCOMPARE(s->error().code, 550);
    QCOMPARE(s->error().sender, From);
    AWAIT_OK(ops(session.noop()));
    PEER_DONE(peer);
}

void TestSessionSend::pipeliningAllRefusedAfter354EndsDataEmpty()
{
    ScriptedPeer peer;
    START_PEER(peer, "pipelining-all-refused-354");
    SmtpSession session;
    prepareSession(session);
    connectAndEhlo(session, peer);
    auto *s = ops(session.sendmail(From, {Bob, Carol}, Message));
    AWAIT_ERROR(s, ErrorKind::RecipientsRefused);
    QCOMPARE(s->error().recipients.size(), 2);
    QCOMPARE(s->error().recipients.value(Carol), (RecipientRefusal{550, "5.1.1 no carol"}));
    AWAIT_OK(ops(session.noop()));
    PEER_DONE(peer);
    // Nothing of the message went out: the data was ended at once.
    QCOMPARE(peer.dataBodies(), QList<QByteArray>{QByteArray()});
}

void TestSessionSend::lmtpOneReplyPerAcceptedRecipient()
{
    ScriptedPeer peer;
    START_PEER(peer, "lhlo");
    SmtpSession session;
    prepareSession(session);
    session.setLmtp(true);
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    auto *s = ops(session.sendmail(From, {Bob, Nobody, Carol}, Message));
    AWAIT_OK(s);
    QCOMPARE(sent(s).refused.size(), 2);
    QCOMPARE(sent(s).refused.value(Nobody), (RecipientRefusal{550, "5.1.1 no such user"}));
    QCOMPARE(sent(s).refused.value(Carol),
             (RecipientRefusal{452, "4.2.2 <carol@example.net> mailbox full"}));
    QCOMPARE(sent(s).accepted, QStringList{Bob});
    AWAIT_OK(ops(session.noop()));
    PEER_DONE(peer);
}

void TestSessionSend::lmtpAllRefusedAfterDotIsDataError()
{
    ScriptedPeer peer;
    START_PEER(peer, "lhlo-all-fail-after-dot");
    SmtpSession session;
    prepareSession(session);
    session.setLmtp(true);
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    auto *s = ops(session.sendmail(From, {Bob, Carol}, Message));
    AWAIT_ERROR(s, ErrorKind::Data);
    QCOMPARE(sent(s).refused.size(), 2);
    QCOMPARE(sent(s).refused.value(Carol).code, 552);
    PEER_DONE(peer);
}

void TestSessionSend::requireTlsRefusesToSendInClear()
{
    ScriptedPeer peer;
    START_PEER(peer, "require-tls-no-starttls");
    SmtpSession session;
    prepareSession(session);
    session.setRequireTls(true);
    connectAndEhlo(session, peer);
    auto *s = ops(session.sendmail(From, {Bob}, Message));
    AWAIT_ERROR(s, ErrorKind::Tls);
    AWAIT_OK(ops(session.noop())); // and no MAIL went out before it
    PEER_DONE(peer);
}

void TestSessionSend::textMessageMustBeAscii()
{
    ScriptedPeer peer;
    START_PEER(peer, "injection");
    SmtpSession session;
    prepareSession(session);
    connectAndEhlo(session, peer);
    auto *s = ops(session.sendmailText(From, {Bob}, QStringLiteral("Subject: caf\u00e9\r\n\r\n")));
    AWAIT_ERROR(s, ErrorKind::Usage);
    AWAIT_OK(ops(session.noop()));
    PEER_DONE(peer);
}

QTEST_GUILESS_MAIN(TestSessionSend)
#include "tst_session_send.moc"
