// The address-list scanner (entries, separators, where the mailbox under the cursor starts)
// and the refusal of addresses that could be read as other addresses than they seem to hold
// (the class of CVE-2023-27043), in every place an address comes in: a list, one mailbox, an
// envelope address, a message's headers, an envelope built in code.
#include "message/MailMessage.h"
#include "message/SendMessage.h"

#include <QBuffer>
#include <QTest>

using namespace postel;

namespace {

QString addrs(const MailAddressList &l)
{
    QStringList out;
    for (const auto &a : l)
        out.append(a.name + QLatin1Char('|') + a.address);
    return out.join(QLatin1String("; "));
}

QStringList entryTexts(const QList<AddressListEntry> &entries)
{
    QStringList out;
    for (const AddressListEntry &e : entries)
        out.append(e.text);
    return out;
}

const QString Alice = QStringLiteral("alice@example.org");
const QString Bob = QStringLiteral("bob@example.com");

} // namespace

class TestAddressList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void entries_data();
    void entries();
    void separatorsAndMailboxStart();
    void typingHalfAnEntry();

    void cve_2023_27043_refused_data();
    void cve_2023_27043_refused();
    void cve_2023_27043_separatorsGiveBothAddresses();
    void cve_2023_27043_validListsStillRead_data();
    void cve_2023_27043_validListsStillRead();
    void cve_2023_27043_envelopeAddress_data();
    void cve_2023_27043_envelopeAddress();
    void cve_2023_27043_messageHeadersRefused_data();
    void cve_2023_27043_messageHeadersRefused();
    void cve_2023_27043_envelopeBuiltInCode();
    void cve_2023_27043_sendMessageExplicitEnvelope();
};

// Entries as people write them: the scanner splits where RFC 5322 (and the habit of
// separating with ";") says, never inside quotes, comments, angle brackets or groups.
void TestAddressList::entries_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QString>("mailboxes");

    QTest::newRow("group") << "Team: a@x.org, B <b@y.org>;, c@z.org"
                           << QStringList{"Team: a@x.org, B <b@y.org>;", "c@z.org"}
                           << "|a@x.org; B|b@y.org; |c@z.org";
    QTest::newRow("group then semicolon-less entry")
        << "Team: a@x.org; c@z.org" << QStringList{"Team: a@x.org;", "c@z.org"}
        << "|a@x.org; |c@z.org";
    QTest::newRow("empty group") << "undisclosed-recipients:;, c@z.org"
                                 << QStringList{"undisclosed-recipients:;", "c@z.org"}
                                 << "|c@z.org";
    QTest::newRow("quoted comma and semicolon")
        << "\"Nowak, Jan; Dr\" <jan@example.org>, b@y.org"
        << QStringList{"\"Nowak, Jan; Dr\" <jan@example.org>", "b@y.org"}
        << "Nowak, Jan; Dr|jan@example.org; |b@y.org";
    QTest::newRow("comment with comma") << "ann@example.org (Ann, work), b@y.org"
                                        << QStringList{"ann@example.org (Ann, work)", "b@y.org"}
                                        << "Ann, work|ann@example.org; |b@y.org";
    QTest::newRow("nested comment")
        << "User ((nested, comment)) <foo@bar.com>"
        << QStringList{"User ((nested, comment)) <foo@bar.com>"} << "User|foo@bar.com";
    QTest::newRow("comma in angle brackets (route)")
        << "Mary <@relay.example,@b.example:mary@example.net>; x@y.org"
        << QStringList{"Mary <@relay.example,@b.example:mary@example.net>", "x@y.org"}
        << "Mary|mary@example.net; |x@y.org";
    QTest::newRow("domain literal")
        << "bob@[IPv6:::1], c@z.org" << QStringList{"bob@[IPv6:::1]", "c@z.org"}
        << "|bob@[IPv6:::1]; |c@z.org";
    QTest::newRow("semicolons as people type them")
        << "a@x.org; b@y.org;c@z.org" << QStringList{"a@x.org", "b@y.org", "c@z.org"}
        << "|a@x.org; |b@y.org; |c@z.org";
    QTest::newRow("blank entries") << " , a@x.org,, ;" << QStringList{"a@x.org"} << "|a@x.org";
}

