// International addresses: which need SMTPUTF8, and IDN domains as A-labels (RFC 5890) for
// servers without it.
#include "message/InternationalAddress.h"

#include <QTest>

using namespace postel;

class TestInternationalAddress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void toALabels_data();
    void toALabels();
    void needsSmtpUtf8_data();
    void needsSmtpUtf8();
};

void TestInternationalAddress::toALabels_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("expected"); // "!" for an error

    QTest::newRow("ascii") << "user@example.org"
                           << "user@example.org";
    QTest::newRow("ascii keeps its case") << "User@Example.ORG"
                                          << "User@Example.ORG";
    QTest::newRow("german") << "user@bücher.example"
                            << "user@xn--bcher-kva.example";
    QTest::newRow("polish") << "jan@żółw.pl"
                            << "jan@xn--w-uga1v8h.pl";
    QTest::newRow("upper case is mapped") << "jan@ŻÓŁW.pl"
                                          << "jan@xn--w-uga1v8h.pl";
    QTest::newRow("chinese tld") << "info@例子.广告"
                                 << "info@xn--fsqu00a.xn--4rr70v";
    QTest::newRow("ideographic full stop") << "info@例子。广告"
                                           << "info@xn--fsqu00a.xn--4rr70v";
    QTest::newRow("sharp s, nontransitional") << "a@faß.de"
                                              << "a@xn--fa-hia.de";
    QTest::newRow("quoted local part with @") << "\"a@b\"@bücher.example"
                                              << "\"a@b\"@xn--bcher-kva.example";
    QTest::newRow("no domain") << "postmaster"
                               << "postmaster";
    QTest::newRow("domain literal") << "user@[192.0.2.1]"
                                    << "user@[192.0.2.1]";
    QTest::newRow("utf-8 local part") << "jaźń@example.pl"
                                      << "!";
    QTest::newRow("utf-8 local part and idn") << "用户@例子.广告"
                                              << "!";
    QTest::newRow("invalid idn: space") << "user@bü cher.example"
                                        << "!";
    QTest::newRow("invalid idn: empty label") << "user@bücher..example"
                                              << "!";
}

void TestInternationalAddress::toALabels()
{
    QFETCH(QString, address);
    QFETCH(QString, expected);
    QString error;
    const std::optional<QString> got = InternationalAddress::toALabels(address, &error);
    if (expected == QLatin1String("!")) {
        QVERIFY2(!got, qPrintable(got.value_or(QString())));
        QVERIFY2(error.contains(address), qPrintable(error));
        return;
    }
    QVERIFY2(got, qPrintable(error));
    QCOMPARE(*got, expected);
    QVERIFY(InternationalAddress::isAscii(*got));
}

void TestInternationalAddress::needsSmtpUtf8_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("asIs");
    QTest::addColumn<bool>("converted");

    QTest::newRow("ascii") << "user@example.org" << false << false;
    QTest::newRow("idn domain") << "user@bücher.example" << true << false;
    QTest::newRow("utf-8 local part") << "jaźń@example.pl" << true << true;
    QTest::newRow("both") << "用户@例子.广告" << true << true;
    QTest::newRow("idn that cannot be converted") << "user@bü cher.example" << true << true;
}

void TestInternationalAddress::needsSmtpUtf8()
{
    QFETCH(QString, address);
    QFETCH(bool, asIs);
    QFETCH(bool, converted);
    QCOMPARE(InternationalAddress::needsSmtpUtf8(address), asIs);
    QCOMPARE(InternationalAddress::needsSmtpUtf8(address, InternationalAddress::Domain::AsIs),
             asIs);
    QCOMPARE(InternationalAddress::needsSmtpUtf8(address, InternationalAddress::Domain::ToALabels),
             converted);
}

QTEST_GUILESS_MAIN(TestInternationalAddress)
#include "tst_internationaladdress.moc"
