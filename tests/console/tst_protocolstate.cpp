// ProtocolState: the protocol console's state, fed with the entries a session emits.
#include "console/ProtocolState.h"
#include "smtp/ReplyParser.h"

#include <QSignalSpy>
#include <QTest>

using namespace postel;
using Step = ProtocolState::Step;
using Cmd = ProtocolState::Command;

namespace {

TranscriptEntry client(const QByteArray &line, qsizetype secretFrom = -1)
{
    TranscriptEntry e;
    e.direction = TranscriptEntry::Client;
    e.bytes = line;
    e.secretFrom = secretFrom;
    if (secretFrom == 0)
        e.verb = "AUTH";
    else {
        const qsizetype space = line.indexOf(' ');
        e.verb = (space < 0 ? line : line.left(space)).toUpper();
    }
    return e;
}

// A reply as the session emits it: the wire text parsed, and the verb it answers.
TranscriptEntry server(const QByteArray &wire, const QByteArray &verb)
{
    ReplyParser p;
    p.feed(wire);
    TranscriptEntry e;
    e.direction = TranscriptEntry::Server;
    e.reply = p.takeReply();
    e.code = e.reply.code;
    e.bytes = wire.trimmed();
    e.verb = verb;
    return e;
}

TranscriptEntry tlsStart()
{
    TranscriptEntry e;
    e.direction = TranscriptEntry::TlsStart;
    e.bytes = "TLS";
    return e;
}

void exchange(ProtocolState &s, const QByteArray &line, const QByteArray &reply)
{
    s.feed(client(line));
    const TranscriptEntry c = client(line);
    s.feed(server(reply, c.verb));
}

const QByteArray Ehlo = "250-mx.example.org\r\n250-PIPELINING\r\n250-STARTTLS\r\n"
                        "250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n";
const QByteArray EhloAfterTls = "250-mx.example.org\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n";

QSet<Cmd> legal(const ProtocolState &s)
{
    const QList<Cmd> l = s.legalCommands();
    return {l.begin(), l.end()};
}

} // namespace

class TestProtocolState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void closedAllowsOnlyConnect();
    void greetingWaitsThenAllowsGreeting();
    void fullSessionWithStartTlsAndAuth();
    void tlsForgetsEhloAndTransaction();
    void refusedRecipientIsNotARecipient();
    void dataNeedsARecipient();
    void authChallengeBlocksCommandsAndSecretsAreNotKept();
    void failedAuthLeavesUnauthenticated();
    void refusedGreetingAllowsOnlyQuit();
    void heloSessionHasNoExtensions();
    void refusedEhloProposesHelo();
    void rsetAndEhloEndTheTransaction();
    void refusedDotEndsTransactionWithoutDelivery();
    void closingReplyAndDisconnection();
    void nextWaitsForPendingReply();
    void nextUsesEnvelope();
    void implicitTlsBeforeGreeting();
    void changedIsEmitted();
};

void TestProtocolState::closedAllowsOnlyConnect()
{
    ProtocolState s;
    QCOMPARE(s.step(), Step::Closed);
    QCOMPARE(s.legalCommands(), QList<Cmd>{Cmd::Connect});
    QCOMPARE(s.next().command, Cmd::Connect);
    QVERIFY(!s.whyNot(Cmd::Ehlo).isEmpty());
}

void TestProtocolState::greetingWaitsThenAllowsGreeting()
{
    ProtocolState s;
    s.setHeloName(QStringLiteral("client.example"));
    TranscriptEntry info;
    info.direction = TranscriptEntry::Info;
    s.feed(info); // "Connecting to …" changes nothing
    QCOMPARE(s.step(), Step::Closed);
    s.feed(server("220 mx.example.org ESMTP\r\n", {}));
    QCOMPARE(s.step(), Step::Connected);
    QVERIFY(s.greetingReceived());
    QCOMPARE(legal(s), (QSet<Cmd>{Cmd::Ehlo, Cmd::Helo, Cmd::Rset, Cmd::Noop, Cmd::Vrfy, Cmd::Expn,
                                  Cmd::Quit}));
    QVERIFY(!s.isLegal(Cmd::Mail));
    QVERIFY(!s.isLegal(Cmd::StartTls));
    QCOMPARE(s.next().command, Cmd::Ehlo);
    QCOMPARE(s.next().line, QByteArray("EHLO client.example"));
}

