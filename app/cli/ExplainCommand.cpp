#include "ExplainCommand.h"
#include "CliRunner.h"
#include "Subcommand.h"
#include "explain/Explainer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {
// postel-cli's own messages share one context in the catalogues (see main.cpp).
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

namespace postel {

namespace {

const char *const ExplainHelp = QT_TRANSLATE_NOOP(
    "Cli", "\n"
           "TEXT is one of:\n"
           "  a reply line      550 5.1.1 <x@example.org>: User unknown\n"
           "  a reply code      421\n"
           "  an enhanced code  5.7.26\n"
           "  a command line    MAIL FROM:<a@example.org> SIZE=1000\n"
           "  an EHLO keyword   PIPELINING, SIZE 10240000\n"
           "Words that are both a command and a keyword (AUTH, STARTTLS, VRFY, HELP, ETRN,\n"
           "EXPN) are explained as commands unless --kind extension is given.\n"
           "\n"
           "--json prints one object: kind (reply, enhanced-code, command, extension); for a\n"
           "reply code, class (positive-completion, positive-intermediate, transient-negative,\n"
           "permanent-negative), meaning and rfc (a list such as [\"RFC 5321 §4.2.2\"]), and,\n"
           "when an enhanced code is present or given, enhanced {code, class_title,\n"
           "subject_title, title, meaning, rfc}; for a command verb, meaning, rfc; for a\n"
           "keyword keyword, meaning, rfc. Enhanced codes are explained with the meaning the\n"
           "IANA registry gives them; servers use them loosely.\n"
           "Texts follow the language (LANGUAGE=pl for Polish); keys and codes never change.\n"
           "Exit code 0, or 8 when TEXT is none of the above.\n");

int fail(const QString &message, bool json)
{
    if (json) {
        const QJsonObject o{
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("usage")},
                                                  {QStringLiteral("message"), message}}},
            {QStringLiteral("exit_code"), ExitUsage}};
        std::fputs(QJsonDocument(o).toJson(QJsonDocument::Indented).constData(), stdout);
    }
    std::fprintf(stderr, "postel-cli explain: %s\n", message.toLocal8Bit().constData());
    return ExitUsage;
}

} // namespace

int runExplain(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(Cli::tr("Explains an SMTP reply, reply code, enhanced status "
                                        "code, command or EHLO keyword, for a person learning "
                                        "SMTP.") +
                                Cli::tr(ExplainHelp));
    p.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print one JSON object."));
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        Cli::tr("Read TEXT as this kind: reply, enhanced-code, command or extension."),
        QStringLiteral("kind"));
    p.addOption(json);
    p.addOption(kind);
    p.addPositionalArgument(QStringLiteral("text"), Cli::tr("What to explain."),
                            QStringLiteral("TEXT…"));
    QStringList args = arguments;
    args[0] = QCoreApplication::arguments().value(0) + QStringLiteral(" explain");
    if (!p.parse(args))
        return fail(p.errorText(), args.contains(QStringLiteral("--json")));
    if (p.isSet(QStringLiteral("help"))) {
        std::fputs(subcommandHelp(p, QStringLiteral("explain")).toLocal8Bit().constData(), stdout);
        return ExitOk;
    }
    const bool asJson = p.isSet(json);
    const QString text = p.positionalArguments().join(QLatin1Char(' '));
    if (text.trimmed().isEmpty())
        return fail(Cli::tr("explain needs TEXT: a reply, a code, a command or an EHLO keyword "
                            "(see postel-cli explain --help)."),
                    asJson);

    Explanation::Kind wanted = Explanation::Kind::Invalid;
    if (p.isSet(kind)) {
        const QString k = p.value(kind);
        for (auto candidate : {Explanation::Kind::Reply, Explanation::Kind::EnhancedCode,
                               Explanation::Kind::Command, Explanation::Kind::Extension})
            if (Explanation::kindName(candidate) == k)
                wanted = candidate;
        if (wanted == Explanation::Kind::Invalid)
            return fail(Cli::tr("--kind takes reply, enhanced-code, command or extension."),
                        asJson);
    }
    Explanation e;
    switch (wanted) {
    case Explanation::Kind::Reply: {
        bool ok = false;
        const int n = text.trimmed().left(3).toInt(&ok);
        if (ok)
            e = Explainer::explainReply(n, text.trimmed().mid(4).trimmed());
        else
            e.error = Cli::tr("“%1” does not start with a reply code.")
                          .arg(Explainer::escaped(text.left(80)));
        break;
    }
    case Explanation::Kind::EnhancedCode:
        e = Explainer::explainEnhanced(text);
        break;
    case Explanation::Kind::Command:
        e = Explainer::explainCommand(text);
        break;
    case Explanation::Kind::Extension:
        e = Explainer::explainKeyword(text);
        break;
    case Explanation::Kind::Invalid:
        e = Explainer::explain(text);
        break;
    }
    if (!e.isValid())
        return fail(e.error, asJson);
    if (asJson)
        std::fputs(QJsonDocument(e.toJson()).toJson(QJsonDocument::Indented).constData(), stdout);
    else
        std::fputs((e.toText() + QLatin1Char('\n')).toLocal8Bit().constData(), stdout);
    return ExitOk;
}

} // namespace postel
