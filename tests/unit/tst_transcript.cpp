// Redactor (credentials found at the byte level) and Transcript formatting.
#include "transcript/Redactor.h"
#include "transcript/Transcript.h"
#include "transcript/TranscriptFormat.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace postel;

namespace {
TranscriptEntry clientLine(const QByteArray &line, qsizetype secretFrom, bool encrypted = false)
{
    TranscriptEntry e;
    e.time = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9, 123));
    e.direction = TranscriptEntry::Client;
    e.bytes = line;
    e.secretFrom = secretFrom;
    e.encrypted = encrypted;
    return e;
}
} // namespace

class TestTranscript : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void authPlainMaskedAfterMechanism();
    void authWithoutInitialResponseNotMasked();
    void challengeAnswersFullyMasked();
    void rawLowercaseAuthLoginMasked();
    void exchangeEndsWithFinalReply();
    void nonAuthLinesUntouched_data();
    void nonAuthLinesUntouched();
    void resetForgetsExchange();
    void formatLevels();
    void formatDirections();
    void maskedByDefaultRevealedOnRequest();
    void multiLineReplyFormattedPerLine();
    void dataEntryShowsSizeNotContent();
    void debugOutputFollowsLevel();
    void maxEntriesDropsOldest();
    void saveWritesMaskedText();
    void serverTextIsEscapedEverywhere();
    void jsonKeepsTheContract();
    void splitLinesKeepsSecretOffsets();
};

void TestTranscript::authPlainMaskedAfterMechanism()
{
    Redactor r;
    const QByteArray line = "AUTH PLAIN AHRpbQB0YW5zdGFhZnRhbnN0YWFm";
    const qsizetype from = r.secretFrom(line);
    QCOMPARE(from, qsizetype(11));
    QCOMPARE(line.left(from), QByteArray("AUTH PLAIN "));
    r.replyReceived(235);
    QCOMPARE(r.secretFrom("MAIL FROM:<a@b>"), qsizetype(-1));
}

void TestTranscript::authWithoutInitialResponseNotMasked()
{
    Redactor r;
    QCOMPARE(r.secretFrom("AUTH CRAM-MD5"), qsizetype(-1));
    QCOMPARE(r.secretFrom("AUTH PLAIN "), qsizetype(-1)); // nothing after the space
}

void TestTranscript::challengeAnswersFullyMasked()
{
    Redactor r;
    QCOMPARE(r.secretFrom("AUTH LOGIN"), qsizetype(-1));
    r.replyReceived(334);
    QCOMPARE(r.secretFrom("dXNlcg=="), qsizetype(0));
    r.replyReceived(334);
    QCOMPARE(r.secretFrom("cGFzcw=="), qsizetype(0));
    r.replyReceived(235);
    QCOMPARE(r.secretFrom("NOOP"), qsizetype(-1));

    // A cancel "*" after a challenge is masked too (harmless), and the exchange ends.
    QCOMPARE(r.secretFrom("AUTH CRAM-MD5"), qsizetype(-1));
    r.replyReceived(334);
    QCOMPARE(r.secretFrom("*"), qsizetype(0));
    r.replyReceived(501);
    QCOMPARE(r.secretFrom("RSET"), qsizetype(-1));
}

void TestTranscript::rawLowercaseAuthLoginMasked()
{
    // Typed by hand through docmd("auth", "login dXNlcg=="): still masked.
    Redactor r;
    const qsizetype from = r.secretFrom("auth login dXNlcg==");
    QCOMPARE(from, qsizetype(11));
    r.replyReceived(334);
    QCOMPARE(r.secretFrom("cGFzc3dvcmQ="), qsizetype(0));
    r.replyReceived(535);
    QCOMPARE(r.secretFrom("QUIT"), qsizetype(-1));

    Redactor bare;
    QCOMPARE(bare.secretFrom("Auth"), qsizetype(-1));
    bare.replyReceived(334);
    QCOMPARE(bare.secretFrom("anything"), qsizetype(0));
}

void TestTranscript::exchangeEndsWithFinalReply()
{
    Redactor r;
    r.secretFrom("AUTH LOGIN");
    r.replyReceived(504); // mechanism refused: no challenge, the exchange is over
    QCOMPARE(r.secretFrom("EHLO x"), qsizetype(-1));
}

void TestTranscript::nonAuthLinesUntouched_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("ehlo") << QByteArray("EHLO client.example.org");
    QTest::newRow("mail") << QByteArray("MAIL FROM:<auth@example.org>");
    QTest::newRow("rcpt") << QByteArray("RCPT TO:<AUTH PLAIN@example.org>");
    QTest::newRow("authx") << QByteArray("AUTHX PLAIN abc");
    QTest::newRow("noop with text") << QByteArray("NOOP AUTH PLAIN x");
    QTest::newRow("challenge-looking line") << QByteArray("dXNlcg==");
}

