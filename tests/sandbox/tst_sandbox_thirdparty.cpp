// Third-party clients against the postel-sandbox program: Python's smtplib (the seed) and
// swaks. Each scenario checks what the client saw and what arrived in the maildir.
#include "sandbox/SandboxMailbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace postel;

namespace {

const QString python = QStringLiteral("/usr/bin/python3");
const QString swaks = QStringLiteral("/usr/bin/swaks");

// One postel-sandbox process and what it printed on start.
struct SandboxProcess
{
    QProcess process;
    QTemporaryDir dir;
    quint16 port = 0;
    quint16 tlsPort = 0;
    QString certificate;
    QString maildir;
    QString failure;

    bool start(QStringList args, const QByteArray &config)
    {
        QFile cfg(dir.path() + "/config.json");
        if (!cfg.open(QIODevice::WriteOnly) || cfg.write(config) != config.size())
            return false;
        cfg.close();
        maildir = dir.path() + "/mail";
        args << "--listen"
             << "127.0.0.1:0"
             << "--tls-listen"
             << "127.0.0.1:0"
             << "--maildir" << maildir << "--config" << cfg.fileName();
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(QStringLiteral(POSTEL_SANDBOX_BIN), args);
        if (!process.waitForStarted(10000)) {
            failure = process.errorString();
            return false;
        }
        // The last start-up line is "maildir DIR".
        QByteArray out;
        QDeadlineTimer deadline(60000);
        while (!out.contains("\nmaildir ") && !out.startsWith("maildir ")) {
            if (deadline.hasExpired() || process.state() != QProcess::Running) {
                failure = QString::fromUtf8(out + process.readAllStandardError());
                return false;
            }
            process.waitForReadyRead(200);
            out += process.readAllStandardOutput();
        }
        const QRegularExpression re(
            QStringLiteral("^(listening|tls-listening|certificate|maildir) (.*)$"),
            QRegularExpression::MultilineOption);
        for (auto it = re.globalMatch(QString::fromUtf8(out)); it.hasNext();) {
            const auto m = it.next();
            const QString key = m.captured(1);
            const QString value = m.captured(2).trimmed();
            if (key == QLatin1String("listening"))
                port = value.section(QLatin1Char(':'), -1).toUShort();
            else if (key == QLatin1String("tls-listening"))
                tlsPort = value.section(QLatin1Char(':'), -1).toUShort();
            else if (key == QLatin1String("certificate"))
                certificate = value;
        }
        return port != 0 && tlsPort != 0 && !certificate.isEmpty();
    }

    ~SandboxProcess()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(5000)) {
                process.kill();
                process.waitForFinished(5000);
            }
        }
    }

    // The messages on disk whose Subject header is `subject`.
    QList<SandboxMessage> withSubject(const QString &subject) const
    {
        SandboxMailbox box(maildir);
        QList<SandboxMessage> out;
        for (const SandboxMessage &m : box.messages()) {
            if (box.rawMessage(m.id).contains("\r\nSubject: " + subject.toUtf8() + "\r\n") ||
                box.rawMessage(m.id).startsWith("Subject: " + subject.toUtf8() + "\r\n"))
                out.append(m);
        }
        return out;
    }
    int count() const { return SandboxMailbox(maildir).count(); }
};

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    // The sandbox is another process: blocking here is fine.
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestSandboxThirdParty : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void smtplibMethods();
    void smtplibStarttlsAndSmtpSsl();
    void smtplibUnverifiedContext();
    void smtplibRefusesSelfSignedWithoutCa();
    void smtplibLoginEachMechanism();
    void smtplibRefusedRecipients();
    void smtplibLmtp();
    void smtplibSmtpUtf8();
    void smtplibRequireTlsAndAuth();
    void smtplibGarbage();
    void smtplibMegabyteLine();
    void smtplibIdleClient();
    void smtplibTwoHundredConcurrent();

    void swaksPlain();
    void swaksStarttlsAuth_data();
    void swaksStarttlsAuth();
    void swaksImplicitTls();
    void swaksPipelining();
    void swaksRefusedRecipient();
    void swaksWrongPassword();
    void swaksFaults();

    void cliRejectsBadArguments_data();
    void cliRejectsBadArguments();

private:
    QJsonObject smtplib(const QString &scenario, SandboxProcess *sandbox = nullptr);
    std::unique_ptr<SandboxProcess> m_sandbox;
};

