// The ladder diagram (core/ladder): one item per transcript entry, the TLS band, refused
// recipients, masking and escaping, and the SVG and PNG it writes.
#include "i18n/Languages.h"
#include "ladder/LadderLayout.h"
#include "ladder/LadderPainter.h"
#include "ladder/LadderSvg.h"
#include "transcript/TranscriptFormat.h"

#include <QImage>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace postel;

namespace {

const QByteArray Token = "AHRpbQB0YW5zdGFhZnRhbnN0YWFm"; // "\0tim\0tanstaaftanstaaf"

struct Session
{
    QList<TranscriptEntry> entries;
    QDateTime clock = QDateTime(QDate(2026, 5, 6), QTime(7, 8, 9, 0));
    bool tls = false;

    TranscriptEntry &add(TranscriptEntry::Direction d, const QByteArray &bytes)
    {
        TranscriptEntry e;
        clock = clock.addMSecs(7);
        e.time = clock;
        e.direction = d;
        e.bytes = bytes;
        e.encrypted = tls;
        entries.append(e);
        return entries.last();
    }
    void info(const QByteArray &text) { add(TranscriptEntry::Info, text); }
    void send(const QByteArray &line, qsizetype secretFrom = -1)
    {
        add(TranscriptEntry::Client, line).secretFrom = secretFrom;
    }
    // A reply; `lines` joined with CRLF as the session records them.
    void reply(int code, const QByteArray &verb, const QList<QByteArray> &lines)
    {
        QByteArray bytes;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i)
                bytes += "\r\n";
            bytes += QByteArray::number(code) + (i + 1 < lines.size() ? "-" : " ") + lines.at(i);
        }
        TranscriptEntry &e = add(TranscriptEntry::Server, bytes);
        e.code = code;
        e.reply.code = code;
        e.reply.lines = lines;
        e.verb = verb;
        e.elapsedMs = 12;
    }
    void startTls()
    {
        tls = true;
        add(TranscriptEntry::TlsStart, "TLS started: TLSv1.3, TLS_AES_256_GCM_SHA384");
    }
    void data(qint64 bytes) { add(TranscriptEntry::Data, {}).dataBytes = bytes; }
};

// A submission with STARTTLS, AUTH PLAIN, one recipient accepted and one refused.
Session submission()
{
    Session s;
    s.info("Connecting to mail.example port 587");
    s.reply(220, {}, {"mail.example ESMTP"});
    s.send("EHLO client.example");
    s.reply(250, "EHLO", {"mail.example", "PIPELINING", "STARTTLS", "SIZE 1000000"});
    s.send("STARTTLS");
    s.reply(220, "STARTTLS", {"2.0.0 Ready to start TLS"});
    s.startTls();
    s.send("EHLO client.example");
    s.reply(250, "EHLO", {"mail.example", "AUTH PLAIN LOGIN"});
    s.send("AUTH PLAIN " + Token, 11);
    s.reply(235, "AUTH", {"2.7.0 Authentication successful"});
    s.send("MAIL FROM:<tim@example.org>");
    s.reply(250, "MAIL", {"2.1.0 OK"});
    s.send("RCPT TO:<ann@example.org>");
    s.reply(250, "RCPT", {"2.1.5 OK"});
    s.send("RCPT TO:<nobody@example.org>");
    s.reply(550, "RCPT", {"5.1.1 <nobody@example.org>: User unknown"});
    s.send("DATA");
    s.reply(354, "DATA", {"End data with <CR><LF>.<CR><LF>"});
    s.data(1234);
    s.send(".");
    s.reply(250, ".", {"2.0.0 Queued as 4711"});
    s.send("QUIT");
    s.reply(221, "QUIT", {"2.0.0 Bye"});
    return s;
}

// The texts of each <g class="arrow command …"> in document order, and every text at all.
struct ParsedSvg
{
    bool ok = false;
    QString error;
    QStringList commands;
    QStringList replies;
    QStringList titles; // every <title>
    QStringList classes;
    QString allText;
};

