// XOAUTH2 and OAUTHBEARER over the wire (the scripted peer): the error path both define, what
// the transcript shows of it (the token masked, the JSON error readable), and the
// conversation's token refresh — once before an expiring token is used, once after the
// server refuses one, never in a loop.
#include "SessionTestUtil.h"
#include "auth/OAuthMechanism.h"
#include "auth/OAuthToken.h"
#include "conversation/Conversation.h"
#include "transcript/Transcript.h"

using namespace postel;

namespace {
const QString User = QStringLiteral("u@example.test");

// EHLO with both mechanisms; the AUTH lines carry "user=u@example.test^Aauth=Bearer <token>".
const QString Ehlo = QStringLiteral("@include parts/greeting\n"
                                    "C: EHLO client.test\n"
                                    "S: 250-peer.test\n"
                                    "S: 250 AUTH XOAUTH2 OAUTHBEARER\n");
const QString AuthOld =
    QStringLiteral("C: AUTH XOAUTH2 dXNlcj11QGV4YW1wbGUudGVzdAFhdXRoPUJlYXJlciBvbGQBAQ==\n");
const QString AuthNew =
    QStringLiteral("C: AUTH XOAUTH2 dXNlcj11QGV4YW1wbGUudGVzdAFhdXRoPUJlYXJlciBuZXcBAQ==\n");
// {"status":"401","schemes":"bearer","scope":"https://mail.example.test/"}, an empty answer,
// the final refusal.
const QString Refused =
    QStringLiteral("S: 334 eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiYmVhcmVyIiwic2NvcGUiOiJodHRwczovL21h"
                   "aWwuZXhhbXBsZS50ZXN0LyJ9\n"
                   "C: \n"
                   "S: 535 5.7.8 Username and Password not accepted\n");
const QString Accepted = QStringLiteral("S: 235 2.7.0 Accepted\n");

struct Run
{
    ScriptedPeer peer;
    SmtpSession session;
    Conversation c{&session};
    Transcript transcript;
    std::shared_ptr<OAuthToken> token;

    bool run(const QString &script, std::shared_ptr<OAuthToken> t)
    {
        prepareSession(session);
        session.setAllowCleartextAuth(true);
        transcript.attach(&session);
        token = std::move(t);
        if (!peer.setScriptText(Ehlo + script + QStringLiteral("@include parts/bye\n")) ||
            !peer.start())
            return false;
        Conversation::Plan plan;
        plan.host = QStringLiteral("127.0.0.1");
        plan.port = peer.port();
        plan.authUser = User;
        plan.authMechanism = QStringLiteral("XOAUTH2");
        plan.oauthToken = token;
        QSignalSpy finished(&c, &Conversation::finished);
        c.start(plan);
        return finished.wait(10000) && finished.size() == 1;
    }
};

// A token whose refresh answers `next` (an error when it starts with "!").
std::shared_ptr<OAuthToken> tokenRefreshingTo(const QString &current, const QDateTime &expiry,
                                              const QString &next)
{
    return std::make_shared<OAuthToken>(current, expiry, [next](OAuthToken::Done done) {
        if (next.startsWith(QLatin1Char('!')))
            done({{}, {}, next.mid(1)});
        else
            done({next, QDateTime::currentDateTimeUtc().addSecs(3600), {}});
    });
}
} // namespace

class TestSessionOAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { ops.clear(); }
    void oauthBearerRfc7628ErrorOverTheWire();
    void expiredTokenRefreshedOnceThenAccepted();
    void revokedTokenRefreshedOnceThenReportedNoLoop();
    void expiringTokenRefreshedBeforeUse();
    void failedRefreshReportedWithTheServersError();
    void plainTokenNotRefreshed();

private:
    OpTracker ops;
};

