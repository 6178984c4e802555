// postel-cli --ladder against Exim: the SVG (and PNG) of a session with STARTTLS and AUTH —
// the TLS band, the commands in order, a refused recipient marked, no password or token —
// and the file written when the session fails (connection refused, TLS failure).

#include "CliRun.h"
#include "RealServers.h"

#include <QImage>
#include <QJsonArray>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace postel::test;

namespace {

// What a ladder SVG says: the item groups' classes and the commands' texts, in order.
struct Svg
{
    bool ok = false;
    QString error;
    QStringList classes;
    QStringList commands;
    int tlsBands = 0;
};

Svg readSvg(const QString &path)
{
    Svg s;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        s.error = f.errorString();
        return s;
    }
    QXmlStreamReader xml(&f);
    QString group;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString cls = xml.attributes().value(QStringLiteral("class")).toString();
        if (xml.name() == QLatin1String("rect") && cls == QLatin1String("tls-band"))
            ++s.tlsBands;
        if (xml.name() == QLatin1String("g") &&
            xml.attributes().hasAttribute(QStringLiteral("data-entry"))) {
            group = cls;
            s.classes.append(cls);
        }
        // The first text of a command's group is its line (the offset has a class).
        if (xml.name() == QLatin1String("text") && cls.isEmpty() &&
            group.startsWith(QLatin1String("arrow command"))) {
            s.commands.append(xml.readElementText());
            group.clear();
        }
    }
    s.ok = !xml.hasError();
    s.error = xml.errorString();
    return s;
}

} // namespace

class TestCliLadder : public QObject
{
    Q_OBJECT
private:
    RealServers m_servers;
    QTemporaryDir m_dir;

    static CliRun run(const QStringList &args, const QString &password = {})
    {
        // No DISPLAY and no QT_QPA_PLATFORM (empty values remove them): a PNG needs no display.
        return runCli(args, {{QStringLiteral("DISPLAY"), {}},
                             {QStringLiteral("QT_QPA_PLATFORM"), {}},
                             {QStringLiteral("POSTEL_PASSWORD"), password}});
    }
    QStringList eximSubmission(const QString &ladder) const
    {
        return {QStringLiteral("--server"),
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
                uniqueLocalPart("ladder") + QStringLiteral("@example.org"),
                QStringLiteral("--to"),
                QStringLiteral("x@refused.test"),
                QStringLiteral("--ladder"),
                ladder};
    }
    QByteArray plainToken() const
    {
        return QByteArray(QByteArray("\0", 1) + m_servers.value("POSTEL_TEST_USER").toUtf8() +
                          QByteArray("\0", 1) + m_servers.value("POSTEL_TEST_PASSWORD").toUtf8())
            .toBase64();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_servers = RealServers::load();
        QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
        QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
        QVERIFY(m_dir.isValid());
    }

    void helpNamesTheOption()
    {
        const CliRun r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--ladder <file>"));
    }

    void svgOfAStartTlsAuthSession()
    {
        const QString path = m_dir.filePath(QStringLiteral("exim.svg"));
        const QString password = m_servers.value("POSTEL_TEST_PASSWORD");
        const CliRun r = run(eximSubmission(path), password);
        QCOMPARE(r.exitCode, 1); // one recipient refused
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains(password.toUtf8()));
        QVERIFY(!bytes.contains(plainToken()));
        QVERIFY(bytes.contains("AUTH PLAIN ********"));

