// postel-cli explain (text and JSON, English and Polish, unknown input) and postel-cli
// --explain against Exim (the explanations in the JSON transcript and under each reply of
// the debug output, credentials never shown).

#include "CliRun.h"
#include "RealServers.h"

#include <QJsonArray>
#include <QtTest>

using namespace postel::test;

class TestCliExplain : public QObject
{
    Q_OBJECT
private:
    RealServers m_servers;

    static CliRun run(const QStringList &args, const QString &language = QStringLiteral("en"),
                      const QString &password = {})
    {
        return runCli(args, {{QStringLiteral("LANGUAGE"), language},
                             {QStringLiteral("POSTEL_PASSWORD"), password}});
    }
    static QString explain(const QString &text, const QString &language = QStringLiteral("en"))
    {
        const CliRun r = run({QStringLiteral("explain"), text}, language);
        return r.exitCode == 0 ? QString::fromUtf8(r.out) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_servers = RealServers::load();
        QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
        QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    }

    void replyAsText()
    {
        const QString en = explain(QStringLiteral("550 5.1.1 <x@example.org>: User unknown"));
        QVERIFY2(en.startsWith(
                     QStringLiteral("550 — Requested action not taken: mailbox unavailable\n")),
                 qPrintable(en));
        QVERIFY(en.contains(QStringLiteral("RFC 5321 §4.2.2")));
        QVERIFY(en.contains(QStringLiteral("5.1.1 — Bad destination mailbox address (the "
                                           "registry's meaning; servers vary)")));
        QVERIFY(en.contains(QStringLiteral("Class 5: Permanent Failure. Subject 1: Addressing "
                                           "Status.")));
        const QString pl = explain(QStringLiteral("550 5.1.1 <x@example.org>: User unknown"), "pl");
        QVERIFY2(pl.startsWith(QStringLiteral(
                     "550 — Nie wykonano żądanej czynności: skrzynka niedostępna\n")),
                 qPrintable(pl));
        QVERIFY(pl.contains(QStringLiteral("5.1.1 — Błędny adres skrzynki odbiorcy")));
        QVERIFY(pl.contains(QStringLiteral("RFC 5321 §4.2.2")));
    }

