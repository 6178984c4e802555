// The sandbox under abuse, with raw sockets: pipelined batches, BDAT, garbage, 1 MB lines,
// silent clients, bytes injected behind STARTTLS, and 200 clients at once.
#include "SandboxTestUtil.h"
#include "smtp/SmtpSession.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <algorithm>
#include <memory>
#include <vector>

using namespace postel;

class TestSandboxRobustness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_certDir.isValid()); }

    void pipelinedBatchRepliesInOrder();
    void dataEndSplitAcrossPackets();
    void bdatChunks();
    void bdatOutOfSequenceIsConsumed();
    void garbageBytes();
    void garbageLinesThenValidCommand();
    void megabyteCommandLine();
    void megabyteDataLine();
    void commandLineLimitCountsTheLineEnd();
    void dataLineLimitSkipsTheTransparencyDot();
    void unlimitedDataLineIsTakenInPieces();
    void idleClientTimesOut();
    void delayedClientDoesNotBlockOthers();
    void bytesBehindStarttlsAreDiscarded();
    void authCancelAndBadBase64();
    void tooManyConnections();
    void twoHundredConcurrentSessions();
    void stopClosesEverything();

private:
    QTemporaryDir m_certDir;
};

void TestSandboxRobustness::pipelinedBatchRepliesInOrder()
{
    SandboxBehaviour b;
    b.refuseRecipients = {*SandboxRule::parse(QStringLiteral("*@refused.test"),
                                              SandboxBehaviour::defaultRecipientRefusal())};
    TestSandbox sandbox(b, m_certDir.path());
    QVERIFY(sandbox.start());
    RawClient c;
    QVERIFY(c.connectTo(sandbox.port()));
    QCOMPARE(c.code(), 220);
    c.send("EHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nRCPT TO:<c@refused.test>\r\n"
           "RCPT TO:<d@x.test>\r\nDATA\r\n");
    QCOMPARE(c.code(), 250);
    QVERIFY(c.last.contains("250-PIPELINING"));
    QCOMPARE(c.code(), 250);
    QCOMPARE(c.code(), 250);
    QCOMPARE(c.code(), 550);
    QCOMPARE(c.last, QByteArray("550 5.1.1 <c@refused.test>: Recipient address rejected\r\n"));
    QCOMPARE(c.code(), 250);
    QCOMPARE(c.code(), 354);
    c.send("Subject: p\r\n\r\nbody\r\n.\r\nQUIT\r\n");
    QCOMPARE(c.code(), 250);
    QCOMPARE(c.code(), 221);
    QVERIFY(c.waitClosed());
    QCOMPARE(sandbox.mailbox.count(), 1);
    QCOMPARE(sandbox.mailbox.messages().first().envelope.recipients,
             (QStringList{"b@x.test", "d@x.test"}));
    QCOMPARE(sandbox.mailbox.rawMessage(sandbox.mailbox.messages().first().id),
             QByteArray("Subject: p\r\n\r\nbody\r\n"));
}

void TestSandboxRobustness::dataEndSplitAcrossPackets()
{
    TestSandbox sandbox(SandboxBehaviour(), m_certDir.path());
    QVERIFY(sandbox.start());
    RawClient c;
    QVERIFY(c.connectTo(sandbox.port()));
    QCOMPARE(c.code(), 220);
    c.send("HELO x\r\nMAIL FROM:<>\r\nRCPT TO:<b@x.test>\r\nDATA\r\n");
    QCOMPARE(c.code(), 250);
    QCOMPARE(c.code(), 250);
    QCOMPARE(c.code(), 250);
    QCOMPARE(c.code(), 354);
    // Dot-stuffed lines, a bare LF (kept as it is) and ".\r\n" look-alikes, one byte at a time.
    const QByteArray wire = "..one\r\n.\r\r\nbare\nlf\r\n...\r\nx.\r\n.\r\n";
    for (char ch : wire) {
        c.send(QByteArray(1, ch));
        QTest::qWait(1);
    }
    QCOMPARE(c.code(), 250);
    QCOMPARE(sandbox.mailbox.rawMessage(sandbox.mailbox.messages().first().id),
             QByteArray(".one\r\n\r\r\nbare\nlf\r\n..\r\nx.\r\n"));
    QCOMPARE(sandbox.mailbox.messages().first().envelope.protocol, QStringLiteral("SMTP"));
}

