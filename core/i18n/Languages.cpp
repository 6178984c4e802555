#include "Languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace postel {

namespace {
bool load(QCoreApplication *app, const QString &lang)
{
    auto *postel = new QTranslator(app);
    if (!postel->load(QStringLiteral(":/i18n/postel_") + lang)) {
        delete postel;
        return false;
    }
    QCoreApplication::installTranslator(postel);
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + lang,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(QLocale(lang));
    return true;
}
} // namespace

QStringList Languages::preferred()
{
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    if (!chosen.isEmpty())
        return {chosen};
    QStringList out = qEnvironmentVariable("LANGUAGE").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    out.append(QLocale::system().uiLanguages());
    return out;
}

QString Languages::install(QCoreApplication *app, const QString &override)
{
    const QStringList wanted = override.isEmpty() ? preferred() : QStringList{override};
    for (QString lang : wanted) {
        lang.replace(QLatin1Char('-'), QLatin1Char('_'));
        const QString base = lang.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('.'), 0, 0);
        if (base == QLatin1String("C") || base == QLatin1String("POSIX"))
            break;
        if (available().contains(base) && load(app, base))
            return base;
    }
    load(app, QStringLiteral("en"));
    return QStringLiteral("en");
}

} // namespace postel
