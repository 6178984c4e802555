#include "i18n/Languages.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Postel"));
    QApplication::setOrganizationName(QStringLiteral("Postel"));
    QApplication::setApplicationVersion(QStringLiteral(POSTEL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.postel.Postel"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/postel.svg")));
    postel::Languages::install(&app);
    postel::MainWindow w;
    w.show();
    return app.exec();
}