void TestProtocolState::fullSessionWithStartTlsAndAuth()
{
    ProtocolState s;
    s.setHeloName(QStringLiteral("c"));
    s.feed(server("220 mx ESMTP\r\n", {}));
    exchange(s, "EHLO c", Ehlo);
    QCOMPARE(s.step(), Step::Greeted);
    QVERIFY(s.isEsmtp());
    QVERIFY(s.isLegal(Cmd::StartTls));
    QVERIFY(s.isLegal(Cmd::Auth));
    QVERIFY(s.isLegal(Cmd::Mail));
    QVERIFY(!s.isLegal(Cmd::Rcpt));
    QVERIFY(!s.isLegal(Cmd::Data));
    QCOMPARE(s.next().line, QByteArray("STARTTLS"));

    exchange(s, "STARTTLS", "220 2.0.0 Ready to start TLS\r\n");
    s.feed(tlsStart());
    QCOMPARE(s.step(), Step::Tls);
    QVERIFY(s.isEncrypted());
    QVERIFY(!s.isGreeted());
    QVERIFY(!s.isLegal(Cmd::StartTls));
    QVERIFY(!s.isLegal(Cmd::Auth)); // not known before EHLO again
    QVERIFY(!s.isLegal(Cmd::Mail));
    QCOMPARE(s.next().line, QByteArray("EHLO c"));

    exchange(s, "EHLO c", EhloAfterTls);
    QCOMPARE(s.step(), Step::Tls);
    QVERIFY(s.isReached(Step::Greeted));
    QVERIFY(s.isReached(Step::Tls));
    QVERIFY(!s.isLegal(Cmd::StartTls));
    QCOMPARE(s.next().command, Cmd::Auth);
    QCOMPARE(s.next().line, QByteArray("AUTH PLAIN"));

    s.feed(client("AUTH PLAIN AGFsaWNlAHNlY3JldA==", 11));
    s.feed(server("235 2.7.0 Authentication successful\r\n", "AUTH"));
    QCOMPARE(s.step(), Step::Authenticated);
    QVERIFY(!s.isLegal(Cmd::Auth));
    QCOMPARE(s.next().command, Cmd::Mail);

    exchange(s, "MAIL FROM:<alice@example.org>", "250 2.1.0 Ok\r\n");
    QCOMPARE(s.step(), Step::Transaction);
    QVERIFY(s.isLegal(Cmd::Rcpt));
    QVERIFY(!s.isLegal(Cmd::Data));
    QVERIFY(!s.isLegal(Cmd::Mail));
    QVERIFY(!s.isLegal(Cmd::Auth));
    QVERIFY(!s.isLegal(Cmd::StartTls));

    exchange(s, "RCPT TO:<bob@example.org>", "250 2.1.5 Ok\r\n");
    QCOMPARE(s.step(), Step::Recipients);
    QCOMPARE(s.recipients(), 1);
    QVERIFY(s.isLegal(Cmd::Data));
    QCOMPARE(s.next().line, QByteArray("DATA"));

    exchange(s, "DATA", "354 End data with <CR><LF>.<CR><LF>\r\n");
    QCOMPARE(s.step(), Step::DataSent);
    QVERIFY(s.inMessage());
    QVERIFY(s.legalCommands().isEmpty());
    QCOMPARE(s.next().line, QByteArray("."));
    QVERIFY(!s.next().hint.isEmpty());

    TranscriptEntry data;
    data.direction = TranscriptEntry::Data;
    data.dataBytes = 100;
    s.feed(data);
    s.feed(client("."));
    QVERIFY(!s.inMessage());
    s.feed(server("250 2.0.0 Ok: queued as 123\r\n", "."));
    QCOMPARE(s.step(), Step::DataSent);
    QCOMPARE(s.messagesAccepted(), 1);
    QVERIFY(!s.inTransaction());
    QVERIFY(s.isLegal(Cmd::Mail));
    QCOMPARE(s.next().command, Cmd::Quit);

    exchange(s, "QUIT", "221 2.0.0 Bye\r\n");
    s.disconnected();
    QCOMPARE(s.step(), Step::Closed);
    QCOMPARE(s.legalCommands(), QList<Cmd>{Cmd::Connect});
}

