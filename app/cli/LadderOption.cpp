#include "LadderOption.h"
#include "ladder/LadderLayout.h"
#include "ladder/LadderPainter.h"

#include <QGuiApplication>

#include <cstring>

namespace postel {

namespace {

// The value of --ladder on the command line, before any parser exists.
QString ladderArgument(int argc, char **argv)
{
    QString value;
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--") == 0)
            break;
        if (std::strcmp(arg, "--ladder") == 0 && i + 1 < argc)
            value = QString::fromLocal8Bit(argv[++i]);
        else if (std::strncmp(arg, "--ladder=", 9) == 0)
            value = QString::fromLocal8Bit(arg + 9);
    }
    return value;
}

} // namespace

std::unique_ptr<QCoreApplication> LadderOption::makeApplication(int &argc, char **argv)
{
    if (LadderFile::isPng(ladderArgument(argc, argv))) {
        // No window is ever shown: the offscreen platform needs no display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

bool LadderOption::write(const QString &path, const QList<TranscriptEntry> &entries,
                         const QString &server, QString *error)
{
    LadderLayout::Options options;
    options.serverTitle = server;
    const LadderDiagram diagram = LadderLayout::layout(entries, options);
    if (LadderFile::isPng(path) && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = QCoreApplication::translate("Cli", "The PNG picture could not be drawn.");
        return false;
    }
    return LadderFile::save(diagram, path, error);
}

} // namespace postel
