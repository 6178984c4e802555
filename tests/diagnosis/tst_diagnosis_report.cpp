// The connection report and "Copy as command" (issue 11, part 7): the report of a recorded
// session and of live ones against the real servers (aiosmtpd with STARTTLS and AUTH,
// implicit TLS), exported as text and HTML; the command lines for postel-cli, swaks, curl and
// openssl are RUN as printed (through /bin/sh, the password in SMTP_PASSWORD) against the same
// servers and succeed — and fail with a wrong password, so they do test the login. The
// password is never on a line.
#include "DiagnosisTestUtil.h"
#include "RealServers.h"
#include "diagnosis/CommandLines.h"
#include "diagnosis/ConnectionReport.h"
#include "transcript/Transcript.h"

#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace postel;
using postel::test::RealServers;

namespace {

struct Shell
{
    int exitCode = -1;
    QString output;
};

Shell runLine(const QString &line, const QString &password)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(CommandLines::PasswordVariable), password);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), line});
    Shell s;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        s.output = QStringLiteral("(timed out) ") + QString::fromLocal8Bit(p.readAll());
        return s;
    }
    s.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    s.output = QString::fromLocal8Bit(p.readAll());
    return s;
}

} // namespace

class ReportTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void reportOfARecording();
    void reportOfALiveStartTlsLogin();
    void reportOfAnUntrustedCertificate();
    void commandLinesRun_data();
    void commandLinesRun();
    void commandLinesQuoteForTheShell();

private:
    SessionRecord converse(const CommandLines::Test &t, const QString &password,
                           bool trustTestCa = true);
    CommandLines::Test testFor(const char *portKey, SmtpSession::Security security,
                               bool login) const;
    RealServers m_servers;
};

void ReportTest::initTestCase()
{
    test::useLanguage(QStringLiteral("en"));
    m_servers = RealServers::load();
    QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
}

CommandLines::Test ReportTest::testFor(const char *portKey, SmtpSession::Security security,
                                       bool login) const
{
    CommandLines::Test t;
    t.host = m_servers.value("POSTEL_TEST_HOST");
    t.port = m_servers.port(portKey);
    t.security = security;
    t.caFile = m_servers.value("POSTEL_TEST_CA");
    t.ehloName = QStringLiteral("client.example");
    t.timeoutSeconds = 10;
    if (login)
        t.user = m_servers.value("POSTEL_TEST_USER");
    return t;
}

SessionRecord ReportTest::converse(const CommandLines::Test &t, const QString &password,
                                   bool trustTestCa)
{
    SmtpSession session;
    session.setTimeout(t.timeoutSeconds * 1000);
    session.setLocalHostname(t.ehloName);
    if (trustTestCa)
        session.setTlsConfiguration(m_servers.tlsConfig());
    Transcript transcript;
    transcript.attach(&session);
    Conversation conversation(&session);
    Conversation::Plan plan;
    plan.host = t.host;
    plan.port = t.port;
    plan.security = t.security;
    plan.startTls = t.security == SmtpSession::Security::StartTls;
    plan.authUser = t.user;
    plan.authPassword = password;
    QSignalSpy finished(&conversation, &Conversation::finished);
    conversation.start(plan);
    if (!finished.wait(40000))
        return {};
    return SessionRecord::capture(conversation, transcript.entries());
}

