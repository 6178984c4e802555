// connect()'s "host:port" splitting, as smtplib's connect() does it.
#include "smtp/operations/ConnectOperation.h"

#include <QTest>

using postel::ConnectOperation;

class TestHostPort : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void split_data();
    void split();
};

void TestHostPort::split_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("name") << "mail.example.org" << true << "mail.example.org" << 0;
    QTest::newRow("name:port") << "mail.example.org:587" << true << "mail.example.org" << 587;
    QTest::newRow("ipv4:port") << "127.0.0.1:2525" << true << "127.0.0.1" << 2525;
    QTest::newRow("[v6]:port") << "[::1]:2525" << true << "::1" << 2525;
    QTest::newRow("[v6]") << "[2001:db8::1]" << true << "2001:db8::1" << 0;
    QTest::newRow("bare v6") << "2001:db8::1" << true << "2001:db8::1" << 0;
    QTest::newRow("spaces trimmed") << "  host:25 " << true << "host" << 25;
    QTest::newRow("port too big") << "host:70000" << false << "host" << 0;
    QTest::newRow("port not a number") << "host:smtp" << false << "host" << 0;
    QTest::newRow("unclosed bracket") << "[::1:25" << false << "" << 0;
    QTest::newRow("junk after bracket") << "[::1]x25" << false << "::1" << 0;
    QTest::newRow("empty host") << ":25" << false << "" << 25;
    QTest::newRow("empty") << "" << false << "" << 0;
}

void TestHostPort::split()
{
    QFETCH(QString, in);
    QFETCH(bool, ok);
    QFETCH(QString, host);
    QFETCH(int, port);
    QString h;
    quint16 p = 1;
    QCOMPARE(ConnectOperation::splitHostPort(in, h, p), ok);
    if (ok) {
        QCOMPARE(h, host);
        QCOMPARE(int(p), port);
    }
}

QTEST_APPLESS_MAIN(TestHostPort)
#include "tst_hostport.moc"
