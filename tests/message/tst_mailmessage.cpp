// MailMessage: addresses, build -> serialise -> parse round trips checked by an independent
// reader (Python's email package), serialisation per server, envelope rules, bad input.
#include "EmailCheck.h"
#include "message/InternationalAddress.h"
#include "message/MailMessage.h"
#include "message/MessageReader.h"
#include "message/MessageWriter.h"
#include "message/SendMessage.h"
#include "smtp/Capabilities.h"

// GMime stays inside core/message's .cpp files: no public header may bring GLib along (its
// headers use "signals" as a name, and its types are no part of Postel's API).
#if defined(__G_LIB_H__) || defined(__GMIME_H__)
#error "a public core/message header includes GLib or GMime"
#endif

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace postel;

namespace {

struct Sample
{
    QString name, subject, body, html, fileName;
};

Sample sampleFor(const QString &lang)
{
    if (lang == QLatin1String("ascii"))
        return {QStringLiteral("John Smith"), QStringLiteral("Quarterly report"),
                QStringLiteral("Hello,\nsee the report attached.\n\n-- \nJohn\n"),
                QStringLiteral("<p>Hello, <b>see</b> the report.</p>"),
                QStringLiteral("report.pdf")};
    if (lang == QLatin1String("polish"))
        return {QStringLiteral("Łukasz Żółć-Gęślą"),
                QStringLiteral("Zażółć gęślą jaźń — sprawozdanie kwartalne"),
                QStringLiteral("Dzień dobry,\nw załączniku ślę sprawozdanie. Łódź, źdźbło.\n"),
                QStringLiteral("<p>Dzień dobry, <i>zażółć gęślą jaźń</i>.</p>"),
                QStringLiteral("sprawozdanie łódź.pdf")};
    if (lang == QLatin1String("greek"))
        return {QStringLiteral("Αλέξανδρος Παπαδόπουλος"),
                QStringLiteral("Ξεσκεπάζω την ψυχοφθόρα βδελυγμία"),
                QStringLiteral("Γειά σου κόσμε!\nΤο συνημμένο αρχείο.\n"),
                QStringLiteral("<p>Γειά σου <b>κόσμε</b></p>"), QStringLiteral("αναφορά.txt")};
    if (lang == QLatin1String("chinese"))
        return {QStringLiteral("张伟"), QStringLiteral("季度报告：请查收附件"),
                QStringLiteral("你好，世界！\n请查收附件。\n"),
                QStringLiteral("<p>你好，<b>世界</b>！</p>"), QStringLiteral("报告 2024.docx")};
    if (lang == QLatin1String("emoji"))
        return {QStringLiteral("Party 🎉 Bot 😀"), QStringLiteral("🎉 Launch day 🚀 — ready?"),
                QStringLiteral("Cheers 🍻\nSee you 👋\n"),
                QStringLiteral("<p>Cheers 🍻 <img src=\"cid:logo@postel.test\"></p>"),
                QStringLiteral("😀 smile.bin")};
    // "long": folding of long encoded headers and long names.
    const QString word = QStringLiteral("Zażółć gęślą jaźń ");
    return {word.repeated(4).trimmed(), word.repeated(12).trimmed(),
            word.repeated(3) + QLatin1Char('\n'), QStringLiteral("<p>") + word + "</p>",
            word.repeated(5).trimmed() + QStringLiteral(".txt")};
}

QByteArray randomBytes(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        b[i] = char(QRandomGenerator::global()->bounded(256));
    return b;
}

MailMessage buildSample(const Sample &s, bool withHtml, bool withAttachments)
{
    MailMessage m;
    m.setFrom(MailAddress{s.name, QStringLiteral("sender@example.org")});
    m.setTo({MailAddress{s.name + QStringLiteral(" 2"), QStringLiteral("to1@example.com")},
             MailAddress{QString(), QStringLiteral("to2@example.com")}});
    m.setCc({MailAddress{QStringLiteral("Doe, John"), QStringLiteral("cc@example.com")}});
    m.setBcc({MailAddress{s.name, QStringLiteral("hidden@example.com")}});
    m.setReplyTo({MailAddress{s.name, QStringLiteral("reply@example.org")}});
    m.setSubject(s.subject);
    m.setTextBody(s.body);
    m.addHeader("X-Mailer", QStringLiteral("Postel tests"));
    m.addHeader("X-Note", s.subject);
    if (withHtml)
        m.setHtmlBody(s.html);
    if (withAttachments) {
        MailAttachment logo = MailAttachment::fromData(
            randomBytes(3000), QStringLiteral("logo.png"), QStringLiteral("image/png"));
        logo.isInline = true;
        logo.contentId = QStringLiteral("logo@postel.test");
        if (withHtml)
            m.addAttachment(logo); // inline parts come first when read back
        m.addAttachment(MailAttachment::fromData(randomBytes(20000), s.fileName));
        m.addAttachment(MailAttachment::fromData(s.body.toUtf8(), QStringLiteral("notes.txt"),
                                                 QStringLiteral("text/plain")));
    }
    m.ensureDateAndMessageId();
    return m;
}

QString addrs(const MailAddressList &l)
{
    QStringList out;
    for (const auto &a : l)
        out.append(a.name + QLatin1Char('|') + a.address);
    return out.join(QLatin1String("; "));
}

bool sameMessage(const MailMessage &a, const MailMessage &b, bool withBcc, QString *why)
{
    auto diff = [&](const QString &what, const QString &x, const QString &y) {
        *why = QStringLiteral("%1 differs:\n  %2\n  %3").arg(what, x, y);
        return false;
    };
    if (addrs(a.from()) != addrs(b.from()))
        return diff("From", addrs(a.from()), addrs(b.from()));
    if (addrs({a.sender()}) != addrs({b.sender()}))
        return diff("Sender", addrs({a.sender()}), addrs({b.sender()}));
    if (addrs(a.replyTo()) != addrs(b.replyTo()))
        return diff("Reply-To", addrs(a.replyTo()), addrs(b.replyTo()));
    if (addrs(a.to()) != addrs(b.to()))
        return diff("To", addrs(a.to()), addrs(b.to()));
    if (addrs(a.cc()) != addrs(b.cc()))
        return diff("Cc", addrs(a.cc()), addrs(b.cc()));
    if (withBcc && addrs(a.bcc()) != addrs(b.bcc()))
        return diff("Bcc", addrs(a.bcc()), addrs(b.bcc()));
    if (a.subject() != b.subject())
        return diff("Subject", a.subject(), b.subject());
    if (a.textBody() != b.textBody())
        return diff("text body", a.textBody(), b.textBody());
    if (a.htmlBody() != b.htmlBody())
        return diff("HTML body", a.htmlBody(), b.htmlBody());
    if (a.date() != b.date())
        return diff("Date", a.date().toString(Qt::ISODate), b.date().toString(Qt::ISODate));
    if (a.messageId() != b.messageId())
        return diff("Message-ID", a.messageId(), b.messageId());
    if (a.extraHeaders() != b.extraHeaders()) {
        auto str = [](const QList<MailHeader> &l) {
            QStringList o;
            for (const auto &h : l)
                o.append(QString::fromUtf8(h.name) + ": " + h.value);
            return o.join(" / ");
        };
        return diff("extra headers", str(a.extraHeaders()), str(b.extraHeaders()));
    }
    if (a.attachments().size() != b.attachments().size())
        return diff("attachment count", QString::number(a.attachments().size()),
                    QString::number(b.attachments().size()));
    for (int i = 0; i < a.attachments().size(); ++i) {
        const MailAttachment x = a.attachments().at(i), y = b.attachments().at(i);
        const QString n = QStringLiteral("attachment %1 ").arg(i);
        if (x.fileName != y.fileName)
            return diff(n + "name", x.fileName, y.fileName);
        if (x.content() != y.content())
            return diff(n + "content", QString::number(x.size()), QString::number(y.size()));
        if (x.effectiveContentType() != y.effectiveContentType())
            return diff(n + "type", x.effectiveContentType(), y.effectiveContentType());
        if (x.isInline != y.isInline || x.contentId != y.contentId)
            return diff(n + "inline/cid", x.contentId, y.contentId);
    }
    return true;
}

// The first value of a header in the checker's report, whatever the case of its name.
QString headerValue(const QJsonObject &headers, const QString &name)
{
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value().toArray().at(0).toString();
    }
    return {};
}