void TestSessionOAuth::oauthBearerRfc7628ErrorOverTheWire()
{
    ScriptedPeer peer;
    START_PEER(peer, "auth-oauthbearer-rfc7628");
    SmtpSession session;
    prepareSession(session);
    session.setAllowCleartextAuth(true);
    Transcript transcript;
    transcript.attach(&session);
    QStringList debug;
    transcript.setDebugLevel(1);
    connect(&transcript, &Transcript::debugOutput, this,
            [&debug](const QString &line) { debug.append(line); });
    AWAIT_OK(ops(session.connectToHost("127.0.0.1", peer.port())));
    AWAIT_OK(ops(session.ehlo()));
    auto *a = ops(session.auth(std::make_shared<OAuthBearerMechanism>(
        "user@example.com", "vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==", "server.example.com",
        587)));
    AWAIT_ERROR(a, ErrorKind::Authentication);
    QCOMPARE(a->error().code, 535);
    QVERIFY2(a->error().message.contains(QStringLiteral("\"status\":\"invalid_token\"")),
             qPrintable(a->error().message));
    AWAIT_OK(ops(session.noop()));
    PEER_DONE(peer);

    const QString text = transcript.toText({false, false, false});
    // The token is masked, the mechanism and the server's challenge are not.
    QVERIFY2(text.contains(QStringLiteral("-> AUTH OAUTHBEARER ")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("bixhPXVz")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("vF9dft4q")), qPrintable(text));
    // The JSON error, decoded, in the error entry.
    QVERIFY2(text.contains(QStringLiteral("\"scope\":\"https://mail.example.com/\"")),
             qPrintable(text));
    QVERIFY(!debug.isEmpty());
    QVERIFY2(!debug.join('\n').contains(QStringLiteral("bixhPXVz")), qPrintable(debug.join('\n')));
}

void TestSessionOAuth::expiredTokenRefreshedOnceThenAccepted()
{
    Run r;
    QVERIFY(r.run(AuthOld + Refused + AuthNew + Accepted,
                  tokenRefreshingTo("old", {}, QStringLiteral("new"))));
    PEER_DONE(r.peer);
    QVERIFY2(!r.c.hasError(), qPrintable(r.c.error().describe()));
    QVERIFY(r.c.auth().ok);
    QVERIFY(r.c.auth().tokenRefreshed);
    QCOMPARE(r.c.auth().mechanism, QStringLiteral("XOAUTH2"));
    QCOMPARE(r.token->refreshCount(), 1);
    QCOMPARE(r.token->accessToken(), QStringLiteral("new"));
    const QString text = r.transcript.toText({false, false, false});
    QVERIFY2(!text.contains(QStringLiteral("dXNlcj11")), qPrintable(text));
}

void TestSessionOAuth::revokedTokenRefreshedOnceThenReportedNoLoop()
{
    Run r;
    // Refused before and after the refresh: the second refusal ends it (no third AUTH).
    QVERIFY(r.run(AuthOld + Refused + AuthNew + Refused,
                  tokenRefreshingTo("old", {}, QStringLiteral("new"))));
    PEER_DONE(r.peer);
    QVERIFY(r.c.hasError());
    QCOMPARE(r.c.error().kind, ErrorKind::Authentication);
    QCOMPARE(r.c.failedStep(), Conversation::Step::Auth);
    QCOMPARE(r.c.error().code, 535);
    QVERIFY2(r.c.error().message.contains(QStringLiteral("\"status\":\"401\"")),
             qPrintable(r.c.error().message));
    QCOMPARE(r.token->refreshCount(), 1);
    QVERIFY(!r.c.auth().ok);
}

void TestSessionOAuth::expiringTokenRefreshedBeforeUse()
{
    Run r;
    QVERIFY(r.run(AuthNew + Accepted,
                  tokenRefreshingTo("old", QDateTime::currentDateTimeUtc().addSecs(20),
                                    QStringLiteral("new"))));
    PEER_DONE(r.peer);
    QVERIFY2(!r.c.hasError(), qPrintable(r.c.error().describe()));
    QCOMPARE(r.token->refreshCount(), 1);
    QVERIFY(r.c.auth().tokenRefreshed);
}

void TestSessionOAuth::failedRefreshReportedWithTheServersError()
{
    Run r;
    QVERIFY(r.run(AuthOld + Refused,
                  tokenRefreshingTo("old", {}, QStringLiteral("!the grant was revoked"))));
    PEER_DONE(r.peer);
    QCOMPARE(r.c.error().kind, ErrorKind::Authentication);
    QCOMPARE(r.c.error().code, 535);
    const QString m = r.c.error().message;
    QVERIFY2(m.contains(QStringLiteral("\"status\":\"401\"")), qPrintable(m));
    QVERIFY2(m.contains(QStringLiteral("the grant was revoked")), qPrintable(m));
    QCOMPARE(r.token->refreshCount(), 1);
}

void TestSessionOAuth::plainTokenNotRefreshed()
{
    // A token without a refresh function (postel-cli --auth-token): one AUTH, the error.
    Run r;
    QVERIFY(r.run(AuthOld + Refused, std::make_shared<OAuthToken>(QStringLiteral("old"))));
    PEER_DONE(r.peer);
    QCOMPARE(r.c.error().kind, ErrorKind::Authentication);
    QVERIFY(!r.c.auth().tokenRefreshed);
}

QTEST_GUILESS_MAIN(TestSessionOAuth)
#include "tst_session_oauth.moc"
