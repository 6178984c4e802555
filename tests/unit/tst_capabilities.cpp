// Capabilities: the EHLO reply as smtplib's ehlo() parses it, plus typed accessors.
#include "smtp/Capabilities.h"
#include "smtp/ReplyParser.h"

#include <QTest>

using postel::Capabilities;
using postel::Reply;

namespace {
Reply parse(const QByteArray &wire)
{
    postel::ReplyParser p;
    if (!p.feed(wire) || !p.hasReply())
        return {};
    return p.takeReply();
}
} // namespace

class TestCapabilities : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typicalEhlo();
    void firstLineIsNotAnExtension();
    void keywordsCaseInsensitive();
    void keywordOrderKept();
    void oldStyleAuthMergedWithAuth();
    void authOnlyOldStyle();
    void authAdvertisedTwice();
    void sizeParsing_data();
    void sizeParsing();
    void parametersTrimmedAndSimplified();
    void junkLinesIgnored();
    void singleLineEhloHasNoFeatures();
    void describeKnowsCommonExtensions();
};

void TestCapabilities::typicalEhlo()
{
    const Capabilities caps =
        Capabilities::fromEhloReply(parse("250-mail.example.org Hello\r\n"
                                          "250-PIPELINING\r\n"
                                          "250-SIZE 35882577\r\n"
                                          "250-8BITMIME\r\n"
                                          "250-STARTTLS\r\n"
                                          "250-ENHANCEDSTATUSCODES\r\n"
                                          "250-CHUNKING\r\n"
                                          "250-SMTPUTF8\r\n"
                                          "250-DSN\r\n"
                                          "250 AUTH PLAIN LOGIN CRAM-MD5\r\n"));
    QVERIFY(!caps.isEmpty());
    QVERIFY(caps.pipelining());
    QVERIFY(caps.eightBitMime());
    QVERIFY(caps.startTls());
    QVERIFY(caps.enhancedStatusCodes());
    QVERIFY(caps.chunking());
    QVERIFY(caps.smtpUtf8());
    QVERIFY(caps.dsn());
    QVERIFY(!caps.binaryMime());
    QCOMPARE(caps.sizeLimit(), std::optional<qint64>(35882577));
    QCOMPARE(caps.authMechanisms(), (QStringList{"PLAIN", "LOGIN", "CRAM-MD5"}));
    QCOMPARE(caps.parameters("auth"), QStringLiteral("PLAIN LOGIN CRAM-MD5"));
    QCOMPARE(caps.parameters("8bitmime"), QString());
    QCOMPARE(caps.features().size(), 9);
}

void TestCapabilities::firstLineIsNotAnExtension()
{
    const Capabilities caps =
        Capabilities::fromEhloReply(parse("250-PIPELINING greets you\r\n250 SIZE\r\n"));
    QVERIFY(!caps.has("pipelining"));
    QVERIFY(caps.has("size"));
}

void TestCapabilities::keywordsCaseInsensitive()
{
    const Capabilities caps =
        Capabilities::fromEhloReply(parse("250-hi\r\n250-StartTLS\r\n250 x-Custom-Ext  a  b\r\n"));
    QVERIFY(caps.has("STARTTLS"));
    QVERIFY(caps.has("starttls"));
    QVERIFY(caps.has("StArTtLs"));
    QVERIFY(caps.startTls());
    QVERIFY(caps.has("X-CUSTOM-EXT"));
    QCOMPARE(caps.parameters("X-Custom-Ext"), QStringLiteral("a b"));
    // Keywords are stored lower-cased, as smtplib's esmtp_features.
    QVERIFY(caps.features().contains("starttls"));
    QVERIFY(caps.features().contains("x-custom-ext"));
    QVERIFY(!caps.has("auth"));
}

void TestCapabilities::keywordOrderKept()
{
    const Capabilities caps = Capabilities::fromEhloReply(
        parse("250-hi\r\n250-SIZE 10\r\n250-AUTH LOGIN\r\n250-8BITMIME\r\n250-AUTH=PLAIN\r\n"
              "250 DSN\r\n"));
    QCOMPARE(caps.keywords(), (QStringList{"size", "auth", "8bitmime", "dsn"}));
}

