// The explanation catalogue against every reply real servers give: aiosmtpd, Exim (both
// started by the ctest fixture, tests/servers/), aiosmtpd's LMTP and Postel's sandbox, in
// a normal session (STARTTLS, EHLO again, AUTH, a message with a refused recipient, VRFY,
// EXPN, HELP, NOOP, RSET, QUIT) and in one full of mistakes. Every reply must be a code the
// catalogue knows, every enhanced code must be in the registry, and every command and reply
// must get an explanation, in English and in Polish, that never shows a credential.

#include "RealServers.h"
#include "SessionResults.h"
#include "explain/Catalogue.h"
#include "explain/Explainer.h"
#include "explain/SessionExplainer.h"
#include "i18n/Languages.h"
#include "sandbox/SandboxMailbox.h"
#include "sandbox/SandboxServer.h"
#include "smtp/SmtpSession.h"
#include "transcript/Transcript.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace postel;
using namespace postel::test;

namespace {

constexpr int Timeout = 20000;

SmtpOperation *run(SmtpOperation *op)
{
    QElapsedTimer t;
    t.start();
    while (!op->isFinished() && t.elapsed() < Timeout)
        QTest::qWait(5);
    return op;
}

QString firstLineText(const QByteArray &bytes)
{
    const QByteArray line =
        bytes.left(bytes.indexOf("\r\n") < 0 ? bytes.size() : bytes.indexOf("\r\n"));
    return QString::fromUtf8(line.mid(4));
}

struct Target
{
    QString host;
    quint16 port = 0;
    QSslConfiguration tls;
    QString user;
    QString password;
    QString expnList; // a list the server knows, "" to try an unknown one
    bool lmtp = false;
};

} // namespace

class TestExplainServers : public QObject
{
    Q_OBJECT
private:
    RealServers m_servers;
    QTemporaryDir m_tmp;
    std::unique_ptr<SandboxMailbox> m_mailbox;
    std::unique_ptr<SandboxServer> m_sandbox;
    QMap<QString, QSet<int>> m_codesSeen;

    Target target(const QString &name) const
    {
        Target t;
        t.host = QStringLiteral("localhost");
        t.tls = m_servers.tlsConfig();
        t.user = m_servers.value("POSTEL_TEST_USER");
        t.password = m_servers.value("POSTEL_TEST_PASSWORD");
        if (name == QLatin1String("exim")) {
            t.port = m_servers.port("EXIM_PORT");
            t.expnList = QStringLiteral("staff@postel.test");
        } else if (name == QLatin1String("aiosmtpd")) {
            t.port = m_servers.port("AIOSMTPD_PORT");
        } else if (name == QLatin1String("lmtp")) {
            t.port = m_servers.port("AIOSMTPD_LMTP_PORT");
            t.lmtp = true;
        } else {
            t.host = QStringLiteral("127.0.0.1");
            t.port = m_sandbox->port();
            t.tls = QSslConfiguration::defaultConfiguration();
            t.tls.setCaCertificates({m_sandbox->certificate().certificate});
            t.user = QStringLiteral("alice");
            t.password = QStringLiteral("sandbox-wonderland");
        }
        return t;
    }

    void prepare(SmtpSession &s, Transcript &t, const Target &target)
    {
        s.setTlsConfiguration(target.tls);
        s.setLocalHostname(QStringLiteral("client.example"));
        s.setTimeout(Timeout);
        s.setLmtp(target.lmtp);
        t.attach(&s);
    }

