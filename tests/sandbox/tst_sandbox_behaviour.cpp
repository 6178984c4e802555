// The sandbox's pure parts: behaviour JSON, rules, replies, and the server side of AUTH.
#include "auth/AuthMechanism.h"
#include "sandbox/SandboxAuthenticator.h"
#include "sandbox/SandboxBehaviour.h"

#include <QJsonDocument>
#include <QTest>

using namespace postel;

class TestSandboxBehaviour : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replyParse_data();
    void replyParse();
    void ruleGlob_data();
    void ruleGlob();
    void accountParse();
    void jsonRoundTrip();
    void jsonErrors_data();
    void jsonErrors();
    void authPlain();
    void authLogin();
    void authCramMd5();
};

void TestSandboxBehaviour::replyParse_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QString>("text");
    QTest::newRow("code only") << "550" << true << 550 << ""
                               << "";
    QTest::newRow("enhanced") << "450 4.2.1" << true << 450 << "4.2.1"
                              << "";
    QTest::newRow("text") << "554 5.7.1 Go away now" << true << 554 << "5.7.1"
                          << "Go away now";
    QTest::newRow("text without enhanced") << "421 closing" << true << 421 << ""
                                           << "closing";
    QTest::newRow("class mismatch") << "550 4.1.1" << false << 0 << ""
                                    << "";
    QTest::newRow("not a code") << "abc" << false << 0 << ""
                                << "";
    QTest::newRow("1xx") << "150 x" << false << 0 << ""
                         << "";
    QTest::newRow("control char") << "550 5.1.1 a\r\nb" << false << 0 << ""
                                  << "";
    // '\n' separates the lines of a reply of several lines (each keeps its leading space).
    QTest::newRow("several lines")
        << "550 5.1.1 No such user. Learn more at\n https://x.test/" << true << 550 << "5.1.1"
        << "No such user. Learn more at\n https://x.test/";
}

void TestSandboxBehaviour::replyParse()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    const auto r = SandboxReply::parse(spec);
    QCOMPARE(r.has_value(), valid);
    if (!valid)
        return;
    QTEST(r->code, "code");
    QTEST(r->enhanced, "enhanced");
    QTEST(r->text, "text");
}

void TestSandboxBehaviour::ruleGlob_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("matches");
    QTest::addColumn<int>("code");
    QTest::newRow("domain") << "*@refused.test"
                            << "bob@refused.test" << true << 550;
    QTest::newRow("case") << "*@refused.test"
                          << "BOB@Refused.TEST" << true << 550;
    QTest::newRow("other domain") << "*@refused.test"
                                  << "bob@refused.test.org" << false << 550;
    QTest::newRow("code") << "temp*@x.test=450 4.2.1"
                          << "temp1@x.test" << true << 450;
    QTest::newRow("question mark") << "a?@x.test"
                                   << "ab@x.test" << true << 550;
    QTest::newRow("question mark too long") << "a?@x.test"
                                            << "abc@x.test" << false << 550;
}

void TestSandboxBehaviour::ruleGlob()
{
    QFETCH(QString, spec);
    QFETCH(QString, address);
    const auto rule = SandboxRule::parse(spec, SandboxBehaviour::defaultRecipientRefusal());
    QVERIFY(rule);
    QTEST(rule->matches(address), "matches");
    QTEST(rule->reply.code, "code");
    QVERIFY(!SandboxRule::parse(QStringLiteral("x=abc"), {}));
    QVERIFY(!SandboxRule::parse(QStringLiteral("=550"), {}));
}

void TestSandboxBehaviour::accountParse()
{
    const auto a = SandboxAccount::parse(QStringLiteral("alice:won:der"));
    QVERIFY(a);
    QCOMPARE(a->user, QStringLiteral("alice"));
    QCOMPARE(a->password, QStringLiteral("won:der"));
    QVERIFY(!SandboxAccount::parse(QStringLiteral("alice")));
    QVERIFY(!SandboxAccount::parse(QStringLiteral(":pw")));
}