void TestAddressList::entries()
{
    QFETCH(QString, text);
    QFETCH(QStringList, entries);
    QFETCH(QString, mailboxes);
    const QList<AddressListEntry> got = AddressList::entries(text);
    QCOMPARE(entryTexts(got), entries);
    for (const AddressListEntry &e : got) {
        QVERIFY2(e.isValid(), qPrintable(e.text + QStringLiteral(": ") + e.problem));
        QCOMPARE(text.mid(e.start, e.text.size()), e.text);
    }
    QString error;
    QCOMPARE(addrs(parseAddressList(text, &error)), mailboxes);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestAddressList::separatorsAndMailboxStart()
{
    const QString text = QStringLiteral("\"Nowak, Jan\" <jan@example.org>; ann@example.org "
                                        "(Ann, work) , Team: <a,b@example.org>, bu");
    // ";", the "," after the comment; the group's commas are inside its entry.
    QCOMPARE(
        AddressList::separators(text),
        (QList<qsizetype>{text.indexOf(QLatin1Char(';')), text.indexOf(QLatin1String(" ,")) + 1}));
    // The mailbox under the cursor starts after the last separator, group colon or comma
    // inside the group before it.
    QCOMPARE(AddressList::mailboxStart(text, 3), 0);
    QCOMPARE(AddressList::mailboxStart(text, text.indexOf(QLatin1String("work"))),
             text.indexOf(QLatin1Char(';')) + 1);
    QCOMPARE(AddressList::mailboxStart(text, text.indexOf(QLatin1String("a,b"))),
             text.indexOf(QLatin1Char(':')) + 1);
    QCOMPARE(AddressList::mailboxStart(text, text.size()), text.lastIndexOf(QLatin1Char(',')) + 1);
    QCOMPARE(AddressList::mailboxStart(QStringLiteral("a@b.c, \"x"), 9), 6);
}

// Text being typed is laid out as far as it goes: an open quote or comment swallows the rest
// (its commas are not separators yet), and the entry is not readable yet.
void TestAddressList::typingHalfAnEntry()
{
    const QString quote = QStringLiteral("a@b.c, \"Nowak, J");
    QCOMPARE(AddressList::separators(quote), QList<qsizetype>{5});
    const auto entries = AddressList::entries(quote);
    QCOMPARE(entries.size(), 2);
    QVERIFY(entries.at(0).isValid());
    QVERIFY(!entries.at(1).isValid());
    QVERIFY2(entries.at(1).problem.contains(QStringLiteral("never closed")),
             qPrintable(entries.at(1).problem));
    QCOMPARE(AddressList::separators(QStringLiteral("a@b.c (x, y")), QList<qsizetype>{});
}

// CVE-2023-27043: Python's email.utils.parseaddr() read "alice@example.org)<bob@example.com>"
// as one of the two addresses, so an application that checked the domain let mail go to the
// other. The attack strings are cpython's regression tests for the fix (gh-102988,
// test_parsing_errors): each invalid separator between the two addresses.
void TestAddressList::cve_2023_27043_refused_data()
{
    QTest::addColumn<QString>("text");
    for (const char *separator : {"(", ")", "<", ">", "[", "]", "@", ":", ".", "\""})
        QTest::addRow("alice%sbob", separator)
            << Alice + QLatin1String(separator) + "<" + Bob + ">";
    QTest::newRow("space between addresses") << Alice + " <" + Bob + ">";
    QTest::newRow("two angle addresses") << "<" + Alice + "> <" + Bob + ">";
    QTest::newRow("two bare addresses") << Alice + " " + Bob;
    QTest::newRow("reversed comment") << Alice + " )Alice(";
    QTest::newRow("unclosed comment") << Alice + " (Alice";
    QTest::newRow("unclosed angle") << "Alice <" + Alice;
    QTest::newRow("two @") << "alice@example.org@example.com";
    QTest::newRow("in a group") << "Team: " + Alice + ")<" + Bob + ">;";
}

void TestAddressList::cve_2023_27043_refused()
{
    QFETCH(QString, text);
    QString error;
    const MailAddressList list = parseAddressList(text, &error);
    QVERIFY2(list.isEmpty(), qPrintable(addrs(list)));
    // The error names the text, whole, as written.
    QVERIFY2(error.contains(QStringLiteral("“") + text + QStringLiteral("”")), qPrintable(error));
    QVERIFY(!MailAddress::parse(text, &error));
    // For the envelope: refused when the session would take the part inside "<...>", else
    // passed whole, as written; never one of the two addresses.
    const std::optional<QString> envelope = MailAddress::envelopeAddress(text, &error);
    if (text.contains(QLatin1Char('<')) || text.contains(QLatin1Char('>'))) {
        QVERIFY2(!envelope, qPrintable(envelope.value_or(QString())));
        QVERIFY2(error.contains(text), qPrintable(error));
    } else {
        QCOMPARE(envelope, std::optional<QString>(text));
    }
    const auto entries = AddressList::entries(text);
    QCOMPARE(entries.size(), 1);
    QVERIFY(!entries.first().isValid());
    QVERIFY(entries.first().mailboxes.isEmpty());
    qDebug() << error;
}

// With "," (and ";", which people type for ","), the same text is a list of two: both are
// read, neither is dropped (GMime alone reads "a;<b>" as a only).
void TestAddressList::cve_2023_27043_separatorsGiveBothAddresses()
{
    for (const QString &separator : {QStringLiteral(","), QStringLiteral(";")}) {
        const QString text = Alice + separator + "<" + Bob + ">";
        QString error;
        QCOMPARE(addrs(parseAddressList(text, &error)), "|" + Alice + "; |" + Bob);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!MailAddress::parse(text, &error));
        QVERIFY(!MailAddress::envelopeAddress(text, &error));
    }
}

