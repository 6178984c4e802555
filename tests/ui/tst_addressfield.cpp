// The composer's address field: what it marks, what it completes and what it hands on are the
// core's address-list scanner's answers (groups, quoted commas, comments, angle brackets), and
// an address that could be read as two is refused, named, in words.
#include "composer/AddressField.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QtTest>

using namespace postel;

namespace {

QString addrs(const MailAddressList &l)
{
    QStringList out;
    for (const auto &a : l)
        out.append(a.name + QLatin1Char('|') + a.address);
    return out.join(QLatin1String("; "));
}

} // namespace

class AddressFieldTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void agreesWithTheCore_data();
    void agreesWithTheCore();
    void ambiguousAddressIsNamed_data();
    void ambiguousAddressIsNamed();
    void singleFieldTakesOneMailbox();
    void completesTheAddressUnderTheCursor();
    void completesInsideAGroup();
};

// The field reads a list exactly as parseAddressList() does: what it calls valid is what is
// sent, and nothing it marks is silently sent or dropped.
void AddressFieldTest::agreesWithTheCore_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("invalid");
    QTest::addColumn<QString>("addresses");

    QTest::newRow("group") << "Team: a@x.org, B <b@y.org>;, c@z.org" << QStringList{}
                           << "|a@x.org; B|b@y.org; |c@z.org";
    QTest::newRow("group, semicolon after")
        << "Team: a@x.org, b@y.org; c@z.org" << QStringList{} << "|a@x.org; |b@y.org; |c@z.org";
    QTest::newRow("empty group") << "undisclosed-recipients:;" << QStringList{} << "";
    QTest::newRow("quoted comma") << "\"Nowak, Jan\" <jan@example.org>; ann@example.org"
                                  << QStringList{}
                                  << "Nowak, Jan|jan@example.org; |ann@example.org";
    QTest::newRow("comment with comma") << "ann@example.org (Ann, work) , <b@y.org>"
                                        << QStringList{} << "Ann, work|ann@example.org; |b@y.org";
    QTest::newRow("comma in angle brackets is one entry")
        << "<a,b@example.org>, c@z.org" << QStringList{"<a,b@example.org>"} << "|c@z.org";
    QTest::newRow("bad member spoils its group")
        << "Team: a@x.org, nobody;, c@z.org" << QStringList{"Team: a@x.org, nobody;"} << "|c@z.org";
    QTest::newRow("junk") << "bob@example.com, not an address" << QStringList{"not an address"}
                          << "|bob@example.com";
}

void AddressFieldTest::agreesWithTheCore()
{
    QFETCH(QString, text);
    QFETCH(QStringList, invalid);
    QFETCH(QString, addresses);
    AddressField f(false);
    f.setText(text);
    QCOMPARE(f.invalidParts(), invalid);
    QCOMPARE(f.isValid(), invalid.isEmpty());
    QCOMPARE(addrs(f.addresses()), addresses);
    QString error;
    QCOMPARE(addrs(parseAddressList(text, &error)), addresses);
    QCOMPARE(error.isEmpty(), f.isValid());
}

// CVE-2023-27043's class: refused in the field, with the address and the reason shown.
void AddressFieldTest::ambiguousAddressIsNamed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("paren") << "alice@example.org)<bob@example.org>"
                           << "“)” has no matching “(”";
    QTest::newRow("space") << "alice@example.org <bob@example.org>"
                           << "more than one address";
    QTest::newRow("in a list") << "carol@example.net, alice@example.org@<bob@example.org>"
                               << "more than one address";
    QTest::newRow("in a group") << "Team: alice@example.org[<bob@example.org>;"
                                << "“[” is never closed";
}

void AddressFieldTest::ambiguousAddressIsNamed()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    AddressField f(false);
    f.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f));
    f.setText(text);
    QTest::keyClick(f.lineEdit(), Qt::Key_Return); // finished: every problem is shown
    QVERIFY(!f.isValid());
    const QString bad = text.mid(text.indexOf(QStringLiteral("alice")) -
                                 (text.startsWith(QStringLiteral("Team")) ? 6 : 0));
    QCOMPARE(f.invalidParts(), QStringList{bad});
    QVERIFY2(f.problem().contains(bad) && f.problem().contains(reason), qPrintable(f.problem()));
    for (const MailAddress &a : f.addresses())
        QVERIFY2(!a.address.contains(QStringLiteral("example.org")), qPrintable(a.address));
    auto *error = f.findChild<QLabel *>(QStringLiteral("addressError"));
    QVERIFY(error && error->isVisible());
    QCOMPARE(error->text(), f.problem());
}

