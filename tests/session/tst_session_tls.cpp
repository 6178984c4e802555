// STARTTLS and implicit TLS against the scripted peer, with a throwaway certificate.
#include "SessionResults.h"
#include "SessionTestUtil.h"

#include <QSslConfiguration>
#include <QTemporaryDir>

using namespace postel;

class TestSessionTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { ops.clear(); }

    void starttlsNotAdvertised_data();
    void starttlsNotAdvertised();
    void starttlsHandshakeForgetsEhloState();
    void bytesInjectedAfterStarttlsReplyAreDiscarded();
    void reply503AfterStarttlsIsAnError();
    void untrustedCertificateFailsAsTls();
    void implicitTlsFromFirstByte();

private:
    void trustPeer(SmtpSession &session);
    OpTracker ops;
    QTemporaryDir m_dir;
    QSslCertificate m_cert;
    QSslKey m_key;
};

void TestSessionTls::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY(m_dir.isValid());
    const QString error = ScriptedPeer::makeCertificate(m_dir.path(), &m_cert, &m_key);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSessionTls::trustPeer(SmtpSession &session)
{
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setCaCertificates({m_cert});
    session.setTlsConfiguration(conf);
}

void TestSessionTls::starttlsNotAdvertised_data()
{
    QTest::addColumn<bool>("requireTls");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("plain") << false << ErrorKind::NotSupported;
    QTest::newRow("require TLS") << true << ErrorKind::Tls;
}

void TestSessionTls::starttlsNotAdvertised()
{
    QFETCH(bool, requireTls);
    QFETCH(ErrorKind, kind);
    ScriptedPeer peer;
    START_PEER(peer, "starttls-not-advertised");
    SmtpSession session;
    prepareSession(session);
    session.setRequireTls(requireTls);
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    // No explicit EHLO: starttls() greets first.
    auto *t = ops(session.starttls());
    AWAIT_ERROR(t, kind);
    QVERIFY(!session.isEncrypted());
    AWAIT_OK(ops(session.noop()));
    PEER_DONE(peer);
}

void TestSessionTls::starttlsHandshakeForgetsEhloState()
{
    ScriptedPeer peer;
    peer.setTlsCredentials(m_cert, m_key);
    START_PEER(peer, "starttls");
    SmtpSession session;
    prepareSession(session);
    trustPeer(session);
    QSignalSpy tls(&session, &SmtpSession::tlsStarted);
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    AWAIT_OK(ops(session.ehlo()));
    QVERIFY(session.hasExtn("starttls"));
    auto *t = ops(session.starttls());
    AWAIT_OK(t);
    QCOMPARE(t->code(), 220);
    QVERIFY(session.isEncrypted());
    QCOMPARE(tls.size(), 1);
    QVERIFY(session.tlsInfo().verified);
    QVERIFY(!session.tlsInfo().protocol.isEmpty());
    // RFC 3207: everything learnt before the handshake is forgotten.
    QVERIFY(!session.hasExtn("starttls"));
    QVERIFY(!session.doesEsmtp());
    QVERIFY(session.ehloResp().isEmpty());
    auto *e = ops(session.ehlo());
    AWAIT_OK(e);
    QVERIFY(session.hasExtn("auth"));
    QCOMPARE(session.esmtpFeatures().sizeLimit(), std::optional<qint64>(2000));
    // PLAIN is fine under TLS without allowing cleartext.
    auto *l = ops(session.login("user", "secret"));
    AWAIT_OK(l);
    QCOMPARE(mechanismOf(l), QStringLiteral("PLAIN"));
    AWAIT_OK(ops(session.quit()));
    PEER_DONE(peer);
}

void TestSessionTls::bytesInjectedAfterStarttlsReplyAreDiscarded()
{
    // CVE-2011-0411 and friends: a man in the middle appends a reply behind the 220.
    ScriptedPeer peer;
    peer.setTlsCredentials(m_cert, m_key);
    START_PEER(peer, "starttls-injection");
    SmtpSession session;
    prepareSession(session);
    trustPeer(session);
    EntryLog log(session);
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    AWAIT_OK(ops(session.ehlo()));
    auto *t = ops(session.starttls());
    AWAIT_OK(t);
    QVERIFY(session.isEncrypted());
    auto *e = ops(session.ehlo());
    AWAIT_OK(e);
    // The EHLO answer is the real one, read under TLS, not the injected "250".
    QCOMPARE(e->text(), QByteArray("peer.test under TLS\nSIZE 2000"));
    QVERIFY(!session.hasExtn("auth"));
    QCOMPARE(session.esmtpFeatures().sizeLimit(), std::optional<qint64>(2000));
    AWAIT_OK(ops(session.noop()));
    PEER_DONE(peer);
    for (const Reply &r : log.replies())
        QVERIFY(!r.text().contains("injected"));
}

void TestSessionTls::reply503AfterStarttlsIsAnError()
{
    ScriptedPeer peer;
    peer.setTlsCredentials(m_cert, m_key);
    START_PEER(peer, "auth-503-after-starttls");
    SmtpSession session;
    prepareSession(session);
    trustPeer(session);
    session.setAllowCleartextAuth(true);
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    AWAIT_OK(ops(session.ehlo()));
    AWAIT_OK(ops(session.auth(std::make_shared<PlainMechanism>("user", "secret"))));
    QVERIFY(session.isAuthenticated());
    AWAIT_OK(ops(session.starttls()));
    QVERIFY(session.isEncrypted());
    QVERIFY(!session.isAuthenticated());
    AWAIT_OK(ops(session.ehlo()));
    auto *a = ops(session.auth(std::make_shared<PlainMechanism>("user", "secret")));
    AWAIT_ERROR(a, ErrorKind::Authentication);
    QCOMPARE(a->error().code, 503);
    QVERIFY(!session.isAuthenticated());
    AWAIT_OK(ops(session.noop()));
    PEER_DONE(peer);
}

void TestSessionTls::untrustedCertificateFailsAsTls()
{
    // Verification is on by default: a self-signed certificate nobody trusts fails.
    ScriptedPeer peer;
    peer.setTlsCredentials(m_cert, m_key);
    START_PEER(peer, "starttls");
    SmtpSession session;
    prepareSession(session);
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    auto *t = ops(session.starttls());
    AWAIT_ERROR(t, ErrorKind::Tls);
    QVERIFY(!session.isEncrypted());
    QVERIFY(!t->error().message.isEmpty());
}

void TestSessionTls::implicitTlsFromFirstByte()
{
    ScriptedPeer peer;
    peer.setTlsCredentials(m_cert, m_key);
    START_PEER(peer, "implicit-tls");
    SmtpSession session;
    prepareSession(session);
    trustPeer(session);
    auto *c =
        ops(session.connectToHost("127.0.0.1", peer.port(), SmtpSession::Security::ImplicitTls));
    AWAIT_OK(c);
    QCOMPARE(c->code(), 220);
    QVERIFY(session.isEncrypted());
    AWAIT_OK(ops(session.ehlo()));
    QVERIFY(session.hasExtn("size"));
    AWAIT_OK(ops(session.quit()));
    PEER_DONE(peer);
}

QTEST_GUILESS_MAIN(TestSessionTls)
#include "tst_session_tls.moc"
