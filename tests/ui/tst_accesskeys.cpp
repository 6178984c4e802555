// Access keys on the real widgets, in every language (the catalogue installed as the
// programs do, through core/i18n Languages). Within one window or dialog, Alt+letter must
// reach one control: a label's & counts for its buddy, buttons, check boxes, group boxes,
// tabs and the menu bar's titles share the window. Within one menu, each letter picks one
// entry. No Polish access key may need AltGr (ą ć ę ł ń ó ś ź ż); a label with an access key
// must have a buddy. Also: Send answers Ctrl+Return and the keypad's Ctrl+Enter.
#include "common/CertificateDialog.h"
#include "common/DraftStore.h"
#include "common/HandbookDialog.h"
#include "composer/ComposerWidget.h"
#include "diagnosis/ConnectionReportDialog.h"
#include "diagnosis/DiagnosisView.h"
#include "diagnosis/FindSettingsDialog.h"
#include "diagnosis/ProfileRetry.h"
#include "i18n/Languages.h"
#include "mainwindow/DocumentController.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Services.h"
#include "profiles/PasswordPrompt.h"
#include "profiles/ProfileDialog.h"
#include "profiles/ProfileStore.h"
#include "sandbox/SandboxInboxPanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSslError>
#include <QStandardPaths>
#include <QTabBar>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

#include <functional>
#include <map>
#include <set>

using namespace postel;

namespace {

// The letter after the first single "&" ("&&" is a literal ampersand), lower case — what
// QKeySequence::mnemonic() reads.
QChar accessKey(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            return text.at(i + 1).toLower();
    }
    return {};
}

QString describe(const QObject *o)
{
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(o->metaObject()->className()),
                                       o->objectName().isEmpty() ? QStringLiteral("(unnamed)")
                                                                 : o->objectName());
}

// The texts the GNOME platform theme gives a dialog's standard buttons (with access keys,
// unlike the theme the tests run with); other standard buttons read the same everywhere.
QString gnomeText(QDialogButtonBox::StandardButton b)
{
    switch (b) {
    case QDialogButtonBox::Ok:
        return QCoreApplication::translate("QGnomeTheme", "&OK");
    case QDialogButtonBox::Save:
        return QCoreApplication::translate("QGnomeTheme", "&Save");
    case QDialogButtonBox::Cancel:
        return QCoreApplication::translate("QGnomeTheme", "&Cancel");
    case QDialogButtonBox::Close:
        return QCoreApplication::translate("QGnomeTheme", "&Close");
    default:
        return {};
    }
}

// Collects access keys per scope (a window or dialog, a menu) and reports clashes.
class AccessKeyAudit
{
public:
    void addWindow(QWidget *window, const QString &name);
    void addMenu(QMenu *menu, const QString &name);
    QStringList problems() const;
    int keysSeen() const { return m_seen; }

private:
    struct Use
    {
        const void *target;
        QString text;
    };
    void add(const QString &scope, const QString &text, const void *target, const QString &what);
    // scope → key → uses (ordered, for a stable report)
    std::map<QString, std::map<QChar, std::vector<Use>>> m_scopes;
    QStringList m_problems;
    int m_seen = 0;
};

void AccessKeyAudit::add(const QString &scope, const QString &text, const void *target,
                         const QString &what)
{
    const QChar key = accessKey(text);
    if (key.isNull())
        return;
    ++m_seen;
    if (QStringLiteral("ąćęłńóśźż").contains(key))
        m_problems.append(QStringLiteral("%1: “%2” (%3) uses %4, which needs AltGr on the "
                                         "Polish keyboard")
                              .arg(scope, text, what, key));
    m_scopes[scope][key].push_back({target, text + QStringLiteral(" (") + what + QLatin1Char(')')});
}