void TestTranscript::nonAuthLinesUntouched()
{
    QFETCH(QByteArray, line);
    Redactor r;
    QCOMPARE(r.secretFrom(line), qsizetype(-1));
    // A 334 to something that is not AUTH does not make the next line secret.
    r.replyReceived(334);
    QCOMPARE(r.secretFrom("NOOP"), qsizetype(-1));
}

void TestTranscript::resetForgetsExchange()
{
    Redactor r;
    r.secretFrom("AUTH LOGIN");
    r.replyReceived(334);
    r.reset();
    QCOMPARE(r.secretFrom("EHLO again"), qsizetype(-1));
}

void TestTranscript::formatLevels()
{
    const TranscriptEntry e = clientLine("EHLO me", -1);
    QCOMPARE(TranscriptFormat::debugText(e, 0, false), QStringLiteral("-> EHLO me"));
    QCOMPARE(TranscriptFormat::debugText(e, 1, false), QStringLiteral("-> EHLO me"));
    QCOMPARE(TranscriptFormat::debugText(e, 2, false), QStringLiteral("07:08:09.123 -> EHLO me"));
}

void TestTranscript::formatDirections()
{
    QCOMPARE(TranscriptFormat::debugText(clientLine("NOOP", -1, true), 1, false), QStringLiteral("~> NOOP"));
    TranscriptEntry s;
    s.direction = TranscriptEntry::Server;
    s.bytes = "250 ok";
    QCOMPARE(TranscriptFormat::debugText(s, 1, false), QStringLiteral("<- 250 ok"));
    s.encrypted = true;
    QCOMPARE(TranscriptFormat::debugText(s, 1, false), QStringLiteral("<~ 250 ok"));
    TranscriptEntry info;
    info.direction = TranscriptEntry::Info;
    info.bytes = "Connecting";
    QCOMPARE(TranscriptFormat::debugText(info, 1, false), QStringLiteral("=== Connecting"));
    info.direction = TranscriptEntry::TlsStart;
    QCOMPARE(TranscriptFormat::debugText(info, 1, false), QStringLiteral("=== Connecting"));
    info.direction = TranscriptEntry::Error;
    QCOMPARE(TranscriptFormat::debugText(info, 1, false), QStringLiteral("*** Connecting"));
}

void TestTranscript::maskedByDefaultRevealedOnRequest()
{
    const TranscriptEntry e = clientLine("AUTH PLAIN AHRpbQB0YW5zdGFhZnRhbnN0YWFm", 11);
    const QString masked = TranscriptFormat::debugText(e, 1, false);
    QVERIFY(masked.startsWith(QStringLiteral("-> AUTH PLAIN ")));
    QVERIFY(!masked.contains(QStringLiteral("AHRpbQB0")));
    QCOMPARE(TranscriptFormat::debugText(e, 1, true),
             QStringLiteral("-> AUTH PLAIN AHRpbQB0YW5zdGFhZnRhbnN0YWFm"));
    QVERIFY(!TranscriptFormat::text(e, false).contains(QStringLiteral("AHRpbQB0")));
    QCOMPARE(TranscriptFormat::text(e, true), QStringLiteral("AUTH PLAIN AHRpbQB0YW5zdGFhZnRhbnN0YWFm"));

    const TranscriptEntry whole = clientLine("cGFzc3dvcmQ=", 0);
    QVERIFY(!TranscriptFormat::debugText(whole, 2, false).contains(QStringLiteral("cGFzc3dvcmQ")));
    QVERIFY(TranscriptFormat::debugText(whole, 2, true).endsWith(QStringLiteral("-> cGFzc3dvcmQ=")));
}

void TestTranscript::multiLineReplyFormattedPerLine()
{
    TranscriptEntry s;
    s.time = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 6));
    s.direction = TranscriptEntry::Server;
    s.bytes = "250-a\r\n250 b";
    QCOMPARE(TranscriptFormat::debugText(s, 1, false), QStringLiteral("<- 250-a\n<- 250 b"));
    QCOMPARE(TranscriptFormat::debugText(s, 2, false),
             QStringLiteral("03:04:05.006 <- 250-a\n03:04:05.006 <- 250 b"));
}

void TestTranscript::dataEntryShowsSizeNotContent()
{
    TranscriptEntry d;
    d.direction = TranscriptEntry::Data;
    d.dataBytes = 1234;
    d.bytes = "secret body";
    const QString text = TranscriptFormat::debugText(d, 1, true);
    QVERIFY(text.startsWith(QStringLiteral("-> ")));
    QVERIFY(text.contains(QStringLiteral("1234")));
    QVERIFY(!text.contains(QStringLiteral("secret body")));
}

