// Issue 13 ("The first hour"), items 7–10: the keyboard in the composer, text that must not
// be cut, the first start with the sandbox's port taken, and the small ones (the address
// completer, Duplicate, the handbook).
#include "common/DraftStore.h"
#include "common/HandbookDialog.h"
#include "composer/AddressField.h"
#include "composer/ComposerWidget.h"
#include "i18n/Languages.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Services.h"
#include "profiles/PasswordStore.h"
#include "profiles/ProfileDialog.h"
#include "profiles/ProfileStore.h"
#include "transcript/Transcript.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTextBrowser>
#include <QTextEdit>
#include <QtTest>

using namespace postel;

class FirstHourTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tabFromSubjectReachesTheBody();
    void progressTextFits_data();
    void progressTextFits();
    void fingerprintIsNotCut();
    void takenPortIsInformationAndTheFallbackIsKept();
    void completerLetsTheNextClickThrough();
    void duplicateKeepsThePassword();
    void handbookOpensWithF1_data();
    void handbookOpensWithF1();
};

void FirstHourTest::initTestCase()
{
    qputenv("POSTEL_KEYCHAIN", "off");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PostelTest"));
    QCoreApplication::setApplicationName(QStringLiteral("PostelUiFirstHourTest"));
}

void FirstHourTest::init()
{
    QCOMPARE(Languages::install(QCoreApplication::instance(), QStringLiteral("en")),
             QStringLiteral("en"));
    QSettings s;
    s.clear();
    s.setValue(QStringLiteral("sandbox/autostart"), false);
    s.sync();
    DraftStore::discard();
}

void FirstHourTest::cleanup()
{
    QSettings().clear();
}

void FirstHourTest::tabFromSubjectReachesTheBody()
{
    Services services;
    MainWindow w(&services);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    ComposerWidget *c = w.composer();
    QVERIFY(!c->ccField()->isVisible()); // Cc and Bcc hidden, as at the start
    c->subjectField()->setFocus();
    QTRY_VERIFY(c->subjectField()->hasFocus());
    QTest::keyClick(c->subjectField(), Qt::Key_Tab);
    QTRY_VERIFY2(c->bodyEdit()->hasFocus(),
                 qPrintable(QApplication::focusWidget()
                                ? QApplication::focusWidget()->metaObject()->className()
                                : QStringLiteral("nothing")));
    // Shift+Tab goes back to the subject, and the same holds with Cc/Bcc shown.
    c->showCcBcc(true);
    c->subjectField()->setFocus();
    QTest::keyClick(c->subjectField(), Qt::Key_Tab);
    QTRY_VERIFY(c->bodyEdit()->hasFocus());
    c->bccField()->lineEdit()->setFocus();
    QTest::keyClick(c->bccField()->lineEdit(), Qt::Key_Tab);
    QTRY_VERIFY(c->subjectField()->hasFocus());
    c->setModified(false);
}

void FirstHourTest::progressTextFits_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &l : Languages::available())
        QTest::newRow(qPrintable(l)) << l;
}

// "8.00 MiB of 68.42 MiB" is shown whole.
void FirstHourTest::progressTextFits()
{
    QFETCH(QString, language);
    QCOMPARE(Languages::install(QCoreApplication::instance(), language), language);
    Services services;
    MainWindow w(&services);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *bar = w.findChild<QProgressBar *>();
    QVERIFY(bar);
    bar->show();
    Q_EMIT w.controller()->dataProgress(8 * 1024 * 1024, 71745267);
    QVERIFY(bar->text().contains(QLocale().formattedDataSize(71745267)));
    QTRY_VERIFY(bar->isVisible());
    const int needed = bar->fontMetrics().horizontalAdvance(bar->text());
    QVERIFY2(bar->width() >= needed + 8,
             qPrintable(QStringLiteral("%1 px for %2 px of text").arg(bar->width()).arg(needed)));
    bar->hide();
}

void FirstHourTest::fingerprintIsNotCut()
{
    Services services;
    ServerProfile p = services.profiles()->current();
    p.pinnedSha256 = QCryptographicHash::hash("a certificate", QCryptographicHash::Sha256);
    services.profiles()->save(p);
    ProfileDialog dialog(services.profiles(), services.passwords());
    dialog.selectProfile(p.id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("pinnedCertificate"));
    QVERIFY(label);
    const QString hex = QString::fromLatin1(p.pinnedSha256.toHex(':').toUpper());
    QCOMPARE(QString(label->text()).remove(QLatin1Char('\n')),
             QString(hex).remove(47, 1)); // two lines of 16 bytes
    // Both lines fit, in height and in width.
    const QFontMetrics fm(label->font());
    QVERIFY2(label->height() >= 2 * fm.lineSpacing(), qPrintable(QString::number(label->height())));
    for (const QString &line : label->text().split(QLatin1Char('\n')))
        QVERIFY(label->width() >= fm.horizontalAdvance(line));
}