static const QByteArray baseConfig = R"({
    "tls_directory": "TLSDIR",
    "idle_timeout_ms": 1500,
    "refuse_recipients": ["*@later.test=450 4.2.1 Try again later"]
})";

void TestSandboxThirdParty::initTestCase()
{
    QVERIFY2(QFile::exists(python), "needs /usr/bin/python3");
    QVERIFY2(QFile::exists(swaks), "needs swaks (apt-get install swaks)");
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY(m_sandbox->dir.isValid());
    QByteArray config = baseConfig;
    config.replace("TLSDIR", m_sandbox->dir.path().toUtf8() + "/tls");
    QVERIFY2(m_sandbox->start(
                 {"--user", "alice:wonderland", "--refuse", "*@refused.test=550 5.1.1"}, config),
             qPrintable(m_sandbox->failure));
    QCOMPARE(m_sandbox->certificate, m_sandbox->dir.path() + "/tls/cert.pem");
}

QJsonObject TestSandboxThirdParty::smtplib(const QString &scenario, SandboxProcess *sandbox)
{
    SandboxProcess *s = sandbox ? sandbox : m_sandbox.get();
    const Run r = run(python, {QStringLiteral(POSTEL_SANDBOX_TEST_DIR) + "/smtplib_client.py",
                               scenario, "127.0.0.1", QString::number(s->port),
                               QString::number(s->tlsPort), s->certificate});
    if (r.exitCode != 0)
        qWarning("smtplib scenario %s failed:\n%s", qPrintable(scenario), r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    if (o.isEmpty())
        qWarning("no JSON from %s: %s", qPrintable(scenario), r.out.constData());
    return o;
}

void TestSandboxThirdParty::smtplibMethods()
{
    const QJsonObject o = smtplib("methods");
    QVERIFY(!o.isEmpty());
    QCOMPARE(o["helo"].toInt(), 250);
    QCOMPARE(o["ehlo"].toInt(), 250);
    QCOMPARE(o["esmtp_features"].toArray(),
             QJsonArray({"8bitmime", "auth", "chunking", "dsn", "enhancedstatuscodes", "pipelining",
                         "size", "smtputf8", "starttls"}));
    QVERIFY(o["has_pipelining"].toBool());
    QVERIFY(o["has_size"].toBool());
    QCOMPARE(o["verify"].toInt(), 252);
    QCOMPARE(o["expn"].toInt(), 502);
    QCOMPARE(o["noop"].toInt(), 250);
    QCOMPARE(o["rset"].toInt(), 250);
    QCOMPARE(o["help"].toInt(), 214);
    QCOMPARE(o["putcmd_getreply"].toInt(), 250);
    QCOMPARE(o["mail"].toInt(), 250);
    QCOMPARE(o["rcpt"].toInt(), 250);
    QCOMPARE(o["data"].toArray().at(0).toInt(), 250);
    QVERIFY(o["data"].toArray().at(1).toString().startsWith("2.0.0 Ok: queued as "));
    QCOMPARE(o["sendmail"].toObject(), QJsonObject());
    QCOMPARE(o["send_message"].toObject(), QJsonObject());
    QCOMPARE(o["quit"].toInt(), 221);

    const auto data = m_sandbox->withSubject("smtplib-methods-data");
    QCOMPARE(data.size(), 1);
    QCOMPARE(data.first().envelope.mailOptions, QStringList{"BODY=8BITMIME"});
    QCOMPARE(data.first().envelope.rcptOptions, QList<QStringList>{{"NOTIFY=NEVER"}});
    QCOMPARE(data.first().envelope.helo, QStringLiteral("client.test"));
    SandboxMailbox box(m_sandbox->maildir);
    QVERIFY(box.rawMessage(data.first().id).endsWith("\r\n\r\n.leading dot\r\n..two dots\r\n"));
    const auto sent = m_sandbox->withSubject("smtplib-methods-sendmail");
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().envelope.recipients, (QStringList{"b@example.org", "c@example.org"}));
    QVERIFY(sent.first().envelope.mailOptions.first().startsWith("size=")); // smtplib's spelling
    const auto sm = m_sandbox->withSubject("smtplib-methods-send_message");
    QCOMPARE(sm.size(), 1);
    QCOMPARE(sm.first().envelope.recipients, QStringList{"d@example.org"});
    QVERIFY(box.rawMessage(sm.first().id).contains("send_message body\r\n"));
}

