// XOAUTH2 and OAUTHBEARER against RFC 7628's own examples and Google's XOAUTH2 description.
#include "auth/OAuthMechanism.h"

#include <QTest>

using namespace postel;

namespace {
// RFC 7628 section 4.1 (and 4.4 with port 587): the token of every example.
const QByteArray RfcToken = "vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==";
} // namespace

class TestOAuthMechanisms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oauthBearerRfc7628Section41();
    void oauthBearerRfc7628Section44SmtpFailure();
    void oauthBearerRfc7628Section43ErrorJson();
    void oauthBearerWithoutHostOrUser();
    void oauthBearerEscapesAuthzid();
    void xoauth2GoogleExample();
    void xoauth2ErrorAnsweredWithEmptyLine();
    void withoutInitialResponseTheEmptyChallengeAsksForTheToken();
    void errorNotJsonKeptAsText();
    void createdByName();
    void neverChosenByLogin();
};

void TestOAuthMechanisms::oauthBearerRfc7628Section41()
{
    OAuthBearerMechanism m("user@example.com", RfcToken, "server.example.com", 143);
    QCOMPARE(m.name(), QByteArray("OAUTHBEARER"));
    QVERIFY(m.sendsPasswordInClear());
    const auto initial = m.initialResponse();
    QVERIFY(initial);
    QCOMPARE(*initial,
             QByteArray("n,a=user@example.com,\x01host=server.example.com\x01port=143"
                        "\x01"
                        "auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==\x01\x01"));
    // The RFC's IMAP example, its base64 lines joined.
    QCOMPARE(
        initial->toBase64(),
        QByteArray("bixhPXVzZXJAZXhhbXBsZS5jb20sAWhvc3Q9c2VydmVyLmV4YW1wbGUuY29tAXBvcnQ9MTQzAWF1"
                   "dGg9QmVhcmVyIHZGOWRmdDRxbVRjMk52YjNSbGNrQmhiSFJoZG1semRHRXVZMjl0Q2c9PQEB"));
    QVERIFY(m.serverError().isEmpty());
}

void TestOAuthMechanisms::oauthBearerRfc7628Section44SmtpFailure()
{
    // RFC 7628 section 4.4: the SMTP example of a failed exchange.
    OAuthBearerMechanism m("user@example.com", RfcToken, "server.example.com", 587);
    QCOMPARE(
        m.initialResponse()->toBase64(),
        QByteArray("bixhPXVzZXJAZXhhbXBsZS5jb20sAWhvc3Q9c2VydmVyLmV4YW1wbGUuY29tAXBvcnQ9NTg3AWF1"
                   "dGg9QmVhcmVyIHZGOWRmdDRxbVRjMk52YjNSbGNrQmhiSFJoZG1semRHRXVZMjl0Q2c9PQEB"));
    const QByteArray challenge = QByteArray::fromBase64(
        "eyJzdGF0dXMiOiJpbnZhbGlkX3Rva2VuIiwic2NoZW1lcyI6ImJlYXJlciBtYWMiLCJz"
        "Y29wZSI6Imh0dHBzOi8vbWFpbC5leGFtcGxlLmNvbS8ifQ==");
    const auto answer = m.respond(challenge, 2);
    QVERIFY(answer);
    // "C: AQ==": the %x01 dummy response.
    QCOMPARE(answer->toBase64(), QByteArray("AQ=="));
    QCOMPARE(m.serverError(), challenge);
    QCOMPARE(m.oauthError().status, QStringLiteral("invalid_token"));
    QCOMPARE(m.oauthError().scope, QStringLiteral("https://mail.example.com/"));
    QCOMPARE(m.oauthError().readable(),
             QStringLiteral(R"({"schemes":"bearer mac","scope":"https://mail.example.com/",)"
                            R"("status":"invalid_token"})"));
}

void TestOAuthMechanisms::oauthBearerRfc7628Section43ErrorJson()
{
    // RFC 7628 section 4.3: the error challenge with an OpenID configuration.
    const QByteArray decoded = QByteArray::fromBase64(
        "eyJzdGF0dXMiOiJpbnZhbGlkX3Rva2VuIiwic2NvcGUiOiJleGFtcGxlX3Njb3BlIiwib3BlbmlkLWNvbmZpZ3Vy"
        "YXRpb24iOiJodHRwczovL2V4YW1wbGUuY29tLy53ZWxsLWtub3duL29wZW5pZC1jb25maWd1cmF0aW9uIn0=");
    const OAuthServerError e = OAuthServerError::parse(decoded);
    QVERIFY(e.isJson);
    QCOMPARE(e.status, QStringLiteral("invalid_token"));
    QCOMPARE(e.scope, QStringLiteral("example_scope"));
    QCOMPARE(e.openidConfiguration,
             QStringLiteral("https://example.com/.well-known/openid-configuration"));
}