// A recorded session (Exim: STARTTLS, login, a message): every part of the report.
void ReportTest::reportOfARecording()
{
    QString error;
    const auto record = test::loadRecording(QStringLiteral("exim-sent"), &error);
    QVERIFY2(record, qPrintable(error));
    QVERIFY(!record->tls.peerChain.isEmpty());
    const QDateTime now = record->tls.peerChain.first().expiryDate().addDays(-30);
    const ConnectionReport r = ConnectionReport::build(*record, {}, now);
    QVERIFY(r.passed());
    QVERIFY(r.reachable);
    QCOMPARE(r.greeting.code, 220);
    QVERIFY(r.greetingMs >= 0);
    QCOMPARE(r.tlsProtocol, QStringLiteral("TLSv1.3"));
    QCOMPARE(r.cipher, QStringLiteral("TLS_AES_256_GCM_SHA384"));
    QVERIFY(r.verified);
    QCOMPARE(r.hostNameMatches, std::optional<bool>(true));
    QCOMPARE(r.chain.first().daysLeft, 30);
    QVERIFY(r.capabilitiesBeforeTls.contains(QStringLiteral("STARTTLS")));
    QVERIFY(!r.capabilitiesAfterTls.contains(QStringLiteral("STARTTLS")));
    QVERIFY(r.authAfterTls.contains(QStringLiteral("PLAIN")));
    QVERIFY(r.loginAttempted && r.loginOk);
    QStringList steps;
    for (const ConnectionReport::Step &s : r.steps)
        steps.append(s.name);
    QVERIFY2(steps.startsWith(QStringLiteral("Greeting")), qPrintable(steps.join(',')));
    for (const char *s : {"Greeting", "EHLO", "STARTTLS", "TLS handshake", "AUTH", "QUIT"})
        QVERIFY2(steps.contains(QString::fromLatin1(s)), qPrintable(steps.join(',')));

    const QString text = r.toText();
    QVERIFY2(text.contains(QStringLiteral("Reachable: yes")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("TLS: TLSv1.3, cipher TLS_AES_256_GCM_SHA384")));
    QVERIFY(text.contains(QStringLiteral("(30 days left)")));
    QVERIFY(text.contains(QStringLiteral("matches the certificate")));
    QVERIFY(text.contains(QStringLiteral("AUTH mechanisms after TLS: PLAIN LOGIN CRAM-MD5")));
    QVERIFY(text.contains(QStringLiteral("AUTH CRAM-MD5")));
    QVERIFY(text.contains(QStringLiteral("******** →"))); // the answer to the challenge, masked
    QVERIFY(!text.contains(QStringLiteral("AGFsaWNl")));  // the credential, base64
    // STARTTLS in clear, not after TLS: side by side.
    QRegularExpression starttlsRow(QStringLiteral("^  STARTTLS +✔ +\\| ✖$"),
                                   QRegularExpression::MultilineOption);
    QVERIFY2(text.contains(starttlsRow), qPrintable(text));
    const QString html = r.toHtml();
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<td>STARTTLS</td><td>✔</td><td>✖</td>")));
    QVERIFY(!html.contains(QStringLiteral("AGFsaWNl")));

    test::useLanguage(QStringLiteral("pl"));
    const QString polish = ConnectionReport::build(*record, {}, now).toText();
    test::useLanguage(QStringLiteral("en"));
    QVERIFY2(polish.contains(QStringLiteral("Osiągalny: tak")), qPrintable(polish));
}

// A live test: aiosmtpd, STARTTLS, login.
void ReportTest::reportOfALiveStartTlsLogin()
{
    const CommandLines::Test t = testFor("AIOSMTPD_PORT", SmtpSession::Security::StartTls, true);
    const SessionRecord record = converse(t, m_servers.value("POSTEL_TEST_PASSWORD"));
    QVERIFY(!record.host.isEmpty());
    const ConnectionReport r = ConnectionReport::build(record);
    QVERIFY2(r.passed(), qPrintable(r.error));
    QVERIFY(r.tls && r.verified);
    QCOMPARE(r.hostNameMatches, std::optional<bool>(true));
    QVERIFY(r.chain.first().daysLeft > 0);
    QCOMPARE(r.authBeforeTls, QStringList({QStringLiteral("LOGIN"), QStringLiteral("PLAIN")}));
    QVERIFY(r.loginOk);
    QCOMPARE(r.loginUser, QStringLiteral("alice"));
    // Live, the connection itself is timed too (the recordings keep no "Connecting" note).
    QVERIFY(r.steps.size() > 2);
    QCOMPARE(r.steps.at(0).name, QStringLiteral("Connect"));
    QVERIFY(r.steps.at(0).ms >= 0);
    QCOMPARE(r.steps.at(1).name, QStringLiteral("Greeting"));
    QVERIFY(!r.toText().contains(m_servers.value("POSTEL_TEST_PASSWORD")));
}

// An untrusted certificate: the chain is shown from the failed handshake, with the errors.
void ReportTest::reportOfAnUntrustedCertificate()
{
    const CommandLines::Test t =
        testFor("AIOSMTPD_TLS_PORT", SmtpSession::Security::ImplicitTls, false);
    const SessionRecord record = converse(t, QString(), false);
    const ConnectionReport r = ConnectionReport::build(record, Doctor::diagnose(record));
    QVERIFY(!r.passed());
    QVERIFY(!r.tls);
    QVERIFY(!r.chain.isEmpty());
    QVERIFY(!r.certificateErrors.isEmpty());
    QCOMPARE(r.findings.first().id, QStringLiteral("certificate-untrusted"));
    QVERIFY(r.toText().contains(QStringLiteral("certificate-untrusted")));
}

