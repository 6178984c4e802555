#include "i18n/Languages.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Services.h"

#include <QApplication>
#include <QIcon>
#include <QProcess>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Postel"));
    QApplication::setOrganizationName(QStringLiteral("Postel"));
    QApplication::setApplicationVersion(QStringLiteral(POSTEL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.postel.Postel"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/postel.svg")));
    postel::Languages::install(&app);
    int rc = 0;
    bool restart = false;
    {
        // The composition root: the services (profiles, passwords, the session and its
        // transcript, the send controller, the built-in sandbox), then the window on them.
        postel::Services services;
        postel::MainWindow w(&services);
        w.show();
        rc = app.exec();
        restart = w.restartRequested();
    }
    // In another language: a new Postel, once this window and its sandbox (and port) are gone.
    if (restart && !QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                            QCoreApplication::arguments().mid(1)))
        return 1;
    return rc;
}
