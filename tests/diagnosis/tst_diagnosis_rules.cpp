// The failure doctor's rules on recorded sessions (tests/data/diagnosis: real sessions with
// aiosmtpd, Exim and the sandbox, made by make_recordings.py), in English and Polish; the
// retry as postel-cli arguments; the recording format; escaping of the server's words.

#include "DiagnosisTestUtil.h"
#include "diagnosis/Prober.h"
#include "diagnosis/ServerWords.h"
#include "diagnosis/TlsRules.h"
#include "diagnosis/Vocabulary.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

using namespace postel;
using namespace postel::test;

class TestDiagnosisRules : public QObject
{
    Q_OBJECT

private:
    struct Expect
    {
        QString primary;
        QStringList others; // ids that must follow, in order
        QString words;      // in the title, explanation, evidence or fix
        QStringList retry;  // changed postel-cli arguments
        bool confirmed = false;
    };
    // The recordings and what the doctor must find in each.
    static const QList<QPair<QString, Expect>> &expectations()
    {
        static const QList<QPair<QString, Expect>> all{
            // aiosmtpd and Exim
            {"connection-refused",
             {"connection-refused", QStringList(), "refused the connection", QStringList(), false}},
            {"host-not-found",
             {"host-not-found", QStringList(), "smtp..example.org", QStringList(), false}},
            {"connection-timed-out",
             {"connection-timed-out", QStringList(), "no answer at all", QStringList(), false}},
            {"aiosmtpd-implicit-tls-port",
             {"no-greeting", QStringList{"implicit-tls-port"}, "did not send its greeting",
              QStringList(), false}},
            {"aiosmtpd-implicit-tls-port-probed",
             {"implicit-tls-port", QStringList(), "220 aiosmtpd.test Python SMTP 1.4.3",
              QStringList{"--tls-on-connect"}, true}},
            {"aiosmtpd-plaintext-port",
             {"plaintext-port", QStringList(), "wrong version number", QStringList{"--starttls"},
              false}},
            {"aiosmtpd-plaintext-port-probed",
             {"plaintext-port", QStringList(), "the server offers STARTTLS",
              QStringList{"--starttls"}, true}},
            {"exim-plaintext-port",
             {"plaintext-port", QStringList(), "speaks plain text first", QStringList{"--starttls"},
              false}},
            {"tls-protocol-mismatch",
             {"tls-protocol-mismatch", QStringList(), "alert protocol version", QStringList(),
              false}},
            {"aiosmtpd-certificate-untrusted",
             {"certificate-untrusted", QStringList(), "issued by Postel Test CA",
              QStringList{"--trust-certificate"}, false}},
            {"exim-certificate-untrusted",
             {"certificate-untrusted", QStringList(), "Postel Test CA",
              QStringList{"--trust-certificate"}, false}},
            {"sandbox-certificate-untrusted",
             {"certificate-untrusted", QStringList(), "self-signed",
              QStringList{"--trust-certificate"}, false}},
            {"aiosmtpd-certificate-name-mismatch",
             {"certificate-name-mismatch", QStringList(), "names only: localhost",
              QStringList{"--server"}, false}},
            {"lmtp-starttls-not-offered",
             {"starttls-not-offered", QStringList(), "AUTH", QStringList(), false}},
            {"sandbox-starttls-refused",
             {"starttls-refused", QStringList(), "454 4.7.0 TLS not available due to local problem",
              QStringList(), false}},
            {"aiosmtpd-tls-required",
             {"tls-required", QStringList(), "offers no AUTH in plain text",
              QStringList{"--starttls"}, false}},
            {"aiosmtpd-tls-required-probed",
             {"tls-required", QStringList(), "offers AUTH LOGIN PLAIN", QStringList{"--starttls"},
              true}},
            {"aiosmtpd-tls-required-538",
             {"tls-required", QStringList(),
              "“538 5.7.11 Encryption required for requested authentication mechanism”",
              QStringList{"--starttls"}, false}},
            {"sandbox-tls-required",
             {"tls-required", QStringList(), "“530 5.7.0 Must issue a STARTTLS command first”",
              QStringList{"--starttls"}, false}},
            {"aiosmtpd-auth-required",
             {"auth-required", QStringList(), "“530 5.7.0 Authentication required”",
              QStringList{"--auth", "auto", "--auth-user", "a@example.org"}, false}},
            {"sandbox-auth-required",
             {"auth-required", QStringList(), "“530 5.7.0 Authentication required”",
              QStringList{"--starttls", "--auth", "auto", "--auth-user", "a@example.org"}, false}},
            {"sandbox-auth-not-offered",
             {"auth-not-offered", QStringList(), "not even over TLS", QStringList(), false}},
            {"exim-sent", {QString(), QStringList(), QString(), QStringList(), false}},
            {"aiosmtpd-auth-mechanism-not-offered",
             {"auth-mechanism-not-offered", QStringList(), "the server offers: LOGIN, PLAIN",
              QStringList{"--auth", "auto"}, false}},
            {"aiosmtpd-auth-credentials-rejected",
             {"auth-credentials-rejected", QStringList(),
              "“535 5.7.8 Authentication credentials invalid”", QStringList(), false}},
            {"exim-auth-credentials-rejected",
             {"auth-credentials-rejected", QStringList(), "“535 Incorrect authentication data”",
              QStringList(), false}},
            {"aiosmtpd-cleartext-auth",
             {"cleartext-auth", QStringList(), "LOGIN, PLAIN", QStringList{"--starttls"}, false}},
            {"sandbox-sender-rejected",
             {"sender-rejected", QStringList(),
              "“550 5.7.1 Sender address rejected: Access denied”", QStringList(), false}},
            {"exim-recipient-unknown",
             {"recipient-unknown", QStringList(),
              "“550 5.1.1 <x@refused.test>: Recipient address rejected”", QStringList(), false}},
            {"aiosmtpd-recipient-unknown",
             {"recipient-unknown", QStringList(), "x@refused.test", QStringList(), false}},
            {"exim-recipient-rejected",
             {"recipient-rejected", QStringList(), "“550 5.1.3 Restricted characters in address”",
              QStringList(), false}},
            {"exim-relay-denied",
             {"relay-denied", QStringList(), "“550 5.7.1 Relay access denied”",
              QStringList{"--auth", "auto", "--auth-user", "a@example.org"}, false}},
            {"sandbox-relay-denied",
             {"relay-denied", QStringList(), "Relay access denied",
              QStringList{"--starttls", "--auth", "auto", "--auth-user", "a@example.org"}, false}},
            {"exim-some-refused",
             {"recipient-unknown", QStringList(), "x@refused.test", QStringList(), false}},
            {"lmtp-mailbox-full",
             {"mailbox-full", QStringList(), "“452 4.2.2 <full1@example.org>: mailbox full”",
              QStringList(), false}},
            {"sandbox-greylisted",
             {"greylisted", QStringList(), "Greylisted, see http://postgrey", QStringList(),
              false}},
            {"sandbox-rate-limited",
             {"rate-limited", QStringList(), "Daily user sending limit exceeded", QStringList(),
              false}},
            {"sandbox-message-too-large",
             {"message-too-large", QStringList(), "552", QStringList(), false}},
            {"sandbox-message-rejected",
             {"message-rejected", QStringList(),
              "“554 5.7.1 Message rejected as spam by Content Filtering”", QStringList(), false}},
            {"aiosmtpd-smtputf8-not-supported",
             {"smtputf8-not-supported", QStringList(), "jürgen@example.org", QStringList(), false}},
            {"sandbox-service-refused",
             {"service-refused", QStringList(), "Spamhaus", QStringList(), false}},
            {"sandbox-server-busy",
             {"server-busy", QStringList(), "421 4.3.2", QStringList(), false}},
            {"sandbox-no-greeting",
             {"no-greeting", QStringList{"implicit-tls-port"}, "within the time limit",
              QStringList(), false}},
            {"sandbox-server-disconnected",
             {"server-disconnected", QStringList(), "RCPT", QStringList(), false}},
            {"sandbox-outcome-unknown",
             {"outcome-unknown", QStringList(), "may have accepted", QStringList(), false}},
            {"exim-helo-refused",
             {"unexpected-reply", QStringList(), "“501 Syntactically invalid HELO argument(s)”",
              QStringList(), false}},
        };
        return all;
    }

private Q_SLOTS:

