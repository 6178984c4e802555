#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {
// The setting wins; otherwise LANGUAGE (a colon-separated preference list), then the
// locale (LC_ALL / LC_MESSAGES / LANG) as Qt reads it.
QStringList preferredLanguages()
{
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    if (!chosen.isEmpty())
        return {chosen};
    QStringList out;
    for (const QString &l :
         qEnvironmentVariable("LANGUAGE").split(QLatin1Char(':'), Qt::SkipEmptyParts))
        out.append(l);
    out.append(QLocale::system().uiLanguages());
    return out;
}

void installTranslations(QApplication &app)
{
    for (QString lang : preferredLanguages()) {
        lang.replace(QLatin1Char('-'), QLatin1Char('_'));
        const QString base = lang.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('.'), 0, 0);
        if (base == QLatin1String("en") || base == QLatin1String("C"))
            return; // the source language
        auto *postel = new QTranslator(&app);
        if (!postel->load(QStringLiteral(":/i18n/postel_") + base)) {
            delete postel;
            continue;
        }
        QCoreApplication::installTranslator(postel);
        auto *qt = new QTranslator(&app);
        if (qt->load(QStringLiteral("qtbase_") + base,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
        QLocale::setDefault(QLocale(base));
        return;
    }
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Postel"));
    QApplication::setOrganizationName(QStringLiteral("Postel"));
    QApplication::setApplicationVersion(QStringLiteral(POSTEL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.postel.Postel"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/postel.svg")));
    installTranslations(app);
    postel::MainWindow w;
    w.show();
    return app.exec();
}
