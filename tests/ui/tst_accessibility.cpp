// Issue 16, accessibility: the QAccessible tree of the main window and of every dialog it
// opens, as a screen reader walks it. Every visible interactive element (buttons, check
// boxes, combo boxes, text fields, lists, tables, trees, tabs) must have a name the way
// Orca finds one — the accessible name, then the labelled-by relation, then the
// description — and must be able to take focus. Also the Tab order: Tab and Ctrl+Tab leave
// the message body, and Tab / Shift+Tab never land on a widget hidden behind a tab.
#include "DoctorBanner.h"
#include "common/CertificateDialog.h"
#include "common/DraftStore.h"
#include "common/HandbookDialog.h"
#include "common/MessageBanner.h"
#include "composer/ComposerWidget.h"
#include "diagnosis/ConnectionReportDialog.h"
#include "diagnosis/DiagnosisView.h"
#include "diagnosis/FindSettingsDialog.h"
#include "mainwindow/DocumentController.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Services.h"
#include "oauth/OAuthSettings.h"
#include "profiles/PasswordPrompt.h"
#include "profiles/ProfileDialog.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/SandboxInboxPanel.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptPanel.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSslError>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextEdit>
#include <QTimer>
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
    QString report()
    {
        unnamed.removeDuplicates();
        unfocusable.removeDuplicates();
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
    void tabOrderInDialogs();
    void bannersAndTranscriptLinesAreAnnounced();
    void statusBarChangesAreAnnounced();
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
    // The banner with the failure doctor's findings, its buttons and the list of findings.
    postel::test::showDoctorBanner(w);
    Audit audit;
    audit.add(&w, QStringLiteral("main window"));
    // Every panel, also those hidden by default or behind another's tab (the protocol
    // console, the ladder diagram, the sandbox inbox, …).
    const auto docks = w.findChildren<QDockWidget *>();
    QVERIFY(docks.size() >= 6);
    for (QDockWidget *dock : docks) {
        dock->show();
        dock->raise();
        QCoreApplication::processEvents();
        audit.add(dock, QStringLiteral("panel ") + dock->objectName());
    }

    w.editProfiles();
    auto *profiles = w.findChild<ProfileDialog *>();
    QVERIFY(profiles);
    QVERIFY(QTest::qWaitForWindowExposed(profiles));
    audit.add(profiles, QStringLiteral("profile dialog"));
    // The OAuth 2.0 part (provider, sign-in) shows when an OAuth mechanism is chosen.
    QComboBox *auth = profiles->authPicker();
    const int oauth = auth->findData(QStringLiteral("XOAUTH2"), ProfileDialog::MechanismRole);
    QVERIFY(oauth >= 0);
    auth->setCurrentIndex(oauth);
    QCoreApplication::processEvents();
    QVERIFY2(profiles->oauthSettings()->isVisible(), "the OAuth settings are not shown");
    audit.add(profiles, QStringLiteral("profile dialog (OAuth)"));
    profiles->reject();

    // The questions the window asks (window-modal message boxes).
    w.composer()->bodyEdit()->setPlainText(QStringLiteral("Hello"));
    w.composer()->setModified(true);
    w.document()->newMessage();
    auto *newQuestion = w.findChild<QMessageBox *>(QStringLiteral("newMessageQuestion"));
    QVERIFY(newQuestion);
    QVERIFY(QTest::qWaitForWindowExposed(newQuestion));
    audit.add(newQuestion, QStringLiteral("new message question"));
    newQuestion->reject();
    QVERIFY(!w.document()->readyToClose([] {}));
    auto *quitQuestion = w.findChild<QMessageBox *>(QStringLiteral("quitQuestion"));
    QVERIFY(quitQuestion);
    QVERIFY(QTest::qWaitForWindowExposed(quitQuestion));
    audit.add(quitQuestion, QStringLiteral("quit question"));
    quitQuestion->reject();
    w.chooseLanguage(QStringLiteral("pl"));
    auto *languageQuestion = w.findChild<QMessageBox *>(QStringLiteral("languageQuestion"));
    QVERIFY(languageQuestion);
    QVERIFY(QTest::qWaitForWindowExposed(languageQuestion));
    audit.add(languageQuestion, QStringLiteral("language question"));
    languageQuestion->reject();
    // Help → About Postel (a modal QMessageBox::about): read while it is open, then closed.
    QAction *about = nullptr;
    for (QAction *a : w.findChildren<QAction *>())
        if (a->text() == QStringLiteral("&About Postel"))
            about = a;
    QVERIFY(about);
    bool aboutSeen = false;
    auto *poll = new QTimer(&w);
    connect(poll, &QTimer::timeout, &w, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        poll->stop();
        audit.add(box, QStringLiteral("about box"));
        aboutSeen = true;
        box->accept();
    });
    poll->start(50);
    about->trigger();
    delete poll;
    QVERIFY(aboutSeen);

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
    QString name;        // the object's accessible name when the event came
    QString description; // and its description
};
QList<Heard> g_heard;
void hear(QAccessibleEvent *event)
{
    QAccessibleInterface *iface = event->accessibleInterface();
    g_heard.append({event->type(), event->object(),
                    iface ? iface->text(QAccessible::Name) : QString(),
                    iface ? iface->text(QAccessible::Description) : QString()});
}

