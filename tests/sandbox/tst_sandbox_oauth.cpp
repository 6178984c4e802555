// The sandbox's XOAUTH2 and OAUTHBEARER: it accepts the tokens it issues to its accounts
// and plays RFC 7628's error (334 JSON, the dummy answer, 535) for any other token.
#include "SandboxTestUtil.h"
#include "auth/OAuthMechanism.h"
#include "sandbox/SandboxAuthenticator.h"
#include "sandbox/SandboxOAuth.h"
#include "smtp/SmtpSession.h"

#include <QSignalSpy>
#include <QSslConfiguration>

using namespace postel;

namespace {
const SandboxAccount Alice{QStringLiteral("alice"), QStringLiteral("wonderland")};

bool finished(SmtpOperation *op)
{
    QSignalSpy spy(op, &SmtpOperation::finished);
    return op->isFinished() || spy.wait(15000);
}
} // namespace

class TestSandboxOAuth : public QObject
{
    Q_OBJECT
    QTemporaryDir m_certDir;

    SmtpOperation *connectTo(SmtpSession &session, TestSandbox &sandbox)
    {
        session.setLocalHostname(QStringLiteral("client.test"));
        session.setTimeout(15000);
        session.setAllowCleartextAuth(true);
        return session.connectToHost(QStringLiteral("127.0.0.1"), sandbox.port());
    }

private Q_SLOTS:
    void tokensAreTheSandboxsOwn()
    {
        const QString token = SandboxOAuth::tokenFor(Alice);
        QVERIFY(token.startsWith(QStringLiteral("sbx-")));
        QCOMPARE(SandboxOAuth::tokenFor(Alice), token); // the same each run
        QVERIFY(SandboxOAuth::tokenFor({Alice.user, QStringLiteral("other")}) != token);
        QVERIFY(SandboxAuthenticator::supports("XOAUTH2"));
        QVERIFY(SandboxAuthenticator::supports("oauthbearer"));
    }

    void authenticatorErrorPath_data()
    {
        QTest::addColumn<QByteArray>("mechanism");
        QTest::newRow("XOAUTH2") << QByteArray("XOAUTH2");
        QTest::newRow("OAUTHBEARER") << QByteArray("OAUTHBEARER");
    }
    void authenticatorErrorPath()
    {
        QFETCH(QByteArray, mechanism);
        const AuthMechanismPtr good = createMechanism(QString::fromLatin1(mechanism), Alice.user,
                                                      SandboxOAuth::tokenFor(Alice));
        SandboxAuthenticator a(mechanism, {Alice}, QStringLiteral("sandbox.test"));
        QCOMPARE(a.start(good->initialResponse()), SandboxAuthenticator::Result::Success);
        QCOMPARE(a.user(), Alice.user);

        const AuthMechanismPtr bad =
            createMechanism(QString::fromLatin1(mechanism), Alice.user, QStringLiteral("nope"));
        SandboxAuthenticator b(mechanism, {Alice}, QStringLiteral("sandbox.test"));
        QCOMPARE(b.start(bad->initialResponse()), SandboxAuthenticator::Result::Challenge);
        const QByteArray json = QByteArray::fromBase64(b.challenge());
        const OAuthServerError e = OAuthServerError::parse(json);
        QVERIFY(e.isJson);
        QCOMPARE(e.status,
                 mechanism == "XOAUTH2" ? QStringLiteral("401") : QStringLiteral("invalid_token"));
        QCOMPARE(b.respond(*bad->respond(json, 2)), SandboxAuthenticator::Result::Failure);

        // A token issued to another account does not log in as Alice.
        const AuthMechanismPtr other =
            createMechanism(QString::fromLatin1(mechanism), Alice.user,
                            SandboxOAuth::tokenFor({QStringLiteral("bob"), QStringLiteral("x")}));
        SandboxAuthenticator c(mechanism, {Alice, {QStringLiteral("bob"), QStringLiteral("x")}},
                               QStringLiteral("sandbox.test"));
        QCOMPARE(c.start(other->initialResponse()), SandboxAuthenticator::Result::Challenge);
    }

    void overTheWire()
    {
        QVERIFY(m_certDir.isValid());
        SandboxBehaviour behaviour;
        behaviour.accounts = {Alice};
        TestSandbox sandbox(behaviour, m_certDir.path());
        QVERIFY(sandbox.start());
        SmtpSession session;
        SmtpOperation *c = connectTo(session, sandbox);
        QVERIFY(finished(c));
        SmtpOperation *e = session.ehlo();
        QVERIFY(finished(e));
        QVERIFY(session.esmtpFeatures().authMechanisms().contains(QStringLiteral("XOAUTH2")));
        QVERIFY(session.esmtpFeatures().authMechanisms().contains(QStringLiteral("OAUTHBEARER")));

        // A wrong token: the JSON error, decoded, in the error; the session stays usable.
        SmtpOperation *bad = session.auth(std::make_shared<OAuthBearerMechanism>(
            Alice.user, QStringLiteral("expired"), QStringLiteral("127.0.0.1"), sandbox.port()));
        QVERIFY(finished(bad));
        QCOMPARE(bad->error().kind, ErrorKind::Authentication);
        QCOMPARE(bad->error().code, 535);
        QVERIFY2(bad->error().message.contains(QStringLiteral("\"status\":\"invalid_token\"")),
                 qPrintable(bad->error().message));

        QSignalSpy authenticated(&sandbox.server, &SandboxServer::authenticated);
        SmtpOperation *good = session.auth(
            std::make_shared<XOAuth2Mechanism>(Alice.user, SandboxOAuth::tokenFor(Alice)));
        QVERIFY(finished(good));
        QVERIFY2(!good->hasError(), qPrintable(good->error().describe()));
        QCOMPARE(authenticated.size(), 1);
        QCOMPARE(authenticated.first().at(2).toString(), QStringLiteral("XOAUTH2"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxOAuth)
#include "tst_sandbox_oauth.moc"