void AccessKeyAudit::addWindow(QWidget *window, const QString &name)
{
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *w : std::as_const(widgets)) {
        if (w->window() != window)
            continue; // menus, popups and dialogs of their own
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->buddy())
                add(name, label->text(), label->buddy(),
                    QStringLiteral("label for ") + describe(label->buddy()));
            else if (!accessKey(label->text()).isNull())
                m_problems.append(QStringLiteral("%1: label “%2” has an access key but no buddy")
                                      .arg(name, label->text()));
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            add(name, button->text(), button, describe(button));
            if (auto *box = qobject_cast<QDialogButtonBox *>(button->parentWidget())) {
                const QString gnome = gnomeText(box->standardButton(button));
                if (accessKey(gnome) != accessKey(button->text()))
                    add(name, gnome, button, describe(button) + QStringLiteral(", GNOME theme"));
            }
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            add(name, group->title(), group, describe(group));
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(name, tabs->tabText(i), reinterpret_cast<const char *>(tabs) + i,
                    QStringLiteral("tab of ") + describe(tabs));
        } else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *a : bar->actions()) {
                add(name, a->text(), a, QStringLiteral("menu"));
                if (a->menu())
                    addMenu(a->menu(), name + QStringLiteral(" › ") + a->text());
            }
        }
    }
}

void AccessKeyAudit::addMenu(QMenu *menu, const QString &name)
{
    for (QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        add(name, a->text(), a, a->menu() ? QStringLiteral("submenu") : QStringLiteral("entry"));
        if (a->menu())
            addMenu(a->menu(), name + QStringLiteral(" › ") + a->text());
    }
}

QStringList AccessKeyAudit::problems() const
{
    QStringList out = m_problems;
    for (const auto &[scope, keys] : m_scopes) {
        for (const auto &[key, uses] : keys) {
            std::set<const void *> targets;
            QStringList texts;
            for (const Use &u : uses) {
                targets.insert(u.target);
                texts.append(QStringLiteral("“") + u.text + QStringLiteral("”"));
            }
            if (targets.size() > 1)
                out.append(QStringLiteral("%1: Alt+%2 is taken %3 times: %4")
                               .arg(scope, key.toUpper())
                               .arg(targets.size())
                               .arg(texts.join(QStringLiteral(", "))));
        }
    }
    return out;
}

// Runs `open`, which shows a modal dialog — window-modal and returning at once (the main
// window's questions), or waiting for it (exec()) — audits that dialog and closes it with
// Escape's meaning (reject).
bool auditModal(AccessKeyAudit &audit, const QString &name, const std::function<void()> &open)
{
    bool seen = false;
    const auto auditShown = [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || seen)
            return;
        seen = true;
        audit.addWindow(dialog, name);
        dialog->reject();
    };
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auditShown();
        if (seen)
            poll.stop();
    });
    poll.start();
    open();
    poll.stop();
    auditShown();
    return seen;
}

QString report(const QStringList &problems)
{
    return QStringLiteral("%1 access key problem(s):\n  %2")
        .arg(problems.size())
        .arg(problems.join(QStringLiteral("\n  ")));
}

} // namespace

class AccessKeysTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyWindowAndDialog_data();
    void everyWindowAndDialog();
    void auditFindsClashes();
    void sendAnswersReturnAndKeypadEnter();
};

void AccessKeysTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PostelTest"));
    QCoreApplication::setApplicationName(QStringLiteral("PostelAccessKeysTest"));
    qputenv("POSTEL_KEYCHAIN", "off");
}

void AccessKeysTest::init()
{
    QSettings s;
    s.clear();
    // The real window, with its sandbox inbox; on a port of its own, not 2525.
    s.setValue(QStringLiteral("sandbox/autostart"), true);
    s.setValue(QStringLiteral("sandbox/port"), 0);
    s.sync();
    DraftStore::discard();
}

void AccessKeysTest::cleanup()
{
    Languages::install(QCoreApplication::instance(), QStringLiteral("en"));
    QSettings().clear();
    DraftStore::discard();
}

void AccessKeysTest::everyWindowAndDialog_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &l : Languages::available())
        QTest::newRow(qPrintable(l)) << l;
}

