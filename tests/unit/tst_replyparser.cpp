// ReplyParser and Reply: framing, every limit, malformed replies, fragmented input.
#include "smtp/Reply.h"
#include "smtp/ReplyParser.h"

#include <QTest>

using postel::EnhancedStatus;
using postel::Reply;
using postel::ReplyParser;

Q_DECLARE_METATYPE(ReplyParser::Error)

namespace {
// Feeds `bytes` one byte at a time; returns false at the first refused byte.
bool feedBytewise(ReplyParser &p, const QByteArray &bytes)
{
    for (char c : bytes) {
        if (!p.feed(QByteArray(1, c)))
            return false;
    }
    return true;
}
} // namespace

class TestReplyParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void singleLineReply();
    void multiLineReply();
    void fragmentedOneByteAtATime();
    void fragmentedAtEverySplit();
    void severalRepliesInOneFeed();
    void lfOnlyLineEndsAccepted();
    void codeOnlyLine();
    void lineOf8192BytesAccepted();
    void lineOver8192BytesRefused();
    void unterminatedLineOver8192BytesRefused();
    void replyTooLarge();
    void tooManyLines();
    void malformed_data();
    void malformed();
    void errorIsSticky();
    void resetClearsEverything();
    void pendingBytes();
    void errorStringsSaySomething();
    void enhancedStatus_data();
    void enhancedStatus();
    void textJoinsLinesWithNewline();
};

void TestReplyParser::singleLineReply()
{
    ReplyParser p;
    QVERIFY(p.feed("220 mail.example.org ESMTP ready\r\n"));
    QVERIFY(p.hasReply());
    const Reply r = p.takeReply();
    QCOMPARE(r.code, 220);
    QCOMPARE(r.lines, QList<QByteArray>{"mail.example.org ESMTP ready"});
    QVERIFY(!p.hasReply());
    QVERIFY(!p.hasPendingBytes());
}

void TestReplyParser::multiLineReply()
{
    ReplyParser p;
    QVERIFY(p.feed("250-mail.example.org\r\n250-PIPELINING\r\n"));
    QVERIFY(!p.hasReply());
    QVERIFY(p.hasPendingBytes());
    QVERIFY(p.feed("250 SIZE 1000\r\n"));
    const Reply r = p.takeReply();
    QCOMPARE(r.code, 250);
    QCOMPARE(r.lines, (QList<QByteArray>{"mail.example.org", "PIPELINING", "SIZE 1000"}));
}

void TestReplyParser::fragmentedOneByteAtATime()
{
    const QByteArray wire = "250-first\r\n250-second\r\n250 third\r\n354 go on\r\n";
    ReplyParser p;
    QVERIFY(feedBytewise(p, wire));
    const QList<Reply> all = p.takeAll();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).code, 250);
    QCOMPARE(all.at(0).lines, (QList<QByteArray>{"first", "second", "third"}));
    QCOMPARE(all.at(1).code, 354);
    QCOMPARE(all.at(1).lines, QList<QByteArray>{"go on"});
}

void TestReplyParser::fragmentedAtEverySplit()
{
    const QByteArray wire = "220-a\r\n220 b c\r\n250 ok\r\n";
    for (qsizetype i = 0; i <= wire.size(); ++i) {
        ReplyParser p;
        QVERIFY(p.feed(wire.left(i)));
        QVERIFY(p.feed(wire.mid(i)));
        const QList<Reply> all = p.takeAll();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).lines, (QList<QByteArray>{"a", "b c"}));
        QCOMPARE(all.at(1).code, 250);
    }
}

void TestReplyParser::severalRepliesInOneFeed()
{
    ReplyParser p;
    QVERIFY(p.feed("250 a\r\n250 b\r\n550 c\r\n"));
    QCOMPARE(p.takeReply().lines.first(), QByteArray("a"));
    QCOMPARE(p.takeReply().lines.first(), QByteArray("b"));
    const Reply c = p.takeReply();
    QCOMPARE(c.code, 550);
    QVERIFY(!p.hasReply());
    // takeReply() on an empty queue gives an invalid reply, not a crash.
    QVERIFY(!p.takeReply().isValid());
}

void TestReplyParser::lfOnlyLineEndsAccepted()
{
    ReplyParser p;
    QVERIFY(p.feed("250-one\n250 two\n"));
    const Reply r = p.takeReply();
    QCOMPARE(r.code, 250);
    QCOMPARE(r.lines, (QList<QByteArray>{"one", "two"}));
}

void TestReplyParser::codeOnlyLine()
{
    // "250" with nothing after the code is a complete last line (smtplib accepts it).
    ReplyParser p;
    QVERIFY(p.feed("250\r\n"));
    const Reply r = p.takeReply();
    QCOMPARE(r.code, 250);
    QCOMPARE(r.lines, QList<QByteArray>{QByteArray()});
}

