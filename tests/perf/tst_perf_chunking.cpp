// CHUNKING (RFC 3030) and PIPELINING (RFC 2920) against Exim, which advertises both:
// BDAT pipelined with MAIL and RCPT, refused recipients inside the batch, multi-chunk
// messages arriving byte for byte, every recipient refused, DATA when chunking is off,
// and QUIT pipelined behind the last chunk.

#include "RealServers.h"
#include "SessionResults.h"
#include "smtp/SmtpSession.h"
#include "smtp/operations/SendMailOperation.h"

#include <QTemporaryFile>
#include <QtTest>

using namespace postel;
using namespace postel::test;

namespace {
constexpr int Timeout = 30000;

bool waitFor(SmtpOperation *op)
{
    QElapsedTimer t;
    t.start();
    while (!op->isFinished() && t.elapsed() < Timeout)
        QTest::qWait(2);
    return op->isFinished();
}

SmtpOperation *run(SmtpOperation *op)
{
    if (!waitFor(op))
        qWarning("operation %s did not finish", qPrintable(op->name()));
    return op;
}

#define VERIFY_OK(op)                                                                              \
    do {                                                                                           \
        SmtpOperation *const o_ = (op);                                                            \
        QVERIFY2(o_->isFinished(), "operation did not finish");                                    \
        QVERIFY2(!o_->hasError(), qPrintable(o_->error().describe()));                             \
    } while (0)

// What went over the wire, in order: "C: line" for commands, "S: code" for replies.
struct Wire
{
    QStringList events;
    void attach(SmtpSession &s)
    {
        QObject::connect(&s, &SmtpSession::entry, &s, [this](const TranscriptEntry &e) {
            if (e.direction == TranscriptEntry::Client)
                events.append(QStringLiteral("C: ") + QString::fromLatin1(e.bytes));
            else if (e.direction == TranscriptEntry::Server)
                events.append(QStringLiteral("S: %1").arg(e.code));
        });
    }
    QStringList commands(const QString &prefix) const
    {
        QStringList out;
        for (const QString &e : events) {
            if (e.startsWith(QStringLiteral("C: ") + prefix))
                out.append(e.mid(3));
        }
        return out;
    }
    qsizetype indexOf(const QString &prefix, qsizetype from = 0) const
    {
        for (qsizetype i = from; i < events.size(); ++i) {
            if (events.at(i).startsWith(prefix))
                return i;
        }
        return -1;
    }
};

QByteArray message(const QString &to, qsizetype bodyBytes = 0)
{
    QByteArray m = "From: perf@example.org\r\nTo: " + to.toUtf8() +
                   "\r\nSubject: chunking\r\nMessage-ID: <" +
                   QUuid::createUuid().toString(QUuid::Id128).toLatin1() +
                   "@example.org>\r\n\r\n.a line starting with a dot\r\n.\r\n..\r\n";
    // Lines of varying length, some starting with a dot: BDAT sends them as they are.
    qsizetype i = 0;
    while (m.size() < bodyBytes) {
        QByteArray line = (i % 7 == 0 ? "." : "") + QByteArray::number(i) + ' ' +
                          QByteArray(int(i % 97), char('a' + i % 26)) + "\r\n";
        m += line;
        ++i;
    }
    m += "end\r\n";
    return m;
}
} // namespace

class TestPerfChunking : public QObject
{
    Q_OBJECT
private:
    RealServers m_servers;

