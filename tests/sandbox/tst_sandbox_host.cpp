// The sandbox as the GUI hosts it: the port (a free one when taken), the certificate made
// off the GUI thread while early clients wait, and its failure reported, not dropped.
#include "SandboxTestUtil.h"
#include "sandbox/SandboxHost.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>

using namespace postel;

class TestSandboxHost : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void certificateIsMadeWhileEarlyClientsWait();
    void madeCertificateIsLoadedNextTime();
    void takenPortMovesToAFreeOne();
    void certificateFailureIsReportedAndClientsGoOn();
    void goingAwayWhileMakingIsQuick();

private:
    static SandboxHost::Options options(const QTemporaryDir &dir, const QString &certDir);
};

SandboxHost::Options TestSandboxHost::options(const QTemporaryDir &dir, const QString &certDir)
{
    SandboxHost::Options o;
    o.mailboxDirectory = dir.path() + QStringLiteral("/mail");
    o.certificateDirectory = certDir;
    o.port = 0;
    return o;
}

// No certificate yet: start() returns at once and the event loop runs on while the key is
// made; a client that connects meanwhile is greeted once it is ready — with STARTTLS, and
// a handshake that verifies against the new cert.pem.
void TestSandboxHost::certificateIsMadeWhileEarlyClientsWait()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString certDir = dir.path() + QStringLiteral("/tls");
    SandboxHost host(options(dir, certDir));
    QSignalSpy ready(&host, &SandboxHost::certificateReady);
    const SandboxError started = host.start();
    QVERIFY2(!started.isError(), qPrintable(started.message));
    QVERIFY(host.isListening());
    QVERIFY(host.port() != 0);
    QVERIFY(!host.isCertificateReady());

    bool loopRan = false;
    QTimer::singleShot(0, this, [&] { loopRan = ready.isEmpty(); });
    RawClient c;
    qint64 greetedEarly = -1;
    connect(&host, &SandboxHost::certificateReady, this,
            [&] { greetedEarly = c.socket->bytesAvailable(); });
    QVERIFY(c.connectTo(host.port()));
    const int greeting = c.code(30000);
    QVERIFY(loopRan); // the GUI thread was free while the certificate was made
    QCOMPARE(ready.size(), 1);
    QCOMPARE(greetedEarly, 0); // connected, but greeted only once the certificate was there
    QCOMPARE(greeting, 220);
    const auto error = ready.first().first().value<SandboxError>();
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QVERIFY(host.isCertificateReady());
    QVERIFY(!host.certificateError().isError());

    c.send("EHLO client.example\r\n");
    QCOMPARE(c.code(), 250);
    QVERIFY2(c.last.contains("STARTTLS"), c.last.constData());
    c.send("STARTTLS\r\n");
    QCOMPARE(c.code(), 220);
    QSslConfiguration config = c.socket->sslConfiguration();
    config.setCaCertificates(QSslCertificate::fromPath(certDir + QStringLiteral("/cert.pem")));
    c.socket->setSslConfiguration(config);
    c.socket->startClientEncryption();
    QVERIFY(RawClient::spin([&] { return c.socket->isEncrypted(); }, 10000));
    QVERIFY(c.socket->sslHandshakeErrors().isEmpty());
    QVERIFY(QFile::exists(certDir + QStringLiteral("/key.pem")));
}

void TestSandboxHost::madeCertificateIsLoadedNextTime()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString certDir = dir.path() + QStringLiteral("/tls");
    QByteArray first;
    {
        SandboxHost host(options(dir, certDir));
        QSignalSpy ready(&host, &SandboxHost::certificateReady);
        host.start();
        QVERIFY(ready.wait(30000));
        first = host.server()->certificate().certificate.digest(QCryptographicHash::Sha256);
        QVERIFY(!first.isEmpty());
    }
    SandboxHost again(options(dir, certDir));
    QSignalSpy ready(&again, &SandboxHost::certificateReady);
    again.start();
    QVERIFY(ready.wait(30000));
    QVERIFY(!again.certificateError().isError());
    QCOMPARE(again.server()->certificate().certificate.digest(QCryptographicHash::Sha256), first);
}

// Another program has the port: the host says so and listens on a free one.
void TestSandboxHost::takenPortMovesToAFreeOne()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    SandboxHost::Options o = options(dir, dir.path() + QStringLiteral("/tls"));
    o.port = squatter.serverPort();
    SandboxHost host(o);
    const SandboxError started = host.start();
    QCOMPARE(started.kind, SandboxError::Kind::PortTaken);
    QVERIFY2(started.message.contains(QStringLiteral("Port %1 is taken").arg(o.port)),
             qPrintable(started.message));
    QVERIFY(started.message.contains(QString::number(host.port())));
    QVERIFY(host.isListening());
    QVERIFY(host.port() != o.port);
    RawClient c;
    QVERIFY(c.connectTo(host.port()));
    QCOMPARE(c.code(30000), 220);
    QVERIFY(!squatter.hasPendingConnections());
}

// The certificate cannot be made (its folder cannot be created): the error says why and
// names the folder, and the clients that waited are served without STARTTLS.
void TestSandboxHost::certificateFailureIsReportedAndClientsGoOn()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile blocker(dir.path() + QStringLiteral("/not-a-folder"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString certDir = blocker.fileName() + QStringLiteral("/tls");
    SandboxHost host(options(dir, certDir));
    QSignalSpy ready(&host, &SandboxHost::certificateReady);
    QVERIFY(!host.start().isError());
    RawClient c;
    QVERIFY(c.connectTo(host.port()));
    QCOMPARE(c.code(30000), 220);
    QCOMPARE(ready.size(), 1);
    const auto error = ready.first().first().value<SandboxError>();
    QCOMPARE(error.kind, SandboxError::Kind::Certificate);
    QVERIFY2(error.message.contains(certDir), qPrintable(error.message));
    QVERIFY(error.message.contains(QStringLiteral("without STARTTLS")));
    QCOMPARE(host.certificateError().message, error.message);
    c.send("EHLO client.example\r\n");
    QCOMPARE(c.code(), 250);
    QVERIFY2(!c.last.contains("STARTTLS"), c.last.constData());
}

// Quitting while the certificate is being made neither hangs nor leaves the worker behind.
void TestSandboxHost::goingAwayWhileMakingIsQuick()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QElapsedTimer t;
    t.start();
    {
        SandboxHost host(options(dir, dir.path() + QStringLiteral("/tls")));
        host.start();
        QVERIFY(!host.isCertificateReady());
    }
    QVERIFY2(t.elapsed() < 10000, qPrintable(QString::number(t.elapsed())));
}

QTEST_GUILESS_MAIN(TestSandboxHost)
#include "tst_sandbox_host.moc"