void TestSandboxRobustness::bdatChunks()
{
    TestSandbox sandbox(SandboxBehaviour(), m_certDir.path());
    QVERIFY(sandbox.start());
    RawClient c;
    QVERIFY(c.connectTo(sandbox.port()));
    QCOMPARE(c.code(), 220);
    c.send("EHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\n");
    QCOMPARE(c.code(), 250);
    QVERIFY(c.last.contains("250-CHUNKING"));
    QCOMPARE(c.code(), 250);
    QCOMPARE(c.code(), 250);
    // Chunks are raw: no dot-stuffing, CRLF or ".\r\n" mean nothing.
    c.send("BDAT 15\r\nSubject: b\r\n\r\n.");
    QCOMPARE(c.code(), 250);
    QCOMPARE(c.last, QByteArray("250 2.0.0 15 octets received\r\n"));
    c.send("BDAT 5 LAST\r\n\r\n.\r\nNOOP\r\n");
    QCOMPARE(c.code(), 250);
    QVERIFY(c.last.startsWith("250 2.0.0 Ok: queued as "));
    QCOMPARE(c.code(), 250);
    QCOMPARE(sandbox.mailbox.rawMessage(sandbox.mailbox.messages().first().id),
             QByteArray("Subject: b\r\n\r\n.\r\n.\r\n"));
    // DATA is refused after BDAT in one transaction; BDAT 0 LAST ends an empty message.
    c.send("MAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nBDAT 0 LAST\r\n");
    QCOMPARE(c.code(), 250);
    QCOMPARE(c.code(), 250);
    QCOMPARE(c.code(), 250);
    QCOMPARE(sandbox.mailbox.count(), 2);
}

void TestSandboxRobustness::bdatOutOfSequenceIsConsumed()
{
    TestSandbox sandbox(SandboxBehaviour(), m_certDir.path());
    QVERIFY(sandbox.start());
    RawClient c;
    QVERIFY(c.connectTo(sandbox.port()));
    QCOMPARE(c.code(), 220);
    // The chunk looks like commands; the sandbox must read it as data and throw it away.
    c.send("EHLO x\r\nBDAT 12\r\nQUIT\r\nQUIT\r\nNOOP\r\n");
    QCOMPARE(c.code(), 250);
    QCOMPARE(c.code(), 503);
    QCOMPARE(c.last, QByteArray("503 5.5.1 Error: need MAIL command\r\n"));
    QCOMPARE(c.code(), 250);
    QCOMPARE(c.last, QByteArray("250 2.0.0 Ok\r\n"));
}

void TestSandboxRobustness::garbageBytes()
{
    SandboxBehaviour b;
    TestSandbox sandbox(b, m_certDir.path());
    QVERIFY(sandbox.start());
    RawClient c;
    QVERIFY(c.connectTo(sandbox.port()));
    QCOMPARE(c.code(), 220);
    QRandomGenerator rng(42);
    QByteArray garbage(256 * 1024, Qt::Uninitialized);
    for (char &ch : garbage)
        ch = char(rng.bounded(256));
    c.send(garbage);
    // Each bad line gets a 5xx; after max_errors the sandbox says 421 and closes.
    int last = 0;
    int replies = 0;
    while (true) {
        const int code = c.code(15000);
        if (code == 0)
            break;
        QVERIFY2(code == 500 || code == 501 || code == 503 || code == 530 || code == 555 ||
                     code == 554 || code == 421 || code == 502 || code == 504 || code == 250,
                 c.last.constData());
        last = code;
        ++replies;
    }
    QCOMPARE(last, 421);
    QVERIFY(replies >= b.maxErrors);
    QVERIFY(c.waitClosed());
    // The server is still up.
    RawClient d;
    QVERIFY(d.connectTo(sandbox.port()));
    QCOMPARE(d.code(), 220);
    d.send("NOOP\r\n");
    QCOMPARE(d.code(), 250);
}

