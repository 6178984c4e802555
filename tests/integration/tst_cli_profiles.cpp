// postel-cli --profile and postel-cli profiles: the desktop app's server profiles (its
// QSettings, in a scratch XDG_CONFIG_HOME) used against the real Exim and aiosmtpd, flags
// on the command line overriding them, and no empty password ever sent.

#include "CliRun.h"
#include "RealServers.h"
#include "profiles/ProfileStore.h"

#include <QJsonArray>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace postel;
using namespace postel::test;

class TestCliProfiles : public QObject
{
    Q_OBJECT
private:
    RealServers m_servers;
    QTemporaryDir m_config;
    QHash<QString, QString> env(const QString &password = {}) const
    {
        // No desktop session: the keychain cannot answer, as in CI.
        return {
            {QStringLiteral("XDG_CONFIG_HOME"), m_config.path()},
            {QStringLiteral("POSTEL_PASSWORD"), password},
            {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent")}};
    }
    static QString sentTo(const QJsonObject &report)
    {
        return report.value(QStringLiteral("greeting")).toArray().at(1).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_servers = RealServers::load();
        QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
        QVERIFY(m_config.isValid());
        // Written as the desktop app writes them: ProfileStore in the app's settings file.
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        std::unique_ptr<QSettings> settings(ProfileStore::desktopSettings());
        settings->beginWriteArray(QStringLiteral("profiles"), 2);
        settings->setArrayIndex(0);
        settings->setValue(QStringLiteral("id"), QStringLiteral("p-exim"));
        settings->setValue(QStringLiteral("name"), QStringLiteral("Exim at work"));
        settings->setValue(QStringLiteral("host"), QStringLiteral("localhost"));
        settings->setValue(QStringLiteral("port"), m_servers.value("EXIM_PORT").toInt());
        settings->setValue(QStringLiteral("security"), QStringLiteral("starttls"));
        settings->setValue(QStringLiteral("caFile"), m_servers.value("POSTEL_TEST_CA"));
        settings->setValue(QStringLiteral("heloName"), QStringLiteral("client.example"));
        settings->setValue(QStringLiteral("user"), QStringLiteral("alice"));
        settings->setValue(QStringLiteral("authMechanism"), QStringLiteral("LOGIN"));
        settings->setArrayIndex(1);
        settings->setValue(QStringLiteral("id"), QStringLiteral("p-mx"));
        settings->setValue(QStringLiteral("name"), QStringLiteral("Direct"));
        settings->setValue(QStringLiteral("route"), QStringLiteral("recipient-mx"));
        settings->endArray();
        settings->setValue(QStringLiteral("currentProfile"), QStringLiteral("p-exim"));
        settings->sync();
        QCOMPARE(settings->status(), QSettings::NoError);
    }

    void listsTheDesktopProfiles()
    {
        const CliRun r = runCli({QStringLiteral("profiles"), QStringLiteral("--json")}, env());
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = r.json().value(QStringLiteral("profiles")).toArray();
        QCOMPARE(list.size(), 2);
        const QJsonObject exim = list.at(0).toObject();
        QCOMPARE(exim.value(QStringLiteral("name")).toString(), QStringLiteral("Exim at work"));
        QCOMPARE(exim.value(QStringLiteral("server")).toString(),
                 QStringLiteral("localhost:") + m_servers.value("EXIM_PORT"));
        QCOMPARE(exim.value(QStringLiteral("security")).toString(), QStringLiteral("starttls"));
        QCOMPARE(exim.value(QStringLiteral("auth")).toString(), QStringLiteral("LOGIN"));
        QCOMPARE(exim.value(QStringLiteral("current")).toBool(), true);
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("route")).toString(),
                 QStringLiteral("recipient-mx"));
        const CliRun plain = runCli({QStringLiteral("profiles")}, env());
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(plain.out.contains("* Exim at work"), plain.out.constData());
    }

    void sendsWithTheProfile()
    {
        const QString rcpt = uniqueLocalPart("prof");
        // By name, in any case: STARTTLS verified with the profile's CA, its mechanism.
        const CliRun r = runCli({QStringLiteral("--profile"), QStringLiteral("exim AT WORK"),
                                 QStringLiteral("--from"), QStringLiteral("a@example.org"),
                                 QStringLiteral("--to"), rcpt + QStringLiteral("@example.org"),
                                 QStringLiteral("--json")},
                                env(QStringLiteral("wonderland")));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject j = r.json();
        QVERIFY(sentTo(j).contains(QStringLiteral("Exim")));
        QVERIFY(
            j.value(QStringLiteral("tls")).toObject().value(QStringLiteral("verified")).toBool());
        QCOMPARE(j.value(QStringLiteral("auth"))
                     .toObject()
                     .value(QStringLiteral("mechanism"))
                     .toString(),
                 QStringLiteral("LOGIN"));
        QCOMPARE(eximDelivered(m_servers.value("EXIM_MAILDIR"), rcpt).size(), 1);
        QVERIFY(!r.out.contains("wonderland"));
    }

    void commandLineOverridesTheProfile()
    {
        // Another server and mechanism than the profile's; its CA and user still apply.
        const CliRun r = runCli(
            {QStringLiteral("--profile"), QStringLiteral("p-exim"), QStringLiteral("--server"),
             QStringLiteral("localhost:") + m_servers.value("AIOSMTPD_PORT"),
             QStringLiteral("--auth"), QStringLiteral("PLAIN"), QStringLiteral("--quit-after"),
             QStringLiteral("auth"), QStringLiteral("--json")},
            env(QStringLiteral("wonderland")));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject j = r.json();
        QVERIFY2(!sentTo(j).contains(QStringLiteral("Exim")), qPrintable(sentTo(j)));
        QCOMPARE(j.value(QStringLiteral("auth"))
                     .toObject()
                     .value(QStringLiteral("mechanism"))
                     .toString(),
                 QStringLiteral("PLAIN"));
        QVERIFY(j.value(QStringLiteral("tls")).isObject());
        // --tls-on-connect replaces the profile's STARTTLS instead of clashing with it.
        const CliRun implicit = runCli(
            {QStringLiteral("--profile"), QStringLiteral("p-exim"), QStringLiteral("--server"),
             QStringLiteral("localhost:") + m_servers.value("AIOSMTPD_TLS_PORT"),
             QStringLiteral("--tls-on-connect"), QStringLiteral("--quit-after"),
             QStringLiteral("ehlo"), QStringLiteral("--json")},
            env(QStringLiteral("wonderland")));
        QCOMPARE(implicit.exitCode, 0);
    }

    void noPasswordIsAUsageErrorNotAnEmptyLogin()
    {
        const CliRun r = runCli(
            {QStringLiteral("--profile"), QStringLiteral("Exim at work"), QStringLiteral("--json")},
            env());
        QCOMPARE(r.exitCode, 8);
        const QJsonObject j = r.json();
        QVERIFY(!j.contains(QStringLiteral("transcript"))); // nothing was sent anywhere
        QVERIFY(j.value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("POSTEL_PASSWORD")));
    }

    void unknownAndUnusableProfiles()
    {
        const CliRun unknown = runCli({QStringLiteral("--profile"), QStringLiteral("nope")}, env());
        QCOMPARE(unknown.exitCode, 8);
        QVERIFY2(unknown.err.contains("Exim at work"), unknown.err.constData());
        const CliRun mx = runCli({QStringLiteral("--profile"), QStringLiteral("Direct")}, env());
        QCOMPARE(mx.exitCode, 8);
        QVERIFY2(mx.err.contains("--mx"), mx.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "tst_cli_profiles.moc"