QString normalised(QString s)
{
    return s.replace(QLatin1String("\r\n"), QLatin1String("\n"));
}

} // namespace

class TestMailMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addressList_data();
    void addressList();
    void addressFormatRoundTrip();
    void roundTrip_data();
    void roundTrip();
    void sevenBitOutput();
    void eightBitOutput();
    void lineEnds();
    void bccOnlyInFiles();
    void nonAsciiAddresses();
    void envelope();
    void resentBlocks();
    void malformed_data();
    void malformed();
    void lenientInput();
    void saveAndLoad();
    void attachmentFromFileStreams();
    void concurrentSerialisation();
};

void TestMailMessage::addressList_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // name|address; ...
    QTest::addColumn<bool>("error");

    QTest::newRow("plain") << "a@example.org"
                           << "|a@example.org" << false;
    QTest::newRow("display name") << "Alice Liddell <alice@example.org>"
                                  << "Alice Liddell|alice@example.org" << false;
    QTest::newRow("quoted comma") << "\"Doe, John\" <j@x.org>, b@y.org"
                                  << "Doe, John|j@x.org; |b@y.org" << false;
    QTest::newRow("comment") << "j@x.org (John Doe), \"Q\\\"uote\" <q@x.org>"
                             << "John Doe|j@x.org; Q\"uote|q@x.org" << false;
    QTest::newRow("group") << "Team: a@x.org, B <b@y.org>;, c@z.org"
                           << "|a@x.org; B|b@y.org; |c@z.org" << false;
    QTest::newRow("empty group") << "undisclosed-recipients:;"
                                 << "" << false;
    QTest::newRow("encoded word") << "=?UTF-8?B?xYF1a2Fzeg==?= <l@example.org>"
                                  << "Łukasz|l@example.org" << false;
    QTest::newRow("encoded q") << "=?iso-8859-2?Q?Pawe=B3?= <p@example.pl>"
                               << "Paweł|p@example.pl" << false;
    QTest::newRow("utf8 raw") << "Zażółć Gęślą <jaźń@example.pl>"
                              << "Zażółć Gęślą|jaźń@example.pl" << false;
    QTest::newRow("chinese") << "张伟 <用户@例子.广告>"
                             << "张伟|用户@例子.广告" << false;
    QTest::newRow("blank") << "   "
                           << "" << false;
    QTest::newRow("junk") << "foo bar"
                          << "" << true;
    QTest::newRow("no domain") << "a@"
                               << "" << true;
    QTest::newRow("one bad of three") << "a@x.org, not an address, c@z.org"
                                      << "|a@x.org; |c@z.org" << true;
    QTest::newRow("no at") << "alice"
                           << "" << true;
}

