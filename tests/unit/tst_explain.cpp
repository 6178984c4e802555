// The explanation catalogue (core/explain): the data is complete (every basic reply code,
// every code of the IANA enhanced status code registry, every command and EHLO keyword),
// every text has Polish, CatalogueStrings.cpp is in step with catalogue.json, and the
// explanations (single items and a session's record) say what they should.

#include "explain/Catalogue.h"
#include "explain/Explainer.h"
#include "explain/SessionExplainer.h"
#include "i18n/Languages.h"
#include "smtp/Capabilities.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

using namespace postel;

namespace {

// The IANA "SMTP Enhanced Status Codes" registry, Enumerated Status Codes, transcribed
// from the registry (https://www.iana.org/assignments/smtp-enhanced-status-codes): code and
// sample text ("title"). X.6.10 has no sample text there (a deprecated duplicate of X.6.8).
const QList<QPair<const char *, const char *>> Registry{
    {"X.0.0", "Other undefined Status"},
    {"X.1.0", "Other address status"},
    {"X.1.1", "Bad destination mailbox address"},
    {"X.1.2", "Bad destination system address"},
    {"X.1.3", "Bad destination mailbox address syntax"},
    {"X.1.4", "Destination mailbox address ambiguous"},
    {"X.1.5", "Destination address valid"},
    {"X.1.6", "Destination mailbox has moved, No forwarding address"},
    {"X.1.7", "Bad sender's mailbox address syntax"},
    {"X.1.8", "Bad sender's system address"},
    {"X.1.9", "Message relayed to non-compliant mailer"},
    {"X.1.10", "Recipient address has null MX"},
    {"X.2.0", "Other or undefined mailbox status"},
    {"X.2.1", "Mailbox disabled, not accepting messages"},
    {"X.2.2", "Mailbox full"},
    {"X.2.3", "Message length exceeds administrative limit"},
    {"X.2.4", "Mailing list expansion problem"},
    {"X.3.0", "Other or undefined mail system status"},
    {"X.3.1", "Mail system full"},
    {"X.3.2", "System not accepting network messages"},
    {"X.3.3", "System not capable of selected features"},
    {"X.3.4", "Message too big for system"},
    {"X.3.5", "System incorrectly configured"},
    {"X.3.6", "Requested priority was changed"},
    {"X.4.0", "Other or undefined network or routing status"},
    {"X.4.1", "No answer from host"},
    {"X.4.2", "Bad connection"},
    {"X.4.3", "Directory server failure"},
    {"X.4.4", "Unable to route"},
    {"X.4.5", "Mail system congestion"},
    {"X.4.6", "Routing loop detected"},
    {"X.4.7", "Delivery time expired"},
    {"X.5.0", "Other or undefined protocol status"},
    {"X.5.1", "Invalid command"},
    {"X.5.2", "Syntax error"},
    {"X.5.3", "Too many recipients"},
    {"X.5.4", "Invalid command arguments"},
    {"X.5.5", "Wrong protocol version"},
    {"X.5.6", "Authentication Exchange line is too long"},
    {"X.6.0", "Other or undefined media error"},
    {"X.6.1", "Media not supported"},
    {"X.6.2", "Conversion required and prohibited"},
    {"X.6.3", "Conversion required but not supported"},
    {"X.6.4", "Conversion with loss performed"},
    {"X.6.5", "Conversion Failed"},
    {"X.6.6", "Message content not available"},
    {"X.6.7", "Non-ASCII addresses not permitted for that sender/recipient"},
    {"X.6.8", "UTF-8 string reply is required, but not permitted by the SMTP client"},
    {"X.6.9", "UTF-8 header message cannot be transferred to one or more recipients, so the "
              "message must be rejected"},
    {"X.6.10", nullptr},
    {"X.7.0", "Other or undefined security status"},
    {"X.7.1", "Delivery not authorized, message refused"},
    {"X.7.2", "Mailing list expansion prohibited"},
    {"X.7.3", "Security conversion required but not possible"},
    {"X.7.4", "Security features not supported"},
    {"X.7.5", "Cryptographic failure"},
    {"X.7.6", "Cryptographic algorithm not supported"},
    {"X.7.7", "Message integrity failure"},
    {"X.7.8", "Authentication credentials invalid"},
    {"X.7.9", "Authentication mechanism is too weak"},
    {"X.7.10", "Encryption Needed"},
    {"X.7.11", "Encryption required for requested authentication mechanism"},
    {"X.7.12", "A password transition is needed"},
    {"X.7.13", "User Account Disabled"},
    {"X.7.14", "Trust relationship required"},
    {"X.7.15", "Priority Level is too low"},
    {"X.7.16", "Message is too big for the specified priority"},
    {"X.7.17", "Mailbox owner has changed"},
    {"X.7.18", "Domain owner has changed"},
    {"X.7.19", "RRVS test cannot be completed"},
    {"X.7.20", "No passing DKIM signature found"},
    {"X.7.21", "No acceptable DKIM signature found"},
    {"X.7.22", "No valid author-matched DKIM signature found"},
    {"X.7.23", "SPF validation failed"},
    {"X.7.24", "SPF validation error"},
    {"X.7.25", "Reverse DNS validation failed"},
    {"X.7.26", "Multiple authentication checks failed"},
    {"X.7.27", "Sender address has null MX"},
    {"X.7.28", "Mail flood detected"},
    {"X.7.29", "ARC validation failure"},
    {"X.7.30", "REQUIRETLS support required"},
};

// RFC 5321 §4.2.3, and the codes RFC 4954, 3207, 7504, 1870 and 1985 define.
const QList<int> BasicCodes{211, 214, 220, 221, 250, 251, 252, 354, 421, 450, 451, 452, 455,
                            500, 501, 502, 503, 504, 550, 551, 552, 553, 554, 555, 235, 334,
                            432, 454, 530, 534, 535, 538, 521, 556, 253, 458, 459};

const QStringList Commands{"HELO", "EHLO", "LHLO", "MAIL", "RCPT", "DATA",     "BDAT", "RSET",
                           "VRFY", "EXPN", "HELP", "NOOP", "QUIT", "STARTTLS", "AUTH", "ETRN"};

const QStringList Keywords{"PIPELINING",  "SIZE",       "8BITMIME",      "SMTPUTF8",
                           "CHUNKING",    "BINARYMIME", "DSN",           "ENHANCEDSTATUSCODES",
                           "STARTTLS",    "AUTH",       "DELIVERBY",     "REQUIRETLS",
                           "MT-PRIORITY", "ETRN",       "VRFY",          "EXPN",
                           "HELP",        "LIMITS",     "FUTURERELEASE", "NO-SOLICITING"};

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%([1-9])"));
    QSet<QString> out;
    for (const auto &m : re.globalMatch(text))
        out.insert(m.captured(0));
    return out;
}

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

