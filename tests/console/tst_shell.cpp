// postel-cli shell driven through a pipe against Exim: STARTTLS, AUTH, a message delivered;
// the password and the AUTH token never in the output.
#include "CliRun.h"
#include "RealServers.h"

#include <QTest>

using namespace postel::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run shell(const QStringList &args, const QByteArray &input, const QString &password = {})
{
    // POSTEL_PASSWORD only when given (an empty value removes the variable).
    const CliRun r = runCli(QStringList{QStringLiteral("shell")} + args,
                            {{QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")},
                             {QStringLiteral("POSTEL_PASSWORD"), password}},
                            input);
    return {r.exitCode, QString::fromUtf8(r.out), QString::fromUtf8(r.err)};
}

} // namespace

class TestShell : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void helpDocumentsDotCommands();
    void deliversAfterStartTlsAndLogin();
    void typedAuthIsMaskedAndDataIsSentAsTyped();
    void dotCommands();
    void untrustedCertificateStopsTheHandshake();
    void usageErrors();

private:
    RealServers m_servers;
    QString m_server;
};

void TestShell::initTestCase()
{
    m_servers = RealServers::load();
    QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
    m_server = QStringLiteral("127.0.0.1:%1").arg(m_servers.port("EXIM_PORT"));
}

void TestShell::helpDocumentsDotCommands()
{
    const Run r = shell({QStringLiteral("--help")}, {});
    QCOMPARE(r.exitCode, 0);
    for (const char *word :
         {"--server", "--tls-on-connect", "--ca-file", "--no-verify", ".help", ".next", ".state",
          ".explain on|off", ".login USER", "POSTEL_PASSWORD"})
        QVERIFY2(r.out.contains(QLatin1String(word)), word);
    // The usage line names the subcommand: "Usage: …/postel-cli shell [options]".
    const QString usage = r.out.left(r.out.indexOf(QLatin1Char('\n')));
    QVERIFY2(usage.contains(QLatin1String("postel-cli shell [options]")), qPrintable(usage));
}

void TestShell::deliversAfterStartTlsAndLogin()
{
    const QString user = m_servers.value("POSTEL_TEST_USER");
    const QString password = m_servers.value("POSTEL_TEST_PASSWORD");
    const QString local = uniqueLocalPart("shell");
    const QByteArray input = "EHLO client.example\n"
                             "STARTTLS\n"
                             "EHLO client.example\n"
                             ".login " +
                             user.toUtf8() +
                             " PLAIN\n"
                             "MAIL FROM:<teacher@postel.test>\n"
                             "RCPT TO:<" +
                             local.toUtf8() +
                             "@postel.test>\n"
                             "DATA\n"
                             "Subject: typed by hand\n"
                             "\n"
                             "Hello from postel-cli shell.\n"
                             "..a line that starts with a dot\n"
                             ".\n"
                             "QUIT\n";
    const Run r = shell({QStringLiteral("--server"), m_server, QStringLiteral("--ca-file"),
                         m_servers.value("POSTEL_TEST_CA")},
                        input, password);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    // The session went on encrypted: replies after the handshake are marked as TLS.
    QVERIFY2(r.out.contains(QLatin1String("<- 220")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("<~ 235")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("<~ 354")));
    QVERIFY(r.out.contains(QLatin1String("~> QUIT")));
    // Every reply explained.
    QVERIFY(r.out.contains(QLatin1String("    # ")));
    // Never the password, nor the PLAIN token (\0user\0password in base64).
    const QByteArray token =
        QByteArray(QByteArray("\0", 1) + user.toUtf8() + QByteArray("\0", 1) + password.toUtf8())
            .toBase64();
    QVERIFY(!r.out.contains(password) && !r.err.contains(password));
    QVERIFY(!r.out.contains(QString::fromLatin1(token)));

    const QList<QByteArray> got = eximDelivered(m_servers.value("EXIM_MAILDIR"), local);
    QCOMPARE(got.size(), 1);
    QVERIFY(got.first().contains("with esmtpsa"));
    const QByteArray body = stripEximTrace(got.first());
    QCOMPARE(body, QByteArray("Subject: typed by hand\r\n\r\nHello from postel-cli shell.\r\n"
                              ".a line that starts with a dot\r\n"));
}