void TestMailMessage::addressList()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(bool, error);
    QString err;
    const MailAddressList list = parseAddressList(input, &err);
    QCOMPARE(addrs(list), expected);
    QCOMPARE(!err.isEmpty(), error);
    if (error)
        qDebug() << "error:" << err;
}

void TestMailMessage::addressFormatRoundTrip()
{
    const MailAddressList list = {
        {QStringLiteral("Doe, John"), QStringLiteral("j@x.org")},
        {QStringLiteral("Łukasz \"Łuki\" Żółć"), QStringLiteral("l@example.org")},
        {QString(), QStringLiteral("plain@example.org")},
        {QStringLiteral("Party 🎉 (Bot)"), QStringLiteral("p@example.org")},
        {QStringLiteral("张伟"), QStringLiteral("用户@example.com")},
    };
    QString err;
    const QString text = formatAddressList(list);
    QCOMPARE(addrs(parseAddressList(text, &err)), addrs(list));
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QCOMPARE(MailAddress::parse(list.at(1).toString())->name, list.at(1).name);
    QVERIFY(!MailAddress::parse(QStringLiteral("a@x.org, b@y.org"), &err));
    QVERIFY(!err.isEmpty());
}

void TestMailMessage::roundTrip_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<bool>("html");
    QTest::addColumn<bool>("attachments");
    QTest::addColumn<int>("mode"); // 0 file, 1 7-bit wire, 2 8BITMIME wire
    for (const char *lang : {"ascii", "polish", "greek", "chinese", "emoji", "long"}) {
        for (int mode = 0; mode < 3; ++mode) {
            QTest::addRow("%s plain mode%d", lang, mode) << lang << false << false << mode;
            QTest::addRow("%s full mode%d", lang, mode) << lang << true << true << mode;
        }
        QTest::addRow("%s attachments-no-html", lang) << lang << false << true << 1;
    }
}