void TestSandboxRobustness::garbageLinesThenValidCommand()
{
    TestSandbox sandbox(SandboxBehaviour(), m_certDir.path());
    QVERIFY(sandbox.start());
    RawClient c;
    QVERIFY(c.connectTo(sandbox.port()));
    QCOMPARE(c.code(), 220);
    c.send(QByteArray("\x00\x01\x02\xff\xfe\r\n", 7) + "\r\n" +
           "\x1b[31mred\r\nMAIL\r\nEHLO ok\r\n");
    QCOMPARE(c.code(), 500);
    QCOMPARE(c.code(), 500);
    QCOMPARE(c.last, QByteArray("500 5.5.2 Error: bad syntax\r\n"));
    QCOMPARE(c.code(), 500);
    QCOMPARE(c.code(), 503);
    QCOMPARE(c.code(), 250);
}

void TestSandboxRobustness::megabyteCommandLine()
{
    TestSandbox sandbox(SandboxBehaviour(), m_certDir.path());
    QVERIFY(sandbox.start());
    RawClient c;
    QVERIFY(c.connectTo(sandbox.port()));
    QCOMPARE(c.code(), 220);
    c.send("NOOP " + QByteArray(1024 * 1024, 'A') + "\r\nNOOP\r\n");
    QCOMPARE(c.code(20000), 500);
    QCOMPARE(c.last, QByteArray("500 5.5.2 Error: line too long\r\n"));
    QCOMPARE(c.code(), 250);
    // And once more with the line arriving in pieces and the CRLF much later.
    for (int i = 0; i < 16; ++i) {
        c.send(QByteArray(64 * 1024, 'B'));
        QTest::qWait(1);
    }
    c.send("\r\nNOOP\r\n");
    QCOMPARE(c.code(20000), 500);
    QCOMPARE(c.code(), 250);
    QCOMPARE(sandbox.server.connectionCount(), 1);
}

void TestSandboxRobustness::megabyteDataLine()
{
    TestSandbox sandbox(SandboxBehaviour(), m_certDir.path());
    QVERIFY(sandbox.start());
    RawClient c;
    QVERIFY(c.connectTo(sandbox.port()));
    QCOMPARE(c.code(), 220);
    c.send("EHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nDATA\r\n");
    for (int expected : {250, 250, 250, 354})
        QCOMPARE(c.code(), expected);
    c.send("Subject: long\r\n\r\n" + QByteArray(1024 * 1024, 'x') + "\r\n.\r\n");
    QCOMPARE(c.code(20000), 500);
    QVERIFY(c.last.startsWith("500 5.5.2 Error: line too long"));
    QCOMPARE(sandbox.mailbox.count(), 0);
    // The transaction was reset; a proper message goes through on the same connection.
    c.send("MAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nDATA\r\n");
    for (int expected : {250, 250, 354})
        QCOMPARE(c.code(), expected);
    c.send("Subject: short\r\n\r\n" + QByteArray(998, 'y') + "\r\n.\r\n");
    QCOMPARE(c.code(), 250);
    QCOMPARE(sandbox.mailbox.count(), 1);
}

void TestSandboxRobustness::commandLineLimitCountsTheLineEnd()
{
    TestSandbox sandbox(SandboxBehaviour(), m_certDir.path());
    QVERIFY(sandbox.start());
    RawClient c;
    QVERIFY(c.connectTo(sandbox.port()));
    QCOMPARE(c.code(), 220);
    // max_command_line is 16384 octets with the CRLF: one octet more is too long.
    const int limit = SandboxBehaviour().maxCommandLineLength;
    c.send("NOOP " + QByteArray(limit - 7, 'a') + "\r\n");
    QCOMPARE(c.code(), 250);
    c.send("NOOP " + QByteArray(limit - 6, 'a') + "\r\n");
    QCOMPARE(c.code(), 500);
    QCOMPARE(c.last, QByteArray("500 5.5.2 Error: line too long\r\n"));
    // `limit` octets and no line end yet: too long already, whatever the end will be.
    c.send("NOOP " + QByteArray(limit - 5, 'b'));
    QCOMPARE(c.code(), 500);
    c.send("\r\nNOOP\r\n");
    QCOMPARE(c.code(), 250);
    QCOMPARE(c.reply(300), QByteArray());
}