void TestShell::typedAuthIsMaskedAndDataIsSentAsTyped()
{
    const QString user = m_servers.value("POSTEL_TEST_USER");
    const QString password = m_servers.value("POSTEL_TEST_PASSWORD");
    const QString local = uniqueLocalPart("shellraw");
    const QByteArray plain =
        QByteArray(QByteArray("\0", 1) + user.toUtf8() + QByteArray("\0", 1) + password.toUtf8())
            .toBase64();
    const QByteArray input = "EHLO client.example\n"
                             "STARTTLS\n"
                             "EHLO client.example\n"
                             "AUTH LOGIN\n" +
                             user.toUtf8().toBase64() + "\n" + password.toUtf8().toBase64() +
                             "\n"
                             "RSET\n"
                             "MAIL FROM:<teacher@postel.test>\n"
                             "RCPT TO:<" +
                             local.toUtf8() +
                             "@postel.test>\n"
                             "DATA\n"
                             "Subject: raw\n"
                             "\n"
                             "Body.\n"
                             ".\n";
    const Run r = shell({QStringLiteral("--server"), m_server, QStringLiteral("--ca-file"),
                         m_servers.value("POSTEL_TEST_CA")},
                        input);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QLatin1String("<~ 235")), qPrintable(r.out));
    // The challenges are explained decoded ("Username:", "Password:"), the answers masked.
    QVERIFY2(r.out.contains(QLatin1String("Password:")), qPrintable(r.out));
    QVERIFY(!r.out.contains(password));
    QVERIFY(!r.out.contains(QString::fromLatin1(password.toUtf8().toBase64())));
    QVERIFY(!r.out.contains(QString::fromLatin1(plain)));
    // The end of the input sends QUIT.
    QVERIFY(r.out.contains(QLatin1String("~> QUIT")));
    QCOMPARE(eximDelivered(m_servers.value("EXIM_MAILDIR"), local).size(), 1);

    // AUTH PLAIN with its token on the command line: masked from the token on.
    const Run p = shell({QStringLiteral("--server"), m_server, QStringLiteral("--ca-file"),
                         m_servers.value("POSTEL_TEST_CA")},
                        "EHLO client.example\nSTARTTLS\nEHLO client.example\nAUTH PLAIN " + plain +
                            "\nQUIT\n");
    QCOMPARE(p.exitCode, 0);
    QVERIFY2(p.out.contains(QLatin1String("~> AUTH PLAIN ")), qPrintable(p.out));
    QVERIFY(p.out.contains(QLatin1String("<~ 235")));
    QVERIFY(!p.out.contains(QString::fromLatin1(plain)));
    QVERIFY(!p.out.contains(password));
}

void TestShell::dotCommands()
{
    const Run r = shell({QStringLiteral("--server"), m_server}, ".state\n"
                                                                ".next\n"
                                                                "EHLO client.example\n"
                                                                ".state\n"
                                                                ".next\n"
                                                                ".explain off\n"
                                                                "NOOP\n"
                                                                ".bogus\n"
                                                                ".login alice\n"
                                                                "QUIT\n");
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("State: Connected")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("Next: EHLO ")));
    QVERIFY(r.out.contains(QLatin1String("State: Greeted")));
    QVERIFY(r.out.contains(QLatin1String("Allowed now: EHLO HELO STARTTLS AUTH MAIL RSET NOOP "
                                         "VRFY EXPN QUIT")));
    QVERIFY(r.out.contains(QLatin1String("Next: STARTTLS")));
    QVERIFY(r.out.contains(QLatin1String("Explanations off.")));
    // After ".explain off" the NOOP's reply comes without an explanation.
    const QString afterOff = r.out.mid(r.out.indexOf(QLatin1String("Explanations off.")));
    QVERIFY(afterOff.contains(QLatin1String("<- 250")));
    QVERIFY(!afterOff.contains(QLatin1String("    # ")));
    QVERIFY(r.out.contains(QLatin1String("Unknown shell command .bogus")));
    // No POSTEL_PASSWORD and no terminal: .login says so and sends nothing.
    QVERIFY(r.out.contains(QLatin1String("No password")));
    QVERIFY(!r.out.contains(QLatin1String("-> AUTH")));
}

void TestShell::untrustedCertificateStopsTheHandshake()
{
    // Without the test CA the certificate is not trusted: the shell stops, nothing in clear
    // goes on after STARTTLS.
    const Run r = shell({QStringLiteral("--server"), m_server},
                        "EHLO client.example\nSTARTTLS\nMAIL FROM:<a@postel.test>\n");
    QCOMPARE(r.exitCode, 5);
    QVERIFY(!r.out.contains(QLatin1String("MAIL FROM")));
}

void TestShell::usageErrors()
{
    QCOMPARE(shell({}, {}).exitCode, 8);
    QCOMPARE(shell({QStringLiteral("--server"), m_server, QStringLiteral("--ca-file"),
                    QStringLiteral("/nonexistent/ca.pem")},
                   {})
                 .exitCode,
             8);
    QCOMPARE(shell({QStringLiteral("--bogus")}, {}).exitCode, 8);
}

QTEST_GUILESS_MAIN(TestShell)
#include "tst_shell.moc"
