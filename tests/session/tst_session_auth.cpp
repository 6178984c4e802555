// login() and auth() against the scripted peer, and what the transcript shows of them.
#include "SessionResults.h"
#include "SessionTestUtil.h"
#include "auth/ScramMechanism.h"
#include "transcript/Transcript.h"

using namespace postel;

class TestSessionAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { ops.clear(); }

    void authNotAdvertisedIsNotSupported();
    void everyMechanismRejectedReportsLastRejection();
    void credentialsRejected578StopsFallThrough();
    void credentialsRejected535WithoutEnhancedCodeStops();
    void reply503WithoutEarlierLoginIsAnError();
    void reply503AfterLoginIsAlreadyAuthenticated();
    void cramMd5Rfc2195OverTheWire();
    void cleartextAuthRefusedWithoutTlsUnlessAllowed();
    void loginChallengesMaskedInTranscript();
    void endlessChallengeLoopBoundedAndCancelled();
    void scramSha1Rfc5802OverTheWire();
    void scramWrongServerSignatureRefused();
    void scramForgedServerStopsLogin();
    void rawAuthTypedThroughDocmdIsMasked();

private:
    void connectAndEhlo(SmtpSession &session, ScriptedPeer &peer);
    OpTracker ops;
};

void TestSessionAuth::connectAndEhlo(SmtpSession &session, ScriptedPeer &peer)
{
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    AWAIT_OK(ops(session.ehlo()));
}

void TestSessionAuth::authNotAdvertisedIsNotSupported()
{
    ScriptedPeer peer;
    START_PEER(peer, "auth-not-advertised");
    SmtpSession session;
    prepareSession(session);
    session.setAllowCleartextAuth(true);
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    // No explicit EHLO: login() greets first.
    auto *l = ops(session.login("user", "secret"));
    AWAIT_ERROR(l, ErrorKind::NotSupported);
    AWAIT_OK(ops(session.noop()));
    PEER_DONE(peer);
}

void TestSessionAuth::everyMechanismRejectedReportsLastRejection()
{
    ScriptedPeer peer;
    START_PEER(peer, "auth-all-rejected");
    SmtpSession session;
    prepareSession(session);
    session.setAllowCleartextAuth(true);
    connectAndEhlo(session, peer);
    auto *l = ops(session.login("user", "secret"));
    AWAIT_ERROR(l, ErrorKind::Authentication);
    QCOMPARE(l->error().code, 535);
    QCOMPARE(l->error().serverText, QByteArray("authentication failed (login)"));
    QCOMPARE(mechanismOf(l), QStringLiteral("LOGIN"));
    AWAIT_OK(ops(session.noop()));
    PEER_DONE(peer);
}

void TestSessionAuth::credentialsRejected578StopsFallThrough()
{
    ScriptedPeer peer;
    START_PEER(peer, "auth-credentials-rejected");
    SmtpSession session;
    prepareSession(session);
    session.setAllowCleartextAuth(true);
    connectAndEhlo(session, peer);
    auto *l = ops(session.login("user", "secret"));
    AWAIT_ERROR(l, ErrorKind::Authentication);
    QCOMPARE(l->error().code, 535);
    QCOMPARE(l->reply().enhancedStatus(), (EnhancedStatus{5, 7, 8}));
    QCOMPARE(mechanismOf(l), QStringLiteral("CRAM-MD5"));
    // The script's next line is NOOP: neither PLAIN nor LOGIN was tried.
    AWAIT_OK(ops(session.noop()));
    PEER_DONE(peer);
}

void TestSessionAuth::credentialsRejected535WithoutEnhancedCodeStops()
{
    ScriptedPeer peer;
    START_PEER(peer, "auth-535-stops");
    SmtpSession session;
    prepareSession(session);
    session.setAllowCleartextAuth(true);
    connectAndEhlo(session, peer);
    auto *l = ops(session.login("user", "secret"));
    AWAIT_ERROR(l, ErrorKind::Authentication);
    QCOMPARE(l->error().code, 535);
    QCOMPARE(mechanismOf(l), QStringLiteral("CRAM-MD5"));
    // The script's next line is NOOP: neither PLAIN nor LOGIN was tried.
    AWAIT_OK(ops(session.noop()));
    PEER_DONE(peer);
}