void AccessKeysTest::everyWindowAndDialog()
{
    QFETCH(QString, language);
    QCOMPARE(Languages::install(QCoreApplication::instance(), language), language);
    AccessKeyAudit audit;

    Services services;
    MainWindow w(&services);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.findChild<SandboxInboxPanel *>());
    w.composer()->showCcBcc(true);
    audit.addWindow(&w, QStringLiteral("main window"));

    w.editProfiles();
    auto *profiles = w.findChild<ProfileDialog *>();
    QVERIFY(profiles);
    audit.addWindow(profiles, QStringLiteral("profile dialog"));
    profiles->reject();

    // The failure doctor's banner, with each kind of retry button it shows.
    auto *doctor = w.findChild<DiagnosisView *>();
    QVERIFY(doctor);
    const ServerProfile profile = w.profileStore()->current();
    QList<RetryChange> retries(7);
    retries[0] = RetryChange::moveTo(profile.host, 587, SmtpSession::Security::StartTls);
    retries[1].security = SmtpSession::Security::ImplicitTls;
    retries[2].trustCertificate = QByteArray(32, 'x');
    retries[3].editPassword = true;
    retries[4].loginUser = QStringLiteral("alice");
    retries[5] = RetryChange::moveTo(QStringLiteral("other.example.org"), 25,
                                     SmtpSession::Security::StartTls);
    retries[6].authMechanism = QStringLiteral("auto");
    Finding finding = Finding::make(QStringLiteral("plaintext-port"), Finding::Severity::Error,
                                    QStringLiteral("t"), QStringLiteral("e"), QStringLiteral("f"));
    for (const RetryChange &change : std::as_const(retries)) {
        finding.retry = change;
        const QString label = ProfileRetry::label(change, profile);
        QVERIFY(!label.isEmpty());
        doctor->setFindings({finding, finding}, label);
        doctor->setReportAvailable(true);
        doctor->setDiagnoseAvailable(true);
        audit.addWindow(&w, QStringLiteral("main window with the banner's “%1”").arg(label));
    }
    doctor->moreButton()->setChecked(true); // "Hide details"
    audit.addWindow(&w, QStringLiteral("main window with the findings open"));
    doctor->setFindings({}, QString());

    ConnectionReportDialog reportDialog(ConnectionReport::build(SessionRecord()),
                                        CommandLines::Test(), &w);
    audit.addWindow(&reportDialog, QStringLiteral("connection report"));
    audit.addMenu(reportDialog.copyButton()->menu(), QStringLiteral("copy as command"));
    FindSettingsDialog find(QString(), QString(), QSslConfiguration::defaultConfiguration(), &w);
    audit.addWindow(&find, QStringLiteral("find settings"));

    CertificateDialog certificate(QStringLiteral("R&D"), QStringLiteral("mx.example.org"),
                                  QSslCertificate(), {QSslError(QSslError::SelfSignedCertificate)},
                                  &w);
    audit.addWindow(&certificate, QStringLiteral("certificate dialog"));
    // The profile's own "&" is shown, not taken as an access key.
    auto *trust = certificate.findChild<QPushButton *>(QStringLiteral("trustButton"));
    QVERIFY(trust);
    QVERIFY2(trust->text().contains(QStringLiteral("R&&D")), qPrintable(trust->text()));

    PasswordPrompt password(QStringLiteral("Mail"), QStringLiteral("ann"), QString(), &w);
    audit.addWindow(&password, QStringLiteral("password prompt"));
    HandbookDialog handbook(&w);
    audit.addWindow(&handbook, QStringLiteral("handbook"));

    // The questions the window asks.
    QVERIFY(auditModal(audit, QStringLiteral("change the language"), [&] {
        w.chooseLanguage(language == QLatin1String("pl") ? QStringLiteral("en")
                                                         : QStringLiteral("pl"));
    }));
    w.composer()->subjectField()->setText(QStringLiteral("Access keys"));
    QVERIFY(auditModal(audit, QStringLiteral("new message"), [&] { w.document()->newMessage(); }));
    QVERIFY(auditModal(audit, QStringLiteral("quit"), [&] { w.close(); }));
    QVERIFY(w.isVisible()); // rejected: the window stays
    QAbstractButton *clearAll = nullptr;
    const QString clearAllText =
        QCoreApplication::translate("postel::SandboxInboxPanel", "Delete all messages");
    for (auto *b : w.findChild<SandboxInboxPanel *>()->findChildren<QToolButton *>()) {
        if (b->toolTip() == clearAllText || b->text() == clearAllText)
            clearAll = b;
    }
    QVERIFY(clearAll);
    QVERIFY(auditModal(audit, QStringLiteral("sandbox: delete all"), [&] { clearAll->click(); }));

    QVERIFY2(audit.keysSeen() > 30, "suspiciously few access keys found");
    const QStringList problems = audit.problems();
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    w.composer()->setModified(false);
}