void TestCapabilities::oldStyleAuthMergedWithAuth()
{
    const Capabilities caps = Capabilities::fromEhloReply(
        parse("250-hi\r\n250-AUTH LOGIN PLAIN\r\n250-AUTH=LOGIN CRAM-MD5\r\n250 HELP\r\n"));
    QCOMPARE(caps.authMechanisms(), (QStringList{"LOGIN", "PLAIN", "CRAM-MD5"}));
    QVERIFY(caps.has("auth"));
    QVERIFY(!caps.has("auth=login"));
    QVERIFY(caps.has("help"));
}

void TestCapabilities::authOnlyOldStyle()
{
    const Capabilities caps =
        Capabilities::fromEhloReply(parse("250-hi\r\n250 auth=login plain\r\n"));
    QVERIFY(caps.has("AUTH"));
    QCOMPARE(caps.authMechanisms(), (QStringList{"LOGIN", "PLAIN"}));
}

void TestCapabilities::authAdvertisedTwice()
{
    const Capabilities caps = Capabilities::fromEhloReply(
        parse("250-hi\r\n250-AUTH SCRAM-SHA-256\r\n250 AUTH scram-sha-256 PLAIN\r\n"));
    QCOMPARE(caps.authMechanisms(), (QStringList{"SCRAM-SHA-256", "PLAIN"}));
}

void TestCapabilities::sizeParsing_data()
{
    QTest::addColumn<QByteArray>("ehlo");
    QTest::addColumn<qint64>("limit"); // -1: not advertised
    QTest::newRow("number") << QByteArray("250-hi\r\n250 SIZE 52428800\r\n") << qint64(52428800);
    QTest::newRow("bare") << QByteArray("250-hi\r\n250 SIZE\r\n") << qint64(0);
    QTest::newRow("zero") << QByteArray("250-hi\r\n250 SIZE 0\r\n") << qint64(0);
    QTest::newRow("garbage") << QByteArray("250-hi\r\n250 SIZE lots\r\n") << qint64(0);
    QTest::newRow("lower case") << QByteArray("250-hi\r\n250 size 1000\r\n") << qint64(1000);
    QTest::newRow("beyond 32 bits")
        << QByteArray("250-hi\r\n250 SIZE 10000000000\r\n") << qint64(10000000000LL);
    QTest::newRow("absent") << QByteArray("250-hi\r\n250 8BITMIME\r\n") << qint64(-1);
}

void TestCapabilities::sizeParsing()
{
    QFETCH(QByteArray, ehlo);
    QFETCH(qint64, limit);
    const Capabilities caps = Capabilities::fromEhloReply(parse(ehlo));
    if (limit < 0)
        QCOMPARE(caps.sizeLimit(), std::nullopt);
    else
        QCOMPARE(caps.sizeLimit(), std::optional<qint64>(limit));
}

void TestCapabilities::parametersTrimmedAndSimplified()
{
    const Capabilities caps =
        Capabilities::fromEhloReply(parse("250-hi\r\n250 DSN   NOTIFY   RET  \r\n"));
    QCOMPARE(caps.parameters("dsn"), QStringLiteral("NOTIFY RET"));
    QCOMPARE(caps.parameters("absent"), QString());
}

void TestCapabilities::junkLinesIgnored()
{
    // smtplib's regex needs an alphanumeric first character; other lines are skipped.
    const Capabilities caps =
        Capabilities::fromEhloReply(parse("250-hi\r\n250- leading space\r\n250--dash\r\n"
                                          "250-\r\n250 PIPELINING\r\n"));
    QCOMPARE(caps.keywords(), QStringList{"pipelining"});
}

void TestCapabilities::singleLineEhloHasNoFeatures()
{
    const Capabilities caps = Capabilities::fromEhloReply(parse("250 mail.example.org\r\n"));
    QVERIFY(caps.isEmpty());
    QVERIFY(caps.authMechanisms().isEmpty());
    QCOMPARE(caps.sizeLimit(), std::nullopt);
}

void TestCapabilities::describeKnowsCommonExtensions()
{
    for (const char *k : {"PIPELINING", "chunking", "8BITMIME", "SMTPUTF8", "SIZE", "DSN",
                          "ENHANCEDSTATUSCODES", "STARTTLS", "AUTH"})
        QVERIFY2(!Capabilities::describe(QString::fromLatin1(k)).isEmpty(), k);
    QVERIFY(Capabilities::describe("X-UNKNOWN-THING").isEmpty());
}

QTEST_APPLESS_MAIN(TestCapabilities)
#include "tst_capabilities.moc"