// The first start with port 2525 taken: one line of information (not an error), and the
// same fallback port the next time.
void FirstHourTest::takenPortIsInformationAndTheFallbackIsKept()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    QSettings().setValue(QStringLiteral("sandbox/autostart"), true);
    QSettings().setValue(QStringLiteral("sandbox/port"), squatter.serverPort());
    quint16 first = 0;
    {
        Services services;
        MainWindow w(&services);
        first = services.sandbox()->port();
        QVERIFY(first != 0 && first != squatter.serverPort());
        const QString expected = QStringLiteral("The sandbox listens on port %1 because %2 is "
                                                "in use.")
                                     .arg(first)
                                     .arg(squatter.serverPort());
        bool found = false;
        for (const TranscriptEntry &e : services.transcript()->entries()) {
            const QString text = QString::fromUtf8(e.bytes);
            QVERIFY2(!text.contains(QStringLiteral("Cannot listen")), qPrintable(text));
            if (text == expected) {
                found = true;
                QCOMPARE(e.direction, TranscriptEntry::Info);
            }
        }
        QVERIFY(found);
        QCOMPARE(w.profileStore()->profile(QStringLiteral("sandbox")).port, first);
    }
    Services again;
    QCOMPARE(again.sandbox()->port(), first);
    QCOMPARE(again.profiles()->profile(QStringLiteral("sandbox")).port, first);
}

// With the completion list open, a click on another field closes the list and lands there.
void FirstHourTest::completerLetsTheNextClickThrough()
{
    Services services;
    MainWindow w(&services);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    ComposerWidget *c = w.composer();
    c->setAddressCompletions({QStringLiteral("Ann Lee <ann@example.org>")});
    QLineEdit *to = c->toField()->lineEdit();
    to->setFocus();
    QTest::keyClicks(to, QStringLiteral("an"));
    QAbstractItemView *popup = c->toField()->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    // The click goes through the window system, as a real one does (the list has the grab),
    // on the From field above (the list covers what is below To).
    QLineEdit *from = c->fromField()->lineEdit();
    const QPoint at = w.mapFromGlobal(from->mapToGlobal(from->rect().center()));
    QVERIFY(!popup->geometry().contains(from->mapToGlobal(from->rect().center())));
    QTest::mousePress(w.windowHandle(), Qt::LeftButton, {}, at);
    QTest::mouseRelease(w.windowHandle(), Qt::LeftButton, {}, at);
    QTRY_VERIFY(!popup->isVisible());
    QTRY_VERIFY(from->hasFocus());
    QCOMPARE(to->text(), QStringLiteral("an")); // nothing was completed by that click
    c->setModified(false);
}

void FirstHourTest::duplicateKeepsThePassword()
{
    Services services;
    ServerProfile p;
    p.name = QStringLiteral("mail");
    p.host = QStringLiteral("smtp.example.org");
    p.port = 587;
    p.user = QStringLiteral("ann");
    p.id = services.profiles()->save(p);
    services.passwords()->write(p.id, QStringLiteral("kept"));
    ProfileDialog dialog(services.profiles(), services.passwords());
    dialog.selectProfile(p.id);
    QPushButton *duplicate = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text() == QLatin1String("&Duplicate"))
            duplicate = b;
    }
    QVERIFY(duplicate);
    const QStringList before = [&] {
        QStringList ids;
        for (const ServerProfile &x : services.profiles()->profiles())
            ids.append(x.id);
        return ids;
    }();
    duplicate->click();
    QTRY_VERIFY(dialog.selectedId() != p.id);
    const QString copyId = dialog.selectedId();
    QTest::qWait(50); // the source's password is read like any other (a queued answer)
    dialog.accept();
    QVERIFY(!before.contains(copyId));
    QVERIFY(services.profiles()->profile(copyId).isValid());
    QString copied;
    services.passwords()->read(copyId, this, [&copied](const QString &pw) { copied = pw; });
    QTRY_COMPARE(copied, QStringLiteral("kept"));
}

void FirstHourTest::handbookOpensWithF1_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{QStringLiteral("The first send"),
                                       QStringLiteral("Profiles and security"),
                                       QStringLiteral("The transcript"),
                                       QStringLiteral("The sandbox"), QStringLiteral("postel-cli")};
    QTest::newRow("pl") << QStringLiteral("pl")
                        << QStringList{QStringLiteral("Pierwsza wysyłka"),
                                       QStringLiteral("Profile i zabezpieczenia"),
                                       QStringLiteral("Dziennik sesji"),
                                       QStringLiteral("Piaskownica"), QStringLiteral("postel-cli")};
}

void FirstHourTest::handbookOpensWithF1()
{
    QFETCH(QString, language);
    QFETCH(QStringList, words);
    QCOMPARE(Languages::install(QCoreApplication::instance(), language), language);
    Services services;
    MainWindow w(&services);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    auto *action = w.findChild<QAction *>(QStringLiteral("handbookAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F1));
    QTest::keyClick(&w, Qt::Key_F1);
    HandbookDialog *handbook = nullptr;
    QTRY_VERIFY((handbook = w.findChild<HandbookDialog *>()) != nullptr);
    QTRY_VERIFY(handbook->isVisible());
    // Shipped inside the program: read from the resources, nothing from the network.
    QCOMPARE(handbook->browser()->source().scheme(), QStringLiteral("qrc"));
    const QString text = handbook->browser()->toPlainText();
    for (const QString &word : words)
        QVERIFY2(text.contains(word), qPrintable(word));
    handbook->close();
}

QTEST_MAIN(FirstHourTest)
#include "tst_firsthour.moc"