    void init() { useLanguage(QStringLiteral("en")); }

    void recordings_data()
    {
        QTest::addColumn<QString>("primary");
        QTest::addColumn<QStringList>("others"); // ids that must follow, in order
        QTest::addColumn<QString>("words");      // in the title, explanation, evidence or fix
        QTest::addColumn<QStringList>("retry");  // changed postel-cli arguments
        QTest::addColumn<bool>("confirmed");
        for (const auto &[name, e] : expectations())
            QTest::newRow(qPrintable(name))
                << e.primary << e.others << e.words << e.retry << e.confirmed;
    }

    void recordings()
    {
        QFETCH(QString, primary);
        QFETCH(QStringList, others);
        QFETCH(QString, words);
        QFETCH(QStringList, retry);
        QFETCH(bool, confirmed);
        const QString name = QString::fromLatin1(QTest::currentDataTag());
        QString error;
        if (name == QLatin1String("aiosmtpd-certificate-name-mismatch") &&
            !QFile::exists(recordingsDir() + QLatin1Char('/') + name + QStringLiteral(".json")))
            QSKIP("recorded only where /etc/hosts gives 127.0.0.1 another name");
        const std::optional<SessionRecord> record = loadRecording(name, &error);
        QVERIFY2(record, qPrintable(error));
        const QList<Finding> findings = Doctor::diagnose(*record);
        if (primary.isEmpty()) {
            QVERIFY(findings.isEmpty()); // a success
            return;
        }
        QVERIFY2(!findings.isEmpty(), "no finding");
        const QStringList ids = idsOf(findings);
        QCOMPARE(ids.first(), primary);
        QCOMPARE(ids.mid(1, others.size()), others);
        const Finding &f = findings.first();
        const QString all = f.title + QLatin1Char('\n') + f.explanation + QLatin1Char('\n') +
                            f.evidence + QLatin1Char('\n') + f.fix;
        QVERIFY2(all.contains(words), qPrintable(all));
        QCOMPARE(f.confirmed, confirmed);
        QVERIFY2(!f.title.isEmpty() && !f.explanation.isEmpty() && !f.fix.isEmpty(),
                 qPrintable(all));
        const QStringList args = f.retry.cliArguments();
        if (retry.isEmpty()) {
            QVERIFY2(args.isEmpty(), qPrintable(args.join(QLatin1Char(' '))));
        } else {
            for (const QString &a : retry)
                QVERIFY2(args.contains(a), qPrintable(args.join(QLatin1Char(' '))));
        }
    }