    // Every reply known to the catalogue, every command and reply explained in both
    // languages, no credential anywhere.
    void checkExplained(const QString &server, const Transcript &t, const Target &target)
    {
        const QList<TranscriptEntry> &entries = t.entries();
        QVERIFY(entries.size() > 4);
        QStringList unknown;
        for (const TranscriptEntry &e : entries) {
            if (e.direction != TranscriptEntry::Server)
                continue;
            m_codesSeen[server].insert(e.code);
            const Explanation x = Explainer::explainReply(e.code, firstLineText(e.bytes));
            if (!x.isValid() || !x.known)
                unknown << QString::fromUtf8(e.bytes);
            const QString enhanced = Explainer::enhancedCodeIn(firstLineText(e.bytes));
            if (!enhanced.isEmpty() && (!x.enhanced || !x.enhanced->registered))
                unknown << QStringLiteral("enhanced code not in the catalogue: ") +
                               QString::fromUtf8(e.bytes);
            QVERIFY(!x.meaning.isEmpty());
        }
        QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(QLatin1Char('\n'))));

        const QByteArray plain = QByteArray("\0", 1) + target.user.toUtf8() + QByteArray("\0", 1) +
                                 target.password.toUtf8();
        QStringList english;
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("pl")}) {
            Languages::install(QCoreApplication::instance(), lang);
            const QStringList x = SessionExplainer::explain(entries);
            QCOMPARE(x.size(), entries.size());
            for (qsizetype i = 0; i < entries.size(); ++i) {
                const TranscriptEntry &e = entries.at(i);
                const QString where = QStringLiteral("%1 [%2] entry %3: %4")
                                          .arg(server, lang)
                                          .arg(i)
                                          .arg(TranscriptFormat::debugText(e, 1));
                const bool wire = e.direction == TranscriptEntry::Client ||
                                  e.direction == TranscriptEntry::Server;
                if (wire)
                    QVERIFY2(!x.at(i).trimmed().isEmpty(), qPrintable(where));
                QVERIFY2(!x.at(i).contains(target.password), qPrintable(where));
                QVERIFY2(!x.at(i).contains(QString::fromLatin1(plain.toBase64())),
                         qPrintable(where));
                if (lang == QLatin1String("en"))
                    english << x.at(i);
                else if (wire)
                    QVERIFY2(x.at(i) != english.at(i), qPrintable(where + " is not in Polish"));
            }
        }
        Languages::install(QCoreApplication::instance(), QStringLiteral("en"));
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("server");
        QTest::newRow("aiosmtpd") << QStringLiteral("aiosmtpd");
        QTest::newRow("exim") << QStringLiteral("exim");
        QTest::newRow("sandbox") << QStringLiteral("sandbox");
    }

    void initTestCase()
    {
        m_servers = RealServers::load();
        QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
        QVERIFY(m_tmp.isValid());
        m_mailbox = std::make_unique<SandboxMailbox>(m_tmp.filePath(QStringLiteral("mail")));
        m_sandbox = std::make_unique<SandboxServer>(m_mailbox.get());
        m_sandbox->setCertificateDirectory(m_tmp.filePath(QStringLiteral("tls")));
        SandboxBehaviour b;
        b.accounts = {{QStringLiteral("alice"), QStringLiteral("sandbox-wonderland")}};
        b.plaintextAuth = false;
        b.refuseRecipients = {*SandboxRule::parse(QStringLiteral("*@refused.test"),
                                                  SandboxBehaviour::defaultRecipientRefusal())};
        b.refuseSenders = {*SandboxRule::parse(QStringLiteral("*@bad.test"),
                                               SandboxBehaviour::defaultSenderRefusal())};
        m_sandbox->setBehaviour(b);
        QVERIFY(m_sandbox->listen(QHostAddress::LocalHost, 0));
    }

    void normalSession()
    {
        QFETCH_GLOBAL(QString, server);
        const Target tg = target(server);
        SmtpSession s;
        Transcript t;
        prepare(s, t, tg);
        QVERIFY(!run(s.connectToHost(tg.host, tg.port))->hasError());
        QVERIFY(!run(s.ehlo())->hasError());
        QVERIFY2(!run(s.starttls())->hasError(), "STARTTLS");
        QCOMPARE(run(s.ehlo())->code(), 250);
        SmtpOperation *login = run(s.login(tg.user, tg.password));
        QVERIFY2(!login->hasError(), qPrintable(login->error().describe()));
        const QString ok = uniqueLocalPart("explain") + QStringLiteral("@example.org");
        const QByteArray message = "From: a@example.org\r\nTo: " + ok.toUtf8() +
                                   "\r\nSubject: explained\r\n\r\nHello.\r\n";
        SmtpOperation *send = run(s.sendmail(QStringLiteral("a@example.org"),
                                             {ok, QStringLiteral("x@refused.test")}, message));
        QVERIFY2(!send->hasError(), qPrintable(send->error().describe()));
        QCOMPARE(sent(send).refused.size(), 1);
        run(s.verify(ok));
        run(s.expn(tg.expnList.isEmpty() ? QStringLiteral("staff") : tg.expnList));
        run(s.docmd("HELP"));
        run(s.noop());
        run(s.rset());
        run(s.quit());
        checkExplained(server, t, tg);
        const QSet<int> seen = m_codesSeen.value(server);
        for (int code : {220, 250, 235, 221, 550})
            QVERIFY2(seen.contains(code), qPrintable(QString::number(code)));
    }

    // Exim ends a session after three syntax or protocol errors, so the mistakes come in
    // three sessions (the third error may still end one: that reply is explained too).
    void mistakesBeforeMail()
    {
        QFETCH_GLOBAL(QString, server);
        const Target tg = target(server);
        SmtpSession s;
        Transcript t;
        prepare(s, t, tg);
        QVERIFY(!run(s.connectToHost(tg.host, tg.port))->hasError());
        QVERIFY(!run(s.ehlo())->hasError());
        run(s.docmd("XYZZY"));                      // unknown command
        run(s.docmd("RCPT", "TO:<a@example.org>")); // before MAIL
        run(s.docmd("DATA"));                       // before MAIL
        run(s.quit());
        checkExplained(server, t, tg);
        const QSet<int> seen = m_codesSeen.value(server);
        QVERIFY2(seen.contains(503), "no 503 for commands out of sequence");
        QVERIFY2(seen.contains(500) || seen.contains(502), "no 500/502 for an unknown command");
    }

    void syntaxMistakes()
    {
        QFETCH_GLOBAL(QString, server);
        const Target tg = target(server);
        SmtpSession s;
        Transcript t;
        prepare(s, t, tg);
        QVERIFY(!run(s.connectToHost(tg.host, tg.port))->hasError());
        QVERIFY(!run(s.ehlo())->hasError());
        run(s.docmd("MAIL", "FROM:<a@example.org> FOO=BAR")); // unknown parameter
        run(s.docmd("HELO"));                                 // no argument
        run(s.docmd("STARTTLS", "now"));                      // no argument allowed
        run(s.quit());
        checkExplained(server, t, tg);
        QVERIFY2(m_codesSeen.value(server).contains(501), "no 501 for a missing argument");
    }

    void loginMistakes()
    {
        QFETCH_GLOBAL(QString, server);
        const Target tg = target(server);
        SmtpSession s;
        Transcript t;
        prepare(s, t, tg);
        QVERIFY(!run(s.connectToHost(tg.host, tg.port))->hasError());
        QVERIFY(!run(s.ehlo())->hasError());
        QVERIFY(!run(s.starttls())->hasError());
        QCOMPARE(run(s.ehlo())->code(), 250);
        SmtpOperation *login = run(s.login(tg.user, QStringLiteral("not-the-password")));
        QVERIFY(login->hasError());
        run(s.docmd("AUTH", "NO-SUCH-MECHANISM"));
        run(s.docmd("MAIL", "FROM:<someone@bad.test>"));
        run(s.rset());
        run(s.quit());
        checkExplained(server, t, tg);
        QVERIFY2(m_codesSeen.value(server).contains(535), "no 535 for a wrong password");
        QVERIFY2(m_codesSeen.value(server).contains(504), "no 504 for an unknown mechanism");
    }

    void lmtpSession()
    {
        QFETCH_GLOBAL(QString, server);
        if (server != QLatin1String("aiosmtpd"))
            QSKIP("LMTP: aiosmtpd's LMTP listener only");
        const Target tg = target(QStringLiteral("lmtp"));
        SmtpSession s;
        Transcript t;
        prepare(s, t, tg);
        QVERIFY(!run(s.connectToHost(tg.host, tg.port))->hasError());
        const QString a = uniqueLocalPart("a") + QStringLiteral("@example.org");
        const QString b = uniqueLocalPart("b") + QStringLiteral("@example.org");
        SmtpOperation *send = run(s.sendmail(QStringLiteral("a@example.org"), {a, b},
                                             QByteArray("Subject: lmtp\r\n\r\nHi.\r\n")));
        QVERIFY2(!send->hasError(), qPrintable(send->error().describe()));
        run(s.quit());
        checkExplained(QStringLiteral("lmtp"), t, tg);
        const QStringList x = SessionExplainer::explain(t.entries());
        QVERIFY(x.join(QLatin1Char('\n')).contains(QLatin1String("for recipient 2")));
    }
};

QTEST_GUILESS_MAIN(TestExplainServers)
#include "tst_explain_servers.moc"