ParsedSvg parse(const QByteArray &svg)
{
    ParsedSvg out;
    QXmlStreamReader xml(svg);
    QString group; // the class of the item group we are in
    int depth = 0, groupDepth = -1;
    bool inTitle = false;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            ++depth;
            const QString cls = xml.attributes().value(QStringLiteral("class")).toString();
            if (xml.name() == QLatin1String("g") &&
                xml.attributes().hasAttribute(QStringLiteral("data-entry"))) {
                group = cls;
                groupDepth = depth;
                out.classes.append(cls);
            }
            inTitle = xml.name() == QLatin1String("title");
            if (xml.name() == QLatin1String("text") && groupDepth >= 0 &&
                xml.attributes().value(QStringLiteral("class")).isEmpty()) {
                const QString t = xml.readElementText();
                --depth;
                out.allText += t + QLatin1Char('\n');
                if (group.startsWith(QLatin1String("arrow command")))
                    out.commands.append(t);
                else if (group.startsWith(QLatin1String("arrow reply")))
                    out.replies.append(t);
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            if (depth == groupDepth) {
                group.clear();
                groupDepth = -1;
            }
            --depth;
            inTitle = false;
            break;
        case QXmlStreamReader::Characters:
            if (inTitle)
                out.titles.append(xml.text().toString());
            out.allText += xml.text().toString();
            break;
        default:
            break;
        }
    }
    out.ok = !xml.hasError();
    out.error = xml.errorString();
    return out;
}

} // namespace

class TestLadder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void oneItemPerEntry();
    void tlsBandCoversTheEncryptedPart();
    void implicitTlsBandStartsAtTheHandshake();
    void refusedRecipientsAreMarked();
    void elapsedTimePerReply();
    void multiLineRepliesAreCut();
    void svgParsesAndShowsTheCommandsInOrder();
    void svgMasksSecrets();
    void serverTextIsEscaped();
    void xmlSafeReplacesWhatXmlCannotHold();
    void pngAndSvgFilesLoad();
    void longSessionsKeepTheEnd();
    void itemAtFindsRows();
    void polishLabels();
};

void TestLadder::initTestCase()
{
    QCOMPARE(Languages::install(QCoreApplication::instance(), QStringLiteral("en")),
             QStringLiteral("en"));
}

void TestLadder::oneItemPerEntry()
{
    const Session s = submission();
    const LadderDiagram d = LadderLayout::layout(s.entries);
    QCOMPARE(d.items.size(), s.entries.size());
    int arrows = 0;
    for (int i = 0; i < s.entries.size(); ++i) {
        const TranscriptEntry &e = s.entries.at(i);
        const LadderItem &item = d.items.at(i);
        QCOMPARE(item.entry, i);
        const bool arrow = e.direction == TranscriptEntry::Client ||
                           e.direction == TranscriptEntry::Server ||
                           e.direction == TranscriptEntry::Data;
        QCOMPARE(item.isArrow(), arrow);
        arrows += arrow;
        if (e.direction == TranscriptEntry::Server)
            QCOMPARE(item.kind, LadderItem::Reply);
        if (e.direction == TranscriptEntry::Client)
            QCOMPARE(item.kind, LadderItem::Command);
        if (i > 0)
            QVERIFY(item.rect.top() >= d.items.at(i - 1).rect.bottom());
        QVERIFY(item.rect.bottom() <= d.size.height());
    }
    QCOMPARE(d.arrowCount(), arrows);
    QCOMPARE(arrows, s.entries.size() - 2); // the "Connecting" note and the TLS line
    QCOMPARE(d.items.first().kind, LadderItem::Note);
    QCOMPARE(d.items.at(6).kind, LadderItem::Tls);
    QVERIFY(d.serverX > d.clientX);
}