void TestSessionAuth::reply503WithoutEarlierLoginIsAnError()
{
    ScriptedPeer peer;
    START_PEER(peer, "auth-503-unauthenticated");
    SmtpSession session;
    prepareSession(session);
    session.setAllowCleartextAuth(true);
    connectAndEhlo(session, peer);
    auto *a = ops(session.auth(std::make_shared<PlainMechanism>("user", "secret")));
    AWAIT_ERROR(a, ErrorKind::Authentication);
    QCOMPARE(a->error().code, 503);
    QVERIFY(!session.isAuthenticated());
    AWAIT_OK(ops(session.noop()));
    PEER_DONE(peer);
}

void TestSessionAuth::reply503AfterLoginIsAlreadyAuthenticated()
{
    ScriptedPeer peer;
    START_PEER(peer, "auth-503-after-login");
    SmtpSession session;
    prepareSession(session);
    session.setAllowCleartextAuth(true);
    connectAndEhlo(session, peer);
    QVERIFY(!session.isAuthenticated());
    AWAIT_OK(ops(session.auth(std::make_shared<PlainMechanism>("user", "secret"))));
    QVERIFY(session.isAuthenticated());
    auto *again = ops(session.auth(std::make_shared<PlainMechanism>("user", "secret")));
    AWAIT_OK(again);
    QCOMPARE(again->code(), 503);
    AWAIT_OK(ops(session.noop()));
    PEER_DONE(peer);
}

void TestSessionAuth::cramMd5Rfc2195OverTheWire()
{
    ScriptedPeer peer;
    START_PEER(peer, "auth-cram-md5-rfc2195");
    SmtpSession session;
    prepareSession(session);
    connectAndEhlo(session, peer);
    auto *l = ops(session.login("tim", "tanstaaftanstaaf"));
    AWAIT_OK(l);
    QCOMPARE(l->code(), 235);
    QCOMPARE(mechanismOf(l), QStringLiteral("CRAM-MD5"));
    AWAIT_OK(ops(session.noop()));
    PEER_DONE(peer);
}

void TestSessionAuth::cleartextAuthRefusedWithoutTlsUnlessAllowed()
{
    ScriptedPeer peer;
    START_PEER(peer, "auth-cleartext");
    SmtpSession session;
    prepareSession(session);
    EntryLog log(session);
    connectAndEhlo(session, peer);
    const qsizetype before = log.commands();
    auto *l = ops(session.login("user", "secret"));
    AWAIT_ERROR(l, ErrorKind::General);
    auto *a = ops(session.auth(std::make_shared<PlainMechanism>("user", "secret")));
    AWAIT_ERROR(a, ErrorKind::General);
    auto *b = ops(session.auth(std::make_shared<LoginMechanism>("user", "secret")));
    AWAIT_ERROR(b, ErrorKind::General);
    QCOMPARE(log.commands(), before); // not a byte of the password went out
    AWAIT_OK(ops(session.noop()));
    session.setAllowCleartextAuth(true);
    auto *ok = ops(session.login("user", "secret"));
    AWAIT_OK(ok);
    QCOMPARE(mechanismOf(ok), QStringLiteral("PLAIN"));
    PEER_DONE(peer);
}

void TestSessionAuth::loginChallengesMaskedInTranscript()
{
    ScriptedPeer peer;
    START_PEER(peer, "auth-login-challenges");
    SmtpSession session;
    prepareSession(session);
    session.setAllowCleartextAuth(true);
    Transcript transcript;
    transcript.attach(&session);
    connectAndEhlo(session, peer);
    auto *l = ops(session.login("user", "secret", false));
    AWAIT_OK(l);
    QCOMPARE(mechanismOf(l), QStringLiteral("LOGIN"));
    AWAIT_OK(ops(session.noop()));
    PEER_DONE(peer);

    const QString masked = transcript.toText({false, false, false});
    QVERIFY2(masked.contains(QStringLiteral("-> AUTH LOGIN\n")), qPrintable(masked));
    QVERIFY2(!masked.contains(QStringLiteral("dXNlcg==")), qPrintable(masked));
    QVERIFY2(!masked.contains(QStringLiteral("c2VjcmV0")), qPrintable(masked));
    QVERIFY(masked.contains(QStringLiteral("<- 334 VXNlcm5hbWU6")));
    QVERIFY(masked.contains(QStringLiteral("-> NOOP")));
    const QString revealed = transcript.toText({false, false, true});
    QVERIFY(revealed.contains(QStringLiteral("-> dXNlcg==")));
    QVERIFY(revealed.contains(QStringLiteral("-> c2VjcmV0")));
}

