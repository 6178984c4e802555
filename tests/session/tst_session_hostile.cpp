// Hostile and broken servers (issue 15): replies out of step, codes outside SMTP, 421 that
// does not close, too many recipients, and message data the wire cannot carry.
#include "SessionResults.h"
#include "SessionTestUtil.h"
#include "smtp/operations/SendMailOperation.h"

using namespace postel;

namespace {
const QByteArray Message = "Subject: hi\r\n\r\nHello\r\n";
const QString From = QStringLiteral("alice@example.org");
const QString Bob = QStringLiteral("bob@example.net");
} // namespace

class TestSessionHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { ops.clear(); }

    void secondReplyToMailIsProtocolError();
    void replyCodeOutsideSmtpIsProtocolError();
    void reply421ToAuthClosesAtOnce();
    void tooManyRecipientsGoInAFollowingTransaction();
    void aFollowingTransactionLostAfterItsDotIsUnknown();
    void unsendableDataRefusedNamingTheLine_data();
    void unsendableDataRefusedNamingTheLine();
    void eightBitDeclaredWhenOffered();
    void smtpUtf8UsedWhenNeededAndOffered();
    void idnDomainGoesAsALabelWithoutSmtpUtf8();

private:
    OpTracker ops;
};

void TestSessionHostile::secondReplyToMailIsProtocolError()
{
    ScriptedPeer peer;
    START_PEER(peer, "unsolicited-second-reply-to-mail");
    SmtpSession session;
    prepareSession(session);
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    auto *s = ops(session.sendmail(From, {Bob}, Message));
    AWAIT_ERROR(s, ErrorKind::Protocol);
    QVERIFY(!session.isConnected());
    // The script ends after MAIL: any RCPT or DATA would be recorded as a failure.
    PEER_DONE(peer);
    QCOMPARE(peer.received().size(), 2); // EHLO, MAIL
}

void TestSessionHostile::replyCodeOutsideSmtpIsProtocolError()
{
    ScriptedPeer peer;
    START_PEER(peer, "reply-code-650");
    SmtpSession session;
    prepareSession(session);
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    auto *s = ops(session.sendmail(From, {Bob}, Message));
    AWAIT_ERROR(s, ErrorKind::Protocol);
    QVERIFY(s->error().message.contains(QStringLiteral("650")));
    QVERIFY(!session.isConnected());
    PEER_DONE(peer);
    QCOMPARE(peer.received().size(), 2); // EHLO, MAIL
}

void TestSessionHostile::reply421ToAuthClosesAtOnce()
{
    ScriptedPeer peer;
    START_PEER(peer, "auth-421");
    SmtpSession session;
    prepareSession(session);
    session.setAllowCleartextAuth(true);
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    auto *l = ops(session.login("user", "secret"));
    AWAIT_ERROR(l, ErrorKind::ServerDisconnected);
    QCOMPARE(l->error().code, 421);
    // Closed by the client, not waiting for the server (which keeps the line open).
    QVERIFY(!session.isConnected());
    QTRY_VERIFY_WITH_TIMEOUT(peer.clientClosed(), 5000);
    auto *q = ops(session.quit());
    AWAIT_ERROR(q, ErrorKind::ServerDisconnected);
    PEER_DONE(peer);
    QCOMPARE(peer.received().size(), 2); // EHLO, AUTH: no QUIT went out
}

void TestSessionHostile::tooManyRecipientsGoInAFollowingTransaction()
{
    ScriptedPeer peer;
    START_PEER(peer, "rcpt-452-too-many");
    SmtpSession session;
    prepareSession(session);
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    const QString carol = QStringLiteral("carol@example.net");
    const QString dave = QStringLiteral("dave@example.net");
    auto *s = ops(session.sendmail(From, {Bob, carol, dave}, Message));
    AWAIT_OK(s);
    const SendResult &r = sent(s);
    QCOMPARE(r.accepted, (QStringList{Bob, carol}));
    QCOMPARE(r.refused.keys(), QStringList{dave}); // refused in its own right, not for 452
    QCOMPARE(r.refused.value(dave).code, 550);
    QCOMPARE(r.recipientReplies.value(carol).code, 250);
    AWAIT_OK(ops(session.noop()));
    PEER_DONE(peer);
    QCOMPARE(peer.dataBodies().size(), 2);
    QCOMPARE(peer.dataBodies().at(0), peer.dataBodies().at(1));
}