void TestLadder::tlsBandCoversTheEncryptedPart()
{
    const Session s = submission();
    const LadderDiagram d = LadderLayout::layout(s.entries);
    QCOMPARE(d.bands.size(), 1);
    const int tls = 6;
    QCOMPARE(s.entries.at(tls).direction, TranscriptEntry::TlsStart);
    QCOMPARE(d.bands.first().top, d.items.at(tls).rect.top());
    QCOMPARE(d.bands.first().bottom, d.items.last().rect.bottom());
    for (int i = 0; i < tls; ++i)
        QVERIFY(d.items.at(i).rect.bottom() <= d.bands.first().top);
}

void TestLadder::implicitTlsBandStartsAtTheHandshake()
{
    Session s;
    s.info("Connecting to mail.example port 465");
    s.startTls();
    s.reply(220, {}, {"mail.example ESMTP"});
    s.send("QUIT");
    s.reply(221, "QUIT", {"Bye"});
    s.tls = false;
    s.add(TranscriptEntry::Error, "The connection was closed.");
    const LadderDiagram d = LadderLayout::layout(s.entries);
    QCOMPARE(d.bands.size(), 1);
    QCOMPARE(d.bands.first().top, d.items.at(1).rect.top());
    QCOMPARE(d.bands.first().bottom, d.items.at(4).rect.bottom());
    QCOMPARE(d.items.last().kind, LadderItem::Error);
}

void TestLadder::refusedRecipientsAreMarked()
{
    Session s = submission();
    s.send("MAIL FROM:<x@example.org>");
    s.reply(553, "MAIL", {"5.7.1 Sender rejected"});
    s.send("RCPT TO:<later@example.org>");
    s.reply(451, "RCPT", {"4.7.1 Try again later"});
    const LadderDiagram d = LadderLayout::layout(s.entries);
    QStringList refused;
    for (const LadderItem &item : d.items) {
        if (item.refused) {
            QVERIFY(item.negative);
            QCOMPARE(item.lines.last(), QStringLiteral("✖ recipient refused"));
            refused.append(item.lines.first());
        }
    }
    QCOMPARE(refused, (QStringList{QStringLiteral("550 5.1.1 <nobody@example.org>: User unknown"),
                                   QStringLiteral("451 4.7.1 Try again later")}));
    // A refused sender is a negative reply, not a refused recipient.
    const LadderItem &sender = d.items.at(d.items.size() - 3);
    QVERIFY(sender.negative);
    QVERIFY(!sender.refused);

    const ParsedSvg svg = parse(LadderSvg::write(d).toUtf8());
    QVERIFY2(svg.ok, qPrintable(svg.error));
    QCOMPARE(svg.classes.filter(QStringLiteral("refused")).size(), 2);
}

void TestLadder::elapsedTimePerReply()
{
    const Session s = submission();
    const LadderDiagram d = LadderLayout::layout(s.entries);
    for (const LadderItem &item : d.items) {
        if (item.kind == LadderItem::Reply)
            QCOMPARE(item.elapsed, QStringLiteral("12 ms"));
        else
            QVERIFY(item.elapsed.isEmpty());
        QVERIFY(item.offset.startsWith(QLatin1Char('+')));
    }
    QCOMPARE(d.items.first().offset, QStringLiteral("+0.000 s"));
    QCOMPARE(d.items.at(2).offset, QStringLiteral("+0.014 s"));
    const QString svg = LadderSvg::write(d);
    QCOMPARE(svg.count(QStringLiteral(">12 ms<")), 11);
}