void TestMailMessage::roundTrip()
{
    QFETCH(QString, lang);
    QFETCH(bool, html);
    QFETCH(bool, attachments);
    QFETCH(int, mode);
    const Sample s = sampleFor(lang);
    const MailMessage m = buildSample(s, html, attachments);
    const SerialiseOptions options = mode == 0 ? SerialiseOptions()
                                     : mode == 1
                                         ? SerialiseOptions::sevenBit()
                                         : [] {
                                               SerialiseOptions o = SerialiseOptions::sevenBit();
                                               o.eightBitMime = true;
                                               return o;
                                           }();
    QString err;
    const QByteArray bytes = m.serialise(options, &err);
    QVERIFY2(!bytes.isEmpty(), qPrintable(err));

    // Ours.
    const auto back = MailMessage::parse(bytes, &err);
    QVERIFY2(back, qPrintable(err));
    QString why;
    QVERIFY2(sameMessage(m, *back, options.includeBcc, &why),
             qPrintable(why + "\n" + QString::fromUtf8(bytes.left(3000))));
    if (!options.includeBcc)
        QVERIFY(back->bcc().isEmpty());

    // Theirs: Python's email package, policy=default.
    const EmailCheck check = EmailCheck::run(bytes);
    QVERIFY2(check.ran, qPrintable(check.failure));
    QVERIFY2(check.defects().isEmpty(),
             qPrintable(check.defects().join('\n') + "\n" + QString::fromUtf8(bytes.left(3000))));
    const QJsonObject r = check.report;
    QVERIFY(r.value("crlf_only").toBool());
    QVERIFY(r.value("longest_line").toInt() <= 998);
    const QJsonObject headers = r.value("headers").toObject();
    QCOMPARE(headers.value("Subject").toArray().at(0).toString(), s.subject);
    // CPython keeps the white space between two encoded words of a display name (RFC 2047
    // 6.2 says to drop it): compare names with runs of spaces collapsed.
    const QString from = headers.value("From").toArray().at(0).toString().simplified();
    QVERIFY2(from.contains(s.name) && from.contains("sender@example.org"), qPrintable(from));
    QCOMPARE(headers.value("X-Note").toArray().at(0).toString(), s.subject);
    QVERIFY(headers.value("Date").toArray().size() == 1);
    QCOMPARE(headerValue(headers, "Message-ID"),
             QLatin1Char('<') + m.messageId() + QLatin1Char('>'));
    QVERIFY(m.messageId().endsWith("@example.org"));
    QCOMPARE(headers.contains("Bcc"), options.includeBcc);
    QCOMPARE(normalised(r.value("body_text").toString()), s.body);
    if (html)
        QCOMPARE(normalised(r.value("body_html").toString()), s.html);
    QStringList names;
    for (const auto &p : r.value("parts").toArray()) {
        const QJsonObject part = p.toObject();
        if (part.value("filename").isString())
            names.append(part.value("filename").toString());
    }
    QStringList expectedNames;
    for (const auto &a : m.attachments()) {
        expectedNames.append(a.fileName);
        bool found = false;
        for (const auto &p : r.value("parts").toArray()) {
            const QJsonObject part = p.toObject();
            if (part.value("filename").toString() != a.fileName)
                continue;
            found = true;
            QCOMPARE(
                part.value("sha256").toString(),
                QString::fromLatin1(
                    QCryptographicHash::hash(a.content(), QCryptographicHash::Sha256).toHex()));
            if (part.contains("text") && a.fileName == QLatin1String("notes.txt"))
                QCOMPARE(normalised(part.value("text").toString()), QString::fromUtf8(a.content()));
            if (a.isInline)
                QCOMPARE(part.value("content_id").toString(), "<" + a.contentId + ">");
        }
        QVERIFY2(found, qPrintable(a.fileName));
    }
    QCOMPARE(names, expectedNames);
}