void TestSandboxThirdParty::smtplibStarttlsAndSmtpSsl()
{
    const QJsonObject o = smtplib("starttls");
    QVERIFY(!o.isEmpty());
    QVERIFY(o["offers_starttls"].toBool());
    QCOMPARE(o["starttls"].toInt(), 220);
    QVERIFY(o["cipher"].toString().startsWith("TLSv1."));
    QVERIFY(!o["offers_starttls_after"].toBool());
    QCOMPARE(o["login"].toInt(), 235);
    QCOMPARE(o["ssl_ehlo"].toInt(), 250);
    const auto st = m_sandbox->withSubject("smtplib-starttls");
    QCOMPARE(st.size(), 1);
    QVERIFY(st.first().envelope.tls);
    QCOMPARE(st.first().envelope.authUser, QStringLiteral("alice"));
    QCOMPARE(st.first().envelope.protocol, QStringLiteral("ESMTPSA"));
    const auto ssl = m_sandbox->withSubject("smtplib-smtp_ssl");
    QCOMPARE(ssl.size(), 1);
    QVERIFY(ssl.first().envelope.tls);
    QVERIFY(ssl.first().envelope.authUser.isEmpty());
}

void TestSandboxThirdParty::smtplibUnverifiedContext()
{
    const QJsonObject o = smtplib("unverified");
    QCOMPARE(o["starttls"].toInt(), 220);
    QCOMPARE(m_sandbox->withSubject("smtplib-unverified").size(), 1);
}

void TestSandboxThirdParty::smtplibRefusesSelfSignedWithoutCa()
{
    const QJsonObject o = smtplib("wrong-ca");
    QCOMPARE(o["error"].toString(), QStringLiteral("verify"));
    QVERIFY2(o["reason"].toString().contains("self-signed") ||
                 o["reason"].toString().contains("self signed"),
             qPrintable(o["reason"].toString()));
}

void TestSandboxThirdParty::smtplibLoginEachMechanism()
{
    const QJsonObject o = smtplib("login");
    QVERIFY(!o.isEmpty());
    for (const char *mech : {"CRAM-MD5", "PLAIN", "LOGIN"}) {
        for (const char *initial : {"True", "False"}) {
            const QString key = QStringLiteral("%1/%2").arg(mech, initial);
            QCOMPARE(o[key].toArray().at(0).toInt(), 235);
            QCOMPARE(o[key].toArray().at(1).toString(),
                     QStringLiteral("2.7.0 Authentication successful"));
            const auto m =
                m_sandbox->withSubject(QStringLiteral("smtplib-login-%1-%2").arg(mech, initial));
            QCOMPARE(m.size(), 1);
            QCOMPARE(m.first().envelope.authUser, QStringLiteral("alice"));
        }
        const QJsonArray wrong = o[QStringLiteral("wrong/%1").arg(mech)].toArray();
        QCOMPARE(wrong.at(0).toInt(), 535);
        QCOMPARE(wrong.at(1).toString(),
                 QStringLiteral("5.7.8 Authentication credentials invalid"));
    }
    QCOMPARE(o["login"].toArray().at(0).toInt(), 235);
}

void TestSandboxThirdParty::smtplibRefusedRecipients()
{
    const QJsonObject o = smtplib("refused");
    QVERIFY(!o.isEmpty());
    const QJsonObject refused = o["refused"].toObject();
    QCOMPARE(refused.keys(), (QStringList{"x@refused.test", "y@later.test"}));
    QCOMPARE(refused["x@refused.test"].toArray().at(0).toInt(), 550);
    QCOMPARE(refused["x@refused.test"].toArray().at(1).toString(),
             QStringLiteral("5.1.1 <x@refused.test>: Recipient address rejected"));
    QCOMPARE(refused["y@later.test"].toArray().at(0).toInt(), 450);
    QCOMPARE(refused["y@later.test"].toArray().at(1).toString(),
             QStringLiteral("4.2.1 Try again later"));
    QCOMPARE(o["all"].toObject(), (QJsonObject{{"x@refused.test", 550}, {"z@refused.test", 550}}));
    QCOMPARE(o["noop_after"].toInt(), 250);
    const auto m = m_sandbox->withSubject("smtplib-refused");
    QCOMPARE(m.size(), 1);
    QCOMPARE(m.first().envelope.recipients, QStringList{"ok@example.org"});
    QCOMPARE(m_sandbox->withSubject("smtplib-all-refused").size(), 0);
}

