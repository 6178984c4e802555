// postel-cli --mx against the loopback DNS (dnsmasq) and the real SMTP servers: the JSON
// shape, the human-readable report, every exit code of the --mx table, and usage errors.

#include "CliRun.h"
#include "RealServers.h"

#include <QJsonArray>
#include <QtTest>

using namespace postel::test;

class TestCliMx : public QObject
{
    Q_OBJECT
private:
    RealServers m_servers;
    QString m_dns;

    static CliRun run(const QStringList &args, bool json = true)
    {
        return runCli(json ? args + QStringList{QStringLiteral("--json")} : args, {}, {}, 90000);
    }
    // --mx DOMAIN on the test DNS, the given server's port, trusting the test CA.
    CliRun mx(const QString &domain, const char *portKey = "AIOSMTPD_PORT", bool json = true)
    {
        return run({QStringLiteral("--mx"), domain, QStringLiteral("--dns-server"), m_dns,
                    QStringLiteral("--port"), m_servers.value(portKey), QStringLiteral("--ca-file"),
                    m_servers.value("POSTEL_TEST_CA"), QStringLiteral("--timeout"),
                    QStringLiteral("10")},
                   json);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_servers = RealServers::load();
        QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
        m_dns = qEnvironmentVariable("POSTEL_TEST_DNS");
        QVERIFY2(!m_dns.isEmpty(), "POSTEL_TEST_DNS is not set: run through ctest, whose "
                                   "loopbackdns fixture starts dnsmasq");
        QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    }

    void jsonShape()
    {
        const CliRun r = mx(QStringLiteral("multi.test"));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject j = r.json();
        QCOMPARE(j.value(QStringLiteral("domain")).toString(), QStringLiteral("multi.test"));
        QCOMPARE(j.value(QStringLiteral("dns_server")).toString(), m_dns);
        QCOMPARE(j.value(QStringLiteral("port")).toInt(), m_servers.value("AIOSMTPD_PORT").toInt());
        QCOMPARE(j.value(QStringLiteral("status")).toString(), QStringLiteral("found"));
        QVERIFY(j.value(QStringLiteral("error")).isNull());
        QCOMPARE(j.value(QStringLiteral("exit_code")).toInt(), 0);
        const QJsonArray hosts = j.value(QStringLiteral("mx")).toArray();
        QCOMPARE(hosts.size(), 3);
        for (const QJsonValue &h : hosts) {
            for (const char *key :
                 {"host", "preference", "addresses", "greeting", "tls", "error", "capabilities"})
                QVERIFY2(h.toObject().contains(QLatin1String(key)), key);
        }

        const QJsonObject down = hosts.at(0).toObject();
        QCOMPARE(down.value(QStringLiteral("host")).toString(), QStringLiteral("down.multi.test"));
        QCOMPARE(down.value(QStringLiteral("preference")).toInt(), 10);
        QCOMPARE(down.value(QStringLiteral("addresses")).toArray(),
                 QJsonArray{QStringLiteral("127.0.0.2")});
        QVERIFY(down.value(QStringLiteral("greeting")).isNull());
        QVERIFY(down.value(QStringLiteral("tls")).isNull());
        QCOMPARE(down.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")),
                 QStringLiteral("connect"));

        const QJsonObject good = hosts.at(1).toObject();
        QCOMPARE(good.value(QStringLiteral("host")).toString(), QStringLiteral("mx.postel.test"));
        QCOMPARE(good.value(QStringLiteral("preference")).toInt(), 20);
        QCOMPARE(good.value(QStringLiteral("addresses")).toArray(),
                 (QJsonArray{QStringLiteral("127.0.0.1"), QStringLiteral("::1")}));
        QCOMPARE(good.value(QStringLiteral("greeting")).toArray().at(0).toInt(), 220);
        QVERIFY(good.value(QStringLiteral("error")).isNull());
        QVERIFY(good.value(QStringLiteral("starttls")).toBool());
        const QJsonObject tls = good.value(QStringLiteral("tls")).toObject();
        QVERIFY(tls.value(QStringLiteral("established")).toBool());
        QVERIFY(tls.value(QStringLiteral("verified")).toBool());
        QVERIFY(
            tls.value(QStringLiteral("protocol")).toString().startsWith(QLatin1String("TLSv1.")));
        QCOMPARE(tls.value(QStringLiteral("issuer")).toString(), QStringLiteral("Postel Test CA"));
        QVERIFY(good.value(QStringLiteral("capabilities"))
                    .toObject()
                    .contains(QStringLiteral("smtputf8")));

        const QJsonObject other = hosts.at(2).toObject();
        QCOMPARE(other.value(QStringLiteral("greeting")).toArray().at(0).toInt(), 220);
        QCOMPARE(other.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")),
                 QStringLiteral("tls"));
        const QJsonObject refused = other.value(QStringLiteral("tls")).toObject();
        QVERIFY(!refused.value(QStringLiteral("established")).toBool());
        QVERIFY(!refused.value(QStringLiteral("verified")).toBool());
        QVERIFY(!refused.value(QStringLiteral("errors")).toArray().isEmpty());
        QCOMPARE(refused.value(QStringLiteral("peer_subject")).toString(),
                 QStringLiteral("localhost"));
    }