void TestMailMessage::sevenBitOutput()
{
    for (const char *lang : {"polish", "chinese", "emoji"}) {
        MailMessage m = buildSample(sampleFor(lang), true, true);
        m.setTextBody(m.textBody() + QString(2500, QChar(u'ż')) + QLatin1Char('\n'));
        const QByteArray bytes = m.serialise(SerialiseOptions::sevenBit());
        QVERIFY(!bytes.isEmpty());
        for (char c : bytes)
            QVERIFY2(static_cast<unsigned char>(c) < 0x80, lang);
        QVERIFY(!bytes.contains("Content-Transfer-Encoding: 8bit"));
        const auto back = MailMessage::parse(bytes);
        QVERIFY(back);
        QCOMPARE(back->textBody(), m.textBody());
        const EmailCheck check = EmailCheck::run(bytes);
        QVERIFY2(check.ran && check.defects().isEmpty(), qPrintable(check.defects().join('\n')));
        QVERIFY(check.report.value("longest_line").toInt() <= 998);
    }
}

void TestMailMessage::eightBitOutput()
{
    const MailMessage m = buildSample(sampleFor("polish"), false, false);
    Capabilities caps = Capabilities::fromEhloReply(
        Reply{250, {"mx.example", "8BITMIME", "SIZE 1000", "SMTPUTF8"}});
    const SerialiseOptions o = SerialiseOptions::forServer(caps);
    QVERIFY(o.eightBitMime);
    QVERIFY(!o.smtpUtf8);
    QVERIFY(!o.includeBcc);
    const QByteArray bytes = m.serialise(o);
    QVERIFY(bytes.contains("Content-Transfer-Encoding: 8bit"));
    QVERIFY(bytes.contains(m.textBody().toUtf8().replace("\n", "\r\n")));
    // The headers stay ASCII (RFC 2047) without SMTPUTF8.
    const QByteArray head = bytes.left(bytes.indexOf("\r\n\r\n"));
    for (char c : head)
        QVERIFY(static_cast<unsigned char>(c) < 0x80);
    const SerialiseOptions none = SerialiseOptions::forServer(Capabilities());
    QVERIFY(!none.eightBitMime);
}

void TestMailMessage::lineEnds()
{
    MailMessage m = buildSample(sampleFor("greek"), true, true);
    m.setTextBody(QStringLiteral("one\r\ntwo\rthree\nfour\n"));
    const QByteArray crlf = m.serialise();
    QCOMPARE(crlf.count("\r\n"), crlf.count('\n'));
    QCOMPARE(crlf.count("\r\n"), crlf.count('\r'));
    SerialiseOptions lf;
    lf.lineEnding = SerialiseOptions::LineEnding::Lf;
    const QByteArray lfBytes = m.serialise(lf);
    QVERIFY(!lfBytes.contains('\r'));
    const auto a = MailMessage::parse(crlf), b = MailMessage::parse(lfBytes);
    QVERIFY(a && b);
    QCOMPARE(a->textBody(), QStringLiteral("one\ntwo\nthree\nfour\n"));
    QString why;
    QVERIFY2(sameMessage(*a, *b, true, &why), qPrintable(why));
}