void TestLadder::multiLineRepliesAreCut()
{
    Session s;
    QList<QByteArray> lines{"mail.example"};
    for (int i = 0; i < 20; ++i)
        lines.append("X-KEYWORD-" + QByteArray::number(i));
    s.reply(250, "EHLO", lines);
    s.send(QByteArray(300, 'A'));
    LadderLayout::Options o;
    o.maxReplyLines = 5;
    const LadderDiagram d = LadderLayout::layout(s.entries, o);
    const LadderItem &reply = d.items.first();
    QCOMPARE(reply.lines.size(), 6);
    QCOMPARE(reply.lines.first(), QStringLiteral("250-mail.example"));
    QCOMPARE(reply.lines.last(), QStringLiteral("(+16 more lines)"));
    QCOMPARE(reply.tooltip.count(QLatin1Char('\n')), 20); // the tooltip has them all
    const LadderItem &command = d.items.last();
    QCOMPARE(command.lines.size(), 1);
    QVERIFY(command.lines.first().size() < 100);
    QVERIFY(command.lines.first().endsWith(QChar(0x2026)));
    QVERIFY(d.items.last().rect.top() > reply.arrowY);
}

void TestLadder::svgParsesAndShowsTheCommandsInOrder()
{
    const Session s = submission();
    const QByteArray svg = LadderSvg::write(LadderLayout::layout(s.entries)).toUtf8();
    const ParsedSvg parsed = parse(svg);
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QStringList expected;
    QStringList expectedReplies;
    for (const TranscriptEntry &e : s.entries) {
        if (e.direction == TranscriptEntry::Client)
            expected.append(TranscriptFormat::lines(e).first());
        if (e.direction == TranscriptEntry::Server)
            expectedReplies.append(TranscriptFormat::lines(e));
    }
    QCOMPARE(parsed.commands, expected);
    QCOMPARE(parsed.commands.first(), QStringLiteral("EHLO client.example"));
    QCOMPARE(parsed.commands.at(3), QStringLiteral("AUTH PLAIN ********"));
    QCOMPARE(parsed.commands.last(), QStringLiteral("QUIT"));
    expectedReplies.insert(
        expectedReplies.indexOf(QStringLiteral("550 5.1.1 <nobody@example.org>: User "
                                               "unknown")) +
            1,
        QStringLiteral("✖ recipient refused"));
    QCOMPARE(parsed.replies, expectedReplies);
    QCOMPARE(parsed.classes.filter(QStringLiteral("arrow")).size(), s.entries.size() - 2);
    QCOMPARE(parsed.classes.filter(QStringLiteral("arrow data")).size(), 1);
    QCOMPARE(parsed.classes.filter(QStringLiteral("note tls")).size(), 1);
    QVERIFY(svg.contains("class=\"tls-band\""));
    // Qt's own SVG renderer takes it too.
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
}

void TestLadder::svgMasksSecrets()
{
    const Session s = submission();
    const QString svg = LadderSvg::write(LadderLayout::layout(s.entries));
    QVERIFY(!svg.contains(QString::fromLatin1(Token)));
    QVERIFY(!svg.contains(QStringLiteral("tanstaaf")));
    QCOMPARE(svg.count(QStringLiteral("AUTH PLAIN ********")), 2); // the text and its title
}

void TestLadder::serverTextIsEscaped()
{
    Session s;
    s.reply(220, {}, {"evil <script>alert(1)</script> & \x1b[2J \xe2\x80\xae fdp.exe"});
    s.send("EHLO </text><text>x");
    const QString svg = LadderSvg::write(LadderLayout::layout(s.entries));
    const ParsedSvg parsed = parse(svg.toUtf8());
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QVERIFY(!svg.contains(QChar(0x1b)));
    QVERIFY(!svg.contains(QChar(0x202e)));
    QVERIFY(!svg.contains(QStringLiteral("<script")));
    QCOMPARE(parsed.replies,
             QStringList{
                 QStringLiteral("220 evil <script>alert(1)</script> & \\x1b[2J <U+202E> fdp.exe")});
    QCOMPARE(parsed.commands, QStringList{QStringLiteral("EHLO </text><text>x")});
}

void TestLadder::xmlSafeReplacesWhatXmlCannotHold()
{
    const QString bad = QStringLiteral("a") + QChar(0xd800) + QStringLiteral("b") + QChar(0xffff) +
                        QChar(0x01) + QStringLiteral("😀");
    const QString safe = LadderSvg::xmlSafe(bad);
    QCOMPARE(safe, QStringLiteral("a\uFFFDb\uFFFD\uFFFD😀"));
    Session s;
    s.info(bad.toUtf8());
    LadderLayout::Options o;
    o.serverTitle = bad;
    QVERIFY(parse(LadderSvg::write(LadderLayout::layout(s.entries, o)).toUtf8()).ok);
}

