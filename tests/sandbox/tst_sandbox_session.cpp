// Postel's own SMTP session against the sandbox, one behaviour at a time: what the client
// sees (codes, errors) and what the sandbox kept on disk.
#include "SandboxTestUtil.h"
#include "SessionResults.h"
#include "auth/AuthMechanism.h"
#include "smtp/SmtpSession.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSslConfiguration>

using namespace postel;

namespace {

const QByteArray simpleMessage = "From: a@example.org\r\nTo: b@example.org\r\nSubject: hi\r\n\r\n"
                                 "Hello.\r\n";

SandboxBehaviour withAccounts()
{
    SandboxBehaviour b;
    b.accounts = {{QStringLiteral("alice"), QStringLiteral("wonderland")}};
    return b;
}

} // namespace

#define WAIT_OP(op) QTRY_VERIFY_WITH_TIMEOUT((op)->isFinished(), 15000)
// Each macro evaluates its argument once (it may be a call that starts an operation).
#define EXPECT_OK(expr)                                                                            \
    do {                                                                                           \
        SmtpOperation *op_ = (expr);                                                               \
        WAIT_OP(op_);                                                                              \
        QVERIFY2(!op_->hasError(), qPrintable(op_->error().describe()));                           \
    } while (0)
#define EXPECT_ERROR(expr, errorKind)                                                              \
    do {                                                                                           \
        SmtpOperation *op_ = (expr);                                                               \
        WAIT_OP(op_);                                                                              \
        QVERIFY2(op_->hasError(), "the operation succeeded");                                      \
        QCOMPARE(op_->error().kind, errorKind);                                                    \
    } while (0)

class TestSandboxSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void greetingAndEhlo();
    void extensionsFollowConfig();
    void sendmailKeepsMessageAndEnvelope();
    void dotStuffedLinesArriveUnstuffed();
    void pipelinedSendWithRefusedRecipient_data();
    void pipelinedSendWithRefusedRecipient();
    void allRecipientsRefused();
    void senderRefused();
    void sizeLimitAtMail();
    void sizeLimitAfterDot();
    void loginEachMechanism_data();
    void loginEachMechanism();
    void loginPicksStrongest();
    void wrongPasswordIs535();
    void plaintextAuthOffRefusesPlain();
    void requireAuth();
    void starttlsThenSend();
    void requireTls();
    void implicitTls();
    void faultDelay();
    void faultDrop_data();
    void faultDrop();
    void fault421_data();
    void fault421();
    void rejectAfterFinalDot();
    void faultOnlyAtOccurrence();
    void greetingFault();
    void commandReplies_data();
    void commandReplies();
    void lmtp();
    void smtpUtf8();
    void serverSignals();
    void mailboxApi();

private:
    SmtpOperation *connectTo(SmtpSession &session, TestSandbox &sandbox);
    QTemporaryDir m_certDir;
};

void TestSandboxSession::initTestCase()
{
    QVERIFY(m_certDir.isValid());
    QVERIFY(QSslSocket::supportsSsl());
}

SmtpOperation *TestSandboxSession::connectTo(SmtpSession &session, TestSandbox &sandbox)
{
    session.setLocalHostname(QStringLiteral("client.test"));
    session.setTimeout(15000);
    session.setAllowCleartextAuth(true);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({sandbox.server.certificate().certificate});
    session.setTlsConfiguration(tls);
    return session.connectToHost(QStringLiteral("127.0.0.1"), sandbox.port());
}

void TestSandboxSession::greetingAndEhlo()
{
    TestSandbox sandbox(withAccounts(), m_certDir.path());
    QVERIFY(sandbox.start());
    QVERIFY(sandbox.port() != 0);
    QCOMPARE(sandbox.server.address(), QHostAddress(QHostAddress::LocalHost));
    SmtpSession session;
    SmtpOperation *c = connectTo(session, sandbox);
    EXPECT_OK(c);
    QCOMPARE(session.greeting().code, 220);
    QCOMPARE(session.greeting().text(), QByteArray("localhost ESMTP Postel sandbox ready"));
    SmtpOperation *e = session.ehlo();
    EXPECT_OK(e);
    QCOMPARE(e->code(), 250);
    const Capabilities &caps = session.esmtpFeatures();
    QVERIFY(caps.pipelining());
    QCOMPARE(caps.sizeLimit(), std::optional<qint64>(25 * 1024 * 1024));
    QVERIFY(caps.eightBitMime());
    QVERIFY(caps.smtpUtf8());
    QVERIFY(caps.enhancedStatusCodes());
    QVERIFY(caps.chunking());
    QVERIFY(caps.dsn());
    QVERIFY(caps.startTls());
    QCOMPARE(caps.authMechanisms(), (QStringList{"CRAM-MD5", "PLAIN", "LOGIN"}));
    QVERIFY(e->text().startsWith("localhost greets client.test"));
}

void TestSandboxSession::extensionsFollowConfig()
{
    SandboxBehaviour b = withAccounts();
    b.extensions = {QStringLiteral("SIZE"), QStringLiteral("PIPELINING")};
    TestSandbox sandbox(b, m_certDir.path());
    QVERIFY(sandbox.start());
    SmtpSession session;
    connectTo(session, sandbox);
    SmtpOperation *e = session.ehlo();
    EXPECT_OK(e);
    QCOMPARE(session.esmtpFeatures().keywords(), (QStringList{"size", "pipelining"}));
    // Not advertised means not accepted either.
    SmtpOperation *mail = session.docmd("MAIL", "FROM:<a@example.org> BODY=8BITMIME");
    EXPECT_OK(mail);
    QCOMPARE(mail->code(), 555);
    SmtpOperation *tls = session.docmd("STARTTLS");
    EXPECT_OK(tls);
    QCOMPARE(tls->code(), 502);
    SmtpOperation *auth = session.docmd("AUTH", "PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=");
    EXPECT_OK(auth);
    QCOMPARE(auth->code(), 502);
    // No ENHANCEDSTATUSCODES advertised: replies come without them.
    QVERIFY2(!auth->text().startsWith("5.5.1"), auth->text().constData());
    SmtpOperation *bdat = session.docmd("BDAT", "0 LAST");
    EXPECT_OK(bdat);
    QCOMPARE(bdat->code(), 502);
}

