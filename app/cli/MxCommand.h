#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class QCommandLineParser;

namespace postel {

class MxSurvey;

// postel-cli --mx DOMAIN [--dns-server ADDRESS] [--port N]: looks up the domain's mail
// hosts and tests each (greeting, STARTTLS, certificate, capabilities); nothing is sent.
// Its options, checks, output and exit codes live here, apart from the sending path.
class MxCommand
{
    Q_DECLARE_TR_FUNCTIONS(MxCommand)
public:
    // Exit code for a domain that takes no mail: a null MX, no MX and no address, or a
    // domain that does not exist. The others are the shared table's (0, 6, 8).
    static constexpr int ExitNoMailHost = 10;

    struct Options
    {
        QCommandLineOption mx{QStringLiteral("mx")};
        QCommandLineOption dnsServer{QStringLiteral("dns-server")};
        QCommandLineOption port{QStringLiteral("port")};
    };
    // Adds --mx, --dns-server and --port to the parser.
    static Options addOptions(QCommandLineParser &parser);
    // The paragraph --help shows after the exit codes.
    static QString helpText();
    // True when the command line asks for this command (any of its options is set).
    static bool isRequested(const QCommandLineParser &parser, const Options &options);
    // Checks the options, runs the survey in the application's event loop and prints the
    // report (JSON with --json); returns the exit code.
    static int run(const QCommandLineParser &parser, const Options &options);

private:
    static QJsonObject report(const MxSurvey &survey, const QString &dnsServer, quint16 port,
                              int exitCode);
    static void printLookup(const MxSurvey &survey);
};

} // namespace postel