void TestSandboxRobustness::dataLineLimitSkipsTheTransparencyDot()
{
    TestSandbox sandbox(SandboxBehaviour(), m_certDir.path());
    QVERIFY(sandbox.start());
    RawClient c;
    QVERIFY(c.connectTo(sandbox.port()));
    QCOMPARE(c.code(), 220);
    // RFC 5321 4.5.3.1.6: 1000 octets with the CRLF, "not counting the leading dot duplicated
    // for transparency": a 998-octet line that begins with a dot is 1001 octets on the wire.
    const QByteArray line = "." + QByteArray(997, 'z');
    c.send("EHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nDATA\r\n");
    for (int expected : {250, 250, 250, 354})
        QCOMPARE(c.code(), expected);
    c.send("Subject: dots\r\n\r\n." + line + "\r\n.\r\n");
    QCOMPARE(c.code(), 250);
    QCOMPARE(sandbox.mailbox.rawMessage(sandbox.mailbox.messages().first().id),
             "Subject: dots\r\n\r\n" + line + "\r\n");
    // One more octet is too long, dot or not, and also when the line arrives in pieces.
    c.send("MAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nDATA\r\n");
    for (int expected : {250, 250, 354})
        QCOMPARE(c.code(), expected);
    c.send("Subject: dots\r\n\r\n." + line);
    QTest::qWait(50);
    c.send("z\r\n.\r\n");
    QCOMPARE(c.code(), 500);
    QVERIFY(c.last.startsWith("500 5.5.2 Error: line too long"));
    QCOMPARE(sandbox.mailbox.count(), 1);
}

void TestSandboxRobustness::unlimitedDataLineIsTakenInPieces()
{
    SandboxBehaviour b;
    b.maxDataLineLength = 0; // no limit: a long line is kept, taken as it arrives
    TestSandbox sandbox(b, m_certDir.path());
    QVERIFY(sandbox.start());
    RawClient c;
    QVERIFY(c.connectTo(sandbox.port()));
    QCOMPARE(c.code(), 220);
    c.send("EHLO x\r\nMAIL FROM:<a@x.test>\r\nRCPT TO:<b@x.test>\r\nDATA\r\n");
    for (int expected : {250, 250, 250, 354})
        QCOMPARE(c.code(), expected);
    QByteArray line;
    for (int i = 0; line.size() < 600 * 1024; ++i)
        line += QByteArray::number(i) + ".";
    // Stuffed, in pieces: the dot added for transparency goes, the ones inside stay.
    c.send("Subject: long\r\n\r\n.");
    for (qsizetype at = 0; at < line.size(); at += 100000) {
        c.send(line.mid(at, 100000));
        QTest::qWait(5);
    }
    c.send("\r\n.\r\n");
    QCOMPARE(c.code(20000), 250);
    QCOMPARE(sandbox.mailbox.rawMessage(sandbox.mailbox.messages().first().id),
             "Subject: long\r\n\r\n" + line + "\r\n");
}

void TestSandboxRobustness::idleClientTimesOut()
{
    SandboxBehaviour b;
    b.idleTimeoutMs = 400;
    TestSandbox sandbox(b, m_certDir.path());
    QVERIFY(sandbox.start());
    RawClient c;
    QVERIFY(c.connectTo(sandbox.port()));
    QCOMPARE(c.code(), 220);
    QCOMPARE(c.code(5000), 421);
    QCOMPARE(c.last, QByteArray("421 4.4.2 localhost Error: timeout exceeded\r\n"));
    QVERIFY(c.waitClosed());
    QTRY_COMPARE(sandbox.server.connectionCount(), 0);
    // A client half way through DATA times out too, and nothing half-received is kept.
    RawClient d;
    QVERIFY(d.connectTo(sandbox.port()));
    QCOMPARE(d.code(), 220);
    d.send("HELO x\r\nMAIL FROM:<>\r\nRCPT TO:<b@x.test>\r\nDATA\r\nSubject: half\r\n");
    for (int expected : {250, 250, 250, 354, 421})
        QCOMPARE(d.code(5000), expected);
    QCOMPARE(sandbox.mailbox.count(), 0);
}

