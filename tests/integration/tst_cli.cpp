// postel-cli against the real servers: every exit code, the JSON shape, and the same
// capabilities, refused map, outcome and delivered bytes as Python's smtplib.

#include "CliRun.h"
#include "RealServers.h"

#include <QJsonArray>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace postel::test;

class TestCli : public QObject
{
    Q_OBJECT
private:
    RealServers m_servers;
    QTemporaryDir m_tmp;

    QString exim() const { return QStringLiteral("localhost:") + m_servers.value("EXIM_PORT"); }
    QString aiosmtpd() const
    {
        return QStringLiteral("localhost:") + m_servers.value("AIOSMTPD_PORT");
    }
    QStringList tlsArgs() const
    {
        return {QStringLiteral("--starttls"), QStringLiteral("--ca-file"),
                m_servers.value("POSTEL_TEST_CA")};
    }
    QStringList authArgs() const
    {
        return {QStringLiteral("--auth"), QStringLiteral("auto"), QStringLiteral("--auth-user"),
                QStringLiteral("alice")};
    }
    // Messages in English unless `language` says otherwise (postel-cli follows LANGUAGE).
    // runCli() keeps the event loop running, which an in-process peer needs.
    static CliRun run(const QStringList &args, bool json = true,
                      const QString &password = QStringLiteral("wonderland"),
                      const QString &language = QStringLiteral("en"))
    {
        return runCli(json ? args + QStringList{QStringLiteral("--json")} : args,
                      {{QStringLiteral("POSTEL_PASSWORD"), password},
                       {QStringLiteral("LANGUAGE"), language}});
    }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_servers = RealServers::load();
        QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
        QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
        QVERIFY(m_tmp.isValid());
    }

    void jsonShapeOnSuccess()
    {
        const QString local = uniqueLocalPart("cli");
        CliRun r =
            run(QStringList{QStringLiteral("--server"), aiosmtpd()} + tlsArgs() + authArgs() +
                QStringList{QStringLiteral("--from"), QStringLiteral("a@example.org"),
                            QStringLiteral("--to"), local + QStringLiteral("@example.org")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject j = r.json();
        for (const char *key : {"greeting", "capabilities", "tls", "auth", "accepted", "refused",
                                "error", "transcript", "outcome"})
            QVERIFY2(j.contains(QLatin1String(key)), key);
        QCOMPARE(j.value(QStringLiteral("outcome")).toString(), QStringLiteral("sent"));
        QVERIFY(j.value(QStringLiteral("error")).isNull());
        QCOMPARE(j.value(QStringLiteral("greeting")).toArray().at(0).toInt(), 220);
        QVERIFY(
            j.value(QStringLiteral("capabilities")).toObject().contains(QStringLiteral("size")));
        const QJsonObject tls = j.value(QStringLiteral("tls")).toObject();
        QVERIFY(
            tls.value(QStringLiteral("protocol")).toString().startsWith(QStringLiteral("TLSv1.")));
        QVERIFY(!tls.value(QStringLiteral("cipher")).toString().isEmpty());
        QCOMPARE(tls.value(QStringLiteral("peer_subject")).toString(), QStringLiteral("localhost"));
        QCOMPARE(tls.value(QStringLiteral("issuer")).toString(), QStringLiteral("Postel Test CA"));
        QVERIFY(QDateTime::fromString(tls.value(QStringLiteral("expiry")).toString(), Qt::ISODate)
                    .isValid());
        const QJsonObject auth = j.value(QStringLiteral("auth")).toObject();
        QCOMPARE(auth.value(QStringLiteral("mechanism")).toString(), QStringLiteral("PLAIN"));
        QCOMPARE(auth.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(j.value(QStringLiteral("accepted")).toArray().size(), 1);
        // The transcript is there and masked.
        const QJsonArray t = j.value(QStringLiteral("transcript")).toArray();
        QVERIFY(t.size() > 10);
        bool sawAuth = false;
        for (const QJsonValue &e : t) {
            const QString text = e.toObject().value(QStringLiteral("text")).toString();
            QVERIFY(!text.contains(QStringLiteral("wonderland")));
            QVERIFY(!text.contains(
                QString::fromLatin1(QByteArray("\0alice\0wonderland", 17).toBase64())));
            if (text.startsWith(QStringLiteral("AUTH PLAIN"))) {
                sawAuth = true;
                QCOMPARE(text, QStringLiteral("AUTH PLAIN ********"));
            }
        }
        QVERIFY(sawAuth);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("outcome");
    }
    void exitCodes()
    {
        const QString ok = uniqueLocalPart("ok") + QStringLiteral("@example.org");
        const QString ok2 = uniqueLocalPart("ok") + QStringLiteral("@example.org");
        struct Row
        {
            const char *name;
            QStringList args;
            QString password;
            int code;
            QString kind;
            QString outcome;
        };
        const QStringList base =
            QStringList{QStringLiteral("--server"), exim()} + tlsArgs() + authArgs();
        const QString longLine = writeFile(
            QStringLiteral("long.eml"), "Subject: long\r\n\r\n" + QByteArray(1500, 'z') + "\r\n");
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString closedPort = QString::number(closed.serverPort());
        closed.close();
        const QList<Row> rows{
            {"all accepted",
             base + QStringList{"--from", "a@example.org", "--to", ok},
             "wonderland",
             0,
             {},
             "sent"},
            {"some refused",
             base + QStringList{"--from", "a@example.org", "--to", ok2, "--to", "x@refused.test"},
             "wonderland",
             1,
             {},
             "partly-sent"},
            {"all refused",
             base + QStringList{"--from", "a@example.org", "--to", "x@refused.test", "--to",
                                "y@refused.test"},
             "wonderland", 2, "recipients-refused", "not-sent"},
            {"sender refused", base + QStringList{"--from", "a@@b", "--to", ok}, "wonderland", 3,
             "sender-refused", "not-sent"},
            {"auth failed", base + QStringList{"--from", "a@example.org", "--to", ok}, "wrong", 4,
             "authentication", "not-sent"},
            {"tls failed",
             QStringList{"--server", exim(), "--starttls", "--from", "a@example.org", "--to", ok},
             "", 5, "tls", "not-sent"},
            {"connection failed", QStringList{"--server", "127.0.0.1:" + closedPort}, "", 6,
             "connect", "not-sent"},
            // A line over 998 octets: refused before MAIL, naming the line (issue 15).
            {"data the wire cannot carry",
             QStringList{"--server", aiosmtpd()} + tlsArgs() + authArgs() +
                 QStringList{"--from", "a@example.org", "--to", ok, "--data", longLine},
             "wonderland", 7, "not-supported", "not-sent"},
            {"usage", QStringList{"--server", exim(), "--quit-after", "lunch"}, "", 8, "usage",
             "not-sent"},
            {"cleartext auth refused",
             QStringList{"--server", aiosmtpd(), "--auth", "PLAIN", "--auth-user", "alice"},
             "wonderland", 4, "authentication", "not-sent"},
        };
        for (const Row &row : rows) {
            CliRun r = run(row.args, true, row.password);
            QVERIFY2(r.exitCode == row.code,
                     qPrintable(
                         QStringLiteral("%1: exit %2, expected %3\n%4%5")
                             .arg(QLatin1String(row.name))
                             .arg(r.exitCode)
                             .arg(row.code)
                             .arg(QString::fromUtf8(r.out.left(2000)), QString::fromUtf8(r.err))));
            QCOMPARE(r.json().value(QStringLiteral("outcome")).toString(), row.outcome);
            if (row.kind.isEmpty())
                QVERIFY(r.json().value(QStringLiteral("error")).isNull());
            else
                QCOMPARE(r.json()
                             .value(QStringLiteral("error"))
                             .toObject()
                             .value(QStringLiteral("kind"))
                             .toString(),
                         row.kind);
            QCOMPARE(r.json().value(QStringLiteral("exit_code")).toInt(), row.code);
        }
    }

    void outcomeUnknownWhenLostAfterTheDot()
    {
        // A peer that takes everything, then hangs up before answering the final dot.
        QTcpServer peer;
        QVERIFY(peer.listen(QHostAddress::LocalHost));
        connect(&peer, &QTcpServer::newConnection, this, [&peer] {
            QTcpSocket *s = peer.nextPendingConnection();
            s->write("220 hangup.test ESMTP\r\n");
            auto buffer = std::make_shared<QByteArray>();
            auto inData = std::make_shared<bool>(false);
            connect(s, &QTcpSocket::readyRead, s, [s, buffer, inData] {
                buffer->append(s->readAll());
                qsizetype nl;
                while ((nl = buffer->indexOf("\r\n")) >= 0) {
                    const QByteArray line = buffer->left(nl);
                    buffer->remove(0, nl + 2);
                    if (*inData) {
                        if (line == ".") {
                            s->abort();
                            return;
                        }
                        continue;
                    }
                    if (line.startsWith("EHLO"))
                        s->write("250 hangup.test\r\n");
                    else if (line == "DATA") {
                        *inData = true;
                        s->write("354 go\r\n");
                    } else
                        s->write("250 ok\r\n");
                }
            });
        });
        CliRun r = run(
            {QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(peer.serverPort()),
             QStringLiteral("--from"), QStringLiteral("a@example.org"), QStringLiteral("--to"),
             QStringLiteral("b@example.org"), QStringLiteral("--timeout"), QStringLiteral("10")});
        // The event loop must run for the in-process peer while the CLI works.
        QCOMPARE(r.exitCode, 9);
        QCOMPARE(r.json().value(QStringLiteral("outcome")).toString(), QStringLiteral("unknown"));
        QCOMPARE(r.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
                 QStringLiteral("server-disconnected"));
    }

    void sameAsSmtplibAgainstExim()
    {
        const QString localP = uniqueLocalPart("cmpp");
        const QString localS = uniqueLocalPart("cmps");
        const QByteArray msg =
            "From: a@example.org\r\nSubject: compare\r\n\r\n.dot first\r\nline\r\n..\r\nend\r\n";
        const QString file = writeFile(QStringLiteral("cmp.eml"), msg);
        CliRun postel =
            run(QStringList{QStringLiteral("--server"), exim()} + tlsArgs() + authArgs() +
                QStringList{QStringLiteral("--from"), QStringLiteral("a@example.org"),
                            QStringLiteral("--to"), localP + QStringLiteral("@example.org"),
                            QStringLiteral("--to"), QStringLiteral("n@refused.test"),
                            QStringLiteral("--data"), file});
        QCOMPARE(postel.exitCode, 1);
        QProcess py;
        py.start(QStringLiteral("/usr/bin/python3"),
                 {qEnvironmentVariable("POSTEL_SOURCE_DIR") +
                      QStringLiteral("/tests/servers/smtplib_reference.py"),
                  QStringLiteral("--server"),
                  QStringLiteral("127.0.0.1:") + m_servers.value("EXIM_PORT"),
                  QStringLiteral("--starttls"),
                  QStringLiteral("--ca-file"),
                  m_servers.value("POSTEL_TEST_CA"),
                  QStringLiteral("--tls-name"),
                  QStringLiteral("localhost"),
                  QStringLiteral("--auth-user"),
                  QStringLiteral("alice"),
                  QStringLiteral("--auth-password"),
                  QStringLiteral("wonderland"),
                  QStringLiteral("--from"),
                  QStringLiteral("a@example.org"),
                  QStringLiteral("--to"),
                  localS + QStringLiteral("@example.org"),
                  QStringLiteral("--to"),
                  QStringLiteral("n@refused.test"),
                  QStringLiteral("--data"),
                  file});
        QVERIFY(py.waitForFinished(60000));
        const QJsonObject ref = QJsonDocument::fromJson(py.readAllStandardOutput()).object();
        QVERIFY2(!ref.isEmpty(), py.readAllStandardError().constData());
        // Capabilities: the same keywords and parameters (smtplib keeps a leading space on
        // merged AUTH parameters; compared with white space folded).
        const QJsonObject a = postel.json().value(QStringLiteral("capabilities")).toObject();
        const QJsonObject b = ref.value(QStringLiteral("capabilities")).toObject();
        QCOMPARE(a.keys(), b.keys());
        for (const QString &k : a.keys())
            QCOMPARE(a.value(k).toString().simplified(), b.value(k).toString().simplified());
        QCOMPARE(postel.json().value(QStringLiteral("refused")).toObject(),
                 ref.value(QStringLiteral("refused")).toObject());
        QCOMPARE(postel.json().value(QStringLiteral("outcome")).toString(),
                 ref.value(QStringLiteral("outcome")).toString());
        // What arrives is byte-identical apart from Exim's trace headers.
        const QList<QByteArray> p = eximDelivered(m_servers.value("EXIM_MAILDIR"), localP);
        const QList<QByteArray> s = eximDelivered(m_servers.value("EXIM_MAILDIR"), localS);
        QCOMPARE(p.size(), 1);
        QCOMPARE(s.size(), 1);
        QCOMPARE(stripEximTrace(p.first()), stripEximTrace(s.first()));
        QCOMPARE(stripEximTrace(p.first()), msg);
    }

    void composeAndMessageFlags()
    {
        const QString to = uniqueLocalPart("cto"), cc = uniqueLocalPart("ccc"),
                      bcc = uniqueLocalPart("cbcc");
        const QString att = writeFile(QStringLiteral("zał.txt"), "attached bytes\n");
        CliRun r =
            run(QStringList{QStringLiteral("--server"), exim()} + tlsArgs() + authArgs() +
                QStringList{QStringLiteral("--from"), QStringLiteral("Łukasz <l@example.org>"),
                            QStringLiteral("--to"), to + QStringLiteral("@example.org"),
                            QStringLiteral("--cc"), cc + QStringLiteral("@example.org"),
                            QStringLiteral("--bcc"), bcc + QStringLiteral("@example.org"),
                            QStringLiteral("--subject"), QStringLiteral("Zażółć gęślą jaźń"),
                            QStringLiteral("--body"), QStringLiteral("Treść"),
                            QStringLiteral("--attach"), att, QStringLiteral("--header"),
                            QStringLiteral("X-Postel-Test: yes")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("accepted")).toArray().size(), 3);
        for (const QString &local : {to, cc, bcc}) {
            const QList<QByteArray> got = eximDelivered(m_servers.value("EXIM_MAILDIR"), local);
            QCOMPARE(got.size(), 1);
            const QByteArray m = stripEximTrace(got.first());
            QVERIFY(m.contains("X-Postel-Test: yes"));
            QVERIFY(m.contains("Subject: =?UTF-8?"));
            QVERIFY(!m.toLower().contains("\r\nbcc:")); // Bcc is never transmitted
            QVERIFY(m.contains("attached bytes") ||
                    m.contains(QByteArray("attached bytes\n").toBase64()));
        }
        // --message: the envelope from the headers (Sender wins over From).
        const QString rcpt = uniqueLocalPart("msg");
        const QString file =
            writeFile(QStringLiteral("m.eml"),
                      "From: a@example.org\r\nSender: s@example.org\r\nTo: " + rcpt.toUtf8() +
                          "@example.org\r\nSubject: m\r\n\r\nbody\r\n");
        CliRun m = run(QStringList{QStringLiteral("--server"), exim()} + tlsArgs() + authArgs() +
                       QStringList{QStringLiteral("--message"), file});
        QCOMPARE(m.exitCode, 0);
        const QList<QByteArray> got = eximDelivered(m_servers.value("EXIM_MAILDIR"), rcpt);
        QCOMPARE(got.size(), 1);
        QVERIFY(got.first().startsWith("Return-path: <s@example.org>"));
        // A broken .eml is a usage error in words, nothing sent.
        const QString junk =
            writeFile(QStringLiteral("junk.eml"), QByteArray("\x00\x01\x02 not mail", 12));
        CliRun bad = run({QStringLiteral("--server"), exim(), QStringLiteral("--message"), junk});
        QCOMPARE(bad.exitCode, 8);
        QVERIFY(!bad.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .isEmpty());
    }

    // CVE-2023-27043's class: an address that could be read as two is refused before any
    // connection, named in the error, whether given for the envelope, composed or read
    // from a message's headers.
    void cve_2023_27043_addressesRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        const QString bad = QStringLiteral("alice@example.org)<bob@example.org>");
        const QString spaced = QStringLiteral("alice@example.org <bob@example.org>");
        const QString ok = QStringLiteral("carol@example.net");
        const QString subject = QStringLiteral("--subject");
        QTest::newRow("--from") << QStringList{"--from", bad, "--to", ok} << bad;
        QTest::newRow("--to") << QStringList{"--from", ok, "--to", ok, "--to", spaced} << spaced;
        const QString data = writeFile(QStringLiteral("cve.txt"), "Subject: s\r\n\r\nbody\r\n");
        QTest::newRow("--to with --data")
            << QStringList{"--from", ok, "--to", bad, "--data", data} << bad;
        QTest::newRow("composed --to")
            << QStringList{"--from", ok, "--to", spaced, subject, "s"} << spaced;
        QTest::newRow("composed --cc")
            << QStringList{"--from", ok, "--to", ok, "--cc", bad, subject, "s"} << bad;
        QTest::newRow("composed --bcc")
            << QStringList{"--from", ok, "--to", ok, "--bcc", bad, subject, "s"} << bad;
        const QString eml = writeFile(QStringLiteral("cve.eml"),
                                      "From: carol@example.net\r\nTo: " + spaced.toUtf8() +
                                          "\r\nSubject: s\r\n\r\nbody\r\n");
        QTest::newRow("--message headers") << QStringList{"--message", eml} << spaced;
        const QString good = writeFile(QStringLiteral("good.eml"),
                                       "From: carol@example.net\r\nTo: carol@example.net\r\n"
                                       "Subject: s\r\n\r\nbody\r\n");
        QTest::newRow("--message with --to") << QStringList{"--message", good, "--to", bad} << bad;
    }
    void cve_2023_27043_addressesRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const CliRun r = run(QStringList{QStringLiteral("--server"),
                                         QStringLiteral("127.0.0.1:%1").arg(server.serverPort())} +
                             args);
        QCOMPARE(r.exitCode, 8);
        const QString message = r.json()
                                    .value(QStringLiteral("error"))
                                    .toObject()
                                    .value(QStringLiteral("message"))
                                    .toString();
        QVERIFY2(message.contains(named), qPrintable(message));
        QVERIFY2(QString::fromLocal8Bit(r.err).contains(named), r.err.constData());
        QVERIFY(!server.hasPendingConnections());
    }

    void quitAfterStops_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("lastCommand");
        QTest::newRow("connect") << "connect"
                                 << "";
        QTest::newRow("ehlo") << "ehlo"
                              << "EHLO";
        QTest::newRow("tls") << "tls"
                             << "EHLO";
        QTest::newRow("auth") << "auth"
                              << "AUTH";
        QTest::newRow("mail") << "mail"
                              << "MAIL FROM";
        QTest::newRow("rcpt") << "rcpt"
                              << "RCPT TO";
        QTest::newRow("data") << "data"
                              << "DATA";
    }
    void quitAfterStops()
    {
        QFETCH(QString, stage);
        QFETCH(QString, lastCommand);
        CliRun r = run(QStringList{QStringLiteral("--server"), exim()} + tlsArgs() + authArgs() +
                       QStringList{QStringLiteral("--from"), QStringLiteral("a@example.org"),
                                   QStringLiteral("--to"), QStringLiteral("b@example.org"),
                                   QStringLiteral("--quit-after"), stage});
        QCOMPARE(r.exitCode, 0);
        QStringList commands;
        for (const QJsonValue &e : r.json().value(QStringLiteral("transcript")).toArray()) {
            const QJsonObject o = e.toObject();
            if (o.value(QStringLiteral("direction")).toString() == QLatin1String("client"))
                commands.append(o.value(QStringLiteral("text")).toString());
        }
        if (stage != QLatin1String("data")) {
            QVERIFY(!commands.isEmpty());
            QCOMPARE(commands.last(), QStringLiteral("QUIT"));
            commands.removeLast();
        }
        if (!commands.isEmpty() && commands.last() == QLatin1String("********"))
            commands.removeLast(); // the masked answer to the last AUTH challenge
        if (lastCommand.isEmpty()) {
            QVERIFY(commands.isEmpty());
        } else {
            QVERIFY(!commands.isEmpty()); // a failure, not a crash, when nothing was sent
            QVERIFY2(commands.last().startsWith(lastCommand),
                     qPrintable(commands.join(QLatin1Char('|'))));
        }
        QCOMPARE(r.json().value(QStringLiteral("outcome")).toString(), QStringLiteral("not-sent"));
    }

    void vrfyExpnAndDebugLevels()
    {
        CliRun r = run({QStringLiteral("--server"), exim(), QStringLiteral("--vrfy"),
                        QStringLiteral("alice@example.org"), QStringLiteral("--expn"),
                        QStringLiteral("staff@example.org")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json()
                     .value(QStringLiteral("vrfy"))
                     .toObject()
                     .value(QStringLiteral("alice@example.org"))
                     .toArray()
                     .at(0)
                     .toInt(),
                 250);
        QCOMPARE(r.json()
                     .value(QStringLiteral("expn"))
                     .toObject()
                     .value(QStringLiteral("staff@example.org"))
                     .toArray()
                     .at(1)
                     .toString(),
                 QStringLiteral("<alice@postel.test>\n<bob@postel.test>"));
        CliRun silent = run({QStringLiteral("--server"), exim(), QStringLiteral("--quit-after"),
                             QStringLiteral("ehlo")},
                            false);
        QCOMPARE(silent.exitCode, 0);
        QVERIFY(silent.err.isEmpty());
        CliRun one =
            run({QStringLiteral("--server"), exim(), QStringLiteral("--quit-after"),
                 QStringLiteral("ehlo"), QStringLiteral("--debug-level"), QStringLiteral("1")},
                false);
        QVERIFY(one.err.contains("-> EHLO "));
        QVERIFY(one.err.contains("<- 220 exim.test"));
        QVERIFY(!QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} "),
                                    QRegularExpression::MultilineOption)
                     .match(QString::fromUtf8(one.err))
                     .hasMatch());
        CliRun two =
            run({QStringLiteral("--server"), exim(), QStringLiteral("--quit-after"),
                 QStringLiteral("ehlo"), QStringLiteral("--debug-level"), QStringLiteral("2")},
                false);
        QVERIFY(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} -> EHLO "),
                                   QRegularExpression::MultilineOption)
                    .match(QString::fromUtf8(two.err))
                    .hasMatch());
    }

    // Messages, --help and errors follow the user's language; the JSON (keys, kinds, codes)
    // and the exit codes do not.
    void messagesFollowTheLanguage()
    {
        const QStringList missingFrom{QStringLiteral("--server"), exim(), QStringLiteral("--to"),
                                      QStringLiteral("a@example.org")};
        const CliRun pl = run(missingFrom, false, {}, QStringLiteral("pl"));
        QCOMPARE(pl.exitCode, 8);
        QCOMPARE(QString::fromLocal8Bit(pl.err).trimmed(),
                 QStringLiteral("postel-cli: Opcja --to wymaga --from."));
        const CliRun en = run(missingFrom, false);
        QCOMPARE(en.exitCode, 8);
        QCOMPARE(QString::fromLocal8Bit(en.err).trimmed(),
                 QStringLiteral("postel-cli: --to needs --from."));
        const CliRun plJson = run(missingFrom, true, {}, QStringLiteral("pl"));
        QCOMPARE(plJson.exitCode, 8);
        QCOMPARE(plJson.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
                 QStringLiteral("usage"));
        QCOMPARE(plJson.json().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("not-sent"));
        const CliRun help = run({QStringLiteral("--help")}, false, {}, QStringLiteral("pl"));
        QCOMPARE(help.exitCode, 0);
        const QString text = QString::fromLocal8Bit(help.out);
        QVERIFY2(text.contains(QStringLiteral("Kody wyjścia:")) &&
                     text.contains(QStringLiteral("Ufaj tylko certyfikatom CA z PLIKU (PEM).")),
                 qPrintable(text));
        // A server's refusal reaches the user in Polish too (the core's own message).
        const CliRun refused = run({QStringLiteral("--server"), exim(), QStringLiteral("--from"),
                                    QStringLiteral("cli@example.org"), QStringLiteral("--to"),
                                    uniqueLocalPart("x") + QStringLiteral("@refused.test")},
                                   false, {}, QStringLiteral("pl"));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(QString::fromLocal8Bit(refused.err)
                     .contains(QStringLiteral("Serwer odrzucił wszystkich odbiorców.")),
                 refused.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