// What the fix must not break (cpython's test_getaddresses_nasty and friends).
void TestAddressList::cve_2023_27043_validListsStillRead_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("addresses");
    QTest::newRow("quoted name with comma and @")
        << "\"Alice, alice@example.org\" <bob@example.com>" << QStringList{Bob};
    QTest::newRow("comment") << "alice@example.org (Alice)" << QStringList{Alice};
    QTest::newRow("two quoted names") << "\"Jane Doe\" <jane@example.net>, \"John Doe\" "
                                         "<john@example.net>"
                                      << QStringList{"jane@example.net", "john@example.net"};
    QTest::newRow("comments everywhere")
        << "Pete(A nice \\) chap) <pete(his account)@silly.test(his host)>"
        << QStringList{"pete@silly.test"};
    QTest::newRow("route, empty entry, spaced domain")
        << "Mary <@machine.tld:mary@example.net>, , jdoe@test   . example"
        << QStringList{"mary@example.net", "jdoe@test.example"};
    QTest::newRow("comment in domain")
        << "John Doe <jdoe@machine(comment).  example>" << QStringList{"jdoe@machine.example"};
    QTest::newRow("colon in quoted name") << "\"Mary Smith: Personal Account\" <smith@home.example>"
                                          << QStringList{"smith@home.example"};
    QTest::newRow("empty group without ;")
        << "(Empty list)(start)Undisclosed recipients  :(nobody(I know))" << QStringList{};
    QTest::newRow("semicolon in quoted name")
        << "<boss@nil.test>, \"Giant; \\\"Big\\\" Box\" <bob@example.net>"
        << QStringList{"boss@nil.test", "bob@example.net"};
    QTest::newRow("quoted local part with @")
        << "\"a@b\"@example.org" << QStringList{"\"a@b\"@example.org"};
}