void TestSandboxRobustness::delayedClientDoesNotBlockOthers()
{
    SandboxBehaviour b;
    b.faults = {{SandboxStep::Mail, SandboxFault::Action::Delay, 1500, {}, 0}};
    TestSandbox sandbox(b, m_certDir.path());
    QVERIFY(sandbox.start());
    RawClient slow;
    QVERIFY(slow.connectTo(sandbox.port()));
    QCOMPARE(slow.code(), 220);
    slow.send("HELO x\r\nMAIL FROM:<>\r\n");
    QCOMPARE(slow.code(), 250);
    QElapsedTimer t;
    t.start();
    RawClient fast;
    QVERIFY(fast.connectTo(sandbox.port()));
    QCOMPARE(fast.code(), 220);
    fast.send("HELO y\r\nNOOP\r\n");
    QCOMPARE(fast.code(), 250);
    QCOMPARE(fast.code(), 250);
    QVERIFY(t.elapsed() < 1200);
    QCOMPARE(slow.code(5000), 250);
    QVERIFY(t.elapsed() >= 1000);
}

void TestSandboxRobustness::bytesBehindStarttlsAreDiscarded()
{
    TestSandbox sandbox(SandboxBehaviour(), m_certDir.path());
    QVERIFY(sandbox.start());
    RawClient c;
    QVERIFY(c.connectTo(sandbox.port()));
    QCOMPARE(c.code(), 220);
    c.send("EHLO x\r\n");
    QCOMPARE(c.code(), 250);
    // A man in the middle appends a command to the plaintext STARTTLS (CVE-2011-0411).
    c.send("STARTTLS\r\nMAIL FROM:<evil@x.test>\r\n");
    QCOMPARE(c.code(), 220);
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setCaCertificates({sandbox.server.certificate().certificate});
    c.socket->setSslConfiguration(conf);
    c.socket->setPeerVerifyName(QStringLiteral("localhost"));
    c.socket->startClientEncryption();
    QVERIFY(RawClient::spin([&] { return c.socket->isEncrypted(); }, 10000));
    // Nothing comes unasked, and the injected MAIL was never seen: RCPT is out of sequence.
    c.send("EHLO x\r\nRCPT TO:<b@x.test>\r\n");
    QCOMPARE(c.code(), 250);
    QVERIFY(!c.last.contains("STARTTLS"));
    QCOMPARE(c.code(), 503);
}

void TestSandboxRobustness::authCancelAndBadBase64()
{
    SandboxBehaviour b;
    b.accounts = {{QStringLiteral("alice"), QStringLiteral("wonderland")}};
    TestSandbox sandbox(b, m_certDir.path());
    QVERIFY(sandbox.start());
    RawClient c;
    QVERIFY(c.connectTo(sandbox.port()));
    QCOMPARE(c.code(), 220);
    c.send("EHLO x\r\nAUTH LOGIN\r\n*\r\nAUTH PLAIN !!!\r\nAUTH XTEST\r\nAUTH LOGIN\r\nYWxpY2U=\r\n"
           "d29uZGVybGFuZA==\r\nAUTH PLAIN\r\n");
    QCOMPARE(c.code(), 250);
    QCOMPARE(c.code(), 334);
    QCOMPARE(c.last, QByteArray("334 VXNlcm5hbWU6\r\n"));
    QCOMPARE(c.code(), 501);
    QCOMPARE(c.last, QByteArray("501 5.0.0 Authentication cancelled\r\n"));
    QCOMPARE(c.code(), 501);
    QCOMPARE(c.code(), 504);
    QCOMPARE(c.code(), 334);
    QCOMPARE(c.code(), 334);
    QCOMPARE(c.code(), 235);
    QCOMPARE(c.code(), 503);
    QCOMPARE(c.last, QByteArray("503 5.5.1 Error: already authenticated\r\n"));
}