void TestProtocolState::tlsForgetsEhloAndTransaction()
{
    ProtocolState s;
    s.feed(server("220 mx\r\n", {}));
    exchange(s, "EHLO c", Ehlo);
    s.feed(client("AUTH PLAIN AGFsaWNlAHNlY3JldA==", 11));
    s.feed(server("235 ok\r\n", "AUTH"));
    QVERIFY(s.isAuthenticated());
    // An expert sends STARTTLS after AUTH: the handshake forgets the login too.
    exchange(s, "STARTTLS", "220 go\r\n");
    s.feed(tlsStart());
    QVERIFY(!s.isAuthenticated());
    QVERIFY(s.capabilities().keywords().isEmpty());
    QCOMPARE(s.step(), Step::Tls);
}

void TestProtocolState::refusedRecipientIsNotARecipient()
{
    ProtocolState s;
    s.feed(server("220 mx\r\n", {}));
    exchange(s, "EHLO c", Ehlo);
    exchange(s, "MAIL FROM:<a@example.org>", "250 ok\r\n");
    exchange(s, "RCPT TO:<nobody@example.org>", "550 5.1.1 User unknown\r\n");
    QCOMPARE(s.step(), Step::Transaction);
    QCOMPARE(s.recipients(), 0);
    QVERIFY(!s.isLegal(Cmd::Data));
    QVERIFY(s.whyNot(Cmd::Data).contains(QLatin1String("recipient")));
    // Every recipient tried and refused: nothing to send, Next abandons the transaction.
    s.setEnvelope(QStringLiteral("a@example.org"), {QStringLiteral("nobody@example.org")});
    QCOMPARE(s.next().command, Cmd::Rset);
}

void TestProtocolState::dataNeedsARecipient()
{
    ProtocolState s;
    s.feed(server("220 mx\r\n", {}));
    exchange(s, "EHLO c", Ehlo);
    QVERIFY(!s.isLegal(Cmd::Data));
    QVERIFY(!s.isLegal(Cmd::Rcpt));
    exchange(s, "MAIL FROM:<a@example.org>", "250 ok\r\n");
    QVERIFY(!s.isLegal(Cmd::Data));
    // 354 to an out-of-sequence DATA (an expert's) is followed anyway.
    exchange(s, "DATA", "354 go\r\n");
    QVERIFY(s.inMessage());
}

void TestProtocolState::authChallengeBlocksCommandsAndSecretsAreNotKept()
{
    ProtocolState s;
    s.feed(server("220 mx\r\n", {}));
    exchange(s, "EHLO c", Ehlo);
    s.feed(client("AUTH LOGIN"));
    s.feed(server("334 VXNlcm5hbWU6\r\n", "AUTH"));
    QVERIFY(s.inAuthExchange());
    QVERIFY(s.legalCommands().isEmpty());
    QCOMPARE(s.next().command, Cmd::None);
    QVERIFY(!s.next().hint.isEmpty());
    s.feed(client("YWxpY2U=", 0));
    s.feed(server("334 UGFzc3dvcmQ6\r\n", "AUTH"));
    QVERIFY(s.inAuthExchange());
    s.feed(client("c2VjcmV0", 0));
    QCOMPARE(s.pendingReplies(), 1);
    s.feed(server("235 2.7.0 ok\r\n", "AUTH"));
    QVERIFY(!s.inAuthExchange());
    QVERIFY(s.isAuthenticated());
    QCOMPARE(s.pendingReplies(), 0);
}

