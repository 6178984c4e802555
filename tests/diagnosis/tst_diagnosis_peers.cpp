// The failure doctor against live peers in this process: scripted peers that answer in the
// words big providers use (tests/data/diagnosis/*.script: Gmail, Microsoft 365, Spamhaus,
// Barracuda, SpamCop, postgrey, Postfix), listeners made for what no server does on purpose
// (an expired certificate, a certificate for another name, a TLS alert, a full accept
// queue, silence), and the probes against the built-in sandbox. Last, every id of the
// vocabulary is produced by this test or a recording, in English and in Polish.

#include "DiagnosisTestUtil.h"
#include "SessionTestUtil.h"
#include "diagnosis/Prober.h"
#include "diagnosis/Vocabulary.h"
#include "sandbox/SandboxMailbox.h"
#include "sandbox/SandboxServer.h"
#include "transcript/Transcript.h"

#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace postel;
using namespace postel::test;

namespace {

const QString From = QStringLiteral("alice@example.org");
const QString Bob = QStringLiteral("bob@example.net");
const QByteArray Message = "Subject: hello\r\n\r\nHello.\r\n";

// A conversation with the plan given, to 127.0.0.1:port; its record once finished.
struct Run
{
    SmtpSession session;
    Transcript transcript;
    Conversation c{&session};

    explicit Run(const QList<QSslCertificate> &trusted = {})
    {
        prepareSession(session);
        session.setTimeout(3000);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!trusted.isEmpty())
            tls.setCaCertificates(trusted);
        session.setTlsConfiguration(tls);
        transcript.attach(&session);
    }
    std::optional<SessionRecord> go(const QString &host, quint16 port, Conversation::Plan plan,
                                    int timeoutMs = 15000)
    {
        plan.host = host;
        plan.port = port;
        QSignalSpy finished(&c, &Conversation::finished);
        c.start(plan);
        if (!finished.wait(timeoutMs))
            return std::nullopt;
        return SessionRecord::capture(c, transcript.entries());
    }
};

Conversation::Plan implicitTls()
{
    Conversation::Plan p;
    p.security = SmtpSession::Security::ImplicitTls;
    return p;
}

Conversation::Plan login(Conversation::Plan p, const QString &mechanism = QStringLiteral("PLAIN"))
{
    p.authUser = QStringLiteral("alice@example.org");
    p.authPassword = QStringLiteral("not-the-app-password");
    p.authMechanism = mechanism;
    return p;
}

Conversation::Plan withMessage(Conversation::Plan p, const QString &from = From)
{
    p.from = from;
    p.to = {Bob};
    p.bytes = Message;
    return p;
}

// A certificate made by openssl: self-signed, for `names`, valid between the dates given
// ("YYYYMMDDHHMMSSZ"; empty: from now on for two days).
QString makeCertificate(const QString &dir, const QStringList &names, const QString &notBefore,
                        const QString &notAfter, QSslCertificate *cert, QSslKey *key)
{
    const QString keyPath = dir + QStringLiteral("/key.pem");
    const QString csrPath = dir + QStringLiteral("/req.csr");
    const QString certPath = dir + QStringLiteral("/cert.pem");
    QStringList san;
    for (const QString &n : names)
        san.append((n.front().isDigit() ? QStringLiteral("IP:") : QStringLiteral("DNS:")) + n);
    auto run = [](const QStringList &args, const QString &cwd) {
        QProcess p;
        p.setWorkingDirectory(cwd);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return QStringLiteral("openssl %1: %2")
                .arg(args.first(), QString::fromLocal8Bit(p.readAll()));
        return QString();
    };
    QString error = run({"req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", keyPath, "-out",
                         csrPath, "-subj", "/CN=" + names.first(), "-addext",
                         "subjectAltName=" + san.join(QLatin1Char(','))},
                        dir);
    if (!error.isEmpty())
        return error;
    QFile config(dir + QStringLiteral("/ca.cnf"));
    if (!config.open(QIODevice::WriteOnly))
        return config.errorString();
    config.write("[ca]\ndefault_ca = d\n[d]\ndatabase = index.txt\nnew_certs_dir = .\n"
                 "serial = serial\ndefault_md = sha256\npolicy = p\ncopy_extensions = copy\n"
                 "default_days = 2\n[p]\ncommonName = supplied\n");
    config.close();
    QFile(dir + QStringLiteral("/index.txt")).open(QIODevice::WriteOnly);
    QFile serial(dir + QStringLiteral("/serial"));
    if (!serial.open(QIODevice::WriteOnly))
        return serial.errorString();
    serial.write("01\n");
    serial.close();
    QStringList args{"ca",    "-batch", "-config", "ca.cnf", "-selfsign", "-keyfile",
                     keyPath, "-in",    csrPath,   "-out",   certPath};
    if (!notBefore.isEmpty())
        args << "-startdate" << notBefore << "-enddate" << notAfter;
    error = run(args, dir);
    if (!error.isEmpty())
        return error;
    QFile c(certPath), k(keyPath);
    if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read what openssl wrote");
    *cert = QSslCertificate(c.readAll());
    *key = QSslKey(k.readAll(), QSsl::Rsa);
    return cert->isNull() || key->isNull() ? QStringLiteral("unreadable certificate") : QString();
}