void TestLadder::pngAndSvgFilesLoad()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const LadderDiagram d = LadderLayout::layout(submission().entries);
    const QString png = dir.filePath(QStringLiteral("session.PNG"));
    const QString svg = dir.filePath(QStringLiteral("session.svg"));
    QString error;
    QVERIFY2(LadderFile::save(d, png, &error), qPrintable(error));
    QVERIFY2(LadderFile::save(d, svg, &error), qPrintable(error));

    QImage image;
    QVERIFY(image.load(png, "png"));
    QCOMPARE(image.size(), d.size.toSize());
    // Something is drawn: the arrows' colours are there, not only the white background.
    int blue = 0, green = 0, red = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb c = image.pixel(x, y);
            blue += c == qRgb(0x1a, 0x4f, 0xa0);
            green += c == qRgb(0x1e, 0x6b, 0x34);
            red += c == qRgb(0xb0, 0x1c, 0x1c);
        }
    }
    QVERIFY(blue > 100);
    QVERIFY(green > 100);
    QVERIFY(red > 20);

    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const ParsedSvg parsed = parse(f.readAll());
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QCOMPARE(parsed.commands.size(), 10);

    QVERIFY(!LadderFile::save(d, dir.filePath(QStringLiteral("no/such/folder/x.svg")), &error));
    QVERIFY(!error.isEmpty());
}

void TestLadder::longSessionsKeepTheEnd()
{
    Session s;
    for (int i = 0; i < 1500; ++i) {
        s.send("NOOP " + QByteArray::number(i));
        s.reply(250, "NOOP", {"OK"});
    }
    LadderLayout::Options o;
    o.maxEntries = 1000;
    const LadderDiagram d = LadderLayout::layout(s.entries, o);
    QCOMPARE(d.items.size(), 1000);
    QCOMPARE(d.items.first().entry, 2000);
    QCOMPARE(d.items.last().lines.first(), QStringLiteral("250 OK"));
    QCOMPARE(d.omitted, QStringLiteral("2000 earlier entries are not drawn."));
    QVERIFY(parse(LadderSvg::write(d).toUtf8()).allText.contains(d.omitted));
}

void TestLadder::itemAtFindsRows()
{
    const LadderDiagram d = LadderLayout::layout(submission().entries);
    for (int i = 0; i < d.items.size(); ++i)
        QCOMPARE(d.itemAt(d.items.at(i).rect.center()), i);
    QCOMPARE(d.itemAt(QPointF(10, 2)), -1);
    QCOMPARE(d.itemAt(QPointF(10, d.size.height() + 10)), -1);
}

void TestLadder::polishLabels()
{
    QCOMPARE(Languages::install(QCoreApplication::instance(), QStringLiteral("pl")),
             QStringLiteral("pl"));
    const auto restore =
        qScopeGuard([] { Languages::install(QCoreApplication::instance(), QStringLiteral("en")); });
    Session s = submission();
    const LadderDiagram d = LadderLayout::layout(s.entries);
    QCOMPARE(d.clientTitle, QStringLiteral("Klient"));
    QCOMPARE(d.serverTitle, QStringLiteral("Serwer"));
    QCOMPARE(d.items.at(2).offset, QStringLiteral("+0,014 s"));
    bool found = false;
    for (const LadderItem &item : d.items)
        found |= item.refused && item.lines.last() == QStringLiteral("✖ adresat odrzucony");
    QVERIFY(found);
    // Wire text is never translated.
    QCOMPARE(d.items.at(1).lines.first(), QStringLiteral("220 mail.example ESMTP"));
}

QTEST_MAIN(TestLadder)
#include "tst_ladder.moc"
