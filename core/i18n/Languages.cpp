#include "Languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace postel {

namespace {
// The translators installed last time: a new choice replaces them (an untranslated entry
// in one catalogue would otherwise fall through to the language chosen before).
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> list;
    return list;
}

QString &currentLanguage()
{
    static QString lang = QStringLiteral("en");
    return lang;
}

bool load(QCoreApplication *app, const QString &lang)
{
    auto *postel = new QTranslator(app);
    if (!postel->load(QStringLiteral(":/i18n/postel_") + lang)) {
        delete postel;
        return false;
    }
    for (const QPointer<QTranslator> &t : std::as_const(installed())) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    installed().clear();
    QCoreApplication::installTranslator(postel);
    installed().append(postel);
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + lang,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed().append(qt);
    } else {
        delete qt;
    }
    QLocale::setDefault(QLocale(lang));
    currentLanguage() = lang;
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

QString Languages::resolve(const QString &override)
{
    const QStringList wanted = override.isEmpty() ? preferred() : QStringList{override};
    for (QString lang : wanted) {
        lang.replace(QLatin1Char('-'), QLatin1Char('_'));
        const QString base = lang.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('.'), 0, 0);
        if (base == QLatin1String("C") || base == QLatin1String("POSIX"))
            break;
        if (available().contains(base))
            return base;
    }
    return QStringLiteral("en");
}

QString Languages::nativeName(const QString &lang)
{
    if (lang == QLatin1String("pl"))
        return QStringLiteral("Polski");
    if (lang == QLatin1String("en"))
        return QStringLiteral("English");
    return QLocale(lang).nativeLanguageName();
}

QString Languages::nameInSentence(const QString &lang)
{
    if (lang == QLatin1String("pl"))
        return QCoreApplication::translate("postel::Languages", "Polish",
                                           "the language, inside a sentence");
    if (lang == QLatin1String("en"))
        return QCoreApplication::translate("postel::Languages", "English",
                                           "the language, inside a sentence");
    return QLocale(lang).nativeLanguageName();
}

QString Languages::current()
{
    return currentLanguage();
}

QString Languages::install(QCoreApplication *app, const QString &override)
{
    const QString lang = resolve(override);
    if (load(app, lang))
        return lang;
    load(app, QStringLiteral("en"));
    return QStringLiteral("en");
}

} // namespace postel