    void exim()
    {
        const CliRun r = mx(QStringLiteral("bob@postel.test"), "EXIM_PORT");
        QCOMPARE(r.exitCode, 0);
        const QJsonObject host = r.json().value(QStringLiteral("mx")).toArray().at(0).toObject();
        QVERIFY(host.value(QStringLiteral("greeting"))
                    .toArray()
                    .at(1)
                    .toString()
                    .startsWith(QLatin1String("exim.test ESMTP Exim")));
        QVERIFY(host.value(QStringLiteral("tls"))
                    .toObject()
                    .value(QStringLiteral("verified"))
                    .toBool());
        QVERIFY(
            host.value(QStringLiteral("capabilities")).toObject().contains(QStringLiteral("dsn")));
    }

    void implicitMx()
    {
        const CliRun r = mx(QStringLiteral("implicit.test"));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject host = r.json().value(QStringLiteral("mx")).toArray().at(0).toObject();
        QCOMPARE(host.value(QStringLiteral("host")).toString(), QStringLiteral("implicit.test"));
        QVERIFY(host.value(QStringLiteral("implicit")).toBool());
        QCOMPARE(host.value(QStringLiteral("preference")).toInt(), 0);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("status");
        QTest::newRow("null MX") << QStringLiteral("nullmx.test") << 10
                                 << QStringLiteral("null-mx");
        QTest::newRow("no MX, no address")
            << QStringLiteral("nomail.test") << 10 << QStringLiteral("no-mail-host");
        QTest::newRow("NXDOMAIN") << QStringLiteral("nosuch.test") << 10
                                  << QStringLiteral("no-such-domain");
        QTest::newRow("MX without address")
            << QStringLiteral("noaddr.test") << 6 << QStringLiteral("found");
        QTest::newRow("not a domain")
            << QStringLiteral("a..test") << 8 << QStringLiteral("invalid-domain");
    }
    void exitCodes()
    {
        QFETCH(QString, domain);
        QFETCH(int, exitCode);
        QFETCH(QString, status);
        const CliRun r = mx(domain);
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), status);
        QCOMPARE(r.json().value(QStringLiteral("exit_code")).toInt(), exitCode);
        if (status != QLatin1String("found"))
            QVERIFY(!r.json()
                         .value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("message"))
                         .toString()
                         .isEmpty());
    }

    void noHostReachable()
    {
        // Every host there, on a port where nothing listens.
        const QString closed = QString::number(m_servers.port("AIOSMTPD_PORT") == 1 ? 2 : 1);
        const CliRun r =
            run({QStringLiteral("--mx"), QStringLiteral("postel.test"),
                 QStringLiteral("--dns-server"), m_dns, QStringLiteral("--port"), closed});
        QCOMPARE(r.exitCode, 6);
        QCOMPARE(r.json().value(QStringLiteral("mx")).toArray().size(), 1);
    }

    void silentDnsServer()
    {
        QHostAddress silent(QHostAddress(m_dns).toIPv4Address() + 1);
        const CliRun r = run({QStringLiteral("--mx"), QStringLiteral("postel.test"),
                              QStringLiteral("--dns-server"), silent.toString()});
        QCOMPARE(r.exitCode, 6);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("dns-failure"));
    }

    void humanReadable()
    {
        const CliRun r = mx(QStringLiteral("multi.test"), "AIOSMTPD_PORT", false);
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        // In preference order, each with what it said.
        const qsizetype down = out.indexOf(QLatin1String("10 down.multi.test"));
        const qsizetype good = out.indexOf(QLatin1String("20 mx.postel.test"));
        const qsizetype other = out.indexOf(QLatin1String("30 other.multi.test"));
        QVERIFY2(down >= 0 && good > down && other > good, qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("greeting: 220 ")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("certificate verified")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("the certificate was refused")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("2 of 3 hosts answered.")), qPrintable(out));
    }

    void humanNullMx()
    {
        const CliRun r = mx(QStringLiteral("nullmx.test"), "AIOSMTPD_PORT", false);
        QCOMPARE(r.exitCode, 10);
        QVERIFY2(r.out.contains("null MX (RFC 7505)"), r.out.constData());
        QVERIFY2(r.out.contains("accepts no mail"), r.out.constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("--port without --mx")
            << QStringList{QStringLiteral("--server"), QStringLiteral("localhost"),
                           QStringLiteral("--port"), QStringLiteral("25")};
        QTest::newRow("--mx with --to")
            << QStringList{QStringLiteral("--mx"), QStringLiteral("postel.test"),
                           QStringLiteral("--to"), QStringLiteral("a@postel.test")};
        QTest::newRow("DNS server with a port")
            << QStringList{QStringLiteral("--mx"), QStringLiteral("postel.test"),
                           QStringLiteral("--dns-server"), QStringLiteral("127.0.0.1:5353")};
        // A survey reports each certificate as it verifies: nothing to switch off.
        QTest::newRow("--mx with --no-verify") << QStringList{
            QStringLiteral("--mx"), QStringLiteral("postel.test"), QStringLiteral("--no-verify")};
        QTest::newRow("bad port") << QStringList{QStringLiteral("--mx"),
                                                 QStringLiteral("postel.test"),
                                                 QStringLiteral("--port"), QStringLiteral("0")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const CliRun r = run(args);
        QCOMPARE(r.exitCode, 8);
        QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")),
                 QStringLiteral("usage"));
        QVERIFY(!r.err.isEmpty());
    }

    void documentedInHelp()
    {
        const CliRun r = run({QStringLiteral("--help")}, false);
        QCOMPARE(r.exitCode, 0);
        for (const char *s : {"--mx <domain>", "--dns-server <address>", "--port <n>",
                              "Exit codes with --mx", "10 the domain takes no mail"})
            QVERIFY2(r.out.contains(s), s);
    }
};

QTEST_GUILESS_MAIN(TestCliMx)
#include "tst_cli_mx.moc"
