// WireEncoder: CRLF normalisation and dot-stuffing on the fly, independent of chunking.
#include "smtp/WireEncoder.h"

#include <QRandomGenerator>
#include <QTest>

using postel::WireEncoder;

namespace {
QByteArray encodeWhole(const QByteArray &in)
{
    WireEncoder e;
    QByteArray out;
    e.encode(in, out);
    return out + e.finish();
}

QByteArray encodeSplit(const QByteArray &in, const QList<qsizetype> &cuts)
{
    WireEncoder e;
    QByteArray out;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        e.encode(in.mid(from, cut - from), out);
        from = cut;
    }
    e.encode(in.mid(from), out);
    return out + e.finish();
}
} // namespace

class TestWireEncoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encode_data();
    void encode();
    void crlfSplitAcrossChunks();
    void crThenDotAcrossChunks();
    void chunkSplitInvariance_data();
    void chunkSplitInvariance();
    void byteAtATimeEqualsWhole();
    void randomSplitsEqualWhole();
    void withoutDotStuffing();
    void normalisedSizeMatchesOutput_data();
    void normalisedSizeMatchesOutput();
};

void TestWireEncoder::encode_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("wire");
    // smtplib's data(): an empty message still gets its CRLF before the dot.
    QTest::newRow("empty message") << QByteArray() << QByteArray("\r\n.\r\n");
    QTest::newRow("crlf kept") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nb\r\n.\r\n");
    QTest::newRow("lone lf") << QByteArray("a\nb\n") << QByteArray("a\r\nb\r\n.\r\n");
    QTest::newRow("lone cr") << QByteArray("a\rb\r") << QByteArray("a\r\nb\r\n.\r\n");
    QTest::newRow("lf cr is two breaks")
        << QByteArray("a\n\rb") << QByteArray("a\r\n\r\nb\r\n.\r\n");
    QTest::newRow("cr cr lf") << QByteArray("a\r\r\nb") << QByteArray("a\r\n\r\nb\r\n.\r\n");
    QTest::newRow("no final newline") << QByteArray("abc") << QByteArray("abc\r\n.\r\n");
    QTest::newRow("dot first line") << QByteArray(".hidden\r\n") << QByteArray("..hidden\r\n.\r\n");
    QTest::newRow("lone dot first line")
        << QByteArray(".\r\nafter") << QByteArray("..\r\nafter\r\n.\r\n");
    QTest::newRow("dot later line") << QByteArray("a\r\n.b\r\n") << QByteArray("a\r\n..b\r\n.\r\n");
    QTest::newRow("lone dot later line")
        << QByteArray("a\r\n.\r\nb\r\n") << QByteArray("a\r\n..\r\nb\r\n.\r\n");
    QTest::newRow("lone dot after lone lf")
        << QByteArray("a\n.\nb") << QByteArray("a\r\n..\r\nb\r\n.\r\n");
    QTest::newRow("lone dot after lone cr")
        << QByteArray("a\r.\rb") << QByteArray("a\r\n..\r\nb\r\n.\r\n");
    QTest::newRow("two dots") << QByteArray("..x\r\n") << QByteArray("...x\r\n.\r\n");
    QTest::newRow("dot mid line") << QByteArray("a.b .c\r\n") << QByteArray("a.b .c\r\n.\r\n");
    QTest::newRow("ends with dot line") << QByteArray("x\r\n.") << QByteArray("x\r\n..\r\n.\r\n");
    QTest::newRow("binary bytes") << QByteArray("\x00\xff\x7f\r\n", 5)
                                  << QByteArray("\x00\xff\x7f\r\n.\r\n", 8);
}

void TestWireEncoder::encode()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, wire);
    QCOMPARE(encodeWhole(in), wire);
}

void TestWireEncoder::crlfSplitAcrossChunks()
{
    // CR at the end of one chunk, its LF at the start of the next: one line break.
    WireEncoder e;
    QByteArray out;
    e.encode(QByteArray("line1\r"), out);
    e.encode(QByteArray("\nline2\r"), out);
    e.encode(QByteArray("\n"), out);
    out += e.finish();
    QCOMPARE(out, QByteArray("line1\r\nline2\r\n.\r\n"));
}

void TestWireEncoder::crThenDotAcrossChunks()
{
    WireEncoder e;
    QByteArray out;
    e.encode(QByteArray("a\r"), out);
    e.encode(QByteArray(".b"), out);
    out += e.finish();
    QCOMPARE(out, QByteArray("a\r\n..b\r\n.\r\n"));
}