TranscriptEntry entry(TranscriptEntry::Direction d, const QByteArray &bytes, int code = 0,
                      bool tls = false)
{
    TranscriptEntry e;
    e.time = QDateTime::currentDateTime();
    e.direction = d;
    e.bytes = bytes;
    e.code = code;
    e.encrypted = tls;
    return e;
}
TranscriptEntry c(const QByteArray &line, bool tls = false)
{
    return entry(TranscriptEntry::Client, line, 0, tls);
}
TranscriptEntry s(int code, const QByteArray &lines, bool tls = false)
{
    return entry(TranscriptEntry::Server, lines, code, tls);
}

} // namespace

class TestExplain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { Languages::install(QCoreApplication::instance(), QStringLiteral("en")); }
    void cleanupTestCase()
    {
        Languages::install(QCoreApplication::instance(), QStringLiteral("en"));
    }

    void catalogueReadsStrictly()
    {
        QFile f(QStringLiteral(":/explain/catalogue.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        Catalogue c;
        QString error;
        QVERIFY2(Catalogue::parse(f.readAll(), &c, &error), qPrintable(error));
        // A missing field is an error in words, not an empty explanation.
        QVERIFY(!Catalogue::parse(R"({"reply_classes": [{"digit": 2}]})", &c, &error));
        QVERIFY2(error.contains(QStringLiteral("name")), qPrintable(error));
        QVERIFY(!Catalogue::parse("{", &c, &error));
    }

    // CatalogueStrings.cpp (what lupdate reads) lists exactly the texts of catalogue.json.
    void generatedStringsInStep()
    {
        const QList<QByteArray> data = Catalogue::instance().texts();
        const QList<QByteArray> generated = Catalogue::generatedTexts();
        const QSet<QByteArray> a(data.cbegin(), data.cend());
        const QSet<QByteArray> b(generated.cbegin(), generated.cend());
        QStringList problems;
        for (const QByteArray &t : a - b)
            problems << QStringLiteral("not in CatalogueStrings.cpp: ") + QString::fromUtf8(t);
        for (const QByteArray &t : b - a)
            problems << QStringLiteral("stale in CatalogueStrings.cpp: ") + QString::fromUtf8(t);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("run: cmake --build --preset default --target "
                                           "postel-explain-strings\n") +
                            problems.join(QLatin1Char('\n'))));
        QCOMPARE(generated.size(), data.size());
    }

    void everyBasicReplyCode()
    {
        const Catalogue &cat = Catalogue::instance();
        for (int code : BasicCodes) {
            const Catalogue::Reply *r = cat.reply(code);
            QVERIFY2(r, qPrintable(QString::number(code)));
            QVERIFY(!r->title.isEmpty() && !r->meaning.isEmpty());
            QVERIFY(!r->rfc.isEmpty());
            for (const QString &ref : r->rfc)
                QVERIFY2(ref.startsWith(QStringLiteral("RFC ")), qPrintable(ref));
        }
        for (int digit = 1; digit <= 5; ++digit)
            QVERIFY(cat.replyClass(digit));
        for (int digit = 0; digit <= 5; ++digit)
            QVERIFY(cat.replyCategory(digit));
        QCOMPARE(Explainer::replyClassName(250), QStringLiteral("positive-completion"));
        QCOMPARE(Explainer::replyClassName(354), QStringLiteral("positive-intermediate"));
        QCOMPARE(Explainer::replyClassName(421), QStringLiteral("transient-negative"));
        QCOMPARE(Explainer::replyClassName(550), QStringLiteral("permanent-negative"));
    }

    // Every registry code with the registry's title, and nothing the registry lacks.
    void everyRegistryCode()
    {
        const Catalogue &cat = Catalogue::instance();
        QSet<QString> expected;
        for (const auto &[code, title] : Registry) {
            expected.insert(QString::fromLatin1(code));
            const QStringList parts = QString::fromLatin1(code).split(QLatin1Char('.'));
            const Catalogue::Enhanced *e = cat.enhanced(parts[1].toInt(), parts[2].toInt());
            QVERIFY2(e, code);
            if (title)
                QCOMPARE(QString::fromUtf8(e->title.english), QString::fromUtf8(title));
            QVERIFY(!e->meaning.isEmpty());
            QVERIFY(!e->basic.isEmpty());
            QVERIFY(!e->rfc.isEmpty());
        }
        for (const Catalogue::Enhanced &e : cat.enhancedCodes())
            QVERIFY2(expected.contains(e.code), qPrintable(e.code + " is not in the registry"));
        QCOMPARE(cat.enhancedCodes().size(), Registry.size());
        for (int digit : {2, 4, 5})
            QVERIFY(cat.enhancedClass(digit));
        for (int digit = 0; digit <= 7; ++digit)
            QVERIFY(cat.enhancedSubject(digit));
        QCOMPARE(QString::fromUtf8(cat.enhancedSubject(7)->title.english),
                 QStringLiteral("Security or Policy Status"));
        QCOMPARE(QString::fromUtf8(cat.enhancedClass(4)->title.english),
                 QStringLiteral("Persistent Transient Failure"));
    }

    void everyCommandAndKeyword()
    {
        const Catalogue &cat = Catalogue::instance();
        for (const QString &verb : Commands) {
            const Catalogue::Command *cmd = cat.command(verb);
            QVERIFY2(cmd, qPrintable(verb));
            QVERIFY2(!cmd->answers.isEmpty(), qPrintable(verb));
            for (const Catalogue::Answer &a : cmd->answers)
                QVERIFY2(cat.reply(a.code), qPrintable(QStringLiteral("%1 answers %2, which the "
                                                                      "catalogue lacks")
                                                           .arg(verb)
                                                           .arg(a.code)));
        }
        for (const QString &k : Keywords) {
            QVERIFY2(cat.keyword(k), qPrintable(k));
            // One source: Capabilities (the GUI's server panel) describes from the catalogue.
            QCOMPARE(Capabilities::describe(k), Explainer::keywordSummary(k));
            QVERIFY(!Capabilities::describe(k.toLower()).isEmpty());
        }
        QVERIFY(Capabilities::describe(QStringLiteral("X-UNKNOWN")).isEmpty());
    }

    // Every text in Polish: translated (different from the English), with the same
    // placeholders.
    void everyEntryHasPolish()
    {
        QCOMPARE(Languages::install(QCoreApplication::instance(), QStringLiteral("pl")),
                 QStringLiteral("pl"));
        QStringList problems;
        for (const QByteArray &english : Catalogue::instance().texts()) {
            const QString pl = QCoreApplication::translate("postel::Catalogue", english);
            const QString en = QString::fromUtf8(english);
            if (pl == en)
                problems << QStringLiteral("no Polish: ") + en;
            else if (placeholders(pl) != placeholders(en))
                problems << QStringLiteral("placeholders differ: ") + en;
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problem(s):\n").arg(problems.size()) +
                            problems.join(QLatin1Char('\n'))));
        // Keys, codes and kinds stay as they are.
        const QJsonObject j = Explainer::explain(QStringLiteral("550 5.1.1 x")).toJson();
        QCOMPARE(j.value(QStringLiteral("kind")).toString(), QStringLiteral("reply"));
        QCOMPARE(j.value(QStringLiteral("class")).toString(), QStringLiteral("permanent-negative"));
        QVERIFY(j.value(QStringLiteral("meaning"))
                    .toString()
                    .contains(QStringLiteral("Nie wykonano żądanej czynności")));
    }

    void kindsOfText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::newRow("reply line") << "550 5.1.1 <x@y>: User unknown"
                                    << "reply";
        QTest::newRow("continuation line") << "250-PIPELINING"
                                           << "reply";
        QTest::newRow("code") << "421"
                              << "reply";
        QTest::newRow("unknown code") << "259"
                                      << "reply";
        QTest::newRow("second digit over 5") << "299"
                                             << "";
        QTest::newRow("enhanced") << "5.7.26"
                                  << "enhanced-code";
        QTest::newRow("unregistered enhanced") << "4.7.99"
                                               << "enhanced-code";
        QTest::newRow("mail") << "MAIL FROM:<a@b> SIZE=10"
                              << "command";
        QTest::newRow("lower case") << "rcpt to:<a@b>"
                                    << "command";
        QTest::newRow("both: command") << "STARTTLS"
                                       << "command";
        QTest::newRow("end of data") << "."
                                     << "command";
        QTest::newRow("keyword") << "PIPELINING"
                                 << "extension";
        QTest::newRow("keyword with value") << "SIZE 10240000"
                                            << "extension";
        QTest::newRow("old AUTH=") << "AUTH=LOGIN"
                                   << "command";
        QTest::newRow("garbage") << "hello world"
                                 << "";
        QTest::newRow("bad class") << "6.1.1"
                                   << "";
        QTest::newRow("bad code") << "600"
                                  << "";
        QTest::newRow("empty") << "   "
                               << "";
    }
    void kindsOfText()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        const Explanation e = Explainer::explain(text);
        QCOMPARE(Explanation::kindName(e.kind), kind);
        if (kind.isEmpty())
            QVERIFY(!e.error.isEmpty());
        else
            QVERIFY(!e.toText().isEmpty());
    }

    void replyJsonKeys()
    {
        const QJsonObject j =
            Explainer::explain(QStringLiteral("550 5.1.1 <x@y>: User unknown")).toJson();
        QCOMPARE(keysOf(j), (QSet<QString>{"kind", "code", "class", "meaning", "rfc", "enhanced"}));
        QCOMPARE(j.value(QStringLiteral("code")).toInt(), 550);
        QCOMPARE(j.value(QStringLiteral("rfc")).toArray().first().toString(),
                 QStringLiteral("RFC 5321 §4.2.2"));
        const QJsonObject en = j.value(QStringLiteral("enhanced")).toObject();
        QCOMPARE(keysOf(en), (QSet<QString>{"code", "class_title", "subject_title", "title",
                                            "meaning", "rfc"}));
        QCOMPARE(en.value(QStringLiteral("code")).toString(), QStringLiteral("5.1.1"));
        QCOMPARE(en.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Bad destination mailbox address"));
        QCOMPARE(en.value(QStringLiteral("class_title")).toString(),
                 QStringLiteral("Permanent Failure"));
        QCOMPARE(en.value(QStringLiteral("subject_title")).toString(),
                 QStringLiteral("Addressing Status"));
        // 3xx replies carry no enhanced code; a reply without one has no "enhanced".
        QVERIFY(!Explainer::explain(QStringLiteral("354 go ahead")).toJson().contains("enhanced"));
        const QJsonObject cmd = Explainer::explain(QStringLiteral("EHLO x")).toJson();
        QCOMPARE(keysOf(cmd), (QSet<QString>{"kind", "verb", "meaning", "rfc"}));
        const QJsonObject kw = Explainer::explain(QStringLiteral("SMTPUTF8")).toJson();
        QCOMPARE(keysOf(kw), (QSet<QString>{"kind", "keyword", "meaning", "rfc"}));
        QCOMPARE(kw.value(QStringLiteral("keyword")).toString(), QStringLiteral("SMTPUTF8"));
        const QJsonObject enh = Explainer::explain(QStringLiteral("5.7.26")).toJson();
        QCOMPARE(keysOf(enh), (QSet<QString>{"kind", "enhanced"}));
        QCOMPARE(enh.value(QStringLiteral("enhanced")).toObject().value("rfc").toArray().first(),
                 QJsonValue(QStringLiteral("RFC 7372 §3")));
    }

    void commandDetails()
    {
        // AUTH's initial response (a credential) is neither read nor repeated.
        const Explanation a = Explainer::explain(QStringLiteral("AUTH PLAIN AGFsaWNlAHNlY3JldA=="));
        QVERIFY(a.toText().contains(QStringLiteral("PLAIN")));
        QVERIFY(!a.toText().contains(QStringLiteral("AGFsaWNl")));
        QVERIFY(!a.toText().contains(QStringLiteral("secret")));
        // MAIL parameters name their extension.
        const Explanation m =
            Explainer::explain(QStringLiteral("MAIL FROM:<a@b> SIZE=10 BODY=BINARYMIME X-FOO"));
        QVERIFY(m.meaning.contains(QStringLiteral("SIZE: a parameter of the SIZE extension")));
        QVERIFY(m.meaning.contains(QStringLiteral("BINARYMIME extension")));
        QVERIFY(m.meaning.contains(QStringLiteral("X-FOO: a parameter Postel does not know")));
        // --kind extension reads a word that is both as the keyword.
        QCOMPARE(
            Explainer::explain(QStringLiteral("AUTH PLAIN LOGIN"), Explanation::Kind::Extension)
                .kind,
            Explanation::Kind::Extension);
        // Server text pasted into the input never reaches a terminal raw.
        const Explanation bad = Explainer::explain(QStringLiteral("hello \x1b[2J\u202e world"));
        QVERIFY(!bad.error.contains(QChar(0x1b)));
        QVERIFY(!bad.error.contains(QChar(0x202e)));
        QVERIFY(bad.error.contains(QStringLiteral("\\x1b")));
        QVERIFY(bad.error.contains(QStringLiteral("<U+202E>")));
    }

    // The session notes: EHLO again after STARTTLS, AUTH only over TLS, RCPT's 250 is not
    // delivery, SASL challenges decoded, the client's answers never.
    void sessionNotes()
    {
        const QByteArray secret = QByteArray("c2VjcmV0LXBhc3N3b3Jk"); // "secret-password"
        const QList<TranscriptEntry> t{
            s(220, "220 mx.test ESMTP"),
            c("EHLO client.test"),
            s(250, "250-mx.test\r\n250-PIPELINING\r\n250 STARTTLS"),
            c("STARTTLS"),
            s(220, "220 2.0.0 Ready to start TLS"),
            entry(TranscriptEntry::TlsStart, "TLS started", 0, true),
            c("EHLO client.test", true),
            s(250, "250-mx.test\r\n250-PIPELINING\r\n250 AUTH PLAIN LOGIN", true),
            c("AUTH LOGIN", true),
            s(334, "334 VXNlcm5hbWU6", true),
            c("YWxpY2U=", true),
            s(334, "334 UGFzc3dvcmQ6", true),
            c(secret, true),
            s(235, "235 2.7.0 Authentication successful", true),
            c("MAIL FROM:<a@example.org>", true),
            c("RCPT TO:<b@example.org>", true),
            c("RCPT TO:<c@refused.test>", true),
            c("DATA", true),
            s(250, "250 2.1.0 Ok", true),
            s(250, "250 2.1.5 Ok", true),
            s(550, "550 5.1.1 <c@refused.test>: Recipient address rejected", true),
            s(354, "354 End data with <CR><LF>.<CR><LF>", true),
            entry(TranscriptEntry::Data, {}, 0, true),
            c(".", true),
            s(250, "250 2.0.0 Ok: queued", true),
            c("QUIT", true),
            s(221, "221 2.0.0 Bye", true),
        };
        const QStringList x = SessionExplainer::explain(t);
        const QList<QStringList> notes = SessionExplainer::notes(t);
        QCOMPARE(x.size(), t.size());
        QCOMPARE(notes.size(), t.size());
        QVERIFY(x[0].contains(QStringLiteral("greeting")));
        QVERIFY(x[2].contains(QStringLiteral("PIPELINING: Several commands")));
        QVERIFY(x[4].contains(QStringLiteral("after STARTTLS")));
        QVERIFY(x[6].contains(QStringLiteral("EHLO again")));
        QVERIFY(x[6].contains(QStringLiteral("RFC 3207 §4.2")));
        QVERIFY(!x[1].contains(QStringLiteral("EHLO again")));
        QVERIFY(x[7].contains(QStringLiteral("AUTH appears only now, over TLS")));
        QVERIFY(x[7].contains(QStringLiteral("STARTTLS is no longer offered")));
        QVERIFY(x[9].contains(QStringLiteral("“Username:”")));
        QVERIFY(x[11].contains(QStringLiteral("“Password:”")));
        // The client's answers: masked, never decoded.
        for (int i : {10, 12}) {
            QVERIFY(x[i].contains(QStringLiteral("never decodes it")));
            QVERIFY(!x[i].contains(QStringLiteral("alice")));
            QVERIFY(!x[i].contains(QString::fromLatin1(secret)));
        }
        for (const QString &e : x) {
            QVERIFY(!e.contains(QStringLiteral("secret-password")));
            QVERIFY(!e.contains(QString::fromLatin1(secret)));
        }
        QVERIFY(x[13].contains(QStringLiteral("after AUTH")));
        // Pipelined: the replies are matched with MAIL, RCPT, RCPT, DATA in order.
        QVERIFY(x[18].contains(QStringLiteral("after MAIL")));
        QVERIFY(x[19].contains(QStringLiteral("after RCPT")));
        QVERIFY(x[19].contains(QStringLiteral("Accepted is not delivered")));
        QVERIFY(x[20].contains(QStringLiteral("Only this recipient is refused")));
        QVERIFY(x[20].contains(QStringLiteral("5.1.1 Bad destination mailbox address")));
        QVERIFY(x[21].contains(QStringLiteral("after DATA")));
        QVERIFY(x[22].contains(QStringLiteral("single dot")));
        QVERIFY(x[23].contains(QStringLiteral("single dot ends the message")));
        QVERIFY(x[24].contains(QStringLiteral("after the final dot")));
        QVERIFY(x[24].contains(QStringLiteral("responsible for delivering")));
        QVERIFY(x[26].contains(QStringLiteral("after QUIT")));
        QVERIFY(notes[0].size() == 1 && notes[15].isEmpty());
    }

    void sessionNotesLmtpAndFailures()
    {
        const QList<TranscriptEntry> t{
            s(220, "220 lmtp.test LMTP"),
            c("LHLO client.test"),
            s(250, "250-lmtp.test\r\n250 X-SOMETHING"),
            c("MAIL FROM:<a@example.org>"),
            s(250, "250 OK"),
            c("RCPT TO:<b@example.org>"),
            s(250, "250 OK"),
            c("RCPT TO:<c@example.org>"),
            s(250, "250 OK"),
            c("DATA"),
            s(354, "354 go"),
            entry(TranscriptEntry::Data, {}),
            s(250, "250 2.0.0 b ok"),
            s(452, "452 4.2.2 c over quota"),
            s(421, "421 4.4.2 timeout"),
        };
        const QStringList x = SessionExplainer::explain(t);
        QVERIFY(x[2].contains(QStringLiteral("X-SOMETHING: an extension Postel does not know")));
        QVERIFY(x[12].contains(QStringLiteral("recipient 1")));
        QVERIFY(x[13].contains(QStringLiteral("recipient 2")));
        QVERIFY(x[13].contains(QStringLiteral("4.2.2 Mailbox full")));
        QVERIFY(x[14].contains(QStringLiteral("closes the connection")));
        // A 554 greeting, an unsolicited reply, a binary and a broken challenge.
        const QStringList y = SessionExplainer::explain(
            {s(554, "554 no service"), c("AUTH GSSAPI"), s(334, "334 AAECAw=="), c("x"),
             s(334, "334 !!!"), c("*"), s(501, "501 cancelled"), s(250, "250 surprise")});
        QVERIFY(y[0].contains(QStringLiteral("554 greeting")));
        QVERIFY(y[2].contains(QStringLiteral("binary data")));
        QVERIFY(y[4].contains(QStringLiteral("not valid base64")));
        QVERIFY(y[7].contains(QStringLiteral("reply to no command")));
        // Control and bidi characters in a decoded challenge are made visible.
        const QStringList z = SessionExplainer::explain(
            {s(220, "220 x"), c("AUTH LOGIN"),
             s(334, "334 " + QByteArray("User\xe2\x80\xaename:").toBase64())});
        QVERIFY(z[2].contains(QStringLiteral("User<U+202E>name:")));
    }

    void sessionNotesInPolish()
    {
        Languages::install(QCoreApplication::instance(), QStringLiteral("pl"));
        const QStringList x = SessionExplainer::explain(
            {s(220, "220 x"), c("EHLO a"), s(250, "250-x\r\n250 STARTTLS"), c("STARTTLS"),
             s(220, "220 go"), c("EHLO a", true), s(250, "250 x", true)});
        QVERIFY2(x[5].contains(QStringLiteral("RFC 3207 §4.2")), qPrintable(x[5]));
        QVERIFY2(!x[5].contains(QStringLiteral("EHLO again")), qPrintable(x[5]));
        QVERIFY2(x[5].contains(QStringLiteral("ponownie")), qPrintable(x[5]));
    }
};

QTEST_GUILESS_MAIN(TestExplain)
#include "tst_explain.moc"
