// SASL mechanisms against the RFCs' own examples.
#include "auth/AuthMechanism.h"
#include "auth/ScramMechanism.h"

#include <QTest>

using namespace postel;

class TestAuthMechanisms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cramMd5Rfc2195Example();
    void cramMd5NeedsChallenge();
    void plainRfc4616Examples();
    void plainWithAuthzidRfc4616();
    void loginUserThenPassword();
    void scramSha1Rfc5802Exchange();
    void scramSha256Rfc7677Exchange();
    void scramWrongServerSignatureRefused();
    void scramServerErrorRefused();
    void scramNonceNotExtendedRefused();
    void scramBadSaltOrIterationsRefused();
    void scramEmptyChallengeStartsExchange();
    void scramUserNameEscaped();
    void scramRandomNonceWhenNoneGiven();
    void cleartextFlags();
    void createMechanismByName();
    void preferenceOrder();
    void functionMechanism();
};

void TestAuthMechanisms::cramMd5Rfc2195Example()
{
    // RFC 2195, section 2.
    CramMd5Mechanism m("tim", "tanstaaftanstaaf");
    QCOMPARE(m.name(), QByteArray("CRAM-MD5"));
    const QByteArray challenge =
        QByteArray::fromBase64("PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+");
    QCOMPARE(challenge, QByteArray("<1896.697170952@postoffice.reston.mci.net>"));
    const auto answer = m.respond(challenge, 1);
    QVERIFY(answer);
    QCOMPARE(*answer, QByteArray("tim b913a602c7eda7a495b4e6e7334d3890"));
    QCOMPARE(answer->toBase64(), QByteArray("dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw"));
}

void TestAuthMechanisms::cramMd5NeedsChallenge()
{
    CramMd5Mechanism m("tim", "x");
    QVERIFY(!m.initialResponse().has_value());
    QVERIFY(!m.sendsPasswordInClear());
}

void TestAuthMechanisms::plainRfc4616Examples()
{
    // RFC 4616, section 4: "\0tim\0tanstaaftanstaaf".
    PlainMechanism m("tim", "tanstaaftanstaaf");
    QCOMPARE(m.name(), QByteArray("PLAIN"));
    const auto initial = m.initialResponse();
    QVERIFY(initial);
    QCOMPARE(*initial, QByteArray("\0tim\0tanstaaftanstaaf", 21));
    QCOMPARE(initial->toBase64(), QByteArray("AHRpbQB0YW5zdGFhZnRhbnN0YWFm"));
    // Without the initial response, the same answer goes to the empty 334 challenge.
    QCOMPARE(m.respond(QByteArray(), 1), initial);
}

void TestAuthMechanisms::plainWithAuthzidRfc4616()
{
    // RFC 4616, section 4: "Ursel\0Kurt\0xipj3plmq".
    PlainMechanism m("Kurt", "xipj3plmq", "Ursel");
    QCOMPARE(*m.initialResponse(), QByteArray("Ursel\0Kurt\0xipj3plmq", 20));
}

void TestAuthMechanisms::loginUserThenPassword()
{
    LoginMechanism m("user@example.org", "s3cret");
    QCOMPARE(m.name(), QByteArray("LOGIN"));
    // smtplib: the user until the second challenge, then the password.
    QCOMPARE(m.initialResponse(), std::optional<QByteArray>("user@example.org"));
    QCOMPARE(m.respond("Username:", 1), std::optional<QByteArray>("user@example.org"));
    QCOMPARE(m.respond("Password:", 2), std::optional<QByteArray>("s3cret"));
    QCOMPARE(m.respond("Password:", 3), std::optional<QByteArray>("s3cret"));
}

void TestAuthMechanisms::scramSha1Rfc5802Exchange()
{
    // RFC 5802, section 5.
    ScramMechanism m(ScramMechanism::Sha1, "user", "pencil", "fyko+d2lbbFgONRv9qkxdawL");
    QCOMPARE(m.name(), QByteArray("SCRAM-SHA-1"));
    QCOMPARE(m.initialResponse(),
             std::optional<QByteArray>("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL"));
    const auto final =
        m.respond("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096", 2);
    QVERIFY(final);
    QCOMPARE(*final, QByteArray("c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,"
                                "p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts="));
    QVERIFY(!m.serverVerified());
    const auto last = m.respond("v=rmF9pqV8S7suAoZWja4dJRkFsKQ=", 3);
    QVERIFY(last);
    QCOMPARE(*last, QByteArray());
    QVERIFY(m.serverVerified());
    QVERIFY(m.failureReason().isEmpty());
    // A fourth challenge has no step left.
    QVERIFY(!m.respond("x", 4));
    QVERIFY(!m.failureReason().isEmpty());
}