void TestWireEncoder::chunkSplitInvariance_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::newRow("mixed line ends and dots")
        << QByteArray(".start\r\nmid\rnext\n.\r\n..\n\r.x\r\r\n.end.");
    QTest::newRow("only separators") << QByteArray("\r\n\r\r\n\n\r.\r.\n.");
    QTest::newRow("plain") << QByteArray("Subject: hi\r\n\r\nbody\r\n");
}

void TestWireEncoder::chunkSplitInvariance()
{
    QFETCH(QByteArray, in);
    const QByteArray whole = encodeWhole(in);
    // Every single split position...
    for (qsizetype i = 0; i <= in.size(); ++i)
        QCOMPARE(encodeSplit(in, {i}), whole);
    // ...and every pair of split positions.
    for (qsizetype i = 0; i <= in.size(); ++i) {
        for (qsizetype j = i; j <= in.size(); ++j)
            QCOMPARE(encodeSplit(in, {i, j}), whole);
    }
}

void TestWireEncoder::byteAtATimeEqualsWhole()
{
    const QByteArray in = ".a\rb\nc\r\n.d\r\r\n\n.";
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i < in.size(); ++i)
        cuts.append(i);
    QCOMPARE(encodeSplit(in, cuts), encodeWhole(in));
}

void TestWireEncoder::randomSplitsEqualWhole()
{
    QRandomGenerator rng(20240607);
    const char alphabet[] = {'\r', '\n', '.', 'a', ' '};
    for (int round = 0; round < 300; ++round) {
        QByteArray in;
        const int len = int(rng.bounded(1, 60));
        for (int i = 0; i < len; ++i)
            in += alphabet[rng.bounded(int(sizeof alphabet))];
        QList<qsizetype> cuts;
        qsizetype at = 0;
        while (at < in.size()) {
            at += rng.bounded(1, 5);
            if (at < in.size())
                cuts.append(at);
        }
        const QByteArray whole = encodeWhole(in);
        QCOMPARE(encodeSplit(in, cuts), whole);
        // The wire form never has a bare CR or LF, and ends with the terminator.
        QVERIFY(whole.endsWith("\r\n.\r\n"));
        for (qsizetype i = 0; i < whole.size(); ++i) {
            if (whole.at(i) == '\r')
                QVERIFY(i + 1 < whole.size() && whole.at(i + 1) == '\n');
            if (whole.at(i) == '\n')
                QVERIFY(i > 0 && whole.at(i - 1) == '\r');
        }
        // No line of the body is a lone dot: only the terminator is.
        const QByteArray body = whole.left(whole.size() - 3);
        QVERIFY2(!body.startsWith(".\r\n") && !body.contains("\r\n.\r\n"),
                 whole.toHex().constData());
    }
}

void TestWireEncoder::withoutDotStuffing()
{
    WireEncoder e;
    e.setDotStuffing(false);
    QByteArray out;
    e.encode(QByteArray(".a\n.b\r"), out);
    QCOMPARE(out, QByteArray(".a\r\n.b\r\n"));
    QCOMPARE(e.finish(), QByteArray());
}

void TestWireEncoder::normalisedSizeMatchesOutput_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::newRow("crlf") << QByteArray("a\r\nb\r\n");
    QTest::newRow("lone") << QByteArray("a\nb\rc");
    QTest::newRow("cr cr lf") << QByteArray("\r\r\n\n");
}

void TestWireEncoder::normalisedSizeMatchesOutput()
{
    QFETCH(QByteArray, in);
    WireEncoder e;
    e.setDotStuffing(false);
    QByteArray out;
    e.encode(in, out);
    // Whole, and split at every position with the CR state carried over.
    bool pending = false;
    QCOMPARE(WireEncoder::normalisedSize(in.constData(), in.size(), pending), qint64(out.size()));
    for (qsizetype i = 0; i <= in.size(); ++i) {
        bool p = false;
        qint64 n = WireEncoder::normalisedSize(in.constData(), i, p);
        n += WireEncoder::normalisedSize(in.constData() + i, in.size() - i, p);
        QCOMPARE(n, qint64(out.size()));
    }
}

QTEST_APPLESS_MAIN(TestWireEncoder)
#include "tst_wireencoder.moc"