void TestSandboxBehaviour::jsonRoundTrip()
{
    const QByteArray json = R"({
        "hostname": "mx.sandbox.test",
        "extensions": ["SIZE", "pipelining", "AUTH"],
        "users": ["alice:wonderland", {"user": "bob", "password": "builder"}],
        "require_auth": true,
        "size_limit": 1000,
        "refuse_recipients": ["*@refused.test=450 4.2.1 Try later",
                              {"pattern": "x@y.test"}],
        "refuse_senders": [{"pattern": "*@spam.test", "reply": "553 5.7.1 No spam"}],
        "faults": [{"step": "rcpt", "action": "delay", "delay_ms": 250},
                   {"step": "dot", "action": "reply", "reply": "554 5.7.1 Rejected"},
                   {"step": "mail", "action": "421", "occurrence": 2},
                   {"step": "ehlo", "action": "drop"}],
        "auth_mechanisms": ["plain", "LOGIN"],
        "refuse_connections": true,
        "tls_from_first_byte": true,
        "legacy_tls_only": true,
        "certificate": "other-name"
    })";
    QString error;
    const SandboxBehaviour b =
        SandboxBehaviour::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(b.hostname, QStringLiteral("mx.sandbox.test"));
    QCOMPARE(b.extensions, (QStringList{"SIZE", "PIPELINING", "AUTH"}));
    QCOMPARE(b.accounts.size(), 2);
    QCOMPARE(b.accounts.at(1).password, QStringLiteral("builder"));
    QVERIFY(b.requireAuth);
    QCOMPARE(b.sizeLimit, 1000);
    QCOMPARE(b.refuseRecipients.size(), 2);
    QCOMPARE(b.refuseRecipients.at(0).reply.code, 450);
    QCOMPARE(b.refuseRecipients.at(0).reply.text, QStringLiteral("Try later"));
    QCOMPARE(b.refuseRecipients.at(1).reply.code, 550);
    QCOMPARE(b.refuseRecipients.at(1).reply.enhanced, QStringLiteral("5.1.1"));
    QCOMPARE(b.refuseSenders.at(0).reply.code, 553);
    QCOMPARE(b.faults.size(), 4);
    QCOMPARE(b.faults.at(0).step, SandboxStep::Rcpt);
    QCOMPARE(b.faults.at(0).delayMs, 250);
    QCOMPARE(b.faults.at(1).step, SandboxStep::EndOfData);
    QCOMPARE(b.faults.at(1).reply.code, 554);
    QCOMPARE(b.faults.at(2).reply.code, 421);
    QCOMPARE(b.faults.at(2).occurrence, 2);
    QCOMPARE(b.faults.at(3).action, SandboxFault::Action::Drop);
    QCOMPARE(b.faults.at(3).step, SandboxStep::Helo);
    QCOMPARE(b.authMechanisms, (QStringList{"PLAIN", "LOGIN"}));
    QVERIFY(b.refuseConnections && b.tlsFromFirstByte && b.legacyTlsOnly);
    QCOMPARE(b.certificateFlaw, SandboxCertificate::Flaw::OtherName);

    const SandboxBehaviour again = SandboxBehaviour::fromJson(b.toJson(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(again, b);
    QCOMPARE(SandboxBehaviour::fromJson(SandboxBehaviour().toJson(), &error), SandboxBehaviour());
}

void TestSandboxBehaviour::jsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown key") << QByteArray(R"({"colour": 1})") << "colour";
    QTest::newRow("bad extension") << QByteArray(R"({"extensions": ["XFOO"]})") << "XFOO";
    QTest::newRow("bad number") << QByteArray(R"({"size_limit": "big"})") << "size_limit";
    QTest::newRow("bad bool") << QByteArray(R"({"require_tls": 1})") << "require_tls";
    QTest::newRow("bad rule") << QByteArray(R"({"refuse_recipients": ["x=99"]})") << "x=99";
    QTest::newRow("bad step") << QByteArray(R"({"faults": [{"step": "later", "action": "drop"}]})")
                              << "later";
    QTest::newRow("bad action") << QByteArray(
                                       R"({"faults": [{"step": "mail", "action": "explode"}]})")
                                << "explode";
    QTest::newRow("bad user") << QByteArray(R"({"users": ["nobody"]})") << "NAME:PASSWORD";
    QTest::newRow("bad mechanism") << QByteArray(R"({"auth_mechanisms": ["GSSAPI"]})") << "GSSAPI";
    QTest::newRow("bad certificate") << QByteArray(R"({"certificate": "forged"})") << "forged";
}