    bool open(SmtpSession &s)
    {
        s.setTlsConfiguration(m_servers.tlsConfig());
        s.setLocalHostname(QStringLiteral("client.example"));
        s.setTimeout(Timeout);
        SmtpOperation *c =
            run(s.connectToHost(m_servers.value("POSTEL_TEST_HOST"), m_servers.port("EXIM_PORT")));
        if (c->hasError())
            return false;
        return run(s.ehlo())->code() == 250;
    }
    // One row with CHUNKING (BDAT), one with it turned off (DATA).
    static void bdatAndDataRows()
    {
        QTest::addColumn<bool>("chunking");
        QTest::newRow("BDAT") << true;
        QTest::newRow("DATA") << false;
    }
    QByteArray delivered(const QString &localPart)
    {
        const QList<QByteArray> files = eximDelivered(m_servers.value("EXIM_MAILDIR"), localPart);
        return files.isEmpty() ? QByteArray() : stripEximTrace(files.first());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_servers = RealServers::load();
        QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
        QVERIFY(m_servers.port("EXIM_PORT") > 0);
    }

    // One batch: MAIL, three RCPTs (one refused) and BDAT LAST before any reply is read.
    void pipelinedBdatWithRefusedRecipient()
    {
        SmtpSession s;
        Wire wire;
        wire.attach(s);
        QVERIFY(open(s));
        QVERIFY(s.esmtpFeatures().chunking());
        QVERIFY(s.esmtpFeatures().pipelining());
        const QString a = uniqueLocalPart("bdat-a") + QStringLiteral("@postel.test");
        const QString refused = uniqueLocalPart("nobody") + QStringLiteral("@refused.test");
        const QString b = uniqueLocalPart("bdat-b") + QStringLiteral("@example.org");
        const QByteArray msg = message(a);
        const qsizetype from = wire.events.size();
        SmtpOperation *op =
            run(s.sendmail(QStringLiteral("perf@example.org"), {a, refused, b}, msg));
        VERIFY_OK(op);
        QCOMPARE(op->code(), 250);
        QCOMPARE(sent(op).refused.size(), 1);
        QCOMPARE(sent(op).refused.value(refused).code, 550);
        QCOMPARE(sent(op).accepted, QStringList({a, b}));
        QVERIFY(sent(op).dataTerminatorSent);
        // The transcript: BDAT <size> LAST, and no reply read before it was sent.
        const QStringList bdat = wire.commands(QStringLiteral("BDAT"));
        QCOMPARE(bdat, QStringList{QStringLiteral("BDAT %1 LAST").arg(msg.size())});
        const qsizetype bdatAt = wire.indexOf(QStringLiteral("C: BDAT"), from);
        const qsizetype firstReply = wire.indexOf(QStringLiteral("S: "), from);
        QVERIFY2(bdatAt >= 0 && firstReply > bdatAt, qPrintable(wire.events.join('\n')));
        QVERIFY(wire.commands(QStringLiteral("DATA")).isEmpty());
        QCOMPARE(delivered(a.section('@', 0, 0)), msg);
        QCOMPARE(delivered(b.section('@', 0, 0)), msg);
        // The session is in step: another transaction works.
        VERIFY_OK(run(s.noop()));
    }

    // Bare LF and lone CR become CRLF, as with DATA; a missing final line break is added.
    void bdatNormalisesLineBreaks()
    {
        SmtpSession s;
        QVERIFY(open(s));
        const QString a = uniqueLocalPart("bdat-lf") + QStringLiteral("@postel.test");
        const QByteArray msg = "Subject: lf\n\nline one\nline two\rline three";
        SmtpOperation *op = run(s.sendmail(QStringLiteral("perf@example.org"), {a}, msg));
        VERIFY_OK(op);
        QCOMPARE(delivered(a.section('@', 0, 0)),
                 QByteArray("Subject: lf\r\n\r\nline one\r\nline two\r\nline three\r\n"));
    }