void ReportTest::commandLinesRun_data()
{
    QTest::addColumn<QByteArray>("port");
    QTest::addColumn<int>("security");
    QTest::addColumn<bool>("login");
    QTest::newRow("STARTTLS, login")
        << QByteArray("AIOSMTPD_PORT") << int(SmtpSession::Security::StartTls) << true;
    QTest::newRow("STARTTLS") << QByteArray("AIOSMTPD_PORT") << int(SmtpSession::Security::StartTls)
                              << false;
    QTest::newRow("implicit TLS, login")
        << QByteArray("AIOSMTPD_TLS_PORT") << int(SmtpSession::Security::ImplicitTls) << true;
    QTest::newRow("Exim, STARTTLS, login")
        << QByteArray("EXIM_PORT") << int(SmtpSession::Security::StartTls) << true;
}

// Each line, as it would be pasted into a shell: it runs and succeeds; with a wrong
// password the logging-in ones fail; the password is never on a line.
void ReportTest::commandLinesRun()
{
    QFETCH(QByteArray, port);
    QFETCH(int, security);
    QFETCH(bool, login);
    const CommandLines::Test t = testFor(port.constData(), SmtpSession::Security(security), login);
    const QString password = m_servers.value("POSTEL_TEST_PASSWORD");
    const QString cli =
        qEnvironmentVariable("POSTEL_BINARY_DIR") + QStringLiteral("/app/postel-cli");
    const QList<QPair<QString, QString>> lines{
        {QStringLiteral("postel-cli"), CommandLines::postelCli(t, cli)},
        {QStringLiteral("swaks"), CommandLines::swaks(t)},
        {QStringLiteral("curl"), CommandLines::curl(t)},
        {QStringLiteral("openssl"), CommandLines::openssl(t)}};
    for (const auto &[tool, line] : lines) {
        QVERIFY2(!line.contains(password), qPrintable(line));
        if (login && tool != QLatin1String("openssl"))
            QVERIFY2(line.contains(QStringLiteral("\"$SMTP_PASSWORD\"")) ||
                         line.contains(QStringLiteral(":$SMTP_PASSWORD\"")) ||
                         line.contains(QStringLiteral("=$SMTP_PASSWORD\"")),
                     qPrintable(line));
        const Shell ok = runLine(line, password);
        QVERIFY2(ok.exitCode == 0,
                 qPrintable(tool + QStringLiteral(": ") + line + QStringLiteral("\n") + ok.output));
        if (login && tool != QLatin1String("openssl")) {
            const Shell wrong = runLine(line, QStringLiteral("not the password"));
            QVERIFY2(wrong.exitCode != 0, qPrintable(tool +
                                                     QStringLiteral(" accepted a wrong "
                                                                    "password: ") +
                                                     line + QStringLiteral("\n") + wrong.output));
        }
    }
    // Without the test CA the verifying lines fail: they do check the certificate.
    CommandLines::Test untrusted = t;
    untrusted.caFile.clear();
    for (const QString &line : {CommandLines::swaks(untrusted), CommandLines::curl(untrusted),
                                CommandLines::openssl(untrusted)}) {
        const Shell refused = runLine(line, password);
        QVERIFY2(refused.exitCode != 0, qPrintable(line + QStringLiteral("\n") + refused.output));
    }
}

void ReportTest::commandLinesQuoteForTheShell()
{
    CommandLines::Test t;
    t.host = QStringLiteral("mail.example.org");
    t.port = 587;
    t.user = QStringLiteral("o'brien@example.org");
    t.caFile = QStringLiteral("/home/me/my CA.pem");
    t.mechanism = QStringLiteral("PLAIN");
    QCOMPARE(CommandLines::swaks(t),
             QStringLiteral("swaks --server mail.example.org:587 --tls --tls-verify --tls-ca-path "
                            "'/home/me/my CA.pem' --tls-sni mail.example.org --timeout 30 --auth "
                            "PLAIN --auth-user 'o'\\''brien@example.org' --auth-password "
                            "\"$SMTP_PASSWORD\" --quit-after AUTH"));
    QCOMPARE(CommandLines::openssl(t),
             QStringLiteral("openssl s_client -starttls smtp -connect mail.example.org:587 "
                            "-servername mail.example.org -verify_hostname mail.example.org "
                            "-CAfile '/home/me/my CA.pem' -verify_return_error -brief </dev/null"));
    QVERIFY(CommandLines::curl(t).contains(
        QStringLiteral("--user \"o'brien@example.org:$SMTP_PASSWORD\"")));
    QVERIFY(CommandLines::postelCli(t).startsWith(
        QStringLiteral("env \"POSTEL_PASSWORD=$SMTP_PASSWORD\" postel-cli --server "
                       "mail.example.org:587 --starttls")));
}

QTEST_MAIN(ReportTest)
#include "tst_diagnosis_report.moc"