void TestOAuthMechanisms::oauthBearerWithoutHostOrUser()
{
    OAuthBearerMechanism m({}, "tok");
    QCOMPARE(*m.initialResponse(), QByteArray("n,,\x01"
                                              "auth=Bearer tok\x01\x01"));
}

void TestOAuthMechanisms::oauthBearerEscapesAuthzid()
{
    // RFC 5801's saslname: "," and "=" escaped.
    OAuthBearerMechanism m("a,b=c", "tok");
    QVERIFY(m.initialResponse()->startsWith("n,a=a=2Cb=3Dc,\x01"));
}

void TestOAuthMechanisms::xoauth2GoogleExample()
{
    // Google's XOAUTH2 description: "user=someuser@example.com^Aauth=Bearer ya29.vF9dft4qmTc2Nvb3
    // RlckBhdHRhdmlzdGEuY29tCg^A^A".
    XOAuth2Mechanism m("someuser@example.com", "ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg");
    QCOMPARE(m.name(), QByteArray("XOAUTH2"));
    QCOMPARE(m.initialResponse()->toBase64(),
             QByteArray("dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRj"
                        "Mk52YjNSbGNrQmhkSFJoZG1semRHRXVZMjl0Q2cBAQ=="));
}

void TestOAuthMechanisms::xoauth2ErrorAnsweredWithEmptyLine()
{
    XOAuth2Mechanism m("someuser@example.com", "expired");
    QVERIFY(m.initialResponse());
    // Google's error challenge: an HTTP status, the schemes and the scope.
    const QByteArray challenge =
        R"({"status":"401","schemes":"bearer","scope":"https://mail.google.com/"})";
    const auto answer = m.respond(challenge, 2);
    QVERIFY(answer);
    QVERIFY(answer->isEmpty());
    QCOMPARE(m.oauthError().status, QStringLiteral("401"));
    QVERIFY(m.oauthError().readable().contains(QStringLiteral(R"("status":"401")")));
}

void TestOAuthMechanisms::withoutInitialResponseTheEmptyChallengeAsksForTheToken()
{
    XOAuth2Mechanism x("u", "t");
    QCOMPARE(*x.respond({}, 1), QByteArray("user=u\x01"
                                           "auth=Bearer t\x01\x01"));
    QVERIFY(x.serverError().isEmpty());
    QVERIFY(x.respond(R"({"status":"400"})", 2)->isEmpty());
    QCOMPARE(x.oauthError().status, QStringLiteral("400"));

    OAuthBearerMechanism b("u", "t");
    QCOMPARE(*b.respond({}, 1), QByteArray("n,a=u,\x01"
                                           "auth=Bearer t\x01\x01"));
    QCOMPARE(*b.respond(R"({"status":"invalid_token"})", 2), QByteArray("\x01"));
}

void TestOAuthMechanisms::errorNotJsonKeptAsText()
{
    const OAuthServerError e = OAuthServerError::parse("token expired");
    QVERIFY(!e.isJson);
    QVERIFY(e.status.isEmpty());
    QCOMPARE(e.readable(), QStringLiteral("token expired"));
}

void TestOAuthMechanisms::createdByName()
{
    const AuthMechanismPtr x = createMechanism("xoauth2", "u", "token");
    QVERIFY(x);
    QCOMPARE(x->name(), QByteArray("XOAUTH2"));
    QCOMPARE(*x->initialResponse(), QByteArray("user=u\x01"
                                               "auth=Bearer token\x01\x01"));
    const AuthMechanismPtr b = createMechanism("OAUTHBEARER", "u", "token");
    QVERIFY(b);
    QCOMPARE(b->name(), QByteArray("OAUTHBEARER"));
    QVERIFY(isOAuthMechanism("XOAUTH2"));
    QVERIFY(isOAuthMechanism("oauthbearer"));
    QVERIFY(!isOAuthMechanism("PLAIN"));
}

void TestOAuthMechanisms::neverChosenByLogin()
{
    // login() with a password must never offer it as a bearer token.
    QVERIFY(!preferredMechanisms().contains("XOAUTH2"));
    QVERIFY(!preferredMechanisms().contains("OAUTHBEARER"));
}

QTEST_GUILESS_MAIN(TestOAuthMechanisms)
#include "tst_oauthmechanisms.moc"