void TestAddressList::cve_2023_27043_validListsStillRead()
{
    QFETCH(QString, text);
    QFETCH(QStringList, addresses);
    QString error;
    QStringList got;
    for (const MailAddress &a : parseAddressList(text, &error))
        got.append(a.address);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(got, addresses);
}

// postel-cli's --from/--to and sendMessage()'s from/to: the session sends what is inside the
// last "<...>", so text with brackets must be one address in them; text without any goes
// whole, as written (a malformed address may be tried on a server on purpose).
void TestAddressList::cve_2023_27043_envelopeAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("address"); // "!": refused; "=": passed as written
    QTest::newRow("bare") << Alice << "=";
    QTest::newRow("angle") << "<" + Alice + ">" << Alice;
    QTest::newRow("named") << "Alice <" + Alice + ">" << Alice;
    QTest::newRow("quoted name with @") << "\"" + Bob + "\" <" + Alice + ">" << Alice;
    QTest::newRow("null sender") << " <> "
                                 << "";
    QTest::newRow("local part only") << "postmaster"
                                     << "=";
    QTest::newRow("utf-8") << "jaźń@example.pl"
                           << "=";
    QTest::newRow("malformed, no brackets") << "a@@b"
                                            << "=";
    QTest::newRow("two, no brackets") << Alice + ", " + Bob << "=";
    QTest::newRow("paren") << Alice + ")<" + Bob + ">"
                           << "!";
    QTest::newRow("space") << Alice + " <" + Bob + ">"
                           << "!";
    QTest::newRow("stray >") << Alice + ">"
                             << "!";
    QTest::newRow("two named") << "A <" + Alice + ">, B <" + Bob + ">"
                               << "!";
    QTest::newRow("two by semicolon") << Alice + ";<" + Bob + ">"
                                      << "!";
    QTest::newRow("group") << "Team: <" + Alice + ">;"
                           << "!";
    QTest::newRow("brackets in a trailing comment") << "<" + Alice + "> (see <" + Bob + ">)"
                                                    << "!";
    QTest::newRow("brackets in a quoted name") << "\"<" + Bob + ">\" <" + Alice + ">" << Alice;
    QTest::newRow("comment inside the brackets") << "<alice(x)@example.org>"
                                                 << "!";
    QTest::newRow("empty") << "  "
                           << "!";
}

void TestAddressList::cve_2023_27043_envelopeAddress()
{
    QFETCH(QString, text);
    QFETCH(QString, address);
    QString error;
    const std::optional<QString> got = MailAddress::envelopeAddress(text, &error);
    if (address == QLatin1String("!")) {
        QVERIFY2(!got, qPrintable(got.value_or(QString())));
        QVERIFY2(error.contains(text.trimmed()), qPrintable(error));
    } else {
        QVERIFY2(got, qPrintable(error));
        QCOMPARE(*got, address == QLatin1String("=") ? text : address);
    }
}

// A message read from a file: GMime alone would take one of the two addresses, and
// send_message would take its envelope from them. The message is refused, naming the header
// and the address.
void TestAddressList::cve_2023_27043_messageHeadersRefused_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("From") << QByteArray("From: alice@example.org)<bob@example.com>");
    QTest::newRow("To") << QByteArray("To: alice@example.org <bob@example.com>");
    QTest::newRow("Cc folded") << QByteArray(
        "Cc: carol@example.net,\r\n alice@example.org]<bob@example.com>");
    QTest::newRow("Bcc") << QByteArray("Bcc: alice@example.org@<bob@example.com>");
    QTest::newRow("Sender") << QByteArray("Sender: alice@example.org(<bob@example.com>");
    QTest::newRow("Resent-To") << QByteArray("Resent-To: alice@example.org:<bob@example.com>");
}