// Events reach an update handler only while an accessibility bridge is active: under xcb
// with AT-SPI (tst_ui_accessibility_atspi, which sets POSTEL_A11Y_BRIDGE=required), not
// offscreen. The bridge connects to the AT-SPI bus a moment after the start.
bool bridgeActive()
{
    QAccessible::installUpdateHandler(hear);
    const bool required = qgetenv("POSTEL_A11Y_BRIDGE") == "required";
    if (required)
        (void)QTest::qWaitFor([] { return QAccessible::isActive(); }, 10000);
    const bool on = QAccessible::isActive();
    qInfo("accessibility bridge: %s", on ? "on, events checked" : "off, texts only");
    if (required && !on)
        qWarning("POSTEL_A11Y_BRIDGE=required, but no bridge became active");
    return on;
}
} // namespace

// A banner is an alert; a new transcript line reaches the screen reader with its direction,
// TLS and time (the list's description changes to the line's accessible text).
void AccessibilityTest::bannersAndTranscriptLinesAreAnnounced()
{
    QSettings().setValue(QStringLiteral("sandbox/autostart"), false);
    // The texts a screen reader reads are checked always, the events with a bridge.
    const bool bridge = bridgeActive();
    QVERIFY(bridge || qgetenv("POSTEL_A11Y_BRIDGE") != "required");
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
    // The event comes with the line's words: direction, TLS, time and the command.
    const QString time = plain.time.toString(QStringLiteral("HH:mm:ss"));
    QVERIFY(!bridge || std::any_of(g_heard.cbegin(), g_heard.cend(), [&](const Heard &h) {
        return h.type == QAccessible::DescriptionChanged && h.object == list &&
               h.description.contains(QStringLiteral("Client")) && h.description.contains(time) &&
               h.description.contains(QStringLiteral("EHLO"));
    }));
    g_heard.clear();
    panel.model()->append(secure);
    QTRY_VERIFY(list->accessibleDescription() != before);
    const QString after = list->accessibleDescription();
    QVERIFY(!bridge || std::any_of(g_heard.cbegin(), g_heard.cend(), [&](const Heard &h) {
        return h.type == QAccessible::DescriptionChanged && h.object == list &&
               h.description.contains(QStringLiteral("encrypted")) && h.description.contains(time);
    }));
    QAccessible::installUpdateHandler(nullptr);
    QVERIFY2(before.contains(QStringLiteral("EHLO [127.0.0.1]")) && before.contains(time),
             qPrintable(before));
    QVERIFY2(after.contains(QStringLiteral("EHLO [127.0.0.1]")) && after.contains(time),
             qPrintable(after));
    QVERIFY2(before != after, qPrintable(before + QStringLiteral(" | ") + after)); // TLS heard
}

// The result of Test connection reaches a screen reader: the status bar's message is an
// alert whose name is the message (it used to change silently).
void AccessibilityTest::statusBarChangesAreAnnounced()
{
    if (!bridgeActive()) {
        QAccessible::installUpdateHandler(nullptr);
        QSKIP("no accessibility bridge here; tst_ui_accessibility_atspi runs this");
    }
    Services services;
    MainWindow w(&services);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(services.sandbox());
    QTRY_VERIFY_WITH_TIMEOUT(services.sandbox()->isCertificateReady(), 30000);
    g_heard.clear();
    QSignalSpy finished(&w, &MainWindow::sendFinished);
    w.testConnection();
    QVERIFY(finished.wait(40000));
    const QString status = w.statusText();
    QVERIFY(!status.isEmpty());
    QList<Heard> heard = g_heard;
    QAccessible::installUpdateHandler(nullptr);
    QStringList seen;
    bool announced = false;
    for (const Heard &h : heard) {
        auto *widget = qobject_cast<QWidget *>(h.object);
        if (!widget || !w.statusBar()->isAncestorOf(widget))
            continue;
        seen.append(QStringLiteral("0x%1 “%2”").arg(int(h.type), 0, 16).arg(h.name));
        if (h.type == QAccessible::Alert && h.name == status)
            announced = true;
    }
    QVERIFY2(announced, qPrintable(QStringLiteral("“%1” not announced; the status bar sent: %2")
                                       .arg(status, seen.join(QStringLiteral(", ")))));
    w.composer()->setModified(false);
}