void TestProtocolState::failedAuthLeavesUnauthenticated()
{
    ProtocolState s;
    s.feed(server("220 mx\r\n", {}));
    exchange(s, "EHLO c", Ehlo);
    s.feed(client("AUTH PLAIN AGFsaWNlAHdyb25n", 11));
    s.feed(server("535 5.7.8 Authentication credentials invalid\r\n", "AUTH"));
    QVERIFY(!s.isAuthenticated());
    QVERIFY(s.isLegal(Cmd::Auth));
    QCOMPARE(s.step(), Step::Greeted);
}

void TestProtocolState::refusedGreetingAllowsOnlyQuit()
{
    ProtocolState s;
    s.feed(server("554 5.7.1 No service for you\r\n", {}));
    QVERIFY(s.greetingRefused());
    QCOMPARE(s.legalCommands(), QList<Cmd>{Cmd::Quit});
    QCOMPARE(s.next().line, QByteArray("QUIT"));
    QVERIFY(!s.whyNot(Cmd::Ehlo).isEmpty());
}

void TestProtocolState::heloSessionHasNoExtensions()
{
    ProtocolState s;
    s.feed(server("220 mx\r\n", {}));
    exchange(s, "HELO c", "250 mx\r\n");
    QVERIFY(s.isGreeted());
    QVERIFY(!s.isEsmtp());
    QVERIFY(!s.isLegal(Cmd::StartTls));
    QVERIFY(!s.isLegal(Cmd::Auth));
    QVERIFY(s.isLegal(Cmd::Mail));
    QCOMPARE(s.next().command, Cmd::Mail);
}

void TestProtocolState::refusedEhloProposesHelo()
{
    ProtocolState s;
    s.setHeloName(QStringLiteral("c"));
    s.feed(server("220 mx\r\n", {}));
    exchange(s, "EHLO c", "502 5.5.2 Command not recognised\r\n");
    QVERIFY(!s.isGreeted());
    QCOMPARE(s.next().command, Cmd::Helo);
    QCOMPARE(s.next().line, QByteArray("HELO c"));
}

void TestProtocolState::rsetAndEhloEndTheTransaction()
{
    ProtocolState s;
    s.feed(server("220 mx\r\n", {}));
    exchange(s, "EHLO c", Ehlo);
    exchange(s, "MAIL FROM:<a@example.org>", "250 ok\r\n");
    exchange(s, "RCPT TO:<b@example.org>", "250 ok\r\n");
    exchange(s, "RSET", "250 ok\r\n");
    QCOMPARE(s.step(), Step::Greeted);
    QVERIFY(!s.inTransaction());
    exchange(s, "MAIL FROM:<a@example.org>", "250 ok\r\n");
    QVERIFY(s.inTransaction());
    exchange(s, "EHLO c", Ehlo); // RFC 5321 §4.1.4: EHLO resets
    QVERIFY(!s.inTransaction());
    // A refused RSET changes nothing.
    exchange(s, "MAIL FROM:<a@example.org>", "250 ok\r\n");
    exchange(s, "RSET", "500 no\r\n");
    QVERIFY(s.inTransaction());
}

void TestProtocolState::refusedDotEndsTransactionWithoutDelivery()
{
    ProtocolState s;
    s.feed(server("220 mx\r\n", {}));
    exchange(s, "EHLO c", EhloAfterTls); // no STARTTLS to propose
    exchange(s, "MAIL FROM:<a@example.org>", "250 ok\r\n");
    exchange(s, "RCPT TO:<b@example.org>", "250 ok\r\n");
    exchange(s, "DATA", "354 go\r\n");
    s.feed(client("."));
    s.feed(server("554 5.7.1 Spam\r\n", "."));
    QCOMPARE(s.messagesAccepted(), 0);
    QCOMPARE(s.step(), Step::Greeted);
    QVERIFY(!s.isReached(Step::DataSent));
    QCOMPARE(s.next().command, Cmd::Mail);
}