void TestMailMessage::bccOnlyInFiles()
{
    MailMessage m = buildSample(sampleFor("ascii"), false, false);
    m.addHeader("Resent-Bcc", QStringLiteral("rb@example.com"));
    const QByteArray file = m.serialise();
    QVERIFY(file.contains("\r\nBcc: "));
    QVERIFY(file.contains("\r\nResent-Bcc: "));
    const QByteArray wire = m.serialise(SerialiseOptions::sevenBit());
    QVERIFY(!wire.contains("Bcc"));
    QVERIFY(!wire.contains("hidden@example.com"));
    QVERIFY(!wire.contains("rb@example.com"));
}

void TestMailMessage::nonAsciiAddresses()
{
    MailMessage m = buildSample(sampleFor("chinese"), false, false);
    m.setTo({MailAddress{QStringLiteral("张伟"), QStringLiteral("用户@example.com")},
             MailAddress{QStringLiteral("Łukasz"), QStringLiteral("łukasz@example.org")}});
    QVERIFY(m.hasNonAsciiAddress());
    QString err;
    QVERIFY(m.serialise(SerialiseOptions::sevenBit(), &err).isEmpty());
    QVERIFY2(err.contains("SMTPUTF8"), qPrintable(err));

    SerialiseOptions o = SerialiseOptions::sevenBit();
    o.smtpUtf8 = true;
    o.eightBitMime = true;
    const QByteArray bytes = m.serialise(o, &err);
    QVERIFY2(!bytes.isEmpty(), qPrintable(err));
    QVERIFY(bytes.contains("用户@example.com"));
    const auto back = MailMessage::parse(bytes, &err);
    QVERIFY2(back, qPrintable(err));
    QCOMPARE(addrs(back->to()), addrs(m.to()));
    const EmailCheck check = EmailCheck::run(bytes, true);
    QVERIFY2(check.ran && check.defects().isEmpty(), qPrintable(check.defects().join('\n')));
    const QString to =
        check.report.value("headers").toObject().value("To").toArray().at(0).toString();
    QVERIFY2(to.contains("用户@example.com") && to.contains("łukasz@example.org"), qPrintable(to));
}

void TestMailMessage::envelope()
{
    MailMessage m;
    m.setFrom({MailAddress{"A", "a@example.org"}, MailAddress{"B", "b@example.org"}});
    m.setTo({MailAddress{"T", "t@example.com"}});
    m.setCc({MailAddress{"C", "c@example.com"}});
    m.setBcc({MailAddress{"", "bcc@example.com"}});
    QCOMPARE(m.envelopeSender(), QStringLiteral("a@example.org"));
    QCOMPARE(m.envelopeRecipients(),
             (QStringList{"t@example.com", "bcc@example.com", "c@example.com"}));
    m.setSender(MailAddress{"S", "s@example.org"});
    QCOMPARE(m.envelopeSender(), QStringLiteral("s@example.org"));
    auto env = m.envelope();
    QVERIFY(env && !env->fromResentBlock && !env->needsSmtpUtf8());

    m.addHeader("Resent-Date", "Mon, 1 Jan 2024 10:00:00 +0000");
    m.addHeader("Resent-From", "Resender <rf@example.org>");
    m.addHeader("Resent-To", "\"Doe, J\" <rt@example.com>, rt2@example.com");
    m.addHeader("Resent-Bcc", "rb@example.com");
    env = m.envelope();
    QVERIFY(env && env->fromResentBlock);
    QCOMPARE(env->sender, QStringLiteral("rf@example.org"));
    QCOMPARE(env->recipients, (QStringList{"rt@example.com", "rt2@example.com", "rb@example.com"}));
    m.addHeader("Resent-Sender", "rs@example.org");
    QCOMPARE(m.envelopeSender(), QStringLiteral("rs@example.org"));

    MailMessage u;
    u.setFrom(MailAddress{"", "jaźń@example.pl"});
    u.setTo({MailAddress{"", "b@example.com"}});
    QVERIFY(u.envelope()->needsSmtpUtf8());
}