namespace {
QString nameOf(QWidget *w)
{
    if (!w)
        return QStringLiteral("(none)");
    QString name = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        name += QLatin1Char(' ') + w->objectName();
    if (!w->accessibleName().isEmpty())
        name += QStringLiteral(" “%1”").arg(w->accessibleName());
    return name;
}

// Tab from the dialog's first focus around to it again, then Shift+Tab: the Tab chain
// reaches every control that takes focus, only visible ones, comes back (nothing traps the
// focus) and Shift+Tab walks it exactly backwards.
QStringList tabProblems(QWidget *dialog, const QString &scope)
{
    QStringList problems;
    QWidget *start = QApplication::focusWidget();
    if (!start || start->window() != dialog)
        return {scope + QStringLiteral(": no focus when it opens (it is on ") + nameOf(start) +
                QLatin1Char(')')};
    QList<QWidget *> forward;
    QWidget *f = start;
    for (int i = 0; i < 200; ++i) {
        QTest::keyClick(f, Qt::Key_Tab);
        f = QApplication::focusWidget();
        if (!f || f == start)
            break;
        if (!f->isVisible())
            problems.append(scope + QStringLiteral(": Tab reaches the hidden ") + nameOf(f));
        forward.append(f);
    }
    if (f != start) {
        QStringList first;
        for (int i = 0; i < std::min<qsizetype>(12, forward.size()); ++i)
            first.append(nameOf(forward.at(i)));
        return problems << scope + QStringLiteral(": Tab does not come back to ") + nameOf(start) +
                               QStringLiteral(" (it goes ") + first.join(QStringLiteral(", ")) +
                               QStringLiteral(", …)");
    }
    const auto all = dialog->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
            !w->focusProxy() && w != start && !forward.contains(w) && w->window() == dialog)
            problems.append(scope + QStringLiteral(": Tab never reaches ") + nameOf(w));
    }
    QList<QWidget *> backward;
    f = start;
    for (int i = 0; i <= forward.size(); ++i) {
        QTest::keyClick(f, Qt::Key_Backtab, Qt::ShiftModifier);
        f = QApplication::focusWidget();
        if (!f || f == start)
            break;
        backward.prepend(f);
    }
    if (backward != forward) {
        QStringList a, b;
        for (QWidget *w : std::as_const(forward))
            a.append(nameOf(w));
        for (QWidget *w : std::as_const(backward))
            b.append(nameOf(w));
        problems.append(scope + QStringLiteral(": Shift+Tab is not Tab backwards:\n    Tab: ") +
                        a.join(QStringLiteral(", ")) + QStringLiteral("\n    Shift+Tab: ") +
                        b.join(QStringLiteral(", ")));
    }
    return problems;
}
} // namespace

void AccessibilityTest::tabOrderInDialogs()
{
    QSettings().setValue(QStringLiteral("sandbox/autostart"), false);
    Services services;
    MainWindow w(&services);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QStringList problems;
    auto check = [&problems](QDialog *d, const QString &scope) {
        d->show();
        d->activateWindow();
        if (!QTest::qWaitForWindowActive(d)) {
            problems.append(scope + QStringLiteral(": not activated"));
            return;
        }
        (void)QTest::qWaitFor(
            [d] {
                return QApplication::focusWidget() && QApplication::focusWidget()->window() == d;
            },
            2000);
        problems += tabProblems(d, scope);
        d->hide();
    };
    ProfileDialog profiles(w.profileStore(), w.passwordStore(), &w);
    check(&profiles, QStringLiteral("profile dialog"));
    PasswordPrompt password(QStringLiteral("Mail"), QStringLiteral("ann"), QString(), &w);
    check(&password, QStringLiteral("password prompt"));
    FindSettingsDialog find(QStringLiteral("ann@example.org"), QString(),
                            QSslConfiguration::defaultConfiguration(), &w);
    check(&find, QStringLiteral("find settings"));
    CertificateDialog certificate(QStringLiteral("Mail"), QStringLiteral("mx.example.org"),
                                  QSslCertificate(), {QSslError(QSslError::SelfSignedCertificate)},
                                  &w);
    check(&certificate, QStringLiteral("certificate dialog"));
    w.composer()->bodyEdit()->setPlainText(QStringLiteral("Hello"));
    w.composer()->setModified(true);
    QVERIFY(!w.document()->readyToClose([] {}));
    auto *quit = w.findChild<QMessageBox *>(QStringLiteral("quitQuestion"));
    QVERIFY(quit);
    check(quit, QStringLiteral("quit question"));
    quit->reject();
    // The connection report: with its Close button made first, Tab went round the three
    // action buttons for ever.
    ConnectionReportDialog report(ConnectionReport::build(SessionRecord()), CommandLines::Test(),
                                  &w);
    check(&report, QStringLiteral("connection report"));
    for (const QString &p : std::as_const(problems))
        qInfo().noquote() << p;
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
    w.composer()->setModified(false);
}

QTEST_MAIN(AccessibilityTest)
#include "tst_accessibility.moc"