    // A message larger than several chunks, from memory and from a file, pipelined or not.
    void multiChunkByteIdentical_data()
    {
        QTest::addColumn<bool>("pipelining");
        QTest::addColumn<bool>("fromFile");
        QTest::newRow("pipelined, memory") << true << false;
        QTest::newRow("pipelined, file") << true << true;
        QTest::newRow("not pipelined, memory") << false << false;
    }
    void multiChunkByteIdentical()
    {
        QFETCH(bool, pipelining);
        QFETCH(bool, fromFile);
        SmtpSession s;
        Wire wire;
        wire.attach(s);
        s.setUsePipelining(pipelining);
        QVERIFY(open(s));
        const QString a = uniqueLocalPart("bdat-big") + QStringLiteral("@postel.test");
        const QByteArray msg = message(a, 3 * SendMailOperation::ChunkSize + 12345);
        QTemporaryFile file;
        SmtpOperation *op = nullptr;
        if (fromFile) {
            QVERIFY(file.open());
            QCOMPARE(file.write(msg), msg.size());
            file.seek(0);
            auto *f = new QFile(file.fileName());
            QVERIFY(f->open(QIODevice::ReadOnly));
            op = run(s.sendmail(QStringLiteral("perf@example.org"), {a}, f));
        } else {
            op = run(s.sendmail(QStringLiteral("perf@example.org"), {a}, msg));
        }
        VERIFY_OK(op);
        const QStringList bdat = wire.commands(QStringLiteral("BDAT"));
        QVERIFY2(bdat.size() >= 4, qPrintable(bdat.join('\n')));
        qint64 total = 0;
        for (qsizetype i = 0; i < bdat.size(); ++i) {
            const QStringList parts = bdat.at(i).split(QLatin1Char(' '));
            QCOMPARE(parts.size(), i + 1 == bdat.size() ? 3 : 2);
            total += parts.at(1).toLongLong();
            QVERIFY(parts.at(1).toLongLong() <= 2 * SendMailOperation::ChunkSize);
        }
        QCOMPARE(bdat.last().section(' ', 2), QStringLiteral("LAST"));
        QCOMPARE(total, qint64(msg.size()));
        if (!pipelining) {
            // Each BDAT waited for the reply to the one before.
            qsizetype at = wire.indexOf(QStringLiteral("C: BDAT"));
            for (qsizetype i = 1; i < bdat.size(); ++i) {
                const qsizetype next = wire.indexOf(QStringLiteral("C: BDAT"), at + 1);
                QVERIFY(wire.indexOf(QStringLiteral("S: 250"), at) < next);
                at = next;
            }
        }
        const QByteArray got = delivered(a.section('@', 0, 0));
        QCOMPARE(got.size(), msg.size());
        QVERIFY(got == msg);
        VERIFY_OK(run(s.noop()));
    }