void TestReplyParser::lineOf8192BytesAccepted()
{
    // smtplib reads _MAXLINE + 1 and fails only when a line (CRLF included) is longer.
    QByteArray line = "250 " + QByteArray(ReplyParser::MaxLineLength - 6, 'x') + "\r\n";
    QCOMPARE(line.size(), ReplyParser::MaxLineLength);
    ReplyParser p;
    QVERIFY(p.feed(line));
    QCOMPARE(p.takeReply().lines.first().size(), ReplyParser::MaxLineLength - 6);
}

void TestReplyParser::lineOver8192BytesRefused()
{
    QByteArray line = "250 " + QByteArray(ReplyParser::MaxLineLength - 5, 'x') + "\r\n";
    QCOMPARE(line.size(), ReplyParser::MaxLineLength + 1);
    ReplyParser p;
    QVERIFY(!p.feed(line));
    QCOMPARE(p.error(), ReplyParser::Error::LineTooLong);
    QVERIFY(!p.hasReply());
}

void TestReplyParser::unterminatedLineOver8192BytesRefused()
{
    // A server that never ends its line must not make us buffer without bound.
    ReplyParser p;
    QVERIFY(p.feed("250 "));
    bool ok = true;
    for (int i = 0; i < 20 && ok; ++i)
        ok = p.feed(QByteArray(1000, 'y'));
    QVERIFY(!ok);
    QCOMPARE(p.error(), ReplyParser::Error::LineTooLong);
}

void TestReplyParser::replyTooLarge()
{
    ReplyParser p(100, 1000);
    QVERIFY(p.feed("250-" + QByteArray(40, 'a') + "\r\n"));  // 46 bytes
    QVERIFY(!p.feed("250-" + QByteArray(60, 'b') + "\r\n")); // 46 + 66 > 100
    QCOMPARE(p.error(), ReplyParser::Error::ReplyTooLarge);

    // The bound is per reply: many small replies are fine.
    ReplyParser q(100, 1000);
    for (int i = 0; i < 50; ++i)
        QVERIFY(q.feed("250 " + QByteArray(40, 'c') + "\r\n"));
    QCOMPARE(q.takeAll().size(), 50);

    // The default bound holds against an endless stream of continuation lines.
    ReplyParser d;
    bool ok = true;
    const QByteArray chunk = "250-" + QByteArray(4000, 'z') + "\r\n";
    for (int i = 0; i < 2000 && ok; ++i)
        ok = d.feed(chunk);
    QVERIFY(!ok);
    QCOMPARE(d.error(), ReplyParser::Error::ReplyTooLarge);
}

void TestReplyParser::tooManyLines()
{
    ReplyParser p(ReplyParser::DefaultMaxReplySize, 3);
    QVERIFY(p.feed("250-1\r\n250-2\r\n250-3\r\n"));
    QVERIFY(!p.feed("250-4\r\n"));
    QCOMPARE(p.error(), ReplyParser::Error::TooManyLines);

    ReplyParser exact(ReplyParser::DefaultMaxReplySize, 3);
    QVERIFY(exact.feed("250-1\r\n250-2\r\n250 3\r\n"));
    QCOMPARE(exact.takeReply().lines.size(), 3);

    ReplyParser d;
    bool ok = true;
    for (int i = 0; i < ReplyParser::DefaultMaxLines + 1 && ok; ++i)
        ok = d.feed("250-x\r\n");
    QVERIFY(!ok);
    QCOMPARE(d.error(), ReplyParser::Error::TooManyLines);
}

void TestReplyParser::malformed_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<ReplyParser::Error>("error");
    QTest::newRow("code below 100") << QByteArray("099 low\r\n") << ReplyParser::Error::BadCode;
    QTest::newRow("code 650") << QByteArray("650 fake ok\r\n")
                              << ReplyParser::Error::CodeOutOfRange;
    QTest::newRow("code 150") << QByteArray("150 preliminary\r\n")
                              << ReplyParser::Error::CodeOutOfRange;
    QTest::newRow("code 999") << QByteArray("999 x\r\n") << ReplyParser::Error::CodeOutOfRange;
    QTest::newRow("code 000") << QByteArray("000 zero\r\n") << ReplyParser::Error::BadCode;
    QTest::newRow("non-digit") << QByteArray("2x0 what\r\n") << ReplyParser::Error::BadCode;
    QTest::newRow("letters") << QByteArray("HELLO there\r\n") << ReplyParser::Error::BadCode;
    QTest::newRow("two digits") << QByteArray("25\r\n") << ReplyParser::Error::BadCode;
    QTest::newRow("empty line") << QByteArray("\r\n") << ReplyParser::Error::BadCode;
    QTest::newRow("four digits") << QByteArray("2500 ok\r\n") << ReplyParser::Error::BadSeparator;
    QTest::newRow("bad separator") << QByteArray("250_ok\r\n") << ReplyParser::Error::BadSeparator;
    QTest::newRow("mixed codes") << QByteArray("250-first\r\n251 second\r\n")
                                 << ReplyParser::Error::MixedCodes;
    QTest::newRow("mixed codes later")
        << QByteArray("250-a\r\n250-b\r\n550 c\r\n") << ReplyParser::Error::MixedCodes;
    QTest::newRow("bad continuation code")
        << QByteArray("250-a\r\nxyz b\r\n") << ReplyParser::Error::BadCode;
}

