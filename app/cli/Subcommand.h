#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>

namespace postel {

// QCommandLineParser's help starts "Usage: PROGRAM [options] …" with the program alone; for a
// subcommand ("postel-cli shell") the subcommand's name belongs after the program.
inline QString subcommandHelp(const QCommandLineParser &parser, const QString &subcommand)
{
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && (lineEnd < 0 || at < lineEnd))
        text.insert(at + program.size(), QLatin1Char(' ') + subcommand);
    return text;
}

} // namespace postel
