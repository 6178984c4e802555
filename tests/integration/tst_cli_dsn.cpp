// Delivery status notifications (RFC 3461) through postel-cli: Exim advertises DSN, takes
// NOTIFY/RET/ENVID and sends a real success report back to the sender; aiosmtpd does not
// advertise DSN, so the message goes without the request and a warning says so.

#include "CliRun.h"
#include "RealServers.h"

#include <QJsonArray>
#include <QtTest>

using namespace postel::test;

class TestCliDsn : public QObject
{
    Q_OBJECT
private:
    RealServers m_servers;

    QStringList common(const char *portKey) const
    {
        return {QStringLiteral("--server"),
                QStringLiteral("localhost:") + m_servers.value(portKey),
                QStringLiteral("--starttls"),
                QStringLiteral("--ca-file"),
                m_servers.value("POSTEL_TEST_CA"),
                QStringLiteral("--auth"),
                QStringLiteral("auto"),
                QStringLiteral("--auth-user"),
                QStringLiteral("alice")};
    }
    static QHash<QString, QString> password()
    {
        return {{QStringLiteral("POSTEL_PASSWORD"), QStringLiteral("wonderland")}};
    }
    static QString sentLine(const QJsonObject &report, const QString &verb)
    {
        for (const QJsonValue &v : report.value(QStringLiteral("transcript")).toArray()) {
            const QJsonObject e = v.toObject();
            const QString text = e.value(QStringLiteral("text")).toString();
            if (e.value(QStringLiteral("direction")).toString() == QLatin1String("client") &&
                text.startsWith(verb))
                return text;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_servers = RealServers::load();
        QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
        QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    }

    void eximTakesTheRequestAndReports()
    {
        const QString sender = uniqueLocalPart("dsnfrom");
        const QString rcpt = uniqueLocalPart("dsnto");
        const CliRun r = runCli(
            common("EXIM_PORT") +
                QStringList{QStringLiteral("--from"), sender + QStringLiteral("@example.org"),
                            QStringLiteral("--to"), rcpt + QStringLiteral("@example.org"),
                            QStringLiteral("--dsn-notify"), QStringLiteral("failure,Success"),
                            QStringLiteral("--dsn-ret"), QStringLiteral("hdrs"),
                            QStringLiteral("--dsn-envid"), QStringLiteral("env+1=x"),
                            QStringLiteral("--json")},
            password());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject j = r.json();
        const QJsonObject dsn = j.value(QStringLiteral("dsn")).toObject();
        QCOMPARE(dsn.value(QStringLiteral("sent")).toBool(), true);
        QCOMPARE(dsn.value(QStringLiteral("notify")).toArray(),
                 QJsonArray({QStringLiteral("SUCCESS"), QStringLiteral("FAILURE")}));
        QCOMPARE(dsn.value(QStringLiteral("ret")).toString(), QStringLiteral("hdrs"));
        QCOMPARE(j.value(QStringLiteral("warnings")).toArray().size(), 0);
        // On the wire: RET and ENVID (xtext: '+' and '=' as +2B and +3D) on MAIL, NOTIFY
        // on RCPT.
        const QString mail = sentLine(j, QStringLiteral("MAIL FROM:"));
        QVERIFY2(mail.contains(QStringLiteral(" RET=HDRS")), qPrintable(mail));
        QVERIFY2(mail.contains(QStringLiteral(" ENVID=env+2B1+3Dx")), qPrintable(mail));
        const QString rcptLine = sentLine(j, QStringLiteral("RCPT TO:"));
        QVERIFY2(rcptLine.contains(QStringLiteral(" NOTIFY=SUCCESS,FAILURE")),
                 qPrintable(rcptLine));
        // The message arrived, and Exim sent the sender a success report naming the
        // envelope id (RFC 3464: a multipart/report with Action: delivered).
        QCOMPARE(eximDelivered(m_servers.value("EXIM_MAILDIR"), rcpt).size(), 1);
        const QList<QByteArray> reports = eximDelivered(m_servers.value("EXIM_MAILDIR"), sender);
        QCOMPARE(reports.size(), 1);
        const QByteArray report = reports.first();
        QVERIFY2(report.contains("multipart/report"), report.constData());
        QVERIFY2(report.contains("Original-Envelope-ID: env+2B1+3Dx"), report.constData());
        QVERIFY2(report.contains("Action: delivered"), report.constData());
    }

    void aiosmtpdWithoutDsnGetsAWarning()
    {
        const QString rcpt = uniqueLocalPart("dsnno");
        const QStringList args =
            common("AIOSMTPD_PORT") +
            QStringList{QStringLiteral("--from"),       QStringLiteral("a@example.org"),
                        QStringLiteral("--to"),         rcpt + QStringLiteral("@example.org"),
                        QStringLiteral("--dsn-notify"), QStringLiteral("never")};
        const CliRun r = runCli(args + QStringList{QStringLiteral("--json")}, password());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject j = r.json();
        QCOMPARE(j.value(QStringLiteral("outcome")).toString(), QStringLiteral("sent"));
        QCOMPARE(j.value(QStringLiteral("dsn")).toObject().value(QStringLiteral("sent")).toBool(),
                 false);
        const QJsonArray warnings = j.value(QStringLiteral("warnings")).toArray();
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().toString().contains(QStringLiteral("DSN")));
        QVERIFY(!sentLine(j, QStringLiteral("RCPT TO:")).contains(QStringLiteral("NOTIFY")));
        // Without --json the warning goes to stderr, in the user's language.
        const CliRun plain =
            runCli(args, {{QStringLiteral("POSTEL_PASSWORD"), QStringLiteral("wonderland")},
                          {QStringLiteral("LANGUAGE"), QStringLiteral("pl")}});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(plain.err.contains("DSN"), plain.err.constData());
        QVERIFY2(QString::fromUtf8(plain.err).contains(QStringLiteral("Ostrzeżenie")),
                 plain.err.constData());
    }

    void badValuesAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("never with others")
            << QStringList{QStringLiteral("--dsn-notify"), QStringLiteral("never,success")};
        QTest::newRow("unknown notify")
            << QStringList{QStringLiteral("--dsn-notify"), QStringLiteral("always")};
        QTest::newRow("unknown ret")
            << QStringList{QStringLiteral("--dsn-ret"), QStringLiteral("body")};
        QTest::newRow("envid not ascii")
            << QStringList{QStringLiteral("--dsn-envid"), QStringLiteral("zażółć")};
        QTest::newRow("envid too long")
            << QStringList{QStringLiteral("--dsn-envid"), QString(101, QLatin1Char('x'))};
    }
    void badValuesAreUsageErrors()
    {
        QFETCH(QStringList, args);
        const CliRun r =
            runCli(QStringList{QStringLiteral("--server"), QStringLiteral("127.0.0.1:1"),
                               QStringLiteral("--json")} +
                   args);
        QCOMPARE(r.exitCode, 8);
        QCOMPARE(r.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
                 QStringLiteral("usage"));
        QVERIFY(r.json()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("--dsn-")));
    }
};

QTEST_GUILESS_MAIN(TestCliDsn)
#include "tst_cli_dsn.moc"