void TestSessionAuth::endlessChallengeLoopBoundedAndCancelled()
{
    ScriptedPeer peer;
    START_PEER(peer, "auth-endless-challenges");
    SmtpSession session;
    prepareSession(session);
    connectAndEhlo(session, peer);
    int challenges = 0;
    auto mech = std::make_shared<FunctionMechanism>(
        "X-LOOP", [&challenges](const std::optional<QByteArray> &c) -> std::optional<QByteArray> {
            if (!c)
                return std::nullopt; // needs a challenge first
            ++challenges;
            return QByteArray("answer");
        });
    auto *a = ops(session.auth(mech));
    AWAIT(a);
    QVERIFY(a->hasError());
    QCOMPARE(a->error().kind, ErrorKind::General); // smtplib: SMTPException
    QCOMPARE(challenges, 5);                       // smtplib's _MAXCHALLENGE
    QCOMPARE(a->code(), 501);
    AWAIT_OK(ops(session.noop()));
    PEER_DONE(peer);
}

void TestSessionAuth::scramSha1Rfc5802OverTheWire()
{
    ScriptedPeer peer;
    START_PEER(peer, "auth-scram-sha1-rfc5802");
    SmtpSession session;
    prepareSession(session);
    connectAndEhlo(session, peer);
    auto mech = std::make_shared<ScramMechanism>(ScramMechanism::Sha1, "user", "pencil",
                                                 "fyko+d2lbbFgONRv9qkxdawL");
    auto *a = ops(session.auth(mech));
    AWAIT_OK(a);
    QCOMPARE(a->code(), 235);
    QVERIFY(mech->serverVerified());
    AWAIT_OK(ops(session.noop()));
    PEER_DONE(peer);
}

void TestSessionAuth::scramWrongServerSignatureRefused()
{
    ScriptedPeer peer;
    START_PEER(peer, "auth-scram-wrong-signature");
    SmtpSession session;
    prepareSession(session);
    connectAndEhlo(session, peer);
    auto mech = std::make_shared<ScramMechanism>(ScramMechanism::Sha1, "user", "pencil",
                                                 "fyko+d2lbbFgONRv9qkxdawL");
    auto *a = ops(session.auth(mech));
    AWAIT_ERROR(a, ErrorKind::Authentication);
    QVERIFY(!mech->serverVerified());
    QVERIFY(!a->error().message.isEmpty());
    AWAIT_OK(ops(session.noop()));
    PEER_DONE(peer);
}

void TestSessionAuth::scramForgedServerStopsLogin()
{
    ScriptedPeer peer;
    START_PEER(peer, "auth-scram-forged-stops-login");
    SmtpSession session;
    prepareSession(session);
    session.setAllowCleartextAuth(true);
    connectAndEhlo(session, peer);
    auto *l = ops(session.login("user", "secret"));
    AWAIT_ERROR(l, ErrorKind::Authentication);
    QCOMPARE(mechanismOf(l), QStringLiteral("SCRAM-SHA-256"));
    QVERIFY2(l->error().message.contains("nonce"), qPrintable(l->error().message));
    // The script's next line is NOOP: PLAIN was not tried.
    AWAIT_OK(ops(session.noop()));
    PEER_DONE(peer);
}

void TestSessionAuth::rawAuthTypedThroughDocmdIsMasked()
{
    ScriptedPeer peer;
    START_PEER(peer, "auth-raw-docmd");
    SmtpSession session;
    prepareSession(session);
    Transcript transcript;
    transcript.attach(&session);
    QSignalSpy debug(&transcript, &Transcript::debugOutput);
    transcript.setDebugLevel(1);
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    auto *first = ops(session.docmd("auth", "login dXNlcg=="));
    AWAIT_OK(first);
    QCOMPARE(first->code(), 334);
    auto *second = ops(session.docmd("c2VjcmV0"));
    AWAIT_OK(second);
    QCOMPARE(second->code(), 235);
    PEER_DONE(peer);
    const QString text = transcript.toText({true, false, false});
    QVERIFY2(text.contains(QStringLiteral("-> auth login ")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("dXNlcg==")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("c2VjcmV0")), qPrintable(text));
    // The live debug stream (smtplib's set_debuglevel output) is masked as well.
    QStringList lines;
    for (const QList<QVariant> &args : std::as_const(debug))
        lines.append(args.at(0).toString());
    QVERIFY(!lines.isEmpty());
    QVERIFY2(!lines.join('\n').contains(QStringLiteral("c2VjcmV0")), qPrintable(lines.join('\n')));
    QVERIFY(transcript.toText({true, false, true}).contains(QStringLiteral("-> c2VjcmV0")));
}

QTEST_GUILESS_MAIN(TestSessionAuth)
#include "tst_session_auth.moc"