void AddressFieldTest::singleFieldTakesOneMailbox()
{
    AddressField f(true);
    f.setText(QStringLiteral("\"Nowak, Jan\" <jan@example.org>"));
    QVERIFY2(f.isValid(), qPrintable(f.problem()));
    f.setText(QStringLiteral("Team: a@x.org, b@y.org;"));
    QVERIFY(!f.isValid());
    QVERIFY(f.problem().contains(QStringLiteral("Only one address")));
    f.setText(QStringLiteral("a@x.org; b@y.org"));
    QVERIFY(!f.isValid());
}

// Typing in a list field offers remembered addresses matching anywhere in name or
// address; choosing one replaces only the address being typed and adds the separator.
void AddressFieldTest::completesTheAddressUnderTheCursor()
{
    AddressField f(false);
    f.setCompletions(
        {QStringLiteral("Bob Builder <bob@example.com>"), QStringLiteral("ann@example.org")});
    f.resize(500, f.sizeHint().height());
    f.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f));
    // Set by the program: nothing pops up.
    f.setText(QStringLiteral("bu"));
    QVERIFY(!f.completer()->popup()->isVisible());
    f.lineEdit()->setText(QStringLiteral("Łucja <lucja@example.org>"));
    f.lineEdit()->end(false);
    f.activateWindow();
    f.lineEdit()->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&f));
    QTest::keyClicks(f.lineEdit(), QStringLiteral(", build"));
    QTRY_VERIFY(f.completer()->popup()->isVisible());
    // "build" is being typed: not an address (yet), but not called invalid on screen either.
    QVERIFY(!f.isValid());
    auto *error = f.findChild<QLabel *>(QStringLiteral("addressError"));
    QVERIFY(error);
    QVERIFY(!error->isVisible());
    QCOMPARE(f.completer()->completionCount(), 1);
    QTest::keyClick(f.completer()->popup(), Qt::Key_Down);
    QTest::keyClick(f.completer()->popup(), Qt::Key_Return);
    QCOMPARE(f.text(),
             QStringLiteral("Łucja <lucja@example.org>, Bob Builder <bob@example.com>, "));
    QVERIFY(f.isValid());
    QCOMPARE(f.addresses().size(), 2);
    // Nothing matches: no list. Leaving the field shows what is wrong.
    QTest::keyClicks(f.lineEdit(), QStringLiteral("zzz"));
    QVERIFY(!f.completer()->popup()->isVisible());
    QVERIFY(!error->isVisible());
    QTest::keyClick(f.lineEdit(), Qt::Key_Return); // editingFinished
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("zzz")));
}

// Inside a group the address under the cursor is the member being typed, and a comma
// inside quotes before it does not cut it.
void AddressFieldTest::completesInsideAGroup()
{
    AddressField f(false);
    f.setCompletions({QStringLiteral("Bob Builder <bob@example.com>")});
    f.resize(500, f.sizeHint().height());
    f.show();
    f.activateWindow();
    f.lineEdit()->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&f));
    QTest::keyClicks(f.lineEdit(), QStringLiteral("Team: \"Nowak, Jan\" <jan@example.org>, bu"));
    QTRY_VERIFY(f.completer()->popup()->isVisible());
    QTest::keyClick(f.completer()->popup(), Qt::Key_Down);
    QTest::keyClick(f.completer()->popup(), Qt::Key_Return);
    QCOMPARE(f.text(), QStringLiteral("Team: \"Nowak, Jan\" <jan@example.org>, Bob Builder "
                                      "<bob@example.com>, "));
    QTest::keyClick(f.lineEdit(), Qt::Key_Backspace);
    QTest::keyClick(f.lineEdit(), Qt::Key_Backspace);
    QTest::keyClicks(f.lineEdit(), QStringLiteral(";"));
    QVERIFY2(f.isValid(), qPrintable(f.problem()));
    QCOMPARE(addrs(f.addresses()), QStringLiteral("Nowak, Jan|jan@example.org; Bob "
                                                  "Builder|bob@example.com"));
}

QTEST_MAIN(AddressFieldTest)
#include "tst_addressfield.moc"