// A listening socket whose accept queue is full: a new connection gets no answer at all, as
// behind a firewall that drops packets. Linux drops the SYN while the queue is full.
struct FullQueue
{
    int fd = -1;
    QList<int> fillers;
    quint16 port = 0;

    bool open()
    {
        fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 ||
            ::listen(fd, 0) != 0 || ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len) != 0)
            return false;
        port = ntohs(a.sin_port);
        for (int i = 0; i < 4; ++i) {
            const int c = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
            ::connect(c, reinterpret_cast<sockaddr *>(&a), sizeof a);
            fillers.append(c);
        }
        QTest::qWait(200);
        return true;
    }
    ~FullQueue()
    {
        for (int c : std::as_const(fillers))
            ::close(c);
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

class TestDiagnosisPeers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QSslCertificate m_cert; // the scripted peer's (localhost, 127.0.0.1)
    QSslKey m_key;
    QSet<QString> m_produced;  // ids seen in English, with Polish checked
    bool m_translated = false; // the last check(): every finding read differently in Polish

    // Runs `plan` against the scripted peer playing `script`; the findings, in English (after
    // checking that Polish gives the same ids, each in other words).
    QList<Finding> diagnoseScript(const QString &script, Conversation::Plan plan,
                                  bool allowCleartextAuth = false)
    {
        ScriptedPeer peer;
        peer.setTlsCredentials(m_cert, m_key);
        if (!peer.loadScript(QStringLiteral("diagnosis/") + script) || !peer.start()) {
            QTest::qFail(qPrintable(peer.failures().join('\n')), __FILE__, __LINE__);
            return {};
        }
        Run run({m_cert});
        run.session.setAllowCleartextAuth(allowCleartextAuth);
        const std::optional<SessionRecord> r =
            run.go(QStringLiteral("127.0.0.1"), peer.port(), plan);
        if (!r) {
            QTest::qFail("the conversation did not finish", __FILE__, __LINE__);
            return {};
        }
        QElapsedTimer wait;
        wait.start();
        while (!peer.isDone() && wait.elapsed() < 10000)
            QTest::qWait(20);
        if (!peer.isDone() || !peer.failures().isEmpty()) {
            QTest::qFail(qPrintable(peer.failures().join('\n')), __FILE__, __LINE__);
            return {};
        }
        return check(*r);
    }

    QList<Finding> check(const SessionRecord &r)
    {
        useLanguage(QStringLiteral("pl"));
        const QList<Finding> pl = Doctor::diagnose(r);
        useLanguage(QStringLiteral("en"));
        const QList<Finding> en = Doctor::diagnose(r);
        m_translated = idsOf(pl) == idsOf(en);
        for (qsizetype i = 0; m_translated && i < en.size(); ++i) {
            if (pl.at(i).title == en.at(i).title || pl.at(i).fix == en.at(i).fix)
                m_translated = false;
        }
        if (m_translated) {
            for (const Finding &f : en)
                m_produced.insert(f.id);
        }
        return en;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString error = ScriptedPeer::makeCertificate(m_dir.path(), &m_cert, &m_key);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void providers_data()
    {
        QTest::addColumn<QString>("script");
        // 0 implicit TLS + PLAIN, 1 STARTTLS + LOGIN, 2 clear text, 3 STARTTLS, 4 clear text +
        // PLAIN, 5 implicit TLS
        QTest::addColumn<int>("plan");
        QTest::addColumn<bool>("send");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("words");
        QTest::newRow("gmail 534-5.7.9")
            << "gmail-app-password" << 0 << false << From << "auth-app-password-required"
            << "Application-specific password required.";
        QTest::newRow("gmail 535-5.7.8")
            << "gmail-bad-credentials" << 0 << false << From << "auth-credentials-rejected"
            << "app password";
        QTest::newRow("gmail 454 4.7.0")
            << "gmail-too-many-logins" << 0 << false << From << "auth-temporary-failure"
            << "Too many login attempts";
        QTest::newRow("gmail 550 5.4.5")
            << "gmail-daily-limit" << 0 << true << From << "rate-limited"
            << "Daily user sending limit exceeded";
        QTest::newRow("gmail 552-5.2.3") << "gmail-size" << 0 << true << From << "message-too-large"
                                         << "exceeded Google's message size limits";
        QTest::newRow("gmail 530-5.7.0 auth")
            << "gmail-auth-required" << 5 << true << From << "auth-required"
            << "Authentication Required";
        QTest::newRow("gmail 530 5.7.0 starttls")
            << "gmail-starttls-first" << 2 << true << From << "tls-required"
            << "Must issue a STARTTLS command first";
        QTest::newRow("gmail 550-5.1.1")
            << "gmail-no-such-user" << 2 << true << From << "recipient-unknown"
            << "does not exist";
        QTest::newRow("gmail 452-4.2.2")
            << "gmail-over-quota" << 2 << true << From << "mailbox-full"
            << "out of storage space";
        QTest::newRow("gmail 550-5.7.26")
            << "gmail-dmarc" << 2 << true << From << "sender-authentication-failed"
            << "sender is unauthenticated";
        QTest::newRow("gmail 421-4.7.0 rate")
            << "gmail-rate-limited" << 2 << true << From << "rate-limited"
            << "unusual rate";
        QTest::newRow("gmail 421-4.7.0 ehlo")
            << "gmail-try-again-later" << 2 << false << From << "server-busy"
            << "Try again later";
        QTest::newRow("microsoft 535 5.7.139")
            << "office365-auth-disabled" << 1 << false << From << "auth-disabled"
            << "SmtpClientAuthentication is disabled for the Tenant";
        QTest::newRow("microsoft 550 5.7.60")
            << "office365-send-as" << 1 << true << QStringLiteral("ceo@example.org")
            << "sender-not-permitted"
            << "Client does not have permissions to send as this sender";
        QTest::newRow("microsoft 550 5.7.54")
            << "office365-relay" << 2 << true << From << "relay-denied"
            << "Unable to relay recipient";
        QTest::newRow("spamhaus 554")
            << "spamhaus-greeting" << 2 << false << From << "service-refused"
            << "Spamhaus";
        QTest::newRow("barracuda 554")
            << "barracuda-greeting" << 2 << false << From << "service-refused"
            << "Barracuda";
        QTest::newRow("spamcop 554 rcpt")
            << "spamcop-rcpt" << 2 << true << From << "service-refused"
            << "SpamCop";
        QTest::newRow("postgrey 450 4.2.0") << "postgrey" << 2 << true << From << "greylisted"
                                            << "5 minutes";
        QTest::newRow("postgrey for 300 seconds")
            << "postgrey-delay" << 2 << true << From << "greylisted"
            << "Greylisted for 300 seconds";
        QTest::newRow("postfix 553 not owned")
            << "postfix-not-owned" << 2 << true << QStringLiteral("ceo@example.org")
            << "sender-not-permitted"
            << "not owned by user alice";
        QTest::newRow("postfix 454 starttls")
            << "postfix-starttls-refused" << 3 << false << From << "starttls-refused"
            << "TLS not available";
        QTest::newRow("rfc4954 534")
            << "rfc4954-too-weak" << 4 << false << From << "auth-mechanism-too-weak"
            << "too weak";
        QTest::newRow("rfc4954 454")
            << "rfc4954-temporary" << 4 << false << From << "auth-temporary-failure"
            << "Temporary authentication failure";
        QTest::newRow("malformed ehlo")
            << "malformed-ehlo" << 2 << false << From << "protocol-violation"
            << "SMTP";
    }

    void providers()
    {
        QFETCH(QString, script);
        QFETCH(int, plan);
        QFETCH(bool, send);
        QFETCH(QString, from);
        QFETCH(QString, id);
        QFETCH(QString, words);
        Conversation::Plan p;
        switch (plan) {
        case 0:
            p = login(implicitTls());
            break;
        case 1:
            p.startTls = true;
            p = login(p, QStringLiteral("LOGIN"));
            break;
        case 3:
            p.startTls = true;
            break;
        case 4:
            // A login over clear text, allowed, so that the reply is the server's.
            p = login(p);
            break;
        case 5:
            p = implicitTls();
            break;
        }
        if (send)
            p = withMessage(p, from);
        if (script == QLatin1String("postfix-not-owned"))
            p = login(p);
        // The clear-text peers get a login only because Postel is told to allow it there.
        const bool clear = plan == 4 || script == QLatin1String("postfix-not-owned");
        const QList<Finding> f = diagnoseScript(script, p, clear);
        QVERIFY2(!f.isEmpty(), "no finding");
        QCOMPARE(f.first().id, id);
        QVERIFY2(m_translated, qPrintable(f.first().title + QStringLiteral(": no Polish")));
        const QString all = f.first().title + QLatin1Char(' ') + f.first().explanation +
                            QLatin1Char(' ') + f.first().fix;
        QVERIFY2(all.contains(words), qPrintable(all));
        // The server's words are quoted as sent (code first).
        if (id != QLatin1String("protocol-violation"))
            QVERIFY2(f.first().explanation.contains(QString::fromUtf8("“")), qPrintable(all));
    }

    void certificateExpired()
    {
        QTemporaryDir dir;
        QSslCertificate cert;
        QSslKey key;
        const QString error = makeCertificate(dir.path(), {"localhost", "127.0.0.1"},
                                              "20200101000000Z", "20210101000000Z", &cert, &key);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ScriptedPeer peer;
        peer.setTlsCredentials(cert, key);
        QVERIFY(peer.setScriptText(QStringLiteral("T:\n@include parts/greeting\n")));
        QVERIFY(peer.start());
        Run run({cert});
        const std::optional<SessionRecord> r =
            run.go(QStringLiteral("127.0.0.1"), peer.port(), implicitTls());
        QVERIFY(r);
        const QList<Finding> f = check(*r);
        QVERIFY(!f.isEmpty());
        QCOMPARE(f.first().id, QStringLiteral("certificate-expired"));
        QVERIFY2(f.first().title.contains(QLatin1String("2021")), qPrintable(f.first().title));
        QVERIFY(f.first().retry.isEmpty());
    }

    void certificateNotYetValid()
    {
        QTemporaryDir dir;
        QSslCertificate cert;
        QSslKey key;
        const QString error = makeCertificate(dir.path(), {"localhost", "127.0.0.1"},
                                              "20990101000000Z", "21000101000000Z", &cert, &key);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ScriptedPeer peer;
        peer.setTlsCredentials(cert, key);
        QVERIFY(peer.setScriptText(QStringLiteral("T:\n@include parts/greeting\n")));
        QVERIFY(peer.start());
        Run run({cert});
        const std::optional<SessionRecord> r =
            run.go(QStringLiteral("127.0.0.1"), peer.port(), implicitTls());
        QVERIFY(r);
        const QList<Finding> f = check(*r);
        QVERIFY(!f.isEmpty());
        QCOMPARE(f.first().id, QStringLiteral("certificate-expired"));
        QVERIFY2(f.first().title.contains(QLatin1String("2099")), qPrintable(f.first().title));
        QVERIFY(f.first().explanation.contains(QLatin1String("clock")));
    }

    void certificateForAnotherName()
    {
        QTemporaryDir dir;
        QSslCertificate cert;
        QSslKey key;
        const QString error = makeCertificate(dir.path(), {"mail.example.net", "smtp.example.net"},
                                              {}, {}, &cert, &key);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ScriptedPeer peer;
        peer.setTlsCredentials(cert, key);
        QVERIFY(peer.setScriptText(QStringLiteral("T:\n@include parts/greeting\n")));
        QVERIFY(peer.start());
        Run run({cert});
        const std::optional<SessionRecord> r =
            run.go(QStringLiteral("127.0.0.1"), peer.port(), implicitTls());
        QVERIFY(r);
        const QList<Finding> f = check(*r);
        QVERIFY(!f.isEmpty());
        QCOMPARE(idsOf(f), QStringList{QStringLiteral("certificate-name-mismatch")});
        QVERIFY2(f.first().explanation.contains(QLatin1String("mail.example.net")) &&
                     f.first().explanation.contains(QLatin1String("smtp.example.net")),
                 qPrintable(f.first().explanation));
        QVERIFY(f.first().retry.host == QStringLiteral("mail.example.net") ||
                f.first().retry.host == QStringLiteral("smtp.example.net"));
        QCOMPARE(f.first().retry.port, peer.port());
    }

    // The server answers the ClientHello with a fatal protocol_version alert.
    void tlsProtocolMismatch()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            QTcpSocket *s = server.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                s->write(QByteArray::fromHex("15030300020246"));
                s->flush();
                QTimer::singleShot(100, s, [s] { s->disconnectFromHost(); });
            });
        });
        Run run;
        const std::optional<SessionRecord> r =
            run.go(QStringLiteral("127.0.0.1"), server.serverPort(), implicitTls());
        QVERIFY(r);
        const QList<Finding> f = check(*r);
        QVERIFY(!f.isEmpty());
        QCOMPARE(f.first().id, QStringLiteral("tls-protocol-mismatch"));
        QVERIFY2(f.first().explanation.contains(QLatin1String("protocol version")),
                 qPrintable(f.first().explanation));
    }

    // No packets come back: a listener with a full accept queue (the recording
    // connection-timed-out was made the same way, by make_recordings.py).
    void connectionTimedOut()
    {
        FullQueue queue;
        QVERIFY(queue.open());
        Run run;
        run.session.setTimeout(1500);
        const std::optional<SessionRecord> r =
            run.go(QStringLiteral("127.0.0.1"), queue.port, Conversation::Plan());
        QVERIFY(r);
        QVERIFY(!r->tcpConnected);
        const QList<Finding> f = check(*r);
        QVERIFY(!f.isEmpty());
        QCOMPARE(f.first().id, QStringLiteral("connection-timed-out"));
    }

    // A name the resolver refuses without asking any server (no DNS query leaves this machine
    // in the tests): two dots in a row.
    void hostNotFound()
    {
        Run run;
        const std::optional<SessionRecord> r =
            run.go(QStringLiteral("smtp..example.org"), 587, Conversation::Plan());
        QVERIFY(r);
        QCOMPARE(r->socketError, QAbstractSocket::HostNotFoundError);
        const QList<Finding> f = check(*r);
        QVERIFY(!f.isEmpty());
        QCOMPARE(f.first().id, QStringLiteral("host-not-found"));
        QVERIFY(f.first().explanation.contains(QLatin1String("not a valid host name")));
    }

    // --- the probes, against the built-in sandbox ------------------------------------------

    void probesConfirmImplicitTls()
    {
        QTemporaryDir dir;
        SandboxMailbox mailbox(dir.path() + QStringLiteral("/mail"));
        SandboxServer server(&mailbox);
        server.setCertificateDirectory(dir.path() + QStringLiteral("/tls"));
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QVERIFY(server.listenTls(QHostAddress::LocalHost, 0));
        Run run({server.certificate().certificate});
        run.session.setTimeout(1000);
        Conversation::Plan plan;
        plan.startTls = true;
        const std::optional<SessionRecord> first =
            run.go(QStringLiteral("127.0.0.1"), server.tlsPort(), plan);
        QVERIFY(first);
        QCOMPARE(idsOf(Doctor::diagnose(*first)),
                 (QStringList{"no-greeting", "implicit-tls-port"}));
        ProbeOptions options;
        options.timeoutMs = 2000;
        options.otherPort = server.port();
        options.otherSecurity = SmtpSession::Security::StartTls;
        Prober prober;
        QSignalSpy done(&prober, &Prober::finished);
        prober.start(*first, options);
        QVERIFY(done.wait(20000));
        QCOMPARE(prober.results().size(), 2);
        SessionRecord probed = *first;
        probed.probes = prober.results();
        const QList<Finding> f = check(probed);
        QCOMPARE(idsOf(f), QStringList{QStringLiteral("implicit-tls-port")});
        QVERIFY(f.first().confirmed);
        QVERIFY2(f.first().evidence.contains(QLatin1String("ESMTP Postel sandbox ready")),
                 qPrintable(f.first().evidence));
        QCOMPARE(f.first().retry.security, SmtpSession::Security::ImplicitTls);
        QVERIFY(mailbox.messages().isEmpty()); // the probes send nothing
    }

    void probesConfirmStartTls()
    {
        QTemporaryDir dir;
        SandboxMailbox mailbox(dir.path() + QStringLiteral("/mail"));
        SandboxServer server(&mailbox);
        server.setCertificateDirectory(dir.path() + QStringLiteral("/tls"));
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        Run run({server.certificate().certificate});
        const std::optional<SessionRecord> first =
            run.go(QStringLiteral("127.0.0.1"), server.port(), implicitTls());
        QVERIFY(first);
        QCOMPARE(Doctor::diagnose(*first).first().id, QStringLiteral("plaintext-port"));
        Prober prober;
        QSignalSpy done(&prober, &Prober::finished);
        ProbeOptions options;
        options.timeoutMs = 2000;
        prober.start(*first, options);
        QVERIFY(done.wait(20000));
        SessionRecord probed = *first;
        probed.probes = prober.results();
        QCOMPARE(probed.probes.size(), 1);
        const QList<Finding> f = check(probed);
        QCOMPARE(f.first().id, QStringLiteral("plaintext-port"));
        QVERIFY(f.first().confirmed);
        QVERIFY2(f.first().evidence.contains(QLatin1String("offers STARTTLS")),
                 qPrintable(f.first().evidence));
    }

    void probesFindAuthAfterTls()
    {
        QTemporaryDir dir;
        SandboxMailbox mailbox(dir.path() + QStringLiteral("/mail"));
        SandboxServer server(&mailbox);
        SandboxBehaviour b;
        b.requireTls = true;
        b.accounts = {{QStringLiteral("alice"), QStringLiteral("wonderland")}};
        server.setBehaviour(b);
        server.setCertificateDirectory(dir.path() + QStringLiteral("/tls"));
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        Run run({server.certificate().certificate});
        Conversation::Plan plan;
        plan.authUser = QStringLiteral("alice");
        plan.authPassword = QStringLiteral("wonderland");
        const std::optional<SessionRecord> first =
            run.go(QStringLiteral("127.0.0.1"), server.port(), plan);
        QVERIFY(first);
        QCOMPARE(Doctor::diagnose(*first).first().id, QStringLiteral("tls-required"));
        QVERIFY(!Doctor::diagnose(*first).first().confirmed);
        Prober prober;
        QSignalSpy done(&prober, &Prober::finished);
        prober.start(*first, ProbeOptions());
        QVERIFY(done.wait(20000));
        SessionRecord probed = *first;
        probed.probes = prober.results();
        const QList<Finding> f = check(probed);
        QCOMPARE(f.first().id, QStringLiteral("tls-required"));
        QVERIFY(f.first().confirmed);
        QVERIFY2(f.first().evidence.contains(QLatin1String("PLAIN")),
                 qPrintable(f.first().evidence));
    }

    // A probe that never gets an answer is cut off by its own timeout.
    void probesAreBounded()
    {
        FullQueue queue;
        QVERIFY(queue.open());
        SessionRecord r = loadRecording(QStringLiteral("aiosmtpd-implicit-tls-port")).value();
        r.host = QStringLiteral("127.0.0.1");
        r.port = queue.port;
        ProbeOptions options;
        options.timeoutMs = 500;
        options.otherPort = queue.port + 0; // the same silent place: both probes time out
        Prober prober;
        QSignalSpy done(&prober, &Prober::finished);
        QElapsedTimer t;
        t.start();
        prober.start(r, options);
        QVERIFY(done.wait(10000));
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(prober.results().size(), 1); // the other port is this port: not probed
        QVERIFY(!prober.results().first().error.isEmpty());
        r.probes = prober.results();
        QCOMPARE(Doctor::diagnose(r).first().id, QStringLiteral("no-greeting"));
    }

    // Every id of the vocabulary is produced, in English and in Polish, by the peers above or
    // by a recorded session (tst_diagnosis_rules checks each recording in detail).
    void vocabularyIsCovered()
    {
        for (const QString &name : recordingNames())
            QVERIFY(!check(loadRecording(name).value()).isEmpty() ||
                    name == QLatin1String("exim-sent"));
        for (const QString &reason :
             {QStringLiteral("line-too-long"), QStringLiteral("nul-byte"),
              QStringLiteral("bare-line-ending"), QStringLiteral("8bit-without-8bitmime")})
            QVERIFY(!check(preflightRecord(reason, QStringLiteral("Line 1."))).isEmpty());
        QStringList missing;
        for (const QString &id : Vocabulary::ids()) {
            if (!m_produced.contains(id))
                missing.append(id);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisPeers)
#include "tst_diagnosis_peers.moc"