void TestSandboxRobustness::tooManyConnections()
{
    SandboxBehaviour b;
    b.maxConnections = 2;
    TestSandbox sandbox(b, m_certDir.path());
    QVERIFY(sandbox.start());
    RawClient one, two, three;
    QVERIFY(one.connectTo(sandbox.port()));
    QCOMPARE(one.code(), 220);
    QVERIFY(two.connectTo(sandbox.port()));
    QCOMPARE(two.code(), 220);
    QVERIFY(three.connectTo(sandbox.port()));
    QCOMPARE(three.code(), 421);
    QVERIFY(three.waitClosed());
    one.send("QUIT\r\n");
    QCOMPARE(one.code(), 221);
    QTRY_COMPARE(sandbox.server.connectionCount(), 1);
    RawClient four;
    QVERIFY(four.connectTo(sandbox.port()));
    QCOMPARE(four.code(), 220);
}

void TestSandboxRobustness::twoHundredConcurrentSessions()
{
    constexpr int N = 200;
    TestSandbox sandbox(SandboxBehaviour(), m_certDir.path());
    QVERIFY(sandbox.start());
    std::vector<std::unique_ptr<SmtpSession>> sessions;
    QList<SmtpOperation *> sends;
    QList<SmtpOperation *> quits;
    for (int i = 0; i < N; ++i) {
        auto s = std::make_unique<SmtpSession>();
        s->setLocalHostname(QStringLiteral("client%1.test").arg(i));
        s->setTimeout(60000);
        s->connectToHost(QStringLiteral("127.0.0.1"), sandbox.port());
        const QByteArray msg =
            QStringLiteral("Subject: message %1\r\n\r\nbody %1\r\n").arg(i).toLatin1();
        sends.append(s->sendmail(QStringLiteral("a%1@x.test").arg(i),
                                 {QStringLiteral("b%1@x.test").arg(i)}, msg));
        quits.append(s->quit());
        sessions.push_back(std::move(s));
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(quits.begin(), quits.end(), [](SmtpOperation *op) { return op->isFinished(); }),
        120000);
    int failed = 0;
    for (SmtpOperation *op : std::as_const(sends))
        failed += op->hasError() ? 1 : 0;
    QCOMPARE(failed, 0);
    QCOMPARE(sandbox.mailbox.count(), N);
    QSet<QString> senders;
    for (const SandboxMessage &m : sandbox.mailbox.messages()) {
        const int i = m.envelope.sender.mid(1, m.envelope.sender.indexOf('@') - 1).toInt();
        QCOMPARE(m.envelope.recipients, QStringList{QStringLiteral("b%1@x.test").arg(i)});
        QCOMPARE(sandbox.mailbox.rawMessage(m.id),
                 QStringLiteral("Subject: message %1\r\n\r\nbody %1\r\n").arg(i).toLatin1());
        senders.insert(m.envelope.sender);
    }
    QCOMPARE(senders.size(), N);
    QTRY_COMPARE_WITH_TIMEOUT(sandbox.server.connectionCount(), 0, 20000);
    // A reload from disk finds every message too.
    sandbox.mailbox.reload();
    QCOMPARE(sandbox.mailbox.count(), N);
}

void TestSandboxRobustness::stopClosesEverything()
{
    TestSandbox sandbox(SandboxBehaviour(), m_certDir.path());
    QVERIFY(sandbox.start());
    QVERIFY(sandbox.server.listenTls(QHostAddress::LocalHost, 0));
    RawClient c;
    QVERIFY(c.connectTo(sandbox.port()));
    QCOMPARE(c.code(), 220);
    sandbox.server.stop();
    QVERIFY(!sandbox.server.isListening());
    QCOMPARE(sandbox.server.port(), quint16(0));
    QCOMPARE(sandbox.server.connectionCount(), 0);
    QVERIFY(c.waitClosed());
}

QTEST_GUILESS_MAIN(TestSandboxRobustness)
#include "tst_sandbox_robustness.moc"