    // Every file in tests/data/diagnosis is a recording the table above reads.
    void everyRecordingIsUsed()
    {
        QStringList tags;
        for (const auto &e : expectations())
            tags.append(e.first);
        const QStringList names = recordingNames();
        QVERIFY(names.size() >= 40);
        for (const QString &n : names) {
            QVERIFY2(tags.contains(n), qPrintable(n + QStringLiteral(" is read by no test")));
            QString error;
            QVERIFY2(loadRecording(n, &error), qPrintable(error));
        }
    }

    void successHasNoFinding()
    {
        const SessionRecord r = loadRecording(QStringLiteral("exim-sent")).value();
        QVERIFY(!r.error.isError());
        QVERIFY(Doctor::diagnose(r).isEmpty());
        QVERIFY(Prober::plan(r).isEmpty());
    }

    void partlySentGivesWarnings()
    {
        const SessionRecord r = loadRecording(QStringLiteral("exim-some-refused")).value();
        QVERIFY(!r.error.isError());
        const QList<Finding> f = Doctor::diagnose(r);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().severity, Finding::Severity::Warning);
        QVERIFY(f.first().title.contains(QLatin1String("x@refused.test")));
        QVERIFY(!f.first().title.contains(QLatin1String("bob@")));
    }

    void trustRetryIsTheServersCertificate()
    {
        const SessionRecord r =
            loadRecording(QStringLiteral("aiosmtpd-certificate-untrusted")).value();
        const Finding f = Doctor::diagnose(r).first();
        QVERIFY(!r.sslErrors.isEmpty());
        const QSslCertificate cert = r.sslErrors.first().certificate();
        QCOMPARE(f.retry.trustCertificate, cert.digest(QCryptographicHash::Sha256));
        QVERIFY(f.fix.contains(TlsRules::fingerprint(cert)));
        QCOMPARE(f.retry.toJson().value(QStringLiteral("trust_certificate_sha256")).toString(),
                 QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex()));
    }

    void preflightReasons_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("words");
        QTest::newRow("line-too-long") << "line-too-long"
                                       << "998";
        QTest::newRow("nul-byte") << "nul-byte"
                                  << "value 0";
        QTest::newRow("bare-line-ending") << "bare-line-ending"
                                          << "CR LF";
        QTest::newRow("8bit-without-8bitmime") << "8bit-without-8bitmime"
                                               << "8BITMIME";
        QTest::newRow("message-too-large") << "message-too-large"
                                           << "SIZE";
        QTest::newRow("smtputf8-not-supported") << "smtputf8-not-supported"
                                                << "SMTPUTF8";
        QTest::newRow("cleartext-auth") << "cleartext-auth"
                                        << "unencrypted";
    }

    void preflightReasons()
    {
        QFETCH(QString, reason);
        QFETCH(QString, words);
        SessionRecord r = preflightRecord(reason, QStringLiteral("Line 3 is 1200 octets long."));
        if (reason == QLatin1String("smtputf8-not-supported"))
            r.to = QStringList{QStringLiteral("juergen@bücher.example")};
        const QList<Finding> f = Doctor::diagnose(r);
        QVERIFY(!f.isEmpty());
        QCOMPARE(f.first().id, reason);
        const QString all = f.first().title + f.first().explanation + f.first().fix;
        QVERIFY2(all.contains(words), qPrintable(all));
        if (reason == QLatin1String("smtputf8-not-supported"))
            QVERIFY2(f.first().fix.contains(QLatin1String("xn--bcher-kva.example")),
                     qPrintable(f.first().fix));
        QVERIFY(Vocabulary::contains(reason));
    }

    void applyToArguments()
    {
        const QStringList original{"--server",
                                   "mail.example.org:465",
                                   "--tls-on-connect",
                                   "--auth-password",
                                   "secret",
                                   "--auth=PLAIN",
                                   "--auth-user",
                                   "me",
                                   "--subject",
                                   "--starttls is a word here",
                                   "--json"};
        RetryChange starttls;
        starttls.security = SmtpSession::Security::StartTls;
        QCOMPARE(starttls.cliArguments(), QStringList{"--starttls"});
        QCOMPARE(
            starttls.applyToArguments(original),
            (QStringList{"--server", "mail.example.org:465", "--auth", "PLAIN", "--auth-user", "me",
                         "--subject", "--starttls is a word here", "--json", "--starttls"}));

        const RetryChange move = RetryChange::moveTo(QStringLiteral("mail.example.org"), 587,
                                                     SmtpSession::Security::StartTls);
        QCOMPARE(move.cliArguments(),
                 (QStringList{"--server", "mail.example.org:587", "--starttls"}));
        const QStringList moved = move.applyToArguments(original);
        QCOMPARE(moved.mid(0, 2), (QStringList{"--server", "mail.example.org:587"}));
        QVERIFY(!moved.contains(QLatin1String("--tls-on-connect")));
        QVERIFY(!moved.contains(QLatin1String("secret")));

        RetryChange v6 =
            RetryChange::moveTo(QStringLiteral("::1"), 25, SmtpSession::Security::None);
        QCOMPARE(v6.cliArguments(), (QStringList{"--server", "[::1]:25"}));
        QVERIFY(!v6.applyToArguments({"--server", "[::1]:465", "--require-tls", "--starttls"})
                     .contains(QLatin1String("--require-tls")));

        RetryChange login;
        login.loginUser = QStringLiteral("a@example.org");
        QCOMPARE(login.applyToArguments({"--server", "x:25", "--from", "a@example.org"}),
                 (QStringList{"--server", "x:25", "--from", "a@example.org", "--auth", "auto",
                              "--auth-user", "a@example.org"}));
        // A login already asked for is not replaced by a guess.
        QCOMPARE(login.applyToArguments({"--server", "x:25", "--auth-user", "me"}),
                 (QStringList{"--server", "x:25", "--auth-user", "me"}));

        RetryChange trust;
        trust.trustCertificate = QByteArray(32, '\xab');
        QCOMPARE(trust.cliArguments(),
                 (QStringList{"--trust-certificate",
                              QString::fromLatin1(QByteArray(32, '\xab').toHex())}));

        RetryChange password;
        password.editPassword = true;
        QVERIFY(!password.isEmpty());
        QVERIFY(password.cliArguments().isEmpty());
        QCOMPARE(password.toJson().value(QStringLiteral("edit_password")).toBool(), true);
    }

    void findingJson()
    {
        const SessionRecord r = loadRecording(QStringLiteral("aiosmtpd-plaintext-port")).value();
        const QJsonObject j = Doctor::diagnose(r).first().toJson();
        for (const char *key : {"id", "severity", "title", "explanation", "fix", "confirmed",
                                "evidence", "retry", "retry_settings"})
            QVERIFY2(j.contains(QLatin1String(key)), key);
        QCOMPARE(j.value(QStringLiteral("id")).toString(), QStringLiteral("plaintext-port"));
        QCOMPARE(j.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(j.value(QStringLiteral("retry")).toArray(),
                 QJsonArray{QStringLiteral("--starttls")});
        QCOMPARE(j.value(QStringLiteral("retry_settings")).toObject(),
                 (QJsonObject{{QStringLiteral("security"), QStringLiteral("starttls")}}));
        const QJsonObject refused =
            Doctor::diagnose(loadRecording(QStringLiteral("exim-recipient-unknown")).value())
                .first()
                .toJson();
        QVERIFY(refused.value(QStringLiteral("retry")).isNull());
        QVERIFY(refused.value(QStringLiteral("evidence")).isNull());
    }

    // A record read back gives the same findings; the transcript keeps its credentials masked.
    void recordRoundTrip()
    {
        for (const QString &name : recordingNames()) {
            const SessionRecord r = loadRecording(name).value();
            const std::optional<SessionRecord> again = SessionRecord::fromJson(r.toJson());
            QVERIFY2(again, qPrintable(name));
            QCOMPARE(idsOf(Doctor::diagnose(*again)), idsOf(Doctor::diagnose(r)));
            QCOMPARE(again->transcript.size(), r.transcript.size());
            const QByteArray json = QJsonDocument(again->toJson()).toJson();
            QVERIFY2(!json.contains("wonderland"), qPrintable(name));
            QVERIFY2(!json.contains(QByteArray("\0alice\0wonderland", 17).toBase64()),
                     qPrintable(name));
        }
    }

    // Control and bidirectional-formatting characters a server sends never reach a finding raw.
    void serverWordsAreEscaped()
    {
        SessionRecord r = loadRecording(QStringLiteral("exim-recipient-rejected")).value();
        const QByteArray evil = "5.7.1 \x1b[2J\x1b[31mOK\xe2\x80\xae desrever";
        r.error.recipients = {{QStringLiteral("a%b@example.org"), {550, evil}}};
        r.refused = r.error.recipients;
        const QList<Finding> findings = Doctor::diagnose(r);
        QVERIFY(!findings.isEmpty());
        for (const Finding &f : findings) {
            for (const QString &text : {f.title, f.explanation, f.fix, f.evidence}) {
                for (const QChar c : text) {
                    QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f && c.unicode() != 0x202e,
                             qPrintable(text));
                }
            }
            QVERIFY(f.explanation.contains(QLatin1String("\\x1b[2J")));
            QVERIFY(f.explanation.contains(QLatin1String("<U+202E>")));
        }
    }

    void serverWords()
    {
        const Reply barracuda = ServerWords::reply(
            554, "Service unavailable; Client host [bl11-253-215.dsl.telepac.pt] "
                 "blocked using\nBarracuda Reputation;\n"
                 "http://www.barracudanetworks.com/reputation/?r=1&ip=85.244.1.2");
        QCOMPARE(ServerWords::blocklist(barracuda), QStringLiteral("Barracuda"));
        QCOMPARE(ServerWords::plain(barracuda).left(30),
                 QStringLiteral("554 Service unavailable; Clien"));
        QVERIFY(ServerWords::blocklist(ServerWords::reply(550, "5.1.1 User unknown")).isEmpty());
        QCOMPARE(ServerWords::retryAfterSeconds(ServerWords::reply(
                     450, "4.2.0 <ppl@nayarit.be>: Recipient address rejected: Greylisted for 300 "
                          "seconds")),
                 300);
        QCOMPARE(
            ServerWords::retryAfterSeconds(ServerWords::reply(451, "4.7.1 Try again in 5 minutes")),
            300);
        QCOMPARE(ServerWords::retryAfterSeconds(ServerWords::reply(451, "4.7.1 Try again later")),
                 -1);
        QCOMPARE(ServerWords::duration(300), QStringLiteral("5 minutes"));
        QCOMPARE(ServerWords::duration(1), QStringLiteral("1 second"));
    }

    void probePlans_data()
    {
        using K = ProbeResult::Kind;
        QTest::addColumn<QList<K>>("plan");
        QTest::newRow("aiosmtpd-implicit-tls-port") << QList<K>{K::TlsHandshake, K::OtherPort};
        QTest::newRow("sandbox-no-greeting") << QList<K>{K::TlsHandshake, K::OtherPort};
        QTest::newRow("aiosmtpd-plaintext-port") << QList<K>{K::PlainGreeting};
        QTest::newRow("tls-protocol-mismatch") << QList<K>{K::PlainGreeting};
        QTest::newRow("aiosmtpd-tls-required") << QList<K>{K::StartTlsAuth};
        QTest::newRow("aiosmtpd-cleartext-auth") << QList<K>{K::StartTlsAuth};
        QTest::newRow("connection-refused") << QList<K>{K::OtherPort};
        QTest::newRow("connection-timed-out") << QList<K>{K::OtherPort};
        QTest::newRow("lmtp-starttls-not-offered") << QList<K>{K::OtherPort};
        QTest::newRow("exim-recipient-unknown") << QList<K>{};
        QTest::newRow("aiosmtpd-auth-credentials-rejected") << QList<K>{};
        QTest::newRow("host-not-found") << QList<K>{};
    }

    void probePlans()
    {
        QFETCH(QList<ProbeResult::Kind>, plan);
        const SessionRecord r = loadRecording(QString::fromLatin1(QTest::currentDataTag())).value();
        QCOMPARE(Prober::plan(r), plan);
    }

    void otherPortEnvironment()
    {
        SessionRecord r;
        r.port = 587;
        QCOMPARE(Prober::otherPort(r, {}), (std::pair<quint16, SmtpSession::Security>{
                                               465, SmtpSession::Security::ImplicitTls}));
        r.port = 465;
        r.security = SmtpSession::Security::ImplicitTls;
        QCOMPARE(Prober::otherPort(r, {}).first, quint16(587));
        qputenv("POSTEL_PROBE_OTHER_PORT", "2525/starttls");
        const ProbeOptions o = ProbeOptions::fromEnvironment();
        qunsetenv("POSTEL_PROBE_OTHER_PORT");
        QCOMPARE(Prober::otherPort(r, o), (std::pair<quint16, SmtpSession::Security>{
                                              2525, SmtpSession::Security::StartTls}));
    }

    // The ids are a contract: README's list is the vocabulary, in the same order.
    void vocabularyIsDocumented()
    {
        QFile readme(qEnvironmentVariable("POSTEL_SOURCE_DIR") + QStringLiteral("/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(readme.readAll());
        const qsizetype start = text.indexOf(QLatin1String("<!-- diagnosis ids -->"));
        const qsizetype end = text.indexOf(QLatin1String("<!-- /diagnosis ids -->"));
        QVERIFY2(start >= 0 && end > start, "README.md has no list of diagnosis ids");
        QStringList documented;
        static const QRegularExpression id(QStringLiteral("^\\| `([a-z0-9-]+)` \\|"),
                                           QRegularExpression::MultilineOption);
        for (auto it = id.globalMatch(text.mid(start, end - start)); it.hasNext();)
            documented.append(it.next().captured(1));
        QCOMPARE(documented, Vocabulary::ids());
    }

    // Every finding a recording gives reads as Polish in Polish.
    void polish()
    {
        for (const QString &name : recordingNames()) {
            const SessionRecord r = loadRecording(name).value();
            useLanguage(QStringLiteral("en"));
            const QList<Finding> en = Doctor::diagnose(r);
            useLanguage(QStringLiteral("pl"));
            const QList<Finding> pl = Doctor::diagnose(r);
            QCOMPARE(idsOf(pl), idsOf(en));
            for (qsizetype i = 0; i < en.size(); ++i) {
                QVERIFY2(pl.at(i).title != en.at(i).title,
                         qPrintable(name + ": " + en.at(i).title));
                QVERIFY2(pl.at(i).fix != en.at(i).fix, qPrintable(name + ": " + en.at(i).fix));
                if (en.at(i).id != QLatin1String("unexpected-reply"))
                    QVERIFY2(pl.at(i).explanation != en.at(i).explanation,
                             qPrintable(name + ": " + en.at(i).explanation));
            }
        }
        useLanguage(QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisRules)
#include "tst_diagnosis_rules.moc"