        const Svg svg = readSvg(path);
        QVERIFY2(svg.ok, qPrintable(svg.error));
        QCOMPARE(svg.tlsBands, 1);
        QCOMPARE(svg.classes.filter(QStringLiteral("note tls")).size(), 1);
        QCOMPARE(svg.classes.filter(QStringLiteral("refused")).size(), 1);
        QVERIFY2(svg.commands.size() >= 9, qPrintable(svg.commands.join(QLatin1Char('|'))));
        QCOMPARE(svg.commands.at(0).left(5), QStringLiteral("EHLO "));
        QCOMPARE(svg.commands.at(1), QStringLiteral("STARTTLS"));
        QCOMPARE(svg.commands.at(2).left(5), QStringLiteral("EHLO "));
        QCOMPARE(svg.commands.at(3), QStringLiteral("AUTH PLAIN ********"));
        QVERIFY(svg.commands.at(4).startsWith(QStringLiteral("MAIL FROM:<a@example.org>")));
        // Exim offers CHUNKING: the message goes with BDAT.
        QVERIFY(
            svg.commands.contains(QStringLiteral("DATA")) ||
            !svg.commands.filter(QRegularExpression(QStringLiteral("^BDAT \\d+ LAST$"))).isEmpty());
        QCOMPARE(svg.commands.last(), QStringLiteral("QUIT"));
        // Everything after STARTTLS's reply is drawn encrypted.
        const qsizetype tls = svg.classes.indexOf(QStringLiteral("note tls encrypted"));
        QVERIFY(tls > 0);
        for (qsizetype i = tls; i < svg.classes.size(); ++i) {
            if (svg.classes.at(i).startsWith(QLatin1String("arrow")))
                QVERIFY2(svg.classes.at(i).contains(QLatin1String("encrypted")),
                         qPrintable(svg.classes.at(i)));
        }
        // One item per transcript entry: the same run's JSON transcript has as many.
        const CliRun j = run(eximSubmission(m_dir.filePath(QStringLiteral("exim2.svg"))) +
                                 QStringList{QStringLiteral("--json")},
                             password);
        QCOMPARE(j.exitCode, 1);
        const qsizetype entries = j.json().value("transcript").toArray().size();
        const Svg again = readSvg(m_dir.filePath(QStringLiteral("exim2.svg")));
        QCOMPARE(again.classes.size(), entries);
    }

    void pngOfASession()
    {
        const QString path = m_dir.filePath(QStringLiteral("exim.png"));
        const CliRun r = run(eximSubmission(path), m_servers.value("POSTEL_TEST_PASSWORD"));
        QCOMPARE(r.exitCode, 1);
        QImage image;
        QVERIFY(image.load(path, "png"));
        QVERIFY(image.width() > 600);
        QVERIFY(image.height() > 400);
    }

    void writtenWhenTheConnectionIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("svg") << QStringLiteral("refused.svg");
        QTest::newRow("png") << QStringLiteral("refused.png");
    }
    void writtenWhenTheConnectionIsRefused()
    {
        QFETCH(QString, name);
        // A port nobody listens on: take a free one and let it go.
        quint16 port = 0;
        {
            QTcpServer s;
            QVERIFY(s.listen(QHostAddress::LocalHost));
            port = s.serverPort();
        }
        const QString path = m_dir.filePath(name);
        const CliRun r = run({QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(port),
                              QStringLiteral("--ladder"), path});
        QCOMPARE(r.exitCode, 6);
        if (name.endsWith(QLatin1String(".png"))) {
            QImage image;
            QVERIFY(image.load(path, "png"));
            return;
        }
        const Svg svg = readSvg(path);
        QVERIFY2(svg.ok, qPrintable(svg.error));
        QVERIFY(svg.classes.contains(QStringLiteral("note error")));
        QCOMPARE(svg.commands.size(), 0);
    }

    void writtenWhenTlsFails()
    {
        // Exim's certificate is not trusted without the test CA: the handshake fails.
        const QString path = m_dir.filePath(QStringLiteral("untrusted.svg"));
        const CliRun r = run({QStringLiteral("--server"),
                              QStringLiteral("localhost:") + m_servers.value("EXIM_PORT"),
                              QStringLiteral("--starttls"), QStringLiteral("--ladder=") + path});
        QCOMPARE(r.exitCode, 5);
        const Svg svg = readSvg(path);
        QVERIFY2(svg.ok, qPrintable(svg.error));
        QCOMPARE(svg.commands.mid(0, 2),
                 (QStringList{svg.commands.value(0), QStringLiteral("STARTTLS")}));
        QVERIFY(svg.classes.contains(QStringLiteral("note error")));
        QCOMPARE(svg.tlsBands, 0);
    }

    void unwritableFileIsSaid()
    {
        quint16 port = 0;
        {
            QTcpServer s;
            QVERIFY(s.listen(QHostAddress::LocalHost));
            port = s.serverPort();
        }
        const QString path = m_dir.filePath(QStringLiteral("no/such/folder/x.svg"));
        const CliRun r = run({QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(port),
                              QStringLiteral("--ladder"), path});
        QCOMPARE(r.exitCode, 6); // the session's own outcome
        QVERIFY2(r.err.contains("Cannot write " + path.toUtf8()), r.err.constData());
    }
};

QTEST_MAIN(TestCliLadder)
#include "tst_cli_ladder.moc"