void TestProtocolState::closingReplyAndDisconnection()
{
    ProtocolState s;
    s.feed(server("220 mx\r\n", {}));
    exchange(s, "EHLO c", Ehlo);
    exchange(s, "MAIL FROM:<a@example.org>", "250 ok\r\n");
    exchange(s, "RCPT TO:<b@example.org>", "421 4.3.0 Shutting down\r\n");
    QVERIFY(!s.inTransaction());
    QVERIFY(!s.isGreeted());
    s.disconnected();
    QCOMPARE(s.step(), Step::Closed);
    QVERIFY(s.isLegal(Cmd::Connect));
    QVERIFY(!s.isLegal(Cmd::Quit));
}

void TestProtocolState::nextWaitsForPendingReply()
{
    ProtocolState s;
    s.feed(server("220 mx\r\n", {}));
    s.feed(client("EHLO c"));
    QCOMPARE(s.pendingReplies(), 1);
    QCOMPARE(s.next().command, Cmd::None);
    QVERIFY(!s.next().hint.isEmpty());
    s.feed(server(Ehlo, "EHLO"));
    QCOMPARE(s.pendingReplies(), 0);
    QCOMPARE(s.next().command, Cmd::StartTls);
}

void TestProtocolState::nextUsesEnvelope()
{
    ProtocolState s;
    s.feed(server("220 mx\r\n", {}));
    exchange(s, "HELO c", "250 mx\r\n");
    QCOMPARE(s.next().line, QByteArray("MAIL FROM:<sender@example.org>"));
    s.setEnvelope(QStringLiteral("a@example.org"),
                  {QStringLiteral("b@example.org"), QStringLiteral("c@example.org")});
    QCOMPARE(s.next().line, QByteArray("MAIL FROM:<a@example.org>"));
    exchange(s, "MAIL FROM:<a@example.org>", "250 ok\r\n");
    QCOMPARE(s.next().line, QByteArray("RCPT TO:<b@example.org>"));
    exchange(s, "RCPT TO:<b@example.org>", "250 ok\r\n");
    QCOMPARE(s.next().line, QByteArray("RCPT TO:<c@example.org>"));
    exchange(s, "RCPT TO:<c@example.org>", "250 ok\r\n");
    QCOMPARE(s.next().line, QByteArray("DATA"));

    // Without an envelope, the addresses last used on the wire.
    ProtocolState t;
    t.feed(server("220 mx\r\n", {}));
    exchange(t, "HELO c", "250 mx\r\n");
    exchange(t, "MAIL FROM:<x@example.net>", "250 ok\r\n");
    exchange(t, "RCPT TO:<y@example.net>", "250 ok\r\n");
    exchange(t, "RSET", "250 ok\r\n");
    QCOMPARE(t.next().line, QByteArray("MAIL FROM:<x@example.net>"));
    exchange(t, "MAIL FROM:<x@example.net>", "250 ok\r\n");
    QCOMPARE(t.next().line, QByteArray("RCPT TO:<y@example.net>"));
}

void TestProtocolState::implicitTlsBeforeGreeting()
{
    ProtocolState s;
    s.feed(tlsStart());
    QCOMPARE(s.step(), Step::Tls);
    QVERIFY(!s.greetingReceived());
    QVERIFY(s.legalCommands().isEmpty());
    s.feed(server("220 mx\r\n", {}));
    QVERIFY(s.greetingReceived());
    QVERIFY(s.isLegal(Cmd::Ehlo));
}

void TestProtocolState::changedIsEmitted()
{
    ProtocolState s;
    QSignalSpy spy(&s, &ProtocolState::changed);
    s.feed(server("220 mx\r\n", {}));
    QCOMPARE(spy.count(), 1);
    s.disconnected();
    QCOMPARE(spy.count(), 2);
    s.disconnected(); // already closed: nothing changes
    QCOMPARE(spy.count(), 2);
}

QTEST_GUILESS_MAIN(TestProtocolState)
#include "tst_protocolstate.moc"