void TestSandboxThirdParty::smtplibLmtp()
{
    const QJsonObject o = smtplib("lmtp");
    QCOMPARE(o["refused"].toObject(), QJsonObject());
    QCOMPARE(o["quit"].toInt(), 221);
    const auto m = m_sandbox->withSubject("smtplib-lmtp");
    QCOMPARE(m.size(), 1);
    QCOMPARE(m.first().envelope.recipients, QStringList{"b@example.org"});
    QCOMPARE(m.first().envelope.protocol, QStringLiteral("LMTP"));
}

void TestSandboxThirdParty::smtplibSmtpUtf8()
{
    const QJsonObject o = smtplib("smtputf8");
    QCOMPARE(o["refused"].toObject(), QJsonObject());
    const auto m = m_sandbox->withSubject("smtplib-utf8");
    QCOMPARE(m.size(), 1);
    QCOMPARE(m.first().envelope.recipients,
             QStringList{QString::fromUtf8("jürgen@bücher.example")});
}

void TestSandboxThirdParty::smtplibRequireTlsAndAuth()
{
    SandboxProcess strict;
    QByteArray config = baseConfig;
    config.replace("TLSDIR", m_sandbox->dir.path().toUtf8() + "/tls");
    QVERIFY2(
        strict.start({"--user", "alice:wonderland", "--require-tls", "--require-auth"}, config),
        qPrintable(strict.failure));
    const QJsonObject o = smtplib("require", &strict);
    QVERIFY(!o.isEmpty());
    QVERIFY(!o["auth_before_tls"].toBool());
    QCOMPARE(o["plain"].toArray().at(0).toInt(), 530);
    QCOMPARE(o["plain"].toArray().at(1).toString(),
             QStringLiteral("5.7.0 Must issue a STARTTLS command first"));
    QCOMPARE(o["noauth"].toArray().at(0).toInt(), 530);
    QCOMPARE(o["noauth"].toArray().at(1).toString(),
             QStringLiteral("5.7.0 Authentication required"));
    QCOMPARE(o["sent"].toObject(), QJsonObject());
    QCOMPARE(strict.count(), 1);
    const auto m = strict.withSubject("smtplib-require-ok");
    QCOMPARE(m.size(), 1);
    QVERIFY(m.first().envelope.tls);
    QCOMPARE(m.first().envelope.authUser, QStringLiteral("alice"));
}

void TestSandboxThirdParty::smtplibGarbage()
{
    const QJsonObject o = smtplib("garbage");
    QCOMPARE(o["greeting"].toArray(), QJsonArray{220});
    QCOMPARE(o["last"].toInt(), 421);
    QVERIFY(o["count"].toInt() >= 20);
    QCOMPARE(o["noop_after"].toInt(), 250);
    QCOMPARE(m_sandbox->process.state(), QProcess::Running);
}

void TestSandboxThirdParty::smtplibMegabyteLine()
{
    const QJsonObject o = smtplib("longline");
    QCOMPARE(o["codes"].toArray(), (QJsonArray{220, 500, 250, 221}));
}

void TestSandboxThirdParty::smtplibIdleClient()
{
    const QJsonObject o = smtplib("idle");
    QCOMPARE(o["codes"].toArray(), (QJsonArray{220, 421}));
    QVERIFY(o["waited"].toDouble() >= 1.2);
    QVERIFY(o["eof"].toBool());
}

void TestSandboxThirdParty::smtplibTwoHundredConcurrent()
{
    // A sandbox of its own with the default idle timeout: 200 Python threads on two busy
    // cores can take longer than this suite's 1.5 s between a greeting and their EHLO, and
    // what is measured here is concurrency, not the idle limit (smtplibIdleClient is).
    SandboxProcess busy;
    QByteArray config = baseConfig;
    config.replace("TLSDIR", m_sandbox->dir.path().toUtf8() + "/tls");
    config.replace("\"idle_timeout_ms\": 1500,", "");
    QVERIFY2(busy.start({"--user", "alice:wonderland"}, config), qPrintable(busy.failure));
    const QJsonObject o = smtplib("concurrent", &busy);
    QVERIFY2(o["ok"].toInt() == 200, QJsonDocument(o["errors"].toArray()).toJson().constData());
    QCOMPARE(busy.count(), 200);
    SandboxMailbox box(busy.maildir);
    QSet<QString> senders;
    for (const SandboxMessage &m : box.messages()) {
        if (m.envelope.sender.startsWith('c') && m.envelope.recipients.size() == 1 &&
            m.envelope.recipients.first().startsWith('r'))
            senders.insert(m.envelope.sender);
    }
    QCOMPARE(senders.size(), 200);
    for (int i : {0, 99, 199}) {
        const auto m = busy.withSubject(QStringLiteral("smtplib-concurrent-%1").arg(i));
        QCOMPARE(m.size(), 1);
        QCOMPARE(m.first().envelope.sender, QStringLiteral("c%1@example.org").arg(i));
    }
}