void TestMailMessage::resentBlocks()
{
    MailMessage m = buildSample(sampleFor("ascii"), false, false);
    QCOMPARE(m.resentBlockCount(), 0);
    m.addHeader("Resent-Date", "Mon, 1 Jan 2024 10:00:00 +0000");
    m.addHeader("Resent-From", "r1@example.org");
    m.addHeader("Resent-To", "x@example.com");
    QCOMPARE(m.resentBlockCount(), 1);
    m.addHeader("Resent-Date", "Tue, 2 Jan 2024 10:00:00 +0000");
    m.addHeader("Resent-From", "r2@example.org");
    QCOMPARE(m.resentBlockCount(), 2);
    QString err;
    QVERIFY(!m.envelope(&err));
    QVERIFY2(err.contains("Resent"), qPrintable(err));
    QVERIFY(m.envelopeRecipients().isEmpty());

    // Resent-* headers survive a round trip, in order.
    const auto back = MailMessage::parse(m.serialise());
    QVERIFY(back);
    QCOMPARE(back->headerValues("Resent-From"), (QStringList{"r1@example.org", "r2@example.org"}));
    QCOMPARE(back->resentBlockCount(), 2);
}

void TestMailMessage::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("mentions");

    const QByteArray good = buildSample(sampleFor("polish"), true, true).serialise();
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("binary junk") << randomBytes(5000) << "Not a message";
    QByteArray junk2 = "\x89PNG\r\n\x1a\n" + randomBytes(2000);
    QTest::newRow("png") << junk2 << "Not a message";
    QTest::newRow("nul in headers")
        << QByteArray("From: a@b.c\r\nX: a\0b\r\n\r\nbody", 27) << "NUL";
    QTest::newRow("truncated in headers") << good.left(good.indexOf("Subject") + 3) << "line";
    QTest::newRow("truncated in a part") << good.left(good.size() * 2 / 3) << "truncated";
    QTest::newRow("text only") << QByteArray("hello world\nthis is not mail\n") << "line 1";
    QByteArray broken = good;
    const QByteArray boundary = broken.mid(broken.indexOf("boundary=\"") + 10,
                                           broken.indexOf('"', broken.indexOf("boundary=\"") + 10) -
                                               broken.indexOf("boundary=\"") - 10);
    broken.replace("--" + boundary, "--not-the-boundary");
    QTest::newRow("broken boundaries") << broken << "boundary";
    QByteArray noBoundary = good;
    noBoundary.replace("boundary=\"" + boundary + "\"", "x=y");
    QTest::newRow("multipart without boundary") << noBoundary << "boundary";
    QByteArray many = "From: a@example.org\r\n";
    for (int i = 0; i < 10000; ++i)
        many += "X-Header-" + QByteArray::number(i) + ": value " + QByteArray::number(i) + "\r\n";
    many += "\r\nbody\r\n";
    QTest::newRow("10000 headers") << many << "1000";
    QByteArray nested = "From: a@example.org\r\nMIME-Version: 1.0\r\n";
    for (int i = 0; i < 2000; ++i)
        nested += "Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i) +
                  "\"\r\n\r\n--b" + QByteArray::number(i) + "\r\n";
    QTest::newRow("deep nesting") << nested << "";
}

void TestMailMessage::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, mentions);
    QString err;
    const auto msg = MailMessage::parse(input, &err);
    QVERIFY2(!msg, "malformed input was accepted");
    QVERIFY(!err.isEmpty());
    QVERIFY2(err.contains(mentions, Qt::CaseInsensitive), qPrintable(err));
    qDebug() << err;
}