// The following transaction's final dot went out and the connection closed: its recipients
// are not refused (a resend to them may deliver twice), the send fails with the dot sent.
void TestSessionHostile::aFollowingTransactionLostAfterItsDotIsUnknown()
{
    ScriptedPeer peer;
    START_PEER(peer, "rcpt-452-then-lost");
    SmtpSession session;
    prepareSession(session);
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    const QString carol = QStringLiteral("carol@example.net");
    const QString dave = QStringLiteral("dave@example.net");
    auto *s = ops(session.sendmail(From, {Bob, carol, dave}, Message));
    AWAIT_ERROR(s, ErrorKind::ServerDisconnected);
    const SendResult &r = sent(s);
    QVERIFY(r.dataTerminatorSent);
    QCOMPARE(r.accepted, (QStringList{Bob, carol}));
    // carol's outcome is unknown: not refused. dave was refused (550) in his own right.
    QCOMPARE(r.refused.keys(), QStringList{dave});
    QCOMPARE(s->error().recipients.keys(), QStringList{dave});
    QCOMPARE(peer.dataBodies().size(), 2);
}

void TestSessionHostile::unsendableDataRefusedNamingTheLine_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("line");
    QTest::newRow("NUL") << QByteArray("Subject: x\r\n\r\nab").append('\0').append("c\r\n")
                         << QStringLiteral("nul-byte") << QStringLiteral("Line 3 ");
    QTest::newRow("long line") << "Subject: x\r\n\r\nok\n" + QByteArray(999, 'a') + "\r\n"
                               << QStringLiteral("line-too-long") << QStringLiteral("Line 4 ");
    QTest::newRow("998 octets, then 8-bit")
        << "Subject: x\r\n\r\n" + QByteArray(998, 'a') + "\r\ncaf\xc3\xa9\r\n"
        << QStringLiteral("8bit-without-8bitmime") << QStringLiteral("Line 4 ");
}

void TestSessionHostile::unsendableDataRefusedNamingTheLine()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, reason);
    QFETCH(QString, line);
    ScriptedPeer peer;
    START_PEER(peer, "data-unsendable");
    SmtpSession session;
    prepareSession(session);
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    auto *s = ops(session.sendmail(From, {Bob}, message));
    AWAIT_ERROR(s, ErrorKind::NotSupported);
    QCOMPARE(s->error().reason, reason);
    QVERIFY2(s->error().message.startsWith(line), qPrintable(s->error().message));
    AWAIT_OK(ops(session.noop())); // the script's next line: no MAIL went out
    PEER_DONE(peer);
}

void TestSessionHostile::eightBitDeclaredWhenOffered()
{
    ScriptedPeer peer;
    START_PEER(peer, "data-8bitmime");
    SmtpSession session;
    prepareSession(session);
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    const QByteArray message = "Subject: x\r\n\r\ncaf\xc3\xa9\r\n";
    AWAIT_OK(ops(session.sendmail(From, {Bob}, message)));
    AWAIT_OK(ops(session.noop()));
    PEER_DONE(peer);
    QCOMPARE(peer.dataBodies().value(0), message);
}

void TestSessionHostile::smtpUtf8UsedWhenNeededAndOffered()
{
    ScriptedPeer peer;
    START_PEER(peer, "smtputf8-used-when-offered");
    SmtpSession session;
    prepareSession(session);
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    AWAIT_OK(ops(session.sendmail(From, {QStringLiteral("łukasz@example.net")}, Message)));
    AWAIT_OK(ops(session.noop()));
    PEER_DONE(peer);
}

void TestSessionHostile::idnDomainGoesAsALabelWithoutSmtpUtf8()
{
    ScriptedPeer peer;
    START_PEER(peer, "idn-a-label");
    SmtpSession session;
    prepareSession(session);
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    AWAIT_OK(ops(session.sendmail(From, {QStringLiteral("bob@bücher.example")}, Message)));
    // A non-ASCII local part has no ASCII form: refused, nothing sent.
    auto *s = ops(session.sendmail(From, {QStringLiteral("łukasz@example.net")}, Message));
    AWAIT_ERROR(s, ErrorKind::NotSupported);
    QCOMPARE(s->error().reason, QStringLiteral("smtputf8-not-supported"));
    AWAIT_OK(ops(session.noop()));
    PEER_DONE(peer);
}

QTEST_GUILESS_MAIN(TestSessionHostile)
#include "tst_session_hostile.moc"
