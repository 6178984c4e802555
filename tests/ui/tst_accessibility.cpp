// Issue 16, accessibility: the QAccessible tree of the main window and of every dialog it
// opens, as a screen reader walks it. Every visible interactive element (buttons, check
// boxes, combo boxes, text fields, lists, tables, trees, tabs) must have a name the way
// Orca finds one — the accessible name, then the labelled-by relation, then the
// description — and must be able to take focus. Also the Tab order: Tab and Ctrl+Tab leave
// the message body, and Tab / Shift+Tab never land on a widget hidden behind a tab.
#include "common/CertificateDialog.h"
#include "common/DraftStore.h"
#include "common/HandbookDialog.h"
#include "common/MessageBanner.h"
#include "composer/ComposerWidget.h"
#include "diagnosis/ConnectionReportDialog.h"
#include "diagnosis/FindSettingsDialog.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Services.h"
#include "profiles/PasswordPrompt.h"
#include "profiles/ProfileDialog.h"
#include "sandbox/SandboxInboxPanel.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptPanel.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSslError>
#include <QStandardPaths>
#include <QTextEdit>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtTest>

using namespace postel;

namespace {

bool interactive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTabList:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
        return true;
    default:
        return false;
    }
}

// The name as Orca finds it: name, then the labelled-by relation, then the description.
QString orcaName(QAccessibleInterface *iface)
{
    QString name = iface->text(QAccessible::Name).trimmed();
    if (!name.isEmpty())
        return name;
    const auto labels = iface->relations(QAccessible::Label);
    for (const auto &rel : labels) {
        if (rel.first && !rel.first->text(QAccessible::Name).trimmed().isEmpty())
            return rel.first->text(QAccessible::Name).trimmed();
    }
    return iface->text(QAccessible::Description).trimmed();
}

QString describe(QAccessibleInterface *iface)
{
    QObject *o = iface->object();
    QString what = o ? QString::fromLatin1(o->metaObject()->className()) : QStringLiteral("?");
    if (o && !o->objectName().isEmpty())
        what += QLatin1Char(' ') + o->objectName();
    if (o && o->parent())
        what += QStringLiteral(" in %1 %2")
                    .arg(QString::fromLatin1(o->parent()->metaObject()->className()),
                         o->parent()->objectName());
    if (auto *w = qobject_cast<QWidget *>(o); w && !w->toolTip().isEmpty())
        what += QStringLiteral(" (tooltip “%1”)").arg(w->toolTip());
    return QStringLiteral("%1 role 0x%2").arg(what).arg(int(iface->role()), 0, 16);
}

// Buttons Qt deliberately keeps out of the Tab chain, reachable from the keyboard another
// way: a tool bar's buttons (their actions are in the menus, with shortcuts), a dock's
// close and float buttons (the View menu) and a line
// edit's clear button (Ctrl+A, Delete).
bool keyboardReachableElsewhere(QObject *o)
{
    if (!o)
        return false;
    const QByteArray cls = o->metaObject()->className();
    if (cls == "QDockWidgetTitleButton" || cls == "QLineEditIconButton")
        return true;
    return qobject_cast<QToolBar *>(o->parent()) != nullptr;
}

struct Audit
{
    int interactiveSeen = 0;
    QStringList unnamed;
    QStringList unfocusable;

    void walk(QAccessibleInterface *iface, const QString &scope, int depth = 0)
    {
        if (!iface || !iface->isValid() || depth > 60)
            return;
        const QAccessible::State st = iface->state();
        if (st.invisible)
            return; // and its children: hidden panels are not read
        if (interactive(iface->role())) {
            ++interactiveSeen;
            if (orcaName(iface).isEmpty())
                unnamed.append(scope + QStringLiteral(": ") + describe(iface));
            // A tab is focused through its tab bar.
            if (iface->role() != QAccessible::PageTab && !st.focusable && !st.disabled &&
                !keyboardReachableElsewhere(iface->object()))
                unfocusable.append(scope + QStringLiteral(": ") + describe(iface));
        }
        for (int i = 0; i < iface->childCount(); ++i)
            walk(iface->child(i), scope, depth + 1);
    }
    void add(QWidget *window, const QString &scope)
    {
        walk(QAccessible::queryAccessibleInterface(window), scope);
    }
    QString report() const
    {
        return QStringLiteral("%1 of %2 interactive elements unnamed:\n  %3\n%4 cannot take "
                              "focus:\n  %5")
            .arg(unnamed.size())
            .arg(interactiveSeen)
            .arg(unnamed.join(QStringLiteral("\n  ")))
            .arg(unfocusable.size())
            .arg(unfocusable.join(QStringLiteral("\n  ")));
    }
};

} // namespace

class AccessibilityTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyWindowAndDialog();
    void auditFindsUnnamed();
    void tabLeavesTheBody();
    void tabSkipsHiddenPanels();
    void bannersAndTranscriptLinesAreAnnounced();
};

void AccessibilityTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PostelTest"));
    QCoreApplication::setApplicationName(QStringLiteral("PostelAccessibilityTest"));
    qputenv("POSTEL_KEYCHAIN", "off");
}

void AccessibilityTest::init()
{
    QSettings s;
    s.clear();
    s.setValue(QStringLiteral("sandbox/autostart"), true);
    s.setValue(QStringLiteral("sandbox/port"), 0);
    s.sync();
    DraftStore::discard();
}

void AccessibilityTest::cleanup()
{
    QSettings().clear();
    DraftStore::discard();
}

void AccessibilityTest::everyWindowAndDialog()
{
    Services services;
    MainWindow w(&services);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.findChild<SandboxInboxPanel *>());
    w.composer()->showCcBcc(true);
    Audit audit;
    audit.add(&w, QStringLiteral("main window"));

    w.editProfiles();
    auto *profiles = w.findChild<ProfileDialog *>();
    QVERIFY(profiles);
    QVERIFY(QTest::qWaitForWindowExposed(profiles));
    audit.add(profiles, QStringLiteral("profile dialog"));
    profiles->reject();

    ConnectionReportDialog reportDialog(ConnectionReport::build(SessionRecord()),
                                        CommandLines::Test(), &w);
    reportDialog.show();
    audit.add(&reportDialog, QStringLiteral("connection report"));
    reportDialog.hide();
    FindSettingsDialog find(QString(), QString(), QSslConfiguration::defaultConfiguration(), &w);
    find.show();
    audit.add(&find, QStringLiteral("find settings"));
    find.hide();
    CertificateDialog certificate(QStringLiteral("Mail"), QStringLiteral("mx.example.org"),
                                  QSslCertificate(), {QSslError(QSslError::SelfSignedCertificate)},
                                  &w);
    certificate.show();
    audit.add(&certificate, QStringLiteral("certificate dialog"));
    certificate.hide();
    PasswordPrompt password(QStringLiteral("Mail"), QStringLiteral("ann"), QString(), &w);
    password.show();
    audit.add(&password, QStringLiteral("password prompt"));
    password.hide();
    HandbookDialog handbook(&w);
    handbook.show();
    audit.add(&handbook, QStringLiteral("handbook"));
    handbook.hide();

    qInfo().noquote() << audit.report();
    QVERIFY2(audit.interactiveSeen > 50, "suspiciously few interactive elements found");
    QVERIFY2(audit.unnamed.isEmpty() && audit.unfocusable.isEmpty(), qPrintable(audit.report()));
    w.composer()->setModified(false);
}

// The audit fails on what it is for: a button with only an icon, a field without a label,
// a check box that cannot take focus. A label's buddy is named by it.
void AccessibilityTest::auditFindsUnnamed()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *iconOnly = new QPushButton(&window);
    iconOnly->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear")));
    layout->addWidget(iconOnly);
    layout->addWidget(new QLineEdit(&window));
    auto *label = new QLabel(QStringLiteral("&Name:"), &window);
    auto *named = new QLineEdit(&window);
    label->setBuddy(named);
    layout->addWidget(label);
    layout->addWidget(named);
    auto *box = new QCheckBox(QStringLiteral("Quiet"), &window);
    box->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(box);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Audit audit;
    audit.add(&window, QStringLiteral("w"));
    QCOMPARE(audit.interactiveSeen, 4);
    QCOMPARE(audit.unnamed.size(), 2);
    QCOMPARE(audit.unfocusable.size(), 1);
}

