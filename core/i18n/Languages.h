#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace postel {

// Which language the interface speaks: the "language" setting when set, otherwise LANGUAGE
// (a colon-separated preference list), then the system locale (LC_ALL / LC_MESSAGES / LANG).
// The catalogues are embedded (:/i18n/postel_<lang>.qm); English is the source language and
// its catalogue only adds plural forms.
class Languages
{
public:
    static QStringList preferred();
    // Installs Postel's and Qt's translators; returns the language chosen ("en", "pl").
    static QString install(QCoreApplication *app, const QString &override = {});
    // The language install() would choose, without installing anything.
    static QString resolve(const QString &override = {});
    // The language installed last ("en" before any install()).
    static QString current();
    static QStringList available() { return {QStringLiteral("en"), QStringLiteral("pl")}; }
    // A language's name in itself, as the Language menu shows it ("English", "Polski").
    static QString nativeName(const QString &lang);
    // A language's name in the language installed, as it reads inside a sentence ("switch
    // to Polish", "na język polski").
    static QString nameInSentence(const QString &lang);
};

} // namespace postel
