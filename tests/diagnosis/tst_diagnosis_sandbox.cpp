// The sandbox plays every finding's fault (core/sandbox/SandboxScenario): for each scenario,
// a conversation driven by the core (as postel-cli drives it) against the built-in sandbox
// playing that fault, then the failure doctor; the primary finding must be the scenario's id,
// in English and in Polish. And every id of the vocabulary has a scenario or a reason why the
// sandbox cannot play it.

#include "DiagnosisTestUtil.h"
#include "SessionTestUtil.h"
#include "diagnosis/Prober.h"
#include "diagnosis/Vocabulary.h"
#include "sandbox/SandboxMailbox.h"
#include "sandbox/SandboxScenario.h"
#include "sandbox/SandboxServer.h"
#include "transcript/Transcript.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace postel;
using namespace postel::test;

namespace {

// The conversation a scenario's client hint asks for.
Conversation::Plan planFor(const SandboxScenario::Client &client, quint16 port)
{
    Conversation::Plan p;
    p.host = QStringLiteral("127.0.0.1");
    p.port = port;
    switch (client.security) {
    case SandboxScenario::Client::Security::None:
        break;
    case SandboxScenario::Client::Security::StartTls:
        p.startTls = true;
        break;
    case SandboxScenario::Client::Security::ImplicitTls:
        p.security = SmtpSession::Security::ImplicitTls;
        break;
    }
    if (client.login) {
        p.authUser = QStringLiteral("alice@example.org");
        p.authPassword = QStringLiteral("not-the-password");
        p.authMechanism = client.mechanism;
    }
    if (client.send) {
        p.from = QStringLiteral("alice@example.org");
        p.to = {client.nonAsciiRecipient ? QStringLiteral("zoë@example.net")
                                         : QStringLiteral("bob@example.net")};
        p.bytes = QByteArray("Subject: hello\r\n\r\nHello.\r\n");
    }
    return p;
}

} // namespace

class TestDiagnosisSandbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxCertificate m_certificate;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_certificate =
            SandboxCertificate::loadOrCreate(m_dir.path() + QStringLiteral("/tls"), &error);
        QVERIFY2(m_certificate.isValid(), qPrintable(error));
    }

    void cleanup() { useLanguage(QStringLiteral("en")); }

    void scenario_data()
    {
        QTest::addColumn<QString>("id");
        for (const SandboxScenario &s : SandboxScenario::all())
            QTest::newRow(qPrintable(s.id)) << s.id;
    }

    void scenario()
    {
        QFETCH(QString, id);
        const std::optional<SandboxScenario> s = SandboxScenario::find(id);
        QVERIFY(s);
        QVERIFY(Vocabulary::contains(id));

        QTemporaryDir mail;
        SandboxMailbox mailbox(mail.path());
        SandboxServer server(&mailbox);
        server.setCertificate(m_certificate);
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0), qPrintable(server.errorString()));
        const quint16 port = server.port();
        SandboxBehaviour behaviour = server.behaviour();
        s->apply(behaviour);
        QVERIFY(behaviour != SandboxBehaviour() || id == QLatin1String("plaintext-port"));
        server.setBehaviour(behaviour);
        QCOMPARE(server.port(), port); // also while the listener is closed

        SmtpSession session;
        prepareSession(session);
        session.setTimeout(3000);
        // The client trusts the sandbox's own authority, as the Sandbox profile does.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({m_certificate.certificate});
        session.setTlsConfiguration(tls);
        Transcript transcript;
        transcript.attach(&session);
        Conversation conversation(&session);
        QSignalSpy finished(&conversation, &Conversation::finished);
        conversation.start(planFor(s->client, port));
        QVERIFY(finished.wait(20000));
        SessionRecord record = SessionRecord::capture(conversation, transcript.entries());
        QVERIFY2(record.error.isError(), "the session succeeded");

        if (s->client.probe) {
            ProbeOptions options;
            options.timeoutMs = 2000;
            options.tls = tls;
            options.otherPort = port; // the same port: not probed twice
            Prober prober;
            QSignalSpy done(&prober, &Prober::finished);
            prober.start(record, options);
            QVERIFY(done.wait(20000));
            record.probes = prober.results();
        }

        const QList<Finding> en = Doctor::diagnose(record);
        QVERIFY2(!en.isEmpty(), qPrintable(record.error.describe()));
        QVERIFY2(en.first().id == id, qPrintable(idsOf(en).join(QLatin1Char(' ')) +
                                                 QStringLiteral(": ") + en.first().explanation));
        useLanguage(QStringLiteral("pl"));
        const QList<Finding> pl = Doctor::diagnose(record);
        QCOMPARE(idsOf(pl), idsOf(en));
        QVERIFY(pl.first().title != en.first().title);
        QVERIFY(!s->name().isEmpty() && !s->description().isEmpty() && !s->clientHint().isEmpty());
        // Nothing was kept: every scenario stops the message before it is stored.
        QVERIFY(mailbox.messages().isEmpty());
    }

    // The listener a scenario closed opens again on the same port with the next behaviour.
    void listenerReopens()
    {
        QTemporaryDir mail;
        SandboxMailbox mailbox(mail.path());
        SandboxServer server(&mailbox);
        server.setCertificate(m_certificate);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const quint16 port = server.port();
        SandboxBehaviour b;
        SandboxScenario::find(QStringLiteral("connection-refused"))->apply(b);
        server.setBehaviour(b);
        QVERIFY(!server.isListening());
        QCOMPARE(server.port(), port);
        QTcpSocket refused;
        refused.connectToHost(QHostAddress::LocalHost, port);
        QTRY_COMPARE_WITH_TIMEOUT(refused.error(), QAbstractSocket::ConnectionRefusedError, 5000);
        server.setBehaviour(SandboxBehaviour());
        QVERIFY(server.isListening());
        QCOMPARE(server.port(), port);
        // The server runs on this thread: wait with the event loop running, never blocked.
        QTcpSocket greeted;
        greeted.connectToHost(QHostAddress::LocalHost, port);
        QTRY_VERIFY_WITH_TIMEOUT(greeted.bytesAvailable() > 0, 5000);
        QVERIFY(greeted.readAll().startsWith("220 "));
    }

    // Every id of the vocabulary has a scenario or a reason why the sandbox cannot play it,
    // never both; no scenario is named after an id the vocabulary does not have.
    void vocabularyIsCovered()
    {
        QStringList played;
        for (const SandboxScenario &s : SandboxScenario::all()) {
            QVERIFY2(Vocabulary::contains(s.id), qPrintable(s.id));
            QVERIFY2(!played.contains(s.id), qPrintable(s.id));
            played.append(s.id);
        }
        QStringList notPlayable;
        for (const SandboxScenario::NotPlayable &n : SandboxScenario::notPlayable()) {
            QVERIFY2(Vocabulary::contains(n.id), qPrintable(n.id));
            QVERIFY2(!played.contains(n.id), qPrintable(n.id + QStringLiteral(": both")));
            QVERIFY(!n.reason.isEmpty());
            notPlayable.append(n.id);
        }
        QStringList missing;
        for (const QString &id : Vocabulary::ids()) {
            if (!played.contains(id) && !notPlayable.contains(id))
                missing.append(id);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisSandbox)
#include "tst_diagnosis_sandbox.moc"