void TestMailMessage::lenientInput()
{
    // LF line ends, folded headers, an mbox From line, a single-part message.
    const QByteArray lf = "From someone Mon Jan  1 00:00:00 2024\n"
                          "From: =?UTF-8?Q?Pawe=C5=82?= <p@example.pl>\n"
                          "To: a@example.org,\n"
                          "  \"Doe, John\" <j@example.org>\n"
                          "Subject: =?UTF-8?B?WmHFvMOzxYLEhyBnxJnFm2zEhSBqYcW6xYQ=?=\n"
                          "Date: Mon, 1 Jan 2024 10:00:00 +0100\n"
                          "Message-ID: <abc@example.pl>\n"
                          "\n"
                          "Body line\n";
    QString err;
    const auto m = MailMessage::parse(lf, &err);
    QVERIFY2(m, qPrintable(err));
    QCOMPARE(m->from().first().name, QStringLiteral("Paweł"));
    QCOMPARE(m->to().size(), 2);
    QCOMPARE(m->to().at(1).name, QStringLiteral("Doe, John"));
    QCOMPARE(m->subject(), QStringLiteral("Zażółć gęślą jaźń"));
    QCOMPARE(m->messageId(), QStringLiteral("abc@example.pl"));
    QCOMPARE(m->date(), QDateTime(QDate(2024, 1, 1), QTime(9, 0), QTimeZone::utc()));
    QCOMPARE(m->textBody(), QStringLiteral("Body line\n"));
}

void TestMailMessage::saveAndLoad()
{
    QTemporaryDir dir;
    const MailMessage m = buildSample(sampleFor("emoji"), true, true);
    const QString path = dir.filePath("out.eml");
    QString err;
    QVERIFY2(m.save(path, &err), qPrintable(err));
    const auto back = MailMessage::load(path, &err);
    QVERIFY2(back, qPrintable(err));
    QString why;
    QVERIFY2(sameMessage(m, *back, true, &why), qPrintable(why));
    QVERIFY(!MailMessage::load(dir.filePath("missing.eml"), &err));
    QVERIFY(err.contains("missing.eml"));
}

void TestMailMessage::attachmentFromFileStreams()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("zdjęcie ż.png");
    const QByteArray data = randomBytes(300000);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }
    auto a = MailAttachment::fromFile(path);
    QVERIFY(a);
    QCOMPARE(a->fileName, QStringLiteral("zdjęcie ż.png"));
    QCOMPARE(a->size(), data.size());
    MailMessage m = buildSample(sampleFor("polish"), false, false);
    m.addAttachment(*a);
    const QString out = dir.filePath("m.eml");
    QFile f(out);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QString err;
    QVERIFY2(m.serialise(&f, SerialiseOptions::sevenBit(), &err), qPrintable(err));
    f.close();
    const auto back = MailMessage::load(out, &err);
    QVERIFY2(back, qPrintable(err));
    QCOMPARE(back->attachments().size(), 1);
    QCOMPARE(back->attachments().first().data, data);
    QCOMPARE(back->attachments().first().effectiveContentType(), QStringLiteral("image/png"));
    QVERIFY(!MailAttachment::fromFile(dir.filePath("nope"), &err));
    m.addAttachment(MailAttachment{"gone.bin", dir.filePath("gone.bin"), {}, {}, false, {}});
    QVERIFY(m.serialise(SerialiseOptions(), &err).isEmpty());
    QVERIFY2(err.contains("gone.bin"), qPrintable(err));
}

void TestMailMessage::concurrentSerialisation()
{
    QList<QThread *> threads;
    QAtomicInt failures = 0;
    for (int t = 0; t < 6; ++t) {
        threads.append(QThread::create([&failures, t] {
            const char *langs[] = {"ascii", "polish", "greek", "chinese", "emoji", "long"};
            for (int i = 0; i < 10; ++i) {
                const MailMessage m = buildSample(sampleFor(langs[t]), true, true);
                const auto back = MailMessage::parse(m.serialise());
                QString why;
                if (!back || !sameMessage(m, *back, true, &why))
                    failures.fetchAndAddRelaxed(1);
            }
        }));
        threads.last()->start();
    }
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    QCOMPARE(failures.loadRelaxed(), 0);
}

QTEST_GUILESS_MAIN(TestMailMessage)
#include "tst_mailmessage.moc"