    // Every RCPT refused inside the batch: Exim rejects the BDAT, the client still sent the
    // bytes it announced, reports RecipientsRefused, sends RSET, and the session stays in step.
    void allRefused_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<bool>("pipelining");
        QTest::newRow("small, pipelined") << qsizetype(0) << true;
        QTest::newRow("two chunks, pipelined")
            << qsizetype(SendMailOperation::ChunkSize + 1000) << true;
        QTest::newRow("small, not pipelined") << qsizetype(0) << false;
    }
    void allRefused()
    {
        QFETCH(qsizetype, size);
        QFETCH(bool, pipelining);
        SmtpSession s;
        Wire wire;
        wire.attach(s);
        s.setUsePipelining(pipelining);
        QVERIFY(open(s));
        const QString x = uniqueLocalPart("x") + QStringLiteral("@refused.test");
        const QString y = uniqueLocalPart("y") + QStringLiteral("@refused.test");
        SmtpOperation *op =
            run(s.sendmail(QStringLiteral("perf@example.org"), {x, y}, message(x, size)));
        QVERIFY(op->isFinished());
        QVERIFY(op->hasError());
        QCOMPARE(op->error().kind, ErrorKind::RecipientsRefused);
        QCOMPARE(sent(op).refused.size(), 2);
        QCOMPARE(sent(op).refused.value(x).code, 550);
        QVERIFY(sent(op).accepted.isEmpty());
        QCOMPARE(wire.commands(QStringLiteral("RSET")).size(), 1);
        if (!pipelining)
            QVERIFY(wire.commands(QStringLiteral("BDAT")).isEmpty());
        // In step: the next transaction on the same connection is delivered intact.
        const QString a = uniqueLocalPart("after") + QStringLiteral("@postel.test");
        const QByteArray msg = message(a, 1000);
        VERIFY_OK(run(s.sendmail(QStringLiteral("perf@example.org"), {a}, msg)));
        QCOMPARE(delivered(a.section('@', 0, 0)), msg);
    }

    void chunkingOffUsesData()
    {
        SmtpSession s;
        Wire wire;
        wire.attach(s);
        s.setUseChunking(false);
        QVERIFY(open(s));
        const QString a = uniqueLocalPart("data") + QStringLiteral("@postel.test");
        const QByteArray msg = message(a, 5000);
        VERIFY_OK(run(s.sendmail(QStringLiteral("perf@example.org"), {a}, msg)));
        QVERIFY(wire.commands(QStringLiteral("BDAT")).isEmpty());
        QCOMPARE(wire.commands(QStringLiteral("DATA")), QStringList{QStringLiteral("DATA")});
        QCOMPARE(delivered(a.section('@', 0, 0)), msg);
    }

    // sendmail + quit queued back to back: QUIT goes out behind the last chunk.
    void quitPipelined_data() { bdatAndDataRows(); }
    void quitPipelined()
    {
        QFETCH(bool, chunking);
        SmtpSession s;
        Wire wire;
        wire.attach(s);
        s.setUseChunking(chunking);
        QVERIFY(open(s));
        const QString a = uniqueLocalPart("quit") + QStringLiteral("@postel.test");
        const QByteArray msg = message(a, 2000);
        QElapsedTimer t;
        t.start();
        SmtpOperation *send = s.sendmail(QStringLiteral("perf@example.org"), {a}, msg);
        SmtpOperation *quit = run(s.quit());
        VERIFY_OK(send);
        VERIFY_OK(quit);
        QCOMPARE(quit->code(), 221);
        QVERIFY(!s.isConnected());
        // Exim holds 221 back ~200 ms unless the client half-closes: we did.
        QVERIFY2(t.elapsed() < 180, qPrintable(QString::number(t.elapsed())));
        const qsizetype quitAt = wire.indexOf(QStringLiteral("C: QUIT"));
        const qsizetype lastReplyBeforeQuit =
            wire.indexOf(chunking ? QStringLiteral("C: BDAT") : QStringLiteral("S: 354"));
        QVERIFY(quitAt > lastReplyBeforeQuit);
        // The reply to the message came after QUIT was sent.
        QVERIFY2(wire.events.indexOf(QStringLiteral("S: 250"), quitAt) > quitAt,
                 qPrintable(wire.events.join('\n')));
        QCOMPARE(delivered(a.section('@', 0, 0)), msg);
    }

    // Several sendmails queued back to back: each goes out behind the last byte of the one
    // before (RSET first), without waiting for its replies; refusals inside the chain (one
    // recipient, every recipient) stay with their own transaction, every other message
    // arrives intact, and QUIT follows the last one.
    void transactionsPipelinedAhead_data() { bdatAndDataRows(); }
    void transactionsPipelinedAhead()
    {
        QFETCH(bool, chunking);
        SmtpSession s;
        Wire wire;
        wire.attach(s);
        s.setUseChunking(chunking);
        QVERIFY(open(s));
        const QString from = QStringLiteral("perf@example.org");
        const QString a1 = uniqueLocalPart("ahead1") + QStringLiteral("@postel.test");
        const QString a2 = uniqueLocalPart("ahead2") + QStringLiteral("@postel.test");
        const QString a4 = uniqueLocalPart("ahead4") + QStringLiteral("@postel.test");
        const QString x = uniqueLocalPart("x") + QStringLiteral("@refused.test");
        const QString y = uniqueLocalPart("y") + QStringLiteral("@refused.test");
        const QByteArray m1 = message(a1, 3000), m2 = message(a2, 100), m4 = message(a4, 5000);
        QList<SmtpOperation *> sends{s.sendmail(from, {a1}, m1), s.sendmail(from, {x, a2}, m2),
                                     s.sendmail(from, {y}, message(y)), s.sendmail(from, {a4}, m4)};
        SmtpOperation *quit = s.quit();
        for (qsizetype i = 0; i < sends.size(); ++i) {
            QObject::connect(sends.at(i), &SmtpOperation::finished, &s, [&wire, i] {
                wire.events.append(QStringLiteral("F: %1").arg(i + 1));
            });
        }
        run(quit);
        for (SmtpOperation *op : sends)
            QVERIFY(op->isFinished());
        VERIFY_OK(sends.at(0));
        VERIFY_OK(sends.at(1));
        QCOMPARE(sent(sends.at(1)).refused.size(), 1);
        QCOMPARE(sent(sends.at(1)).refused.value(x).code, 550);
        QCOMPARE(sent(sends.at(1)).accepted, QStringList{a2});
        QVERIFY(sends.at(2)->hasError());
        QCOMPARE(sends.at(2)->error().kind, ErrorKind::RecipientsRefused);
        QCOMPARE(sent(sends.at(2)).refused.value(y).code, 550);
        VERIFY_OK(sends.at(3));
        VERIFY_OK(quit);
        QCOMPARE(quit->code(), 221);
        const QString log = wire.events.join('\n');
        // In the order queued.
        QVERIFY2(wire.indexOf(QStringLiteral("F: 1")) < wire.indexOf(QStringLiteral("F: 2")) &&
                     wire.indexOf(QStringLiteral("F: 2")) < wire.indexOf(QStringLiteral("F: 3")) &&
                     wire.indexOf(QStringLiteral("F: 3")) < wire.indexOf(QStringLiteral("F: 4")),
                 qPrintable(log));
        // The second transaction went out (RSET first) before the first one's outcome came.
        const qsizetype firstMail = wire.indexOf(QStringLiteral("C: MAIL"));
        const qsizetype secondMail = wire.indexOf(QStringLiteral("C: MAIL"), firstMail + 1);
        QVERIFY2(secondMail > 0 && secondMail < wire.indexOf(QStringLiteral("F: 1")),
                 qPrintable(log));
        QCOMPARE(wire.events.at(secondMail - 1), QStringLiteral("C: RSET"));
        if (chunking) {
            // Every transaction and QUIT left before the first reply to any of them.
            QVERIFY2(wire.indexOf(QStringLiteral("C: QUIT")) <
                         wire.indexOf(QStringLiteral("S: "), firstMail),
                     qPrintable(log));
            QCOMPARE(wire.commands(QStringLiteral("MAIL")).size(), 4);
            QCOMPARE(wire.commands(QStringLiteral("RSET")).size(), 3);
        }
        QCOMPARE(delivered(a1.section('@', 0, 0)), m1);
        QCOMPARE(delivered(a2.section('@', 0, 0)), m2);
        QCOMPARE(delivered(a4.section('@', 0, 0)), m4);
    }

    // A refused message with QUIT already behind it: the error stands, no RSET, QUIT done.
    void quitPipelinedAfterRefusal()
    {
        SmtpSession s;
        Wire wire;
        wire.attach(s);
        QVERIFY(open(s));
        const QString x = uniqueLocalPart("x") + QStringLiteral("@refused.test");
        SmtpOperation *send = s.sendmail(QStringLiteral("perf@example.org"), {x}, message(x));
        SmtpOperation *quit = run(s.quit());
        QVERIFY(waitFor(send));
        QCOMPARE(send->error().kind, ErrorKind::RecipientsRefused);
        QVERIFY(quit->isFinished());
        QVERIFY(!s.isConnected());
        QVERIFY(wire.commands(QStringLiteral("RSET")).isEmpty());
    }
};

QTEST_MAIN(TestPerfChunking)
#include "tst_perf_chunking.moc"