void TestSandboxSession::sendmailKeepsMessageAndEnvelope()
{
    TestSandbox sandbox(SandboxBehaviour(), m_certDir.path());
    QVERIFY(sandbox.start());
    QSignalSpy accepted(&sandbox.server, &SandboxServer::messageAccepted);
    SmtpSession session;
    session.setUseChunking(false);
    connectTo(session, sandbox);
    SmtpOperation *send = session.sendmail(
        QStringLiteral("a@example.org"),
        {QStringLiteral("b@example.org"), QStringLiteral("c@example.org")}, simpleMessage,
        {QStringLiteral("BODY=8BITMIME")}, {QStringLiteral("NOTIFY=SUCCESS,FAILURE")});
    EXPECT_OK(send);
    QCOMPARE(send->code(), 250);
    QVERIFY(send->text().startsWith("2.0.0 Ok: queued as "));
    QVERIFY(sent(send).refused.isEmpty());
    QCOMPARE(sandbox.mailbox.count(), 1);
    QCOMPARE(accepted.size(), 1);
    const SandboxMessage m = sandbox.mailbox.messages().first();
    QVERIFY(send->text().endsWith(m.id.toLatin1()));
    QCOMPARE(sandbox.mailbox.rawMessage(m.id), simpleMessage);
    QCOMPARE(m.size, simpleMessage.size());
    QCOMPARE(m.envelope.sender, QStringLiteral("a@example.org"));
    QCOMPARE(m.envelope.recipients, (QStringList{"b@example.org", "c@example.org"}));
    QCOMPARE(m.envelope.mailOptions,
             (QStringList{QStringLiteral("SIZE=%1").arg(simpleMessage.size()), "BODY=8BITMIME"}));
    QCOMPARE(m.envelope.rcptOptions,
             (QList<QStringList>{{"NOTIFY=SUCCESS,FAILURE"}, {"NOTIFY=SUCCESS,FAILURE"}}));
    QCOMPARE(m.envelope.helo, QStringLiteral("client.test"));
    QCOMPARE(m.envelope.protocol, QStringLiteral("ESMTP"));
    QVERIFY(!m.envelope.tls);
    QVERIFY(m.envelope.authUser.isEmpty());
    QVERIFY(m.envelope.peer.startsWith(QStringLiteral("127.0.0.1:")));
    QVERIFY(qAbs(m.envelope.received.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    // The files on disk, as another program would read them.
    QFile eml(m.emlPath);
    QVERIFY(eml.open(QIODevice::ReadOnly));
    QCOMPARE(eml.readAll(), simpleMessage);
    QFile json(m.jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(o.value("sender").toString(), QStringLiteral("a@example.org"));
    QCOMPARE(o.value("recipients").toArray().size(), 2);
    QCOMPARE(o.value("tls").toBool(true), false);
    QVERIFY(o.value("auth").isNull());
    QCOMPARE(o.value("mail_options").toArray().at(1).toString(), QStringLiteral("BODY=8BITMIME"));
}

void TestSandboxSession::dotStuffedLinesArriveUnstuffed()
{
    TestSandbox sandbox(SandboxBehaviour(), m_certDir.path());
    QVERIFY(sandbox.start());
    SmtpSession session;
    session.setUseChunking(false); // dot-stuffing is a DATA matter
    connectTo(session, sandbox);
    const QByteArray msg = ".first line starts with a dot\r\nSubject: x\r\n\r\n.\r\n..\r\n"
                           ". space\r\nend\r\n.";
    SmtpOperation *send =
        session.sendmail(QStringLiteral("a@example.org"), {QStringLiteral("b@example.org")}, msg);
    EXPECT_OK(send);
    QCOMPARE(sandbox.mailbox.count(), 1);
    // The session adds the CRLF the message lacked at the end.
    QCOMPARE(sandbox.mailbox.rawMessage(sandbox.mailbox.messages().first().id), msg + "\r\n");
}

void TestSandboxSession::pipelinedSendWithRefusedRecipient_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("chunking");
    for (bool chunking : {false, true}) {
        const char *how = chunking ? ", BDAT" : ", DATA";
        QTest::addRow("550 5.1.1%s", how)
            << QStringLiteral("*@refused.test") << 550
            << QByteArray("5.1.1 <x@refused.test>: Recipient address rejected") << chunking;
        QTest::addRow("450 4.2.1%s", how)
            << QStringLiteral("*@refused.test=450 4.2.1") << 450
            << QByteArray("4.2.1 <x@refused.test>: Recipient address rejected") << chunking;
        QTest::addRow("own text%s", how) << QStringLiteral("x@*=551 5.1.6 Moved away") << 551
                                         << QByteArray("5.1.6 Moved away") << chunking;
    }
}

void TestSandboxSession::pipelinedSendWithRefusedRecipient()
{
    QFETCH(QString, rule);
    QFETCH(int, code);
    QFETCH(QByteArray, text);
    QFETCH(bool, chunking);
    SandboxBehaviour b;
    b.refuseRecipients = {*SandboxRule::parse(rule, SandboxBehaviour::defaultRecipientRefusal())};
    TestSandbox sandbox(b, m_certDir.path());
    QVERIFY(sandbox.start());
    QList<QByteArray> commands;
    connect(&sandbox.server, &SandboxServer::commandReceived, this,
            [&](quint64, const QByteArray &line) { commands.append(line); });
    SmtpSession session;
    QVERIFY(session.usePipelining());
    session.setUseChunking(chunking);
    connectTo(session, sandbox);
    SmtpOperation *send =
        session.sendmail(QStringLiteral("a@example.org"),
                         {QStringLiteral("ok@example.org"), QStringLiteral("x@refused.test"),
                          QStringLiteral("ok2@example.org")},
                         simpleMessage);
    EXPECT_OK(send);
    QCOMPARE(sent(send).refused.size(), 1);
    QCOMPARE(sent(send).refused.value("x@refused.test").code, code);
    QCOMPARE(sent(send).refused.value("x@refused.test").text, text);
    QCOMPARE(sent(send).accepted, (QStringList{"ok@example.org", "ok2@example.org"}));
    QCOMPARE(sandbox.mailbox.count(), 1);
    QCOMPARE(sandbox.mailbox.messages().first().envelope.recipients,
             (QStringList{"ok@example.org", "ok2@example.org"}));
    // One batch: MAIL, the RCPTs and DATA (or the whole message as BDAT ... LAST).
    QCOMPARE(commands.size(), 6);
    QVERIFY(commands.at(1).startsWith("MAIL FROM:<a@example.org>"));
    QCOMPARE(commands.at(4), QByteArray("RCPT TO:<ok2@example.org>"));
    QCOMPARE(
        commands.at(5),
        chunking
            ? QByteArray("BDAT %1 LAST").replace("%1", QByteArray::number(simpleMessage.size()))
            : QByteArray("DATA"));
    QCOMPARE(sandbox.mailbox.rawMessage(sandbox.mailbox.messages().first().id), simpleMessage);
}

void TestSandboxSession::allRecipientsRefused()
{
    SandboxBehaviour b;
    b.refuseRecipients = {{QStringLiteral("*"), SandboxBehaviour::defaultRecipientRefusal()}};
    TestSandbox sandbox(b, m_certDir.path());
    QVERIFY(sandbox.start());
    SmtpSession session;
    connectTo(session, sandbox);
    SmtpOperation *send = session.sendmail(QStringLiteral("a@example.org"),
                                           {QStringLiteral("b@example.org")}, simpleMessage);
    EXPECT_ERROR(send, ErrorKind::RecipientsRefused);
    QCOMPARE(send->error().recipients.value("b@example.org").code, 550);
    QCOMPARE(sandbox.mailbox.count(), 0);
    // The session goes on: RSET and a good send on the same connection.
    SmtpOperation *noop = session.noop();
    EXPECT_OK(noop);
    QCOMPARE(noop->code(), 250);
}

void TestSandboxSession::senderRefused()
{
    SandboxBehaviour b;
    b.refuseSenders = {*SandboxRule::parse(QStringLiteral("*@spam.test=553 5.7.1 No spam"),
                                           SandboxBehaviour::defaultSenderRefusal())};
    TestSandbox sandbox(b, m_certDir.path());
    QVERIFY(sandbox.start());
    SmtpSession session;
    connectTo(session, sandbox);
    SmtpOperation *bad = session.sendmail(QStringLiteral("x@spam.test"),
                                          {QStringLiteral("b@example.org")}, simpleMessage);
    EXPECT_ERROR(bad, ErrorKind::SenderRefused);
    QCOMPARE(bad->error().code, 553);
    QCOMPARE(bad->error().serverText, QByteArray("5.7.1 No spam"));
    SmtpOperation *good = session.sendmail(QStringLiteral("x@ok.test"),
                                           {QStringLiteral("b@example.org")}, simpleMessage);
    EXPECT_OK(good);
    QCOMPARE(sandbox.mailbox.count(), 1);
    QCOMPARE(sandbox.mailbox.messages().first().envelope.sender, QStringLiteral("x@ok.test"));
}

void TestSandboxSession::sizeLimitAtMail()
{
    SandboxBehaviour b;
    b.sizeLimit = 1000;
    TestSandbox sandbox(b, m_certDir.path());
    QVERIFY(sandbox.start());
    SmtpSession session;
    connectTo(session, sandbox);
    SmtpOperation *e = session.ehlo();
    EXPECT_OK(e);
    QCOMPARE(session.esmtpFeatures().sizeLimit(), std::optional<qint64>(1000));
    const QByteArray big = "Subject: big\r\n\r\n" + (QByteArray(98, 'x') + "\r\n").repeated(20);
    SmtpOperation *send =
        session.sendmail(QStringLiteral("a@example.org"), {QStringLiteral("b@example.org")}, big);
    EXPECT_ERROR(send, ErrorKind::SenderRefused);
    QCOMPARE(send->error().code, 552);
    QVERIFY(send->error().serverText.startsWith("5.3.4"));
    QCOMPARE(sandbox.mailbox.count(), 0);
}

void TestSandboxSession::sizeLimitAfterDot()
{
    // Without SIZE advertised the client cannot know: the sandbox counts and refuses at the end.
    SandboxBehaviour b;
    b.sizeLimit = 1000;
    b.extensions.removeAll(QStringLiteral("SIZE"));
    TestSandbox sandbox(b, m_certDir.path());
    QVERIFY(sandbox.start());
    SmtpSession session;
    connectTo(session, sandbox);
    QByteArray big = "Subject: big\r\n\r\n";
    for (int i = 0; i < 40; ++i)
        big += QByteArray(70, 'x') + "\r\n";
    SmtpOperation *send =
        session.sendmail(QStringLiteral("a@example.org"), {QStringLiteral("b@example.org")}, big);
    EXPECT_ERROR(send, ErrorKind::Data);
    QCOMPARE(send->error().code, 552);
    QCOMPARE(sandbox.mailbox.count(), 0);
}

void TestSandboxSession::loginEachMechanism_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<bool>("initialResponse");
    QTest::newRow("PLAIN") << "PLAIN" << true;
    QTest::newRow("PLAIN, challenge first") << "PLAIN" << false;
    QTest::newRow("LOGIN") << "LOGIN" << true;
    QTest::newRow("LOGIN, challenge first") << "LOGIN" << false;
    QTest::newRow("CRAM-MD5") << "CRAM-MD5" << true;
}

void TestSandboxSession::loginEachMechanism()
{
    QFETCH(QString, mechanism);
    QFETCH(bool, initialResponse);
    TestSandbox sandbox(withAccounts(), m_certDir.path());
    QVERIFY(sandbox.start());
    QSignalSpy authenticated(&sandbox.server, &SandboxServer::authenticated);
    QList<QByteArray> commands;
    connect(&sandbox.server, &SandboxServer::commandReceived, this,
            [&](quint64, const QByteArray &line) { commands.append(line); });
    SmtpSession session;
    connectTo(session, sandbox);
    session.ehlo();
    SmtpOperation *auth = session.auth(
        createMechanism(mechanism, QStringLiteral("alice"), QStringLiteral("wonderland")),
        initialResponse);
    EXPECT_OK(auth);
    QCOMPARE(auth->code(), 235);
    QCOMPARE(auth->text(), QByteArray("2.7.0 Authentication successful"));
    QCOMPARE(authenticated.size(), 1);
    QCOMPARE(authenticated.first().at(1).toString(), QStringLiteral("alice"));
    QCOMPARE(authenticated.first().at(2).toString(), mechanism);
    // The server's own record never holds the credentials.
    for (const QByteArray &line : std::as_const(commands))
        QVERIFY2(!line.contains("d29uZGVybGFuZA") && !line.contains("wonderland"),
                 line.constData());
    SmtpOperation *send = session.sendmail(QStringLiteral("alice@example.org"),
                                           {QStringLiteral("b@example.org")}, simpleMessage);
    EXPECT_OK(send);
    QCOMPARE(sandbox.mailbox.messages().first().envelope.authUser, QStringLiteral("alice"));
    QCOMPARE(sandbox.mailbox.messages().first().envelope.protocol, QStringLiteral("ESMTPA"));
}

void TestSandboxSession::loginPicksStrongest()
{
    TestSandbox sandbox(withAccounts(), m_certDir.path());
    QVERIFY(sandbox.start());
    SmtpSession session;
    connectTo(session, sandbox);
    SmtpOperation *login = session.login(QStringLiteral("alice"), QStringLiteral("wonderland"));
    EXPECT_OK(login);
    QCOMPARE(mechanismOf(login), QStringLiteral("CRAM-MD5"));
}

void TestSandboxSession::wrongPasswordIs535()
{
    TestSandbox sandbox(withAccounts(), m_certDir.path());
    QVERIFY(sandbox.start());
    SmtpSession session;
    connectTo(session, sandbox);
    session.ehlo();
    SmtpOperation *auth = session.auth(
        createMechanism(QStringLiteral("PLAIN"), QStringLiteral("alice"), QStringLiteral("nope")));
    EXPECT_ERROR(auth, ErrorKind::Authentication);
    QCOMPARE(auth->error().code, 535);
    QCOMPARE(auth->error().serverText, QByteArray("5.7.8 Authentication credentials invalid"));
    // Still usable: the right password works on the same connection.
    SmtpOperation *again = session.auth(createMechanism(
        QStringLiteral("LOGIN"), QStringLiteral("alice"), QStringLiteral("wonderland")));
    EXPECT_OK(again);
}

void TestSandboxSession::plaintextAuthOffRefusesPlain()
{
    SandboxBehaviour b = withAccounts();
    b.plaintextAuth = false;
    TestSandbox sandbox(b, m_certDir.path());
    QVERIFY(sandbox.start());
    SmtpSession session;
    connectTo(session, sandbox);
    EXPECT_OK(session.ehlo());
    QCOMPARE(session.esmtpFeatures().authMechanisms(), QStringList{"CRAM-MD5"});
    SmtpOperation *plain = session.docmd("AUTH", "PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=");
    EXPECT_OK(plain);
    QCOMPARE(plain->code(), 538);
    // After STARTTLS all three are offered.
    EXPECT_OK(session.starttls());
    EXPECT_OK(session.ehlo());
    QCOMPARE(session.esmtpFeatures().authMechanisms(), (QStringList{"CRAM-MD5", "PLAIN", "LOGIN"}));
    SmtpOperation *auth = session.auth(createMechanism(
        QStringLiteral("PLAIN"), QStringLiteral("alice"), QStringLiteral("wonderland")));
    EXPECT_OK(auth);
}

void TestSandboxSession::requireAuth()
{
    SandboxBehaviour b = withAccounts();
    b.requireAuth = true;
    TestSandbox sandbox(b, m_certDir.path());
    QVERIFY(sandbox.start());
    SmtpSession session;
    connectTo(session, sandbox);
    SmtpOperation *anon = session.sendmail(QStringLiteral("a@example.org"),
                                           {QStringLiteral("b@example.org")}, simpleMessage);
    EXPECT_ERROR(anon, ErrorKind::SenderRefused);
    QCOMPARE(anon->error().code, 530);
    QCOMPARE(anon->error().serverText, QByteArray("5.7.0 Authentication required"));
    EXPECT_OK(session.login(QStringLiteral("alice"), QStringLiteral("wonderland")));
    SmtpOperation *send = session.sendmail(QStringLiteral("a@example.org"),
                                           {QStringLiteral("b@example.org")}, simpleMessage);
    EXPECT_OK(send);
    QCOMPARE(sandbox.mailbox.count(), 1);
}

void TestSandboxSession::starttlsThenSend()
{
    TestSandbox sandbox(withAccounts(), m_certDir.path());
    QVERIFY(sandbox.start());
    QVERIFY(sandbox.server.certificate().isValid());
    QVERIFY(QFile::exists(m_certDir.path() + "/cert.pem"));
    QVERIFY(QFile::exists(m_certDir.path() + "/key.pem"));
    QCOMPARE(QFile::permissions(m_certDir.path() + "/key.pem") &
                 (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    QSignalSpy tlsStarted(&sandbox.server, &SandboxServer::tlsStarted);
    SmtpSession session;
    connectTo(session, sandbox);
    SmtpOperation *tls = session.starttls();
    EXPECT_OK(tls);
    QCOMPARE(tls->code(), 220);
    QVERIFY(session.isEncrypted());
    QVERIFY(session.tlsInfo().verified);
    QCOMPARE(tlsStarted.size(), 1);
    EXPECT_OK(session.ehlo());
    QVERIFY(!session.esmtpFeatures().startTls());
    EXPECT_OK(session.login(QStringLiteral("alice"), QStringLiteral("wonderland")));
    SmtpOperation *send = session.sendmail(QStringLiteral("a@example.org"),
                                           {QStringLiteral("b@example.org")}, simpleMessage);
    EXPECT_OK(send);
    const SandboxEnvelope e = sandbox.mailbox.messages().first().envelope;
    QVERIFY(e.tls);
    QCOMPARE(e.protocol, QStringLiteral("ESMTPSA"));
    // A second STARTTLS is a bad sequence.
    SmtpOperation *again = session.docmd("STARTTLS");
    EXPECT_OK(again);
    QCOMPARE(again->code(), 503);
}

void TestSandboxSession::requireTls()
{
    SandboxBehaviour b = withAccounts();
    b.requireTls = true;
    TestSandbox sandbox(b, m_certDir.path());
    QVERIFY(sandbox.start());
    SmtpSession session;
    connectTo(session, sandbox);
    EXPECT_OK(session.ehlo());
    // No AUTH before TLS when TLS is required.
    QVERIFY(!session.esmtpFeatures().has(QStringLiteral("auth")));
    SmtpOperation *mail = session.docmd("MAIL", "FROM:<a@example.org>");
    EXPECT_OK(mail);
    QCOMPARE(mail->code(), 530);
    QCOMPARE(mail->text(), QByteArray("5.7.0 Must issue a STARTTLS command first"));
    SmtpOperation *vrfy = session.verify(QStringLiteral("b@example.org"));
    EXPECT_OK(vrfy);
    QCOMPARE(vrfy->code(), 530);
    EXPECT_OK(session.starttls());
    EXPECT_OK(session.ehlo());
    QVERIFY(session.esmtpFeatures().has(QStringLiteral("auth")));
    SmtpOperation *send = session.sendmail(QStringLiteral("a@example.org"),
                                           {QStringLiteral("b@example.org")}, simpleMessage);
    EXPECT_OK(send);
    QVERIFY(sandbox.mailbox.messages().first().envelope.tls);
}

void TestSandboxSession::implicitTls()
{
    TestSandbox sandbox(SandboxBehaviour(), m_certDir.path());
    QVERIFY(sandbox.server.listenTls(QHostAddress::LocalHost, 0));
    QVERIFY(sandbox.server.tlsPort() != 0);
    QCOMPARE(sandbox.server.port(), quint16(0));
    SmtpSession session;
    session.setLocalHostname(QStringLiteral("client.test"));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({sandbox.server.certificate().certificate});
    session.setTlsConfiguration(tls);
    SmtpOperation *c = session.connectToHost(QStringLiteral("localhost"), sandbox.server.tlsPort(),
                                             SmtpSession::Security::ImplicitTls);
    EXPECT_OK(c);
    QCOMPARE(c->code(), 220);
    QVERIFY(session.isEncrypted());
    EXPECT_OK(session.ehlo());
    QVERIFY(!session.esmtpFeatures().startTls());
    SmtpOperation *send = session.sendmail(QStringLiteral("a@example.org"),
                                           {QStringLiteral("b@example.org")}, simpleMessage);
    EXPECT_OK(send);
    QVERIFY(sandbox.mailbox.messages().first().envelope.tls);
    QCOMPARE(sandbox.mailbox.messages().first().envelope.protocol, QStringLiteral("ESMTPS"));
}

void TestSandboxSession::faultDelay()
{
    SandboxBehaviour b;
    b.faults = {{SandboxStep::Rcpt, SandboxFault::Action::Delay, 700, {}, 0}};
    TestSandbox sandbox(b, m_certDir.path());
    QVERIFY(sandbox.start());
    QSignalSpy faults(&sandbox.server, &SandboxServer::faultInjected);
    SmtpSession session;
    connectTo(session, sandbox);
    EXPECT_OK(session.ehlo());
    QElapsedTimer timer;
    timer.start();
    SmtpOperation *send = session.sendmail(QStringLiteral("a@example.org"),
                                           {QStringLiteral("b@example.org")}, simpleMessage);
    EXPECT_OK(send);
    QVERIFY2(timer.elapsed() >= 650, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(faults.size(), 1);
    QCOMPARE(sandbox.mailbox.count(), 1);
}

void TestSandboxSession::faultDrop_data()
{
    QTest::addColumn<SandboxStep>("step");
    QTest::addColumn<bool>("terminatorSent");
    QTest::newRow("mail") << SandboxStep::Mail << false;
    QTest::newRow("rcpt") << SandboxStep::Rcpt << false;
    QTest::newRow("data") << SandboxStep::Data << false;
    QTest::newRow("dot") << SandboxStep::EndOfData << true;
}

void TestSandboxSession::faultDrop()
{
    QFETCH(SandboxStep, step);
    QFETCH(bool, terminatorSent);
    SandboxBehaviour b;
    b.faults = {{step, SandboxFault::Action::Drop, 0, {}, 0}};
    TestSandbox sandbox(b, m_certDir.path());
    QVERIFY(sandbox.start());
    SmtpSession session;
    session.setUseChunking(false); // with BDAT the message goes out in the first batch
    connectTo(session, sandbox);
    EXPECT_OK(session.ehlo());
    SmtpOperation *send = session.sendmail(QStringLiteral("a@example.org"),
                                           {QStringLiteral("b@example.org")}, simpleMessage);
    EXPECT_ERROR(send, ErrorKind::ServerDisconnected);
    QCOMPARE(sent(send).dataTerminatorSent, terminatorSent);
    QCOMPARE(sandbox.mailbox.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(sandbox.server.connectionCount(), 0, 10000);
    // The server is still there for the next client.
    SmtpSession next;
    EXPECT_OK(connectTo(next, sandbox));
}

void TestSandboxSession::fault421_data()
{
    QTest::addColumn<SandboxStep>("step");
    QTest::addColumn<ErrorKind>("kind");
    // The session reads a 421 to EHLO as the server going away (smtplib does the same).
    QTest::newRow("helo") << SandboxStep::Helo << ErrorKind::Helo;
    QTest::newRow("mail") << SandboxStep::Mail << ErrorKind::SenderRefused;
    QTest::newRow("rcpt") << SandboxStep::Rcpt << ErrorKind::RecipientsRefused;
    QTest::newRow("data") << SandboxStep::Data << ErrorKind::Data;
    QTest::newRow("dot") << SandboxStep::EndOfData << ErrorKind::Data;
}

void TestSandboxSession::fault421()
{
    QFETCH(SandboxStep, step);
    QFETCH(ErrorKind, kind);
    SandboxBehaviour b;
    b.faults = {{step, SandboxFault::Action::Reply, 0,
                 *SandboxReply::parse(QStringLiteral("421 4.3.2 Going down")), 0}};
    TestSandbox sandbox(b, m_certDir.path());
    QVERIFY(sandbox.start());
    QByteArrayList replies;
    connect(&sandbox.server, &SandboxServer::replySent, this,
            [&](quint64, const QByteArray &r) { replies.append(r); });
    SmtpSession session;
    session.setUseChunking(false);
    connectTo(session, sandbox);
    SmtpOperation *send = session.sendmail(QStringLiteral("a@example.org"),
                                           {QStringLiteral("b@example.org")}, simpleMessage);
    EXPECT_ERROR(send, kind);
    QCOMPARE(replies.last(), QByteArray("421 4.3.2 Going down\r\n"));
    if (kind != ErrorKind::ServerDisconnected) {
        QCOMPARE(send->error().code, 421);
        QCOMPARE(send->error().serverText, QByteArray("4.3.2 Going down"));
    }
    QCOMPARE(sandbox.mailbox.count(), 0);
    // 421 closes the connection (RFC 5321 3.8).
    QTRY_COMPARE_WITH_TIMEOUT(sandbox.server.connectionCount(), 0, 10000);
}

void TestSandboxSession::rejectAfterFinalDot()
{
    SandboxBehaviour b;
    b.faults = {{SandboxStep::EndOfData, SandboxFault::Action::Reply, 0,
                 *SandboxReply::parse(QStringLiteral("554 5.7.1 Rejected by policy")), 0}};
    TestSandbox sandbox(b, m_certDir.path());
    QVERIFY(sandbox.start());
    SmtpSession session;
    connectTo(session, sandbox);
    SmtpOperation *send = session.sendmail(QStringLiteral("a@example.org"),
                                           {QStringLiteral("b@example.org")}, simpleMessage);
    EXPECT_ERROR(send, ErrorKind::Data);
    QCOMPARE(send->error().code, 554);
    QCOMPARE(send->error().serverText, QByteArray("5.7.1 Rejected by policy"));
    QVERIFY(sent(send).dataTerminatorSent);
    QCOMPARE(sandbox.mailbox.count(), 0);
    // The connection stays usable: the transaction was reset.
    SmtpOperation *noop = session.noop();
    EXPECT_OK(noop);
    QCOMPARE(noop->code(), 250);
}

void TestSandboxSession::faultOnlyAtOccurrence()
{
    SandboxBehaviour b;
    b.faults = {{SandboxStep::Rcpt, SandboxFault::Action::Reply, 0,
                 *SandboxReply::parse(QStringLiteral("450 4.2.0 Busy")), 2}};
    TestSandbox sandbox(b, m_certDir.path());
    QVERIFY(sandbox.start());
    SmtpSession session;
    connectTo(session, sandbox);
    SmtpOperation *send =
        session.sendmail(QStringLiteral("a@example.org"),
                         {QStringLiteral("one@example.org"), QStringLiteral("two@example.org"),
                          QStringLiteral("three@example.org")},
                         simpleMessage);
    EXPECT_OK(send);
    QCOMPARE(sent(send).refused.keys(), QStringList{"two@example.org"});
    QCOMPARE(sent(send).refused.value("two@example.org").code, 450);
    QCOMPARE(sandbox.mailbox.messages().first().envelope.recipients,
             (QStringList{"one@example.org", "three@example.org"}));
}

void TestSandboxSession::greetingFault()
{
    SandboxBehaviour b;
    b.faults = {{SandboxStep::Connect, SandboxFault::Action::Delay, 300, {}, 0},
                {SandboxStep::Connect, SandboxFault::Action::Reply, 0,
                 *SandboxReply::parse(QStringLiteral("421 4.3.2 Not today")), 0}};
    TestSandbox sandbox(b, m_certDir.path());
    QVERIFY(sandbox.start());
    SmtpSession session;
    QElapsedTimer timer;
    timer.start();
    SmtpOperation *c = connectTo(session, sandbox);
    EXPECT_ERROR(c, ErrorKind::Connect);
    QCOMPARE(c->error().code, 421);
    QVERIFY(timer.elapsed() >= 250);
}

void TestSandboxSession::commandReplies_data()
{
    QTest::addColumn<QByteArrayList>("commands");
    QTest::addColumn<QList<int>>("codes");
    QTest::addColumn<QByteArray>("lastText");
    QTest::newRow("unknown") << QByteArrayList{"FOO bar"} << QList<int>{500}
                             << QByteArray("5.5.2 Error: command not recognized");
    QTest::newRow("MAIL before EHLO")
        << QByteArrayList{"MAIL FROM:<a@example.org>"} << QList<int>{503}
        << QByteArray("5.5.1 Error: send HELO/EHLO first");
    QTest::newRow("RCPT before MAIL")
        << QByteArrayList{"EHLO x", "RCPT TO:<b@example.org>"} << QList<int>{250, 503}
        << QByteArray("5.5.1 Error: need MAIL command");
    QTest::newRow("DATA before MAIL") << QByteArrayList{"EHLO x", "DATA"} << QList<int>{250, 503}
                                      << QByteArray("5.5.1 Error: need MAIL command");
    QTest::newRow("DATA without recipients")
        << QByteArrayList{"EHLO x", "MAIL FROM:<>", "DATA"} << QList<int>{250, 250, 554}
        << QByteArray("5.5.1 Error: no valid recipients");
    QTest::newRow("nested MAIL") << QByteArrayList{"EHLO x", "MAIL FROM:<a@x.test>",
                                                   "MAIL FROM:<a@x.test>"}
                                 << QList<int>{250, 250, 503}
                                 << QByteArray("5.5.1 Error: nested MAIL command");
    QTest::newRow("MAIL syntax") << QByteArrayList{"EHLO x", "MAIL FROM:a@x.test"}
                                 << QList<int>{250, 501}
                                 << QByteArray("5.5.4 Syntax: MAIL FROM:<address>");
    QTest::newRow("bad sender") << QByteArrayList{"EHLO x", "MAIL FROM:<nobody>"}
                                << QList<int>{250, 501}
                                << QByteArray("5.1.7 Error: bad sender address syntax");
    QTest::newRow("bad recipient")
        << QByteArrayList{"EHLO x", "MAIL FROM:<>", "RCPT TO:<nobody>"} << QList<int>{250, 250, 501}
        << QByteArray("5.1.3 Error: bad recipient address syntax");
    QTest::newRow("postmaster") << QByteArrayList{"EHLO x", "MAIL FROM:<>", "RCPT TO:<Postmaster>"}
                                << QList<int>{250, 250, 250} << QByteArray("2.1.5 Ok");
    QTest::newRow("unknown MAIL parameter")
        << QByteArrayList{"EHLO x", "MAIL FROM:<a@x.test> FOO=1"} << QList<int>{250, 555}
        << QByteArray("5.5.4 Error: unsupported parameter FOO=1");
    QTest::newRow("parameters after HELO")
        << QByteArrayList{"HELO x", "MAIL FROM:<a@x.test> BODY=8BITMIME"} << QList<int>{250, 555}
        << QByteArray("5.5.4 Error: parameters need EHLO");
    QTest::newRow("EHLO without name")
        << QByteArrayList{"EHLO"} << QList<int>{501} << QByteArray("5.5.4 Syntax: EHLO hostname");
    QTest::newRow("DATA with argument")
        << QByteArrayList{"DATA now"} << QList<int>{501} << QByteArray("5.5.4 Syntax: DATA");
    QTest::newRow("RSET") << QByteArrayList{"EHLO x", "MAIL FROM:<a@x.test>", "RSET",
                                            "RCPT TO:<b@x.test>"}
                          << QList<int>{250, 250, 250, 503}
                          << QByteArray("5.5.1 Error: need MAIL command");
    QTest::newRow("NOOP") << QByteArrayList{"NOOP", "noop with args"} << QList<int>{250, 250}
                          << QByteArray("2.0.0 Ok");
    QTest::newRow("VRFY")
        << QByteArrayList{"VRFY bob@example.org"} << QList<int>{252}
        << QByteArray("2.5.2 Cannot VRFY user, but will accept message and attempt delivery");
    QTest::newRow("EXPN") << QByteArrayList{"EXPN staff"} << QList<int>{502}
                          << QByteArray("5.5.1 Error: EXPN is not available here");
    QTest::newRow("HELP") << QByteArrayList{"HELP"} << QList<int>{214}
                          << QByteArray("2.0.0 Commands: EHLO HELO LHLO MAIL RCPT DATA BDAT RSET "
                                        "NOOP VRFY EXPN HELP STARTTLS AUTH QUIT");
    QTest::newRow("AUTH without accounts")
        << QByteArrayList{"EHLO x", "AUTH PLAIN"} << QList<int>{250, 502}
        << QByteArray("5.5.1 Error: AUTH is not offered");
    QTest::newRow("BDAT syntax") << QByteArrayList{"EHLO x", "BDAT many"} << QList<int>{250, 501}
                                 << QByteArray("5.5.4 Syntax: BDAT size [LAST]");
    QTest::newRow("STARTTLS with argument")
        << QByteArrayList{"EHLO x", "STARTTLS now"} << QList<int>{250, 501}
        << QByteArray("5.5.4 Syntax: STARTTLS");
    QTest::newRow("non-ASCII without SMTPUTF8")
        << QByteArrayList{"EHLO x", "MAIL FROM:<j\xc3\xbcrgen@x.test>"} << QList<int>{250, 553}
        << QByteArray("5.6.7 Error: non-ASCII address without SMTPUTF8");
}

void TestSandboxSession::commandReplies()
{
    QFETCH(QByteArrayList, commands);
    QFETCH(QList<int>, codes);
    QFETCH(QByteArray, lastText);
    TestSandbox sandbox(SandboxBehaviour(), m_certDir.path());
    QVERIFY(sandbox.start());
    SmtpSession session;
    EXPECT_OK(connectTo(session, sandbox));
    for (qsizetype i = 0; i < commands.size(); ++i) {
        const QByteArray &line = commands.at(i);
        const qsizetype space = line.indexOf(' ');
        SmtpOperation *op = session.docmd(space < 0 ? line : line.left(space),
                                          space < 0 ? QByteArray() : line.mid(space + 1));
        EXPECT_OK(op);
        QCOMPARE(op->code(), codes.at(i));
        if (i + 1 == commands.size())
            QCOMPARE(op->text(), lastText);
    }
    SmtpOperation *quit = session.quit();
    EXPECT_OK(quit);
    QCOMPARE(quit->code(), 221);
}

void TestSandboxSession::lmtp()
{
    TestSandbox sandbox(SandboxBehaviour(), m_certDir.path());
    QVERIFY(sandbox.start());
    SmtpSession session;
    session.setLmtp(true);
    connectTo(session, sandbox);
    SmtpOperation *send = session.sendmail(
        QStringLiteral("a@example.org"),
        {QStringLiteral("b@example.org"), QStringLiteral("c@example.org")}, simpleMessage);
    EXPECT_OK(send);
    QCOMPARE(sent(send).accepted.size(), 2);
    QCOMPARE(sandbox.mailbox.count(), 1);
    QCOMPARE(sandbox.mailbox.messages().first().envelope.protocol, QStringLiteral("LMTP"));
    // One reply per recipient was sent: a NOOP afterwards gets its own reply, not a stale one.
    SmtpOperation *noop = session.noop();
    EXPECT_OK(noop);
    QCOMPARE(noop->text(), QByteArray("2.0.0 Ok"));
}

void TestSandboxSession::smtpUtf8()
{
    TestSandbox sandbox(SandboxBehaviour(), m_certDir.path());
    QVERIFY(sandbox.start());
    SmtpSession session;
    connectTo(session, sandbox);
    const QString to = QString::fromUtf8("j\xc3\xbcrgen@b\xc3\xbc"
                                         "cher.example");
    const QByteArray msg = "Subject: =?utf-8?q?gr=C3=BC=C3=9Fe?=\r\n\r\nGr\xc3\xbc\xc3\x9f"
                           "e\r\n";
    SmtpOperation *send =
        session.sendmail(QStringLiteral("a@example.org"), {to}, msg,
                         {QStringLiteral("SMTPUTF8"), QStringLiteral("BODY=8BITMIME")});
    EXPECT_OK(send);
    const SandboxMessage m = sandbox.mailbox.messages().first();
    QCOMPARE(m.envelope.recipients, QStringList{to});
    QVERIFY(m.envelope.mailOptions.contains(QStringLiteral("SMTPUTF8")));
    QCOMPARE(sandbox.mailbox.rawMessage(m.id), msg);
}

void TestSandboxSession::serverSignals()
{
    TestSandbox sandbox(withAccounts(), m_certDir.path());
    QVERIFY(sandbox.start());
    QSignalSpy opened(&sandbox.server, &SandboxServer::connectionOpened);
    QSignalSpy closed(&sandbox.server, &SandboxServer::connectionClosed);
    QSignalSpy commands(&sandbox.server, &SandboxServer::commandReceived);
    QSignalSpy replies(&sandbox.server, &SandboxServer::replySent);
    QSignalSpy added(&sandbox.mailbox, &SandboxMailbox::messageAdded);
    SmtpSession session;
    connectTo(session, sandbox);
    session.ehlo();
    session.auth(createMechanism(QStringLiteral("PLAIN"), QStringLiteral("alice"),
                                 QStringLiteral("wonderland")));
    session.sendmail(QStringLiteral("a@example.org"), {QStringLiteral("b@example.org")},
                     simpleMessage);
    SmtpOperation *quit = session.quit();
    EXPECT_OK(quit);
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 10000);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(1).value<QHostAddress>(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(opened.first().at(3).toBool(), false);
    QCOMPARE(closed.first().at(0), opened.first().at(0));
    QCOMPARE(added.size(), 1);
    QByteArrayList lines;
    for (const auto &args : std::as_const(commands))
        lines.append(args.at(1).toByteArray());
    QCOMPARE(lines.first(), QByteArray("EHLO client.test"));
    QVERIFY(lines.contains("AUTH PLAIN ****"));
    QCOMPARE(lines.last(), QByteArray("QUIT"));
    QCOMPARE(replies.first().at(1).toByteArray(),
             QByteArray("220 localhost ESMTP Postel sandbox ready\r\n"));
    QCOMPARE(replies.last().at(1).toByteArray(), QByteArray("221 2.0.0 Bye\r\n"));
}

void TestSandboxSession::mailboxApi()
{
    QTemporaryDir dir;
    SandboxMailbox mailbox(dir.path() + "/box");
    QVERIFY(mailbox.isValid());
    QCOMPARE(mailbox.count(), 0);
    QSignalSpy added(&mailbox, &SandboxMailbox::messageAdded);
    QSignalSpy removed(&mailbox, &SandboxMailbox::messageRemoved);
    SandboxEnvelope e;
    e.sender = QStringLiteral("a@example.org");
    e.recipients = {QStringLiteral("b@example.org")};
    e.rcptOptions = {{}};
    e.received = QDateTime::currentDateTimeUtc();
    const QString first = mailbox.store(e, "Subject: 1\r\n\r\none\r\n");
    const QString second = mailbox.store(e, "Subject: 2\r\n\r\ntwo\r\n");
    QVERIFY(!first.isEmpty() && !second.isEmpty() && first != second);
    QCOMPARE(added.size(), 2);
    QCOMPARE(mailbox.count(), 2);
    QCOMPARE(mailbox.messages().at(0).id, first);
    QCOMPARE(mailbox.messages().at(1).id, second);
    QVERIFY(first < second); // ids sort in arrival order

    // Another instance (the GUI while postel-sandbox writes) sees the same messages.
    SandboxMailbox other(dir.path() + "/box");
    QCOMPARE(other.count(), 2);
    QCOMPARE(other.message(first)->envelope.sender, e.sender);
    QCOMPARE(other.message(first)->envelope.received.toMSecsSinceEpoch(),
             e.received.toMSecsSinceEpoch());
    QCOMPARE(other.rawMessage(second), QByteArray("Subject: 2\r\n\r\ntwo\r\n"));

    const QString saved = dir.path() + "/saved.eml";
    QVERIFY(mailbox.saveAs(first, saved));
    QFile f(saved);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("Subject: 1\r\n\r\none\r\n"));
    QVERIFY(!mailbox.saveAs(QStringLiteral("nope"), saved));

    const SandboxMessage m = *mailbox.message(first);
    QVERIFY(mailbox.remove(first));
    QCOMPARE(removed.size(), 1);
    QVERIFY(!QFile::exists(m.emlPath));
    QVERIFY(!QFile::exists(m.jsonPath));
    QVERIFY(!mailbox.remove(first));
    other.reload();
    QCOMPARE(other.count(), 1);
    mailbox.clear();
    QCOMPARE(mailbox.count(), 0);
    other.reload();
    QCOMPARE(other.count(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxSession)
#include "tst_sandbox_session.moc"
