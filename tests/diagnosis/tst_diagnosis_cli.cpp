// postel-cli's diagnosis against the real servers (aiosmtpd and Exim, the realservers
// fixture), in English and Polish: the wrong TLS mode each way, an untrusted certificate, a
// wrong password, AUTH before TLS where AUTH comes only after it, a refused recipient and a
// refused connection. The probes (--diagnose) confirm the wrong TLS modes, and every printed
// "Retry:" line is run as printed and must succeed.

#include "CliRun.h"
#include "RealServers.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace postel::test;

namespace {

struct Run
{
    int exitCode = -1;
    QJsonObject json;
    QString err;  // stderr, decoded
    QString line; // the command line run
    QJsonArray diagnosis() const { return json.value(QStringLiteral("diagnosis")).toArray(); }
    QString primary() const
    {
        return diagnosis().at(0).toObject().value(QStringLiteral("id")).toString();
    }
    // The human report's line starting with `label` ("Diagnosis: ", "Retry: ", …), without it.
    QString after(const QString &label) const
    {
        for (const QString &l : err.split(QLatin1Char('\n'))) {
            if (l.startsWith(label))
                return l.mid(label.size());
        }
        return {};
    }
};

struct Labels
{
    QString diagnosis, fix, retry, confirmed;
};

Labels labels(const QString &language)
{
    if (language == QLatin1String("pl"))
        return {QStringLiteral("Diagnoza: "), QStringLiteral("Rozwiązanie: "),
                QStringLiteral("Ponów: "), QStringLiteral("  Potwierdzone: ")};
    return {QStringLiteral("Diagnosis: "), QStringLiteral("Fix: "), QStringLiteral("Retry: "),
            QStringLiteral("  Confirmed: ")};
}

} // namespace

class TestDiagnosisCli : public QObject
{
    Q_OBJECT

    RealServers m_servers;

    QString at(const char *portKey) const
    {
        return QStringLiteral("localhost:") + m_servers.value(portKey);
    }
    QString ca() const { return m_servers.value("POSTEL_TEST_CA"); }

    // POSTEL_PROBE_OTHER_PORT only when given (an empty value removes the variable).
    static QHash<QString, QString> environment(const QString &password, const QString &language,
                                               const QString &otherPort = {})
    {
        return {{QStringLiteral("POSTEL_PASSWORD"), password},
                {QStringLiteral("LANGUAGE"), language},
                {QStringLiteral("POSTEL_PROBE_OTHER_PORT"), otherPort}};
    }

    static Run finish(const CliRun &c, bool json, const QString &line)
    {
        Run r;
        r.exitCode = c.exitCode;
        r.err = QString::fromUtf8(c.err);
        if (json)
            r.json = c.json();
        r.line = line;
        return r;
    }

    // runCli() keeps the event loop running, which an in-process peer needs.
    static Run run(QStringList args, const QString &language, bool json,
                   const QString &password = QStringLiteral("wonderland"),
                   const QString &otherPort = {})
    {
        if (json)
            args << QStringLiteral("--json");
        return finish(runCli(args, environment(password, language, otherPort), {}, 90000), json,
                      args.join(QLatin1Char(' ')));
    }