// The audit fails on what it is for: two controls, one key; two menu entries, one letter;
// a key that needs AltGr; a label whose key leads nowhere. A label and its buddy are one.
void AccessKeysTest::auditFindsClashes()
{
    QWidget window;
    auto *form = new QFormLayout(&window);
    form->addRow(QStringLiteral("&Name:"), new QLineEdit(&window));
    form->addRow(QStringLiteral("&Number:"), new QLineEdit(&window));
    auto *box = new QCheckBox(QStringLiteral("Za&łącz"), &window);
    form->addRow(box);
    form->addRow(new QLabel(QStringLiteral("&Orphan"), &window));
    auto *bar = new QMenuBar(&window);
    form->setMenuBar(bar);
    QMenu *file = bar->addMenu(QStringLiteral("&File"));
    file->addAction(QStringLiteral("&Open"));
    file->addAction(QStringLiteral("&Options"));
    file->addAction(QStringLiteral("&Quit"));
    auto *fine = new QLabel(QStringLiteral("&Quiet:"), &window); // a label and its buddy
    auto *quiet = new QCheckBox(QStringLiteral("&Quiet"), &window);
    fine->setBuddy(quiet);
    form->addRow(fine, quiet);

    AccessKeyAudit audit;
    audit.addWindow(&window, QStringLiteral("w"));
    const QStringList problems = audit.problems();
    const auto has = [&problems](const QString &part) {
        return std::any_of(problems.cbegin(), problems.cend(),
                           [&part](const QString &p) { return p.contains(part); });
    };
    QVERIFY2(has(QStringLiteral("w: Alt+N is taken 2 times")), qPrintable(report(problems)));
    QVERIFY2(has(QStringLiteral("w › &File: Alt+O is taken 2 times")),
             qPrintable(report(problems)));
    QVERIFY2(has(QStringLiteral("needs AltGr")), qPrintable(report(problems)));
    QVERIFY2(has(QStringLiteral("“&Orphan” has an access key but no buddy")),
             qPrintable(report(problems)));
    QVERIFY2(!has(QStringLiteral("Alt+Q")), qPrintable(report(problems)));
    QCOMPARE(problems.size(), 4);
}

// Both Return and the keypad's Enter send; the menu and the tooltip name the same keys.
void AccessKeysTest::sendAnswersReturnAndKeypadEnter()
{
    QSettings().setValue(QStringLiteral("sandbox/autostart"), false);
    Services services;
    MainWindow w(&services);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    auto *send = w.findChild<QAction *>(QStringLiteral("sendAction"));
    QVERIFY(send);
    QCOMPARE(send->shortcuts(), QList<QKeySequence>({QKeySequence(Qt::CTRL | Qt::Key_Return),
                                                     QKeySequence(Qt::CTRL | Qt::Key_Enter)}));
    const QString shown = send->shortcut().toString(QKeySequence::NativeText);
    QVERIFY2(send->toolTip().contains(shown),
             qPrintable(send->toolTip() + QStringLiteral(" does not name ") + shown));
    QSignalSpy triggered(send, &QAction::triggered);
    w.composer()->subjectField()->setFocus();
    QTest::keyClick(w.composer()->subjectField(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(triggered.size(), 1);
    QTest::keyClick(w.composer()->subjectField(), Qt::Key_Enter,
                    Qt::ControlModifier | Qt::KeypadModifier);
    QCOMPARE(triggered.size(), 2);
}

QTEST_MAIN(AccessKeysTest)
#include "tst_accesskeys.moc"