void TestAddressList::cve_2023_27043_messageHeadersRefused()
{
    QFETCH(QByteArray, header);
    QByteArray bytes = "Date: Mon, 1 Jan 2024 10:00:00 +0000\r\nSubject: hi\r\n";
    if (!header.startsWith("From:"))
        bytes += "From: carol@example.net\r\n";
    if (!header.startsWith("To:"))
        bytes += "To: dave@example.net\r\n";
    bytes += header + "\r\n\r\nbody\r\n";
    QString error;
    QVERIFY(!MailMessage::parse(bytes, &error));
    const QString name = QString::fromLatin1(header.left(header.indexOf(':')));
    QVERIFY2(error.contains(name + QStringLiteral(" header")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("bob@example.com")), qPrintable(error));
    // The same message with the address written unambiguously is read.
    QByteArray fixed = bytes;
    const qsizetype at = fixed.indexOf("alice@example.org");
    fixed.replace(at, fixed.indexOf('>', at) + 1 - at, "alice@example.org, <bob@example.com>");
    QVERIFY2(MailMessage::parse(fixed, &error), qPrintable(error));
}

// An envelope from a MailMessage built in code holds whatever the code put in an address;
// the session would strip what looks like brackets and send the rest.
void TestAddressList::cve_2023_27043_envelopeBuiltInCode()
{
    MailMessage m;
    m.setFrom(MailAddress{QString(), Alice});
    m.setTo({MailAddress{QString(), QStringLiteral("carol@example.net")},
             MailAddress{QString(), Alice + ")<" + Bob + ">"}});
    QString error;
    QVERIFY(!m.envelope(&error));
    QVERIFY2(error.contains(Alice + ")<" + Bob + ">") && error.contains(QStringLiteral("To")),
             qPrintable(error));
    QVERIFY(m.envelopeRecipients().isEmpty());

    m.setTo({MailAddress{QString(), QStringLiteral("carol@example.net")}});
    m.setSender(MailAddress{QString(), Alice + " <" + Bob + ">"});
    QVERIFY(!m.envelope(&error));
    QVERIFY2(error.contains(QStringLiteral("Sender")), qPrintable(error));
    m.setSender({});
    const auto env = m.envelope(&error);
    QVERIFY2(env, qPrintable(error));
    QCOMPARE(env->sender, Alice);
    QCOMPARE(env->recipients, QStringList{QStringLiteral("carol@example.net")});

    // A Resent-* block is read like any list.
    m.addHeader("Resent-Date", QStringLiteral("Mon, 1 Jan 2024 10:00:00 +0000"));
    m.addHeader("Resent-To", Alice + " <" + Bob + ">");
    QVERIFY(!m.envelope(&error));
    QVERIFY2(error.contains(QStringLiteral("Resent-To")), qPrintable(error));
}

void TestAddressList::cve_2023_27043_sendMessageExplicitEnvelope()
{
    MailMessage m;
    m.setFrom(MailAddress{QString(), Alice});
    m.setTo({MailAddress{QString(), QStringLiteral("carol@example.net")}});
    m.setTextBody(QStringLiteral("hi"));
    const QString bad = Alice + ")<" + Bob + ">";
    for (const auto &[from, to] :
         {std::pair{bad, QStringList{QStringLiteral("carol@example.net")}},
          std::pair{Alice, QStringList{QStringLiteral("carol@example.net"), bad}}}) {
        QByteArray bytes;
        QBuffer out(&bytes);
        out.open(QIODevice::WriteOnly);
        const PreparedMessage p = prepareForSending(m, true, true, &out, from, to);
        QVERIFY(!p.ok);
        QVERIFY2(p.error.contains(bad), qPrintable(p.error));
        QVERIFY(bytes.isEmpty());
    }
    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    const PreparedMessage p = prepareForSending(m, true, true, &out, "Alice <" + Alice + ">",
                                                {QStringLiteral("<carol@example.net>")});
    QVERIFY2(p.ok, qPrintable(p.error));
}

QTEST_GUILESS_MAIN(TestAddressList)
#include "tst_addresslist.moc"