void AccessibilityTest::tabLeavesTheBody()
{
    QSettings().setValue(QStringLiteral("sandbox/autostart"), false);
    Services services;
    MainWindow w(&services);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    auto *body = w.findChild<QTextEdit *>(QStringLiteral("body"));
    QVERIFY(body);
    body->setFocus();
    QTRY_VERIFY(body->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY2(!body->hasFocus(), "Tab stays in the body");
    QVERIFY(!body->toPlainText().contains(QLatin1Char('\t')));
    body->setFocus();
    QTRY_VERIFY(body->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    QVERIFY2(!body->hasFocus(), "Ctrl+Tab stays in the body");
    body->setFocus();
    QTRY_VERIFY(body->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    QVERIFY2(!body->hasFocus(), "Shift+Tab stays in the body");
    QVERIFY(!body->toPlainText().contains(QLatin1Char('\t')));
    w.composer()->setModified(false);
}

// Around the whole window both ways: focus never lands on a widget that is not visible
// (a panel behind a tab that is not the current one).
void AccessibilityTest::tabSkipsHiddenPanels()
{
    QSettings().setValue(QStringLiteral("sandbox/autostart"), false);
    Services services;
    MainWindow w(&services);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.composer()->subjectField()->setFocus();
    QTRY_VERIFY(w.composer()->subjectField()->hasFocus());
    QStringList hidden;
    int stops = 0;
    for (const bool back : {false, true}) {
        w.composer()->subjectField()->setFocus();
        for (int i = 0; i < 120; ++i) {
            QWidget *f = QApplication::focusWidget();
            QVERIFY(f);
            if (back)
                QTest::keyClick(f, Qt::Key_Backtab, Qt::ShiftModifier);
            else
                QTest::keyClick(f, Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            QVERIFY(now);
            ++stops;
            if (!now->isVisible())
                hidden.append(QStringLiteral("%1 %2 (%3)")
                                  .arg(QString::fromLatin1(now->metaObject()->className()),
                                       now->objectName(), back ? "Shift+Tab" : "Tab"));
        }
    }
    QVERIFY(stops > 0);
    hidden.removeDuplicates();
    QVERIFY2(hidden.isEmpty(), qPrintable(hidden.join(QStringLiteral("\n"))));
    w.composer()->setModified(false);
}

namespace {
struct Heard
{
    QAccessible::Event type;
    QObject *object;
};
QList<Heard> g_heard;
void hear(QAccessibleEvent *event)
{
    g_heard.append({event->type(), event->object()});
}
} // namespace

// A banner is an alert; a new transcript line reaches the screen reader with its direction,
// TLS and time (the list's description changes to the line's accessible text).
void AccessibilityTest::bannersAndTranscriptLinesAreAnnounced()
{
    QSettings().setValue(QStringLiteral("sandbox/autostart"), false);
    QAccessible::installUpdateHandler(hear);
    QAccessible::setActive(true);
    // Events reach the handler only with a platform bridge (xcb with AT-SPI), not offscreen:
    // then the events are checked too; the texts a screen reader reads are checked always.
    const bool bridge = QAccessible::isActive();
    qInfo("accessibility bridge: %s", bridge ? "on, events checked" : "off, texts only");
    g_heard.clear();
    MessageBanner banner;
    banner.showMessage(MessageBanner::Kind::Error, QStringLiteral("Connection refused"));
    QVERIFY(!bridge || std::any_of(g_heard.cbegin(), g_heard.cend(), [&](const Heard &h) {
        return h.type == QAccessible::Alert && h.object == &banner;
    }));
    QCOMPARE(banner.accessibleDescription(), QStringLiteral("Connection refused"));
    QVERIFY(!banner.accessibleName().isEmpty());

    TranscriptPanel panel;
    panel.show();
    auto *list = panel.findChild<QListView *>();
    QVERIFY(list);
    TranscriptEntry plain;
    plain.time = QDateTime::currentDateTime();
    plain.direction = TranscriptEntry::Client;
    plain.bytes = "EHLO [127.0.0.1]";
    TranscriptEntry secure = plain;
    secure.encrypted = true;
    g_heard.clear();
    panel.model()->append(plain);
    QTRY_VERIFY(!list->accessibleDescription().isEmpty());
    const QString before = list->accessibleDescription();
    QVERIFY(!bridge || std::any_of(g_heard.cbegin(), g_heard.cend(), [&](const Heard &h) {
        return h.type == QAccessible::DescriptionChanged && h.object == list;
    }));
    panel.model()->append(secure);
    QTRY_VERIFY(list->accessibleDescription() != before);
    const QString after = list->accessibleDescription();
    QAccessible::setActive(false);
    QAccessible::installUpdateHandler(nullptr);
    const QString time = plain.time.toString(QStringLiteral("HH:mm:ss"));
    QVERIFY2(before.contains(QStringLiteral("EHLO [127.0.0.1]")) && before.contains(time),
             qPrintable(before));
    QVERIFY2(after.contains(QStringLiteral("EHLO [127.0.0.1]")) && after.contains(time),
             qPrintable(after));
    QVERIFY2(before != after, qPrintable(before + QStringLiteral(" | ") + after)); // TLS heard
}

QTEST_MAIN(AccessibilityTest)
#include "tst_accessibility.moc"