void TestAuthMechanisms::scramSha256Rfc7677Exchange()
{
    // RFC 7677, section 3.
    ScramMechanism m(ScramMechanism::Sha256, "user", "pencil", "rOprNGfwEbeRWgbNEkqO");
    QCOMPARE(m.name(), QByteArray("SCRAM-SHA-256"));
    QCOMPARE(m.initialResponse(), std::optional<QByteArray>("n,,n=user,r=rOprNGfwEbeRWgbNEkqO"));
    const auto final = m.respond("r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                                 "s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",
                                 2);
    QVERIFY(final);
    QCOMPARE(*final, QByteArray("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                                "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ="));
    const auto last = m.respond("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=", 3);
    QVERIFY(last);
    QVERIFY(m.serverVerified());
}

void TestAuthMechanisms::scramWrongServerSignatureRefused()
{
    ScramMechanism m(ScramMechanism::Sha256, "user", "pencil", "rOprNGfwEbeRWgbNEkqO");
    m.initialResponse();
    QVERIFY(m.respond("r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                      "s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",
                      2));
    // The SCRAM-SHA-1 example's signature is not this exchange's.
    QVERIFY(!m.respond("v=rmF9pqV8S7suAoZWja4dJRkFsKQ=", 3));
    QVERIFY(!m.serverVerified());
    QVERIFY(!m.failureReason().isEmpty());

    ScramMechanism none(ScramMechanism::Sha1, "user", "pencil", "fyko+d2lbbFgONRv9qkxdawL");
    none.initialResponse();
    QVERIFY(
        none.respond("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096", 2));
    QVERIFY(!none.respond("", 3)); // no signature at all
    QVERIFY(!none.serverVerified());
}

void TestAuthMechanisms::scramServerErrorRefused()
{
    ScramMechanism m(ScramMechanism::Sha1, "user", "pencil", "fyko+d2lbbFgONRv9qkxdawL");
    m.initialResponse();
    QVERIFY(m.respond("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096", 2));
    QVERIFY(!m.respond("e=invalid-proof", 3));
    QVERIFY(m.failureReason().contains("invalid-proof"));
}

void TestAuthMechanisms::scramNonceNotExtendedRefused()
{
    ScramMechanism m(ScramMechanism::Sha1, "user", "pencil", "fyko+d2lbbFgONRv9qkxdawL");
    m.initialResponse();
    // A nonce that does not start with ours (a replayed or forged challenge).
    QVERIFY(!m.respond("r=someoneelse3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096", 2));
    QVERIFY(!m.failureReason().isEmpty());

    ScramMechanism same(ScramMechanism::Sha1, "user", "pencil", "fyko+d2lbbFgONRv9qkxdawL");
    same.initialResponse();
    // Exactly our nonce: the server added nothing of its own.
    QVERIFY(!same.respond("r=fyko+d2lbbFgONRv9qkxdawL,s=QSXCR+Q6sek8bf92,i=4096", 2));
}

void TestAuthMechanisms::scramBadSaltOrIterationsRefused()
{
    const QList<QByteArray> bad = {
        "r=fyko+d2lbbFgONRv9qkxdawLxyz,i=4096",                         // no salt
        "r=fyko+d2lbbFgONRv9qkxdawLxyz,s=QSXCR+Q6sek8bf92",             // no count
        "r=fyko+d2lbbFgONRv9qkxdawLxyz,s=QSXCR+Q6sek8bf92,i=0",         // zero
        "r=fyko+d2lbbFgONRv9qkxdawLxyz,s=QSXCR+Q6sek8bf92,i=abc",       // not a number
        "r=fyko+d2lbbFgONRv9qkxdawLxyz,s=QSXCR+Q6sek8bf92,i=999999999", // a CPU bomb
        "r=fyko+d2lbbFgONRv9qkxdawLxyz,s=QSXCR+Q6sek8bf92,i=2000000",   // minutes, not hours
    };
    for (const QByteArray &challenge : bad) {
        ScramMechanism m(ScramMechanism::Sha1, "user", "pencil", "fyko+d2lbbFgONRv9qkxdawL");
        m.initialResponse();
        QVERIFY2(!m.respond(challenge, 2), challenge.constData());
    }
    ScramMechanism bomb(ScramMechanism::Sha1, "user", "pencil", "fyko+d2lbbFgONRv9qkxdawL");
    bomb.initialResponse();
    QVERIFY(!bomb.respond("r=fyko+d2lbbFgONRv9qkxdawLxyz,s=QSXCR+Q6sek8bf92,i=2000000", 2));
    QVERIFY2(bomb.failureReason().contains("1,000,000") || bomb.failureReason().contains("1000000"),
             qPrintable(bomb.failureReason()));

    // The limit is the caller's to lower (the fuzzer does, to stay fast).
    ScramMechanism low(ScramMechanism::Sha1, "user", "pencil", "fyko+d2lbbFgONRv9qkxdawL");
    low.setMaxIterations(16);
    low.initialResponse();
    QVERIFY(!low.respond("r=fyko+d2lbbFgONRv9qkxdawLxyz,s=QSXCR+Q6sek8bf92,i=4096", 2));
}

void TestAuthMechanisms::scramEmptyChallengeStartsExchange()
{
    // initial_response_ok=False: AUTH SCRAM-SHA-1, 334 with nothing, then client-first.
    ScramMechanism m(ScramMechanism::Sha1, "user", "pencil", "fyko+d2lbbFgONRv9qkxdawL");
    QCOMPARE(m.respond(QByteArray(), 1),
             std::optional<QByteArray>("n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL"));
    QVERIFY(m.respond("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096", 2));
    QVERIFY(m.respond("v=rmF9pqV8S7suAoZWja4dJRkFsKQ=", 3));
    QVERIFY(m.serverVerified());

    ScramMechanism early(ScramMechanism::Sha1, "user", "pencil", "n");
    QVERIFY(!early.respond("r=nonsense", 1));
}

void TestAuthMechanisms::scramUserNameEscaped()
{
    // RFC 5802 5.1: "=" and "," in the name become "=3D" and "=2C".
    ScramMechanism m(ScramMechanism::Sha256, "a=b,c", "pw", "NONCE");
    QCOMPARE(m.initialResponse(), std::optional<QByteArray>("n,,n=a=3Db=2Cc,r=NONCE"));
}

void TestAuthMechanisms::scramRandomNonceWhenNoneGiven()
{
    ScramMechanism a(ScramMechanism::Sha256, "u", "p");
    ScramMechanism b(ScramMechanism::Sha256, "u", "p");
    const QByteArray ia = *a.initialResponse();
    const QByteArray ib = *b.initialResponse();
    QVERIFY(ia.startsWith("n,,n=u,r="));
    QVERIFY(ia.size() > int(sizeof "n,,n=u,r=") + 16);
    QVERIFY(ia != ib);
    QVERIFY(!ia.mid(9).contains(','));
}

void TestAuthMechanisms::cleartextFlags()
{
    QVERIFY(PlainMechanism("u", "p").sendsPasswordInClear());
    QVERIFY(LoginMechanism("u", "p").sendsPasswordInClear());
    QVERIFY(!CramMd5Mechanism("u", "p").sendsPasswordInClear());
    QVERIFY(!ScramMechanism(ScramMechanism::Sha1, "u", "p").sendsPasswordInClear());
}

void TestAuthMechanisms::createMechanismByName()
{
    for (const QString &n :
         {QStringLiteral("PLAIN"), QStringLiteral("login"), QStringLiteral("Cram-Md5"),
          QStringLiteral("SCRAM-SHA-1"), QStringLiteral("scram-sha-256")}) {
        const AuthMechanismPtr m = createMechanism(n, "u", "p");
        QVERIFY2(m, qPrintable(n));
        QCOMPARE(QString::fromLatin1(m->name()), n.toUpper());
    }
    QVERIFY(!createMechanism("GSSAPI", "u", "p"));
    QVERIFY(!createMechanism("", "u", "p"));
}

void TestAuthMechanisms::preferenceOrder()
{
    const QStringList order = preferredMechanisms();
    // Stronger mechanisms first, then smtplib's CRAM-MD5, PLAIN, LOGIN in that order.
    QVERIFY(order.indexOf("SCRAM-SHA-256") < order.indexOf("CRAM-MD5"));
    QVERIFY(order.indexOf("SCRAM-SHA-1") < order.indexOf("CRAM-MD5"));
    QVERIFY(order.indexOf("CRAM-MD5") >= 0);
    QVERIFY(order.indexOf("CRAM-MD5") < order.indexOf("PLAIN"));
    QVERIFY(order.indexOf("PLAIN") < order.indexOf("LOGIN"));
    QCOMPARE(order.last(), QStringLiteral("LOGIN"));
}

void TestAuthMechanisms::functionMechanism()
{
    QList<std::optional<QByteArray>> seen;
    FunctionMechanism m("X-TOKEN", [&seen](const std::optional<QByteArray> &c) {
        seen.append(c);
        return c ? std::optional<QByteArray>("answer:" + *c) : std::nullopt;
    });
    QCOMPARE(m.name(), QByteArray("X-TOKEN"));
    QVERIFY(!m.initialResponse());
    QCOMPARE(m.respond("ch", 1), std::optional<QByteArray>("answer:ch"));
    QCOMPARE(seen.size(), 2);
    QVERIFY(!seen.at(0).has_value());
    QCOMPARE(seen.at(1), std::optional<QByteArray>("ch"));
}

QTEST_APPLESS_MAIN(TestAuthMechanisms)
#include "tst_authmechanisms.moc"