    // Runs a printed command line through the shell, as a user would paste it.
    static Run runLine(const QString &line, const QString &language,
                       const QString &password = QStringLiteral("wonderland"))
    {
        return finish(runProgram(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), line},
                                 environment(password, language), {}, 90000),
                      false, line);
    }

    // The human report in `language`: the primary finding's title, a fix, and (if `retries`)
    // a Retry line that succeeds when run. The JSON report of the same run gives `id` first,
    // in the same language, with the same exit code.
    void expect(const QStringList &args, const QString &language, const QString &id, int exitCode,
                bool retries, const QString &password = QStringLiteral("wonderland"),
                const QString &otherPort = {}, bool confirmed = false)
    {
        const Labels l = labels(language);
        const Run json = run(args, language, true, password, otherPort);
        QCOMPARE(json.exitCode, exitCode);
        QCOMPARE(json.primary(), id);
        const QJsonObject f = json.diagnosis().at(0).toObject();
        QCOMPARE(f.value(QStringLiteral("confirmed")).toBool(), confirmed);
        QCOMPARE(f.value(QStringLiteral("retry")).isArray(), retries);

        const Run human = run(args, language, false, password, otherPort);
        QCOMPARE(human.exitCode, exitCode);
        QCOMPARE(human.after(l.diagnosis), f.value(QStringLiteral("title")).toString());
        QVERIFY2(!human.after(l.fix).isEmpty(), qPrintable(human.err));
        QCOMPARE(!human.after(l.confirmed).isEmpty(), confirmed);
        const QString retry = human.after(l.retry);
        QCOMPARE(!retry.isEmpty(), retries);
        // The line is the program and the JSON's retry_command, as the shell reads them.
        if (retries) {
            QVERIFY2(!retry.contains(password) || password.isEmpty(), qPrintable(retry));
            const Run again = runLine(retry, language);
            QVERIFY2(again.exitCode == 0, qPrintable(QStringLiteral("%1\n-> exit %2\n%3")
                                                         .arg(retry)
                                                         .arg(again.exitCode)
                                                         .arg(again.err)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_servers = RealServers::load();
        QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
        QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
        QVERIFY2(!m_servers.value("AIOSMTPD_AUTHTLS_PORT").isEmpty(),
                 "servers.env has no AIOSMTPD_AUTHTLS_PORT");
    }

    void languages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("pl") << "pl";
    }

    // TLS from the first byte to a port that greets in plain text (STARTTLS ports).
    void plaintextPort_data() { languages_data(); }
    void plaintextPort()
    {
        QFETCH(QString, language);
        for (const char *port : {"AIOSMTPD_PORT", "EXIM_PORT"}) {
            expect({"--server", at(port), "--tls-on-connect", "--ca-file", ca(), "--quit-after",
                    "ehlo"},
                   language, QStringLiteral("plaintext-port"), 5, true);
        }
        // The probe greets in plain text and sees STARTTLS: confirmed.
        expect({"--server", at("AIOSMTPD_PORT"), "--tls-on-connect", "--ca-file", ca(),
                "--diagnose", "--quit-after", "ehlo"},
               language, QStringLiteral("plaintext-port"), 5, true, QStringLiteral("wonderland"),
               {}, true);
    }

    // Plain text (STARTTLS) to a port that expects TLS from the first byte.
    void implicitTlsPort_data() { languages_data(); }
    void implicitTlsPort()
    {
        QFETCH(QString, language);
        const QStringList args{
            "--server", at("AIOSMTPD_TLS_PORT"), "--starttls", "--ca-file", ca(), "--timeout",
            "2",        "--quit-after",          "ehlo"};
        // Without probes the port (not 465) only may be one: a warning after no-greeting.
        const Run plain = run(args, language, true);
        QCOMPARE(plain.exitCode, 6);
        QCOMPARE(plain.primary(), QStringLiteral("no-greeting"));
        QCOMPARE(plain.diagnosis().at(1).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("implicit-tls-port"));
        QCOMPARE(plain.diagnosis().at(1).toObject().value(QStringLiteral("severity")).toString(),
                 QStringLiteral("warning"));
        // The probe's TLS handshake on the same port succeeds: confirmed, and the retry works.
        expect(args + QStringList{"--diagnose"}, language, QStringLiteral("implicit-tls-port"), 6,
               true, QStringLiteral("wonderland"),
               m_servers.value("AIOSMTPD_PORT") + QStringLiteral("/starttls"), true);
    }

    void untrustedCertificate_data() { languages_data(); }
    void untrustedCertificate()
    {
        QFETCH(QString, language);
        for (const char *port : {"AIOSMTPD_PORT", "EXIM_PORT"}) {
            expect({"--server", at(port), "--starttls", "--auth", "auto", "--auth-user", "alice",
                    "--from", "a@example.org", "--to", "bob@example.org"},
                   language, QStringLiteral("certificate-untrusted"), 5, true);
        }
    }

    // The fingerprint in the retry is the server's certificate: another one is refused.
    void trustCertificateIsExact()
    {
        const Run wrong = run({"--server", at("AIOSMTPD_PORT"), "--starttls", "--quit-after", "tls",
                               "--trust-certificate", QString(64, QLatin1Char('0'))},
                              QStringLiteral("en"), true);
        QCOMPARE(wrong.exitCode, 5);
        QCOMPARE(wrong.primary(), QStringLiteral("certificate-untrusted"));
        const Run bad = run({"--server", at("AIOSMTPD_PORT"), "--trust-certificate", "abc"},
                            QStringLiteral("en"), true);
        QCOMPARE(bad.exitCode, 8);
    }

    void wrongPassword_data() { languages_data(); }
    void wrongPassword()
    {
        QFETCH(QString, language);
        for (const char *port : {"AIOSMTPD_PORT", "EXIM_PORT"}) {
            const QStringList args{
                "--server",      at(port), "--starttls",     "--ca-file", ca(),
                "--auth",        "auto",   "--auth-user",    "alice",     "--from",
                "a@example.org", "--to",   "bob@example.org"};
            expect(args, language, QStringLiteral("auth-credentials-rejected"), 4, false,
                   QStringLiteral("not-the-password"));
            const Run json = run(args, language, true, QStringLiteral("not-the-password"));
            QCOMPARE(json.diagnosis()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("retry_settings"))
                         .toObject()
                         .value(QStringLiteral("edit_password"))
                         .toBool(),
                     true);
            QVERIFY(!QJsonDocument(json.json).toJson().contains("not-the-password"));
            // The fix it names (the right password) works with the same command.
            QCOMPARE(run(args, language, false).exitCode, 0);
        }
    }

    // A login asked for in clear text where the server offers AUTH only after STARTTLS.
    void authBeforeTls_data() { languages_data(); }
    void authBeforeTls()
    {
        QFETCH(QString, language);
        const QStringList args{"--server",    at("AIOSMTPD_AUTHTLS_PORT"),
                               "--ca-file",   ca(),
                               "--auth",      "auto",
                               "--auth-user", "alice",
                               "--from",      "a@example.org",
                               "--to",        "bob@example.org"};
        expect(args, language, QStringLiteral("tls-required"), 4, true);
        expect(args + QStringList{"--diagnose"}, language, QStringLiteral("tls-required"), 4, true,
               QStringLiteral("wonderland"), {}, true);
        const Run json = run(args + QStringList{"--diagnose"}, language, true);
        QVERIFY(json.diagnosis()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("evidence"))
                    .toString()
                    .contains(QLatin1String("PLAIN")));
    }

    void refusedRecipient_data() { languages_data(); }
    void refusedRecipient()
    {
        QFETCH(QString, language);
        expect({"--server", at("EXIM_PORT"), "--from", "a@example.org", "--to", "x@refused.test"},
               language, QStringLiteral("recipient-unknown"), 2, false);
        expect(
            {"--server", at("AIOSMTPD_PORT"), "--from", "a@example.org", "--to", "x@refused.test"},
            language, QStringLiteral("recipient-unknown"), 2, false);
        // Sent to one, refused for the other: a warning, exit code 1, the message delivered.
        const Run partly = run({"--server", at("EXIM_PORT"), "--from", "a@example.org", "--to",
                                "bob@example.org", "--to", "x@refused.test"},
                               language, true);
        QCOMPARE(partly.exitCode, 1);
        QCOMPARE(partly.primary(), QStringLiteral("recipient-unknown"));
        QCOMPARE(partly.diagnosis().at(0).toObject().value(QStringLiteral("severity")).toString(),
                 QStringLiteral("warning"));
    }

    void connectionRefused_data() { languages_data(); }
    void connectionRefused()
    {
        QFETCH(QString, language);
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString free = QStringLiteral("127.0.0.1:") + QString::number(probe.serverPort());
        probe.close();
        expect({"--server", free}, language, QStringLiteral("connection-refused"), 6, false);
        // The other submission port answers: confirmed, and the retry moves there.
        expect({"--server", free, "--diagnose", "--ca-file", ca(), "--quit-after", "ehlo"},
               language, QStringLiteral("connection-refused"), 6, true,
               QStringLiteral("wonderland"),
               m_servers.value("AIOSMTPD_TLS_PORT") + QStringLiteral("/tls"), true);
    }

    void successHasNoDiagnosis()
    {
        const Run ok = run({"--server", at("EXIM_PORT"), "--starttls", "--ca-file", ca(), "--from",
                            "a@example.org", "--to", "bob@example.org"},
                           QStringLiteral("en"), true);
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.json.contains(QStringLiteral("diagnosis")));
        QVERIFY(ok.diagnosis().isEmpty());
        QVERIFY(ok.err.isEmpty());
    }

    // Control and bidirectional characters in a server's words never reach the terminal raw,
    // in the error line or in the diagnosis.
    void serverWordsEscaped()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            QTcpSocket *s = server.nextPendingConnection();
            s->write("554 5.7.1 \x1b]0;owned\x07\x1b[2J blocked \xe2\x80\xae using "
                     "zen.spamhaus.org\r\n");
            s->flush();
            QTimer::singleShot(200, s, [s] { s->disconnectFromHost(); });
        });
        const Run r =
            run({"--server", QStringLiteral("127.0.0.1:") + QString::number(server.serverPort())},
                QStringLiteral("en"), false);
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.after(QStringLiteral("Diagnosis: ")).contains(QLatin1String("Spamhaus")),
                 qPrintable(r.err));
        for (const QChar c : r.err) {
            QVERIFY2(c == QLatin1Char('\n') ||
                         (c.unicode() >= 0x20 && c.unicode() != 0x7f && c.unicode() != 0x202e),
                     qPrintable(r.err));
        }
        QVERIFY(r.err.contains(QLatin1String("\\x1b]0;owned\\x07")));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisCli)
#include "tst_diagnosis_cli.moc"