void TestSandboxBehaviour::jsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QString error;
    SandboxBehaviour::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestSandboxBehaviour::authPlain()
{
    const QList<SandboxAccount> accounts{{"alice", "wonderland"}};
    SandboxAuthenticator ok("plain", accounts, "localhost");
    QCOMPARE(ok.start(QByteArray("\0alice\0wonderland", 17)),
             SandboxAuthenticator::Result::Success);
    QCOMPARE(ok.user(), QStringLiteral("alice"));

    SandboxAuthenticator challenged("PLAIN", accounts, "localhost");
    QCOMPARE(challenged.start(std::nullopt), SandboxAuthenticator::Result::Challenge);
    QCOMPARE(challenged.challenge(), QByteArray());
    QCOMPARE(challenged.respond(QByteArray("alice\0alice\0wonderland", 22)),
             SandboxAuthenticator::Result::Success);

    SandboxAuthenticator wrong("PLAIN", accounts, "localhost");
    QCOMPARE(wrong.start(QByteArray("\0alice\0nope", 11)), SandboxAuthenticator::Result::Failure);
    SandboxAuthenticator otherAuthz("PLAIN", accounts, "localhost");
    QCOMPARE(otherAuthz.start(QByteArray("root\0alice\0wonderland", 21)),
             SandboxAuthenticator::Result::Failure);
    SandboxAuthenticator malformed("PLAIN", accounts, "localhost");
    QCOMPARE(malformed.start(QByteArray("alice")), SandboxAuthenticator::Result::Malformed);
}

void TestSandboxBehaviour::authLogin()
{
    const QList<SandboxAccount> accounts{{"alice", "wonderland"}};
    SandboxAuthenticator a("LOGIN", accounts, "localhost");
    QCOMPARE(a.start(std::nullopt), SandboxAuthenticator::Result::Challenge);
    QCOMPARE(a.challenge(), QByteArray("VXNlcm5hbWU6"));
    QCOMPARE(a.respond("alice"), SandboxAuthenticator::Result::Challenge);
    QCOMPARE(a.challenge(), QByteArray("UGFzc3dvcmQ6"));
    QCOMPARE(a.respond("wonderland"), SandboxAuthenticator::Result::Success);

    SandboxAuthenticator b("LOGIN", accounts, "localhost");
    QCOMPARE(b.start(QByteArray("alice")), SandboxAuthenticator::Result::Challenge);
    QCOMPARE(b.respond("bad"), SandboxAuthenticator::Result::Failure);
}

void TestSandboxBehaviour::authCramMd5()
{
    const QList<SandboxAccount> accounts{{"alice", "wonderland"}};
    SandboxAuthenticator a("CRAM-MD5", accounts, "sandbox.test");
    QCOMPARE(a.start(std::nullopt), SandboxAuthenticator::Result::Challenge);
    const QByteArray challenge = QByteArray::fromBase64(a.challenge());
    QVERIFY(challenge.startsWith('<') && challenge.endsWith("@sandbox.test>"));
    CramMd5Mechanism client("alice", "wonderland");
    QCOMPARE(a.respond(*client.respond(challenge, 1)), SandboxAuthenticator::Result::Success);

    SandboxAuthenticator b("CRAM-MD5", accounts, "sandbox.test");
    b.start(std::nullopt);
    CramMd5Mechanism wrong("alice", "nope");
    QCOMPARE(b.respond(*wrong.respond(QByteArray::fromBase64(b.challenge()), 1)),
             SandboxAuthenticator::Result::Failure);
    SandboxAuthenticator c("CRAM-MD5", accounts, "sandbox.test");
    QCOMPARE(c.start(QByteArray("x")), SandboxAuthenticator::Result::Malformed);
}

QTEST_GUILESS_MAIN(TestSandboxBehaviour)
#include "tst_sandbox_behaviour.moc"