void TestSandboxThirdParty::swaksPlain()
{
    const Run r =
        run(swaks, {"--server", QStringLiteral("127.0.0.1:%1").arg(m_sandbox->port), "--from",
                    "sw@example.org", "--to", "b@example.org", "--helo", "swaks.test", "--header",
                    "Subject: swaks-plain", "--body", ".dot first\n..two\nend"});
    QVERIFY2(r.exitCode == 0, r.out.constData());
    QVERIFY(r.out.contains("<-  250 2.0.0 Ok: queued as "));
    const auto m = m_sandbox->withSubject("swaks-plain");
    QCOMPARE(m.size(), 1);
    QCOMPARE(m.first().envelope.sender, QStringLiteral("sw@example.org"));
    QCOMPARE(m.first().envelope.helo, QStringLiteral("swaks.test"));
    QVERIFY(!m.first().envelope.tls);
    const QByteArray raw = SandboxMailbox(m_sandbox->maildir).rawMessage(m.first().id);
    // swaks stuffs the dots on the wire; the sandbox takes them off again.
    QVERIFY(r.out.contains(" -> ..dot first"));
    QVERIFY2(raw.contains("\r\n\r\n.dot first\r\n..two\r\nend\r\n"), raw.constData());
}

void TestSandboxThirdParty::swaksStarttlsAuth_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::newRow("PLAIN") << "PLAIN";
    QTest::newRow("LOGIN") << "LOGIN";
    QTest::newRow("CRAM-MD5") << "CRAM-MD5";
}

void TestSandboxThirdParty::swaksStarttlsAuth()
{
    QFETCH(QString, mechanism);
    const QString subject = "swaks-starttls-" + mechanism;
    const Run r =
        run(swaks, {"--server", QStringLiteral("127.0.0.1:%1").arg(m_sandbox->port), "--from",
                    "sw@example.org", "--to", "b@example.org", "--tls", "--tls-verify",
                    "--tls-ca-path", m_sandbox->certificate, "--auth", mechanism, "--auth-user",
                    "alice", "--auth-password", "wonderland", "--header", "Subject: " + subject});
    QVERIFY2(r.exitCode == 0, r.out.constData());
    QVERIFY(r.out.contains("<-  220 2.0.0 Ready to start TLS"));
    QVERIFY(r.out.contains("<~  235 2.7.0 Authentication successful"));
    const auto m = m_sandbox->withSubject(subject);
    QCOMPARE(m.size(), 1);
    QVERIFY(m.first().envelope.tls);
    QCOMPARE(m.first().envelope.authUser, QStringLiteral("alice"));
}

void TestSandboxThirdParty::swaksImplicitTls()
{
    const Run r = run(swaks, {"--server", QStringLiteral("127.0.0.1:%1").arg(m_sandbox->tlsPort),
                              "--tls-on-connect", "--tls-verify", "--tls-ca-path",
                              m_sandbox->certificate, "--from", "sw@example.org", "--to",
                              "b@example.org", "--header", "Subject: swaks-tlsc"});
    QVERIFY2(r.exitCode == 0, r.out.constData());
    QVERIFY(r.out.contains("<~  220 localhost ESMTP Postel sandbox ready"));
    const auto m = m_sandbox->withSubject("swaks-tlsc");
    QCOMPARE(m.size(), 1);
    QVERIFY(m.first().envelope.tls);
}

void TestSandboxThirdParty::swaksPipelining()
{
    const Run r = run(swaks, {"--server", QStringLiteral("127.0.0.1:%1").arg(m_sandbox->port),
                              "--pipeline", "--from", "sw@example.org", "--to",
                              "b@example.org,x@refused.test,c@example.org", "--header",
                              "Subject: swaks-pipeline"});
    QVERIFY2(r.exitCode == 0, r.out.constData());
    QVERIFY(r.out.contains("550 5.1.1 <x@refused.test>: Recipient address rejected"));
    const auto m = m_sandbox->withSubject("swaks-pipeline");
    QCOMPARE(m.size(), 1);
    QCOMPARE(m.first().envelope.recipients, (QStringList{"b@example.org", "c@example.org"}));
}

