// Not a test: fills the window, sends to the built-in sandbox and saves a screenshot, for
// docs/. Run under Xvfb:  postel-ui-screenshot en docs/postel-en.png
// POSTEL_SCREENSHOT_DARK=1: the Fusion style with a dark palette, and an invalid Cc address
// after the send (to look at the banner and the address error in a dark theme).
// POSTEL_SCREENSHOT_FOCUS=1: also OUT.focus-N.png, the window with the keyboard focus (as
// after Tab) on the transcript, the recipients table, the To field and the banner's button.
#include "common/HandbookDialog.h"
#include "composer/AddressField.h"
#include "composer/ComposerWidget.h"
#include "i18n/Languages.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Services.h"
#include "profiles/PasswordPrompt.h"
#include "profiles/PasswordStore.h"
#include "profiles/ProfileDialog.h"
#include "server/ServerPanel.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptPanel.h"

#include "common/MessageBanner.h"
#include "recipients/RecipientsPanel.h"
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTimer>

using namespace postel;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Postel"));
    QApplication::setOrganizationName(QStringLiteral("Postel"));
    const QString lang = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("en");
    const QString out = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("postel.png");
    Languages::install(&app, lang);
    const bool dark = qEnvironmentVariableIsSet("POSTEL_SCREENSHOT_DARK");
    if (dark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QPalette p;
        const QColor window(0x35, 0x35, 0x35), base(0x2a, 0x2a, 0x2a), text(0xee, 0xee, 0xee);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, window);
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::PlaceholderText, QColor(0xee, 0xee, 0xee, 128));
        p.setColor(QPalette::Button, window);
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::Light, window.lighter(150));
        p.setColor(QPalette::Midlight, window.lighter(125));
        p.setColor(QPalette::Mid, window.lighter(110));
        p.setColor(QPalette::Dark, window.darker(150));
        p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::ToolTipBase, window);
        p.setColor(QPalette::ToolTipText, text);
        QApplication::setPalette(p);
    }
    const bool pl = lang == QLatin1String("pl");

    Services services;
    MainWindow w(&services);
    w.resize(1400, 860);
    w.show();
    QTemporaryDir tmp;
    const QString report = tmp.filePath(pl ? QStringLiteral("raport-kwartalny.pdf")
                                           : QStringLiteral("quarterly-report.pdf"));
    QFile f(report);
    f.open(QIODevice::WriteOnly);
    f.write(QByteArray(2 * 1024 * 1024 + 123456, 'x'));
    f.close();

    ComposerWidget *c = w.composer();
    c->fromField()->setText(pl ? QStringLiteral("Łucja Wiśniewska <lucja@example.org>")
                               : QStringLiteral("Lucy Fisher <lucy@example.org>"));
    c->toField()->setText(QStringLiteral("bob@example.com, ewa@example.org, nobody@refused.test"));
    c->subjectField()->setText(pl ? QStringLiteral("Raport kwartalny — wersja ostateczna")
                                  : QStringLiteral("Quarterly report — final version"));
    c->bodyEdit()->setPlainText(
        pl ? QStringLiteral("Cześć,\n\nw załączniku raport za trzeci kwartał. Zwróć uwagę na "
                            "rozdział o kosztach.\n\nPozdrawiam,\nŁucja")
           : QStringLiteral("Hi,\n\nattached is the report for the third quarter. Have a look "
                            "at the chapter on costs.\n\nBest,\nLucy"));
    c->addAttachment(report);

    // On a first start the sandbox's certificate is still being made: the Sandbox profile
    // reads its CA file when the send starts, so wait for it.
    if (services.sandbox() && !services.sandbox()->isCertificateReady()) {
        QSignalSpy ready(services.sandbox(), &SandboxHost::certificateReady);
        ready.wait(30000);
    }
    QSignalSpy done(&w, &MainWindow::sendFinished);
    QTimer::singleShot(300, &w, &MainWindow::send);
    if (!done.wait(20000))
        qWarning("send did not finish");
    QEventLoop wait;
    QTimer::singleShot(800, &wait, &QEventLoop::quit);
    wait.exec();
    if (dark) {
        c->showCcBcc(true);
        c->ccField()->setText(QStringLiteral("ann@@example.org"));
        c->subjectField()->setFocus(Qt::TabFocusReason);
        QTimer::singleShot(300, &wait, &QEventLoop::quit);
        wait.exec();
    }
    c->setModified(false);
    if (qEnvironmentVariableIsSet("POSTEL_SCREENSHOT_TRANSCRIPT"))
        qInfo("%s", qPrintable(w.transcriptPanel()->model()->toText()));
    if (qEnvironmentVariableIsSet("POSTEL_SCREENSHOT_PROFILES")) {
        w.serverPanel()->updateFrom(w.session());
        ProfileDialog dialog(w.profileStore(), w.passwordStore(), &w);
        dialog.show();
        QTimer::singleShot(500, &wait, &QEventLoop::quit);
        wait.exec();
        dialog.grab().save(out + QStringLiteral(".profiles.png"));
        w.findChild<QDockWidget *>(QStringLiteral("serverDock"))->raise();
        QTimer::singleShot(300, &wait, &QEventLoop::quit);
        wait.exec();
        w.grab().save(out + QStringLiteral(".server.png"));
    }
    if (qEnvironmentVariableIsSet("POSTEL_SCREENSHOT_DIALOGS")) {
        PasswordPrompt prompt(QStringLiteral("Mail"), QStringLiteral("lucy"),
                              w.passwordStore()->unavailableReason(), &w);
        prompt.show();
        HandbookDialog handbook(&w);
        handbook.show();
        QTimer::singleShot(500, &wait, &QEventLoop::quit);
        wait.exec();
        prompt.grab().save(out + QStringLiteral(".password.png"));
        handbook.grab().save(out + QStringLiteral(".handbook.png"));
    }
    if (qEnvironmentVariableIsSet("POSTEL_SCREENSHOT_FOCUS")) {
        // Without a window manager (Xvfb) nothing makes the window active, and an inactive
        // window has no focus to show.
        w.activateWindow();
        QTimer::singleShot(300, &wait, &QEventLoop::quit);
        wait.exec();
        if (!w.isActiveWindow())
            qWarning("the window is not active: no focus will show");
        w.setAttribute(Qt::WA_KeyboardFocusChange); // as after the user pressed Tab
        QList<QWidget *> targets{w.transcriptPanel()->view(),
                                 w.recipientsPanel()->findChild<QTableWidget *>(),
                                 c->toField()->lineEdit(), nullptr};
        for (QPushButton *b : w.banner()->findChildren<QPushButton *>())
            if (b->isVisible() && !targets.last())
                targets.last() = b;
        int n = 0;
        for (QWidget *target : targets) {
            ++n;
            if (!target)
                continue;
            target->setFocus(Qt::TabFocusReason);
            QTimer::singleShot(300, &wait, &QEventLoop::quit);
            wait.exec();
            w.grab().save(out + QStringLiteral(".focus-%1.png").arg(n));
        }
    }
    const bool ok = w.grab().save(out);
    qInfo("%s %s", qPrintable(out), ok ? "saved" : "NOT saved");
    return ok ? 0 : 1;
}