    void replyAsJson_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("pl") << QStringLiteral("pl");
    }
    void replyAsJson()
    {
        QFETCH(QString, language);
        const CliRun r = run({QStringLiteral("explain"), QStringLiteral("--json"),
                              QStringLiteral("550 5.1.1 <x@example.org>: User unknown")},
                             language);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject j = r.json();
        QStringList keys = j.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{"class", "code", "enhanced", "kind", "meaning", "rfc"}));
        QCOMPARE(j.value("kind").toString(), QStringLiteral("reply"));
        QCOMPARE(j.value("code").toInt(), 550);
        QCOMPARE(j.value("class").toString(), QStringLiteral("permanent-negative"));
        QCOMPARE(j.value("rfc").toArray(), (QJsonArray{"RFC 5321 §4.2.2"}));
        const QJsonObject e = j.value("enhanced").toObject();
        keys = e.keys();
        keys.sort();
        QCOMPARE(keys,
                 (QStringList{"class_title", "code", "meaning", "rfc", "subject_title", "title"}));
        QCOMPARE(e.value("code").toString(), QStringLiteral("5.1.1"));
        QCOMPARE(e.value("rfc").toArray(), (QJsonArray{"RFC 3463 §3.2"}));
        if (language == QLatin1String("en")) {
            QCOMPARE(e.value("title").toString(),
                     QStringLiteral("Bad destination mailbox address"));
            QCOMPARE(e.value("class_title").toString(), QStringLiteral("Permanent Failure"));
            QVERIFY(j.value("meaning").toString().startsWith(
                QStringLiteral("Requested action not taken")));
        } else {
            QCOMPARE(e.value("title").toString(), QStringLiteral("Błędny adres skrzynki odbiorcy"));
            QCOMPARE(e.value("class_title").toString(), QStringLiteral("Błąd trwały"));
            QCOMPARE(e.value("subject_title").toString(), QStringLiteral("Stan adresu"));
            QVERIFY(j.value("meaning").toString().startsWith(
                QStringLiteral("Nie wykonano żądanej czynności")));
        }
    }

    void otherKinds_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("code") << QStringList{"421"} << "reply"
                              << "class"
                              << "transient-negative";
        QTest::newRow("intermediate") << QStringList{"354"} << "reply"
                                      << "class"
                                      << "positive-intermediate";
        QTest::newRow("enhanced") << QStringList{"5.7.26"} << "enhanced-code"
                                  << "kind"
                                  << "enhanced-code";
        QTest::newRow("command, one argument")
            << QStringList{"MAIL FROM:<a@example.org> SIZE=100"} << "command"
            << "verb"
            << "MAIL";
        QTest::newRow("command, several arguments")
            << QStringList{"RCPT", "TO:<a@example.org>"} << "command"
            << "verb"
            << "RCPT";
        QTest::newRow("keyword") << QStringList{"PIPELINING"} << "extension"
                                 << "keyword"
                                 << "PIPELINING";
        QTest::newRow("keyword with value") << QStringList{"size", "1000"} << "extension"
                                            << "keyword"
                                            << "SIZE";
        QTest::newRow("both, as command") << QStringList{"STARTTLS"} << "command"
                                          << "verb"
                                          << "STARTTLS";
        QTest::newRow("both, as keyword")
            << QStringList{"--kind", "extension", "STARTTLS"} << "extension"
            << "keyword"
            << "STARTTLS";
    }
    void otherKinds()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, kind);
        QFETCH(QString, key);
        QFETCH(QString, value);
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("pl")}) {
            const CliRun r = run(
                QStringList{QStringLiteral("explain"), QStringLiteral("--json")} + args, language);
            QCOMPARE(r.exitCode, 0);
            const QJsonObject j = r.json();
            QCOMPARE(j.value("kind").toString(), kind);
            QCOMPARE(j.value(key).toString(), value);
            if (kind != QLatin1String("enhanced-code")) {
                QVERIFY(!j.value("meaning").toString().isEmpty());
                QVERIFY(!j.value("rfc").toArray().isEmpty());
            }
            // And as text.
            const CliRun t = run(QStringList{QStringLiteral("explain")} + args, language);
            QCOMPARE(t.exitCode, 0);
            QVERIFY(t.out.contains("RFC "));
        }
        // The texts are translated; the keys and values above are not.
        QVERIFY(run(QStringList{"explain"} + args, "en").out !=
                run(QStringList{"explain"} + args, "pl").out);
    }

    void unknownInputIsAUsageError()
    {
        for (const QStringList &args :
             {QStringList{"explain", "hello world"}, QStringList{"explain", "6.1.1"},
              QStringList{"explain", "999"}, QStringList{"explain"},
              QStringList{"explain", "--kind", "nonsense", "250"}}) {
            const CliRun r = run(args);
            QCOMPARE(r.exitCode, 8);
            QVERIFY(r.out.isEmpty());
            QVERIFY2(r.err.startsWith("postel-cli explain: "), r.err.constData());
        }
        const CliRun j = run({"explain", "--json", "hello"});
        QCOMPARE(j.exitCode, 8);
        QCOMPARE(j.json().value("exit_code").toInt(), 8);
        QCOMPARE(j.json().value("error").toObject().value("kind").toString(),
                 QStringLiteral("usage"));
        const CliRun pl = run({"explain", "hello"}, "pl");
        QCOMPARE(pl.exitCode, 8);
        QVERIFY2(QString::fromUtf8(pl.err).contains(QStringLiteral("nie jest odpowiedzią")),
                 pl.err.constData());
        // Control characters in the input are shown escaped.
        const CliRun esc = run({"explain", QStringLiteral("bad\x1b[31mtext")});
        QVERIFY(!esc.err.contains('\x1b'));
        QVERIFY(esc.err.contains("\\x1b"));
    }

    void helpDocumentsIt()
    {
        const CliRun main = run({"--help"});
        QCOMPARE(main.exitCode, 0);
        QVERIFY(main.out.contains("--explain"));
        QVERIFY(main.out.contains("postel-cli explain [--json] TEXT"));
        const CliRun sub = run({"explain", "--help"});
        QCOMPARE(sub.exitCode, 0);
        QVERIFY(sub.out.contains("enhanced-code"));
        QVERIFY(sub.out.contains("class_title"));
        QVERIFY(sub.out.left(sub.out.indexOf('\n')).contains("postel-cli explain [options]"));
        const CliRun pl = run({"explain", "--help"}, "pl");
        QVERIFY(QString::fromUtf8(pl.out).contains(QStringLiteral("słowo kluczowe EHLO")));
    }

    // --explain against Exim: STARTTLS, AUTH, a refused recipient.
    void sessionExplained_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("pl") << QStringLiteral("pl");
    }
    void sessionExplained()
    {
        QFETCH(QString, language);
        const QString password = m_servers.value("POSTEL_TEST_PASSWORD");
        const QStringList args{QStringLiteral("--server"),
                               QStringLiteral("localhost:") + m_servers.value("EXIM_PORT"),
                               QStringLiteral("--starttls"),
                               QStringLiteral("--ca-file"),
                               m_servers.value("POSTEL_TEST_CA"),
                               QStringLiteral("--auth"),
                               QStringLiteral("PLAIN"),
                               QStringLiteral("--auth-user"),
                               m_servers.value("POSTEL_TEST_USER"),
                               QStringLiteral("--from"),
                               QStringLiteral("a@example.org"),
                               QStringLiteral("--to"),
                               uniqueLocalPart("cli") + QStringLiteral("@example.org"),
                               QStringLiteral("--to"),
                               QStringLiteral("x@refused.test"),
                               QStringLiteral("--explain")};
        const QByteArray plainToken =
            QByteArray(QByteArray("\0", 1) + m_servers.value("POSTEL_TEST_USER").toUtf8() +
                       QByteArray("\0", 1) + password.toUtf8())
                .toBase64();

        // JSON: every entry has an explanation; commands and replies a non-empty one.
        const CliRun j = run(args + QStringList{QStringLiteral("--json")}, language, password);
        QCOMPARE(j.exitCode, 1); // one recipient refused
        QVERIFY(!j.out.contains(password.toUtf8()));
        QVERIFY(!j.out.contains(plainToken));
        const QJsonArray transcript = j.json().value("transcript").toArray();
        QVERIFY(transcript.size() > 10);
        bool sawEhloAgain = false, sawRcptNote = false;
        for (const QJsonValue &v : transcript) {
            const QJsonObject e = v.toObject();
            QVERIFY2(e.contains("explanation"), qPrintable(e.value("text").toString()));
            const QString direction = e.value("direction").toString();
            const QString x = e.value("explanation").toString();
            if (direction == QLatin1String("client") || direction == QLatin1String("server"))
                QVERIFY2(!x.isEmpty(), qPrintable(e.value("text").toString()));
            if (x.contains(QStringLiteral("RFC 3207 §4.2")) && direction == "client")
                sawEhloAgain = true;
            if (x.contains(QStringLiteral("RFC 5321 §3.3")) && direction == "server")
                sawRcptNote = true;
        }
        QVERIFY(sawEhloAgain);
        QVERIFY(sawRcptNote);
        // Without --explain, no explanation key (the report's shape is unchanged).
        const CliRun plain =
            run(args.mid(0, args.size() - 1) + QStringList{"--json"}, language, password);
        for (const QJsonValue &v : plain.json().value("transcript").toArray())
            QVERIFY(!v.toObject().contains("explanation"));

        // Debug output: indented "# " lines under each reply, none under commands.
        const CliRun d = run(args, language, password);
        QCOMPARE(d.exitCode, 1);
        QVERIFY(!d.err.contains(password.toUtf8()));
        QVERIFY(!d.err.contains(plainToken));
        const QList<QByteArray> lines = d.err.split('\n');
        int replies = 0, explained = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QByteArray &l = lines.at(i);
            const bool lastLineOfReply =
                (l.startsWith("<- ") || l.startsWith("<~ ")) && l.size() > 6 && l.at(6) == ' ';
            if (lastLineOfReply) {
                ++replies;
                if (i + 1 < lines.size() && lines.at(i + 1).startsWith("    # "))
                    ++explained;
            }
            if (l.startsWith("-> ") || l.startsWith("~> "))
                QVERIFY2(i + 1 >= lines.size() || !lines.at(i + 1).startsWith("    # "),
                         l.constData());
        }
        QVERIFY(replies > 8);
        QCOMPARE(explained, replies);
        if (language == QLatin1String("pl"))
            QVERIFY(QString::fromUtf8(d.err).contains(QStringLiteral("ponownie wysłać EHLO")));
        else
            QVERIFY(d.err.contains("has to send EHLO again"));
    }
};

QTEST_GUILESS_MAIN(TestCliExplain)
#include "tst_cli_explain.moc"