void TestTranscript::debugOutputFollowsLevel()
{
    Transcript t;
    QSignalSpy out(&t, &Transcript::debugOutput);
    QSignalSpy added(&t, &Transcript::entryAdded);
    QCOMPARE(t.debugLevel(), 0);
    t.addInfo("silent");
    QCOMPARE(out.size(), 0);   // level 0 says nothing...
    QCOMPARE(added.size(), 1); // ...but the transcript still records
    t.setDebugLevel(1);
    t.addInfo("hello");
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.at(0).at(0).toString(), QStringLiteral("=== hello"));
    t.setDebugLevel(2);
    t.addInfo("boom", true);
    QCOMPARE(out.size(), 2);
    const QString stamped = out.at(1).at(0).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\*\\*\\* boom$"))
                 .match(stamped)
                 .hasMatch(),
             qPrintable(stamped));
    QCOMPARE(t.entries().size(), 3);
    QCOMPARE(t.entries().at(2).direction, TranscriptEntry::Error);
    const QString text = t.toText({false, false, false});
    QCOMPARE(text, QStringLiteral("=== silent\n=== hello\n*** boom\n"));
    t.clear();
    QVERIFY(t.entries().isEmpty());
    QVERIFY(t.toText().isEmpty());
}

void TestTranscript::maxEntriesDropsOldest()
{
    Transcript t;
    t.setMaxEntries(2);
    t.addInfo("1");
    t.addInfo("2");
    t.addInfo("3");
    QCOMPARE(t.entries().size(), 2);
    QCOMPARE(t.entries().first().bytes, QByteArray("2"));
}

void TestTranscript::saveWritesMaskedText()
{
    Transcript t;
    t.addInfo("note");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("t.txt");
    QString error;
    QVERIFY(t.save(path, {}, &error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().trimmed().endsWith("=== note"));
    QVERIFY(!t.save(dir.filePath("no/such/dir/t.txt"), {}, &error));
    QVERIFY(!error.isEmpty());
}

void TestTranscript::serverTextIsEscapedEverywhere()
{
    // A server must not repaint a terminal or pass for Postel: ESC, BEL, C1 controls and
    // bidi overrides are shown, not obeyed — in the debug stream, the export and the GUI.
    TranscriptEntry s;
    s.direction = TranscriptEntry::Server;
    s.bytes = "250 ok\x1b[2J\x07 \xc2\x9b31m \xe2\x80\xae TLS VERIFIED";
    const QString debug = TranscriptFormat::debugText(s, 1);
    QVERIFY2(!debug.contains(QChar(0x1b)) && !debug.contains(QChar(0x07)) &&
                 !debug.contains(QChar(0x9b)) && !debug.contains(QChar(0x202e)),
             qPrintable(debug));
    QVERIFY(debug.contains(QStringLiteral("\\x1b[2J\\x07")));
    QVERIFY(debug.contains(QStringLiteral("<U+202E>")));
    QCOMPARE(TranscriptFormat::toText({s}, {false, false, false}), debug + QLatin1Char('\n'));
    QCOMPARE(TranscriptFormat::lines(s).join(QString()), debug.mid(3));
}

void TestTranscript::jsonKeepsTheContract()
{
    TranscriptEntry s;
    s.time = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9, 123));
    s.direction = TranscriptEntry::Server;
    s.bytes = "250-a\r\n250 b";
    s.elapsedMs = 12;
    s.encrypted = true;
    const QJsonObject o = TranscriptFormat::toJson(s);
    QCOMPARE(o.value("direction").toString(), QStringLiteral("server"));
    QCOMPARE(o.value("text").toString(), QStringLiteral("250-a\r\n250 b"));
    QCOMPARE(o.value("elapsed_ms").toInt(), 12);
    QCOMPARE(o.value("tls").toBool(), true);
    QVERIFY(o.value("time").toString().startsWith(QStringLiteral("2024-05-06T07:08:09.123")));
    const QJsonObject c = TranscriptFormat::toJson(clientLine("AUTH PLAIN AHRpbQB0", 11));
    QCOMPARE(c.value("text").toString(), QStringLiteral("AUTH PLAIN ********"));
    QVERIFY(!c.contains("elapsed_ms"));
    QVERIFY(!c.contains("tls"));
}

void TestTranscript::splitLinesKeepsSecretOffsets()
{
    const QList<TranscriptFormat::Line> one =
        TranscriptFormat::splitLines(clientLine("AUTH PLAIN AHRpbQB0", 11));
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.first().secretFrom, qsizetype(11));
    QCOMPARE(TranscriptFormat::displayLine(one.first().bytes, 11, false),
             QStringLiteral("AUTH PLAIN ********"));
    QCOMPARE(TranscriptFormat::displayLine(one.first().bytes, 11, true),
             QStringLiteral("AUTH PLAIN AHRpbQB0"));
    TranscriptEntry s;
    s.direction = TranscriptEntry::Server;
    s.bytes = "250-a\r\n250 b";
    const QList<TranscriptFormat::Line> two = TranscriptFormat::splitLines(s);
    QCOMPARE(two.size(), 2);
    QCOMPARE(two.at(0).bytes, QByteArray("250-a"));
    QCOMPARE(two.at(1).bytes, QByteArray("250 b"));
    QCOMPARE(two.at(1).secretFrom, qsizetype(-1));
}

QTEST_GUILESS_MAIN(TestTranscript)
#include "tst_transcript.moc"