void TestSandboxThirdParty::swaksRefusedRecipient()
{
    const Run r = run(swaks, {"--server", QStringLiteral("127.0.0.1:%1").arg(m_sandbox->port),
                              "--from", "sw@example.org", "--to", "only@refused.test", "--header",
                              "Subject: swaks-refused"});
    QCOMPARE(r.exitCode, 24); // swaks: error after RCPT
    QVERIFY(r.out.contains("<** 550 5.1.1 <only@refused.test>: Recipient address rejected"));
    QCOMPARE(m_sandbox->withSubject("swaks-refused").size(), 0);
}

void TestSandboxThirdParty::swaksWrongPassword()
{
    const Run r =
        run(swaks, {"--server", QStringLiteral("127.0.0.1:%1").arg(m_sandbox->port), "--auth",
                    "CRAM-MD5", "--auth-user", "alice", "--auth-password", "nope", "--to",
                    "b@example.org", "--header", "Subject: swaks-badauth"});
    QCOMPARE(r.exitCode, 28); // swaks: authentication failed
    QVERIFY(r.out.contains("535 5.7.8 Authentication credentials invalid"));
    QCOMPARE(m_sandbox->withSubject("swaks-badauth").size(), 0);
}

void TestSandboxThirdParty::swaksFaults()
{
    SandboxProcess faulty;
    QByteArray config = baseConfig;
    config.replace("TLSDIR", m_sandbox->dir.path().toUtf8() + "/tls");
    config.replace("\"idle_timeout_ms\": 1500,",
                   R"("faults": [{"step": "rcpt", "action": "delay", "delay_ms": 800},
                                 {"step": "dot", "action": "reply", "reply": "554 5.7.1 Rejected by the sandbox", "occurrence": 1}],
                      "refuse_senders": ["*@spam.test=553 5.7.1 No spam"],
                      "extensions": ["SIZE", "ENHANCEDSTATUSCODES"],)");
    QVERIFY2(faulty.start({}, config), qPrintable(faulty.failure));
    const QString server = QStringLiteral("127.0.0.1:%1").arg(faulty.port);
    QElapsedTimer t;
    t.start();
    Run r = run(swaks,
                {"--server", server, "--to", "b@example.org", "--header", "Subject: swaks-fault"});
    QCOMPARE(r.exitCode, 26); // swaks: error after the final dot
    QVERIFY(t.elapsed() >= 750);
    QVERIFY(r.out.contains("<** 554 5.7.1 Rejected by the sandbox"));
    QVERIFY(!r.out.contains("PIPELINING"));
    QCOMPARE(faulty.count(), 0);
    r = run(swaks, {"--server", server, "--from", "x@spam.test", "--to", "b@example.org"});
    QCOMPARE(r.exitCode, 23); // swaks: error after MAIL
    QVERIFY(r.out.contains("<** 553 5.7.1 No spam"));
    // "occurrence" counts per connection: a new connection meets the fault again.
    r = run(swaks,
            {"--server", server, "--to", "b@example.org", "--header", "Subject: swaks-fault-2"});
    QCOMPARE(r.exitCode, 26);
    QCOMPARE(faulty.count(), 0);
}

void TestSandboxThirdParty::cliRejectsBadArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("listen") << QStringList{"--listen", "nowhere"} << "HOST:PORT";
    QTest::newRow("user") << QStringList{"--user", "alice"} << "NAME:PASSWORD";
    QTest::newRow("refuse") << QStringList{"--refuse", "*@x=99"} << "PATTERN";
    QTest::newRow("config") << QStringList{"--config", "/nonexistent/sandbox.json"}
                            << "cannot read";
}

void TestSandboxThirdParty::cliRejectsBadArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(QStringLiteral(POSTEL_SANDBOX_BIN), args, 20000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    const Run help = run(QStringLiteral(POSTEL_SANDBOX_BIN), {"--help"}, 20000);
    QCOMPARE(help.exitCode, 0);
    for (const char *flag :
         {"--listen", "--tls-listen", "--maildir", "--user", "--require-auth", "--require-tls",
          "--refuse", "--config", "\"faults\"", "\"refuse_recipients\""})
        QVERIFY2(help.out.contains(flag), flag);
}

QTEST_GUILESS_MAIN(TestSandboxThirdParty)
#include "tst_sandbox_thirdparty.moc"