void TestReplyParser::malformed()
{
    QFETCH(QByteArray, wire);
    QFETCH(ReplyParser::Error, error);
    ReplyParser whole;
    QVERIFY(!whole.feed(wire));
    QCOMPARE(whole.error(), error);
    QVERIFY(!whole.hasReply());

    ReplyParser bytewise;
    QVERIFY(!feedBytewise(bytewise, wire));
    QCOMPARE(bytewise.error(), error);
    QVERIFY(!bytewise.hasReply());
}

void TestReplyParser::errorIsSticky()
{
    ReplyParser p;
    QVERIFY(!p.feed("abc\r\n"));
    QVERIFY(!p.feed("250 ok\r\n"));
    QVERIFY(!p.hasReply());
    QCOMPARE(p.error(), ReplyParser::Error::BadCode);
}

void TestReplyParser::resetClearsEverything()
{
    ReplyParser p;
    QVERIFY(p.feed("250 queued\r\n250-part"));
    p.reset();
    QVERIFY(!p.hasReply());
    QVERIFY(!p.hasPendingBytes());
    QVERIFY(p.feed("220 fresh\r\n"));
    QCOMPARE(p.takeReply().lines.first(), QByteArray("fresh"));

    QVERIFY(!p.feed("garbage\r\n"));
    p.reset();
    QCOMPARE(p.error(), ReplyParser::Error::None);
    QVERIFY(p.feed("250 again\r\n"));
    QVERIFY(p.hasReply());
}

void TestReplyParser::pendingBytes()
{
    ReplyParser p;
    QVERIFY(!p.hasPendingBytes());
    QVERIFY(p.feed("2"));
    QVERIFY(p.hasPendingBytes()); // a partial line
    p.reset();
    QVERIFY(p.feed("250-a\r\n"));
    QVERIFY(p.hasPendingBytes()); // a partial reply
    p.reset();
    QVERIFY(p.feed("250 a\r\n"));
    QVERIFY(p.hasPendingBytes()); // a queued reply
    p.takeReply();
    QVERIFY(!p.hasPendingBytes());
}

void TestReplyParser::errorStringsSaySomething()
{
    const QList<QByteArray> bad = {"abc\r\n", "250_x\r\n", "250-a\r\n251 b\r\n",
                                   QByteArray(9000, '2')};
    for (const QByteArray &b : bad) {
        ReplyParser p;
        QVERIFY(!p.feed(b));
        QVERIFY2(!p.errorString().isEmpty(), b.left(20).constData());
    }
    QVERIFY(ReplyParser().errorString().isEmpty());
}

void TestReplyParser::enhancedStatus_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("2.1.0") << 250 << QByteArray("2.1.0 Sender OK") << "2.1.0";
    QTest::newRow("5.7.8") << 535 << QByteArray("5.7.8 Authentication credentials invalid")
                           << "5.7.8";
    QTest::newRow("4.2.1 three-digit parts") << 421 << QByteArray("4.421.100 busy") << "4.421.100";
    QTest::newRow("alone") << 550 << QByteArray("5.1.1") << "5.1.1";
    QTest::newRow("none") << 250 << QByteArray("OK") << "";
    QTest::newRow("class disagrees with code") << 250 << QByteArray("5.1.1 nope") << "";
    QTest::newRow("class 3 invalid") << 354 << QByteArray("3.0.0 go") << "";
    QTest::newRow("two parts") << 250 << QByteArray("2.1 hmm") << "";
    QTest::newRow("four-digit part") << 250 << QByteArray("2.1000.0 x") << "";
    QTest::newRow("no space after") << 250 << QByteArray("2.1.0ok") << "";
    QTest::newRow("trailing dot") << 250 << QByteArray("2.1. x") << "";
}

void TestReplyParser::enhancedStatus()
{
    QFETCH(int, code);
    QFETCH(QByteArray, line);
    QFETCH(QString, expected);
    Reply r;
    r.code = code;
    r.lines = {line, "2.9.9 second line ignored"};
    const EnhancedStatus st = r.enhancedStatus();
    QCOMPARE(st.toString(), expected);
    QCOMPARE(st.isValid(), !expected.isEmpty());
    if (expected == QLatin1String("5.7.8"))
        QCOMPARE(st, (EnhancedStatus{5, 7, 8}));
    QVERIFY(!Reply().enhancedStatus().isValid());
}

void TestReplyParser::textJoinsLinesWithNewline()
{
    ReplyParser p;
    QVERIFY(p.feed("214-Commands:\r\n214-  HELO EHLO\r\n214 End\r\n"));
    const Reply r = p.takeReply();
    QCOMPARE(r.text(), QByteArray("Commands:\n  HELO EHLO\nEnd"));
    QVERIFY(r.isPositive());
    Reply bad;
    bad.code = 550;
    QVERIFY(!bad.isPositive());
    QVERIFY(bad.isValid());
}

QTEST_APPLESS_MAIN(TestReplyParser)
#include "tst_replyparser.moc"
