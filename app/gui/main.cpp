#include "i18n/Languages.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Services.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QProcess>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Postel"));
    QApplication::setOrganizationName(QStringLiteral("Postel"));
    QApplication::setApplicationVersion(QStringLiteral(POSTEL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.postel.Postel"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/postel.svg")));
    postel::Languages::install(&app);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Gui", "Postel: a mail composer and SMTP tester. It also "
                                           "takes the options every Qt program takes, such as "
                                           "-platform and -style."));
    parser.addHelpOption();
    const QCommandLineOption version(QStringLiteral("version"),
                                     QCoreApplication::translate("Gui", "Print the version."));
    // For automated tests (tests/ui/tst_sendcrash.cpp): send the message restored in the
    // composer through the current profile as soon as the window is up. Never passed on when
    // Postel starts again.
    const QCommandLineOption sendOption(
        QStringLiteral("send-on-start"),
        QCoreApplication::translate("Gui", "Send the restored draft through the current "
                                           "profile as soon as the window is up (for "
                                           "automated tests)."));
    parser.addOptions({version, sendOption});
    parser.process(app); // --help, and an unknown option: a message and exit
    if (parser.isSet(version)) {
        std::printf("postel %s\n", POSTEL_VERSION);
        return 0;
    }
    const bool sendOnStart = parser.isSet(sendOption);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    arguments.removeAll(QStringLiteral("--send-on-start"));
    int rc = 0;
    bool restart = false;
    {
        // The composition root: the services (profiles, passwords, the session and its
        // transcript, the send controller, the built-in sandbox), then the window on them.
        postel::Services services;
        postel::MainWindow w(&services);
        w.show();
        if (sendOnStart)
            QTimer::singleShot(0, &w, &postel::MainWindow::send);
        rc = app.exec();
        restart = w.restartRequested();
    }
    // In another language: a new Postel, once this window and its sandbox (and port) are gone.
    if (restart && !QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments))
        return 1;
    return rc;
}
