#include "ShellCommand.h"
#include "CliRunner.h"
#include "SessionSetup.h"
#include "Subcommand.h"
#include "auth/AuthMechanism.h"
#include "console/ConsoleCommand.h"
#include "console/ProtocolState.h"
#include "explain/SessionExplainer.h"
#include "smtp/SmtpSession.h"
#include "transcript/TranscriptFormat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace {
// The shell's own messages in the catalogues.
struct Shell
{
    Q_DECLARE_TR_FUNCTIONS(Shell)
};
} // namespace

namespace postel {

namespace {

const char *const ShellHelp = QT_TRANSLATE_NOOP(
    "Shell", "\n"
             "Type SMTP commands; each line is sent exactly as typed and the server's reply is\n"
             "printed under it, explained (lines starting with #). What is sent is shown with\n"
             "->, what is received with <- (~> and <~ under TLS); credentials are masked.\n"
             "STARTTLS answered 220 starts the TLS handshake (the certificate is verified) and\n"
             "the session goes on encrypted. After DATA is answered 354, the lines typed are\n"
             "the message, sent as typed (a line that starts with a dot must be typed with a\n"
             "second dot) until a line with a single \".\". Empty lines between commands are\n"
             "ignored. At the end of the input the shell sends QUIT if still connected.\n"
             "\n"
             "Lines starting with a dot are for the shell itself:\n"
             "  .help              this list\n"
             "  .next              the command a client would send now\n"
             "  .state             where the session stands and which commands are allowed\n"
             "  .explain on|off    explanations under the replies (on by default)\n"
             "  .login USER [MECH] log in without typing base64: the password comes from\n"
             "                     POSTEL_PASSWORD or is asked for without echo on a\n"
             "                     terminal; MECH is SCRAM-SHA-256, SCRAM-SHA-1, CRAM-MD5,\n"
             "                     PLAIN or LOGIN (default: the best both sides support)\n"
             "\n"
             "Works with a pipe as well as a terminal, for example:\n"
             "  POSTEL_PASSWORD=... postel-cli shell --server mail.example.org:587 < lesson.txt\n"
             "\n"
             "Exit codes: 0 the input ended (or the server closed after QUIT), 5 TLS failed,\n"
             "6 the connection failed or was lost, 8 usage error.\n");

const char *const ShellMention = QT_TRANSLATE_NOOP(
    "Shell", "\n"
             "postel-cli shell --server HOST[:PORT] [--tls-on-connect] [--ca-file FILE]\n"
             "[--no-verify] is an interactive SMTP console: it sends the lines typed (or piped)\n"
             "as they are, goes on after STARTTLS, and explains every reply\n"
             "(postel-cli shell --help).\n");

void out(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QString commandList(const QList<ProtocolState::Command> &commands)
{
    QStringList words;
    for (ProtocolState::Command c : commands) {
        if (c != ProtocolState::Command::Connect)
            words.append(ProtocolState::verb(c));
    }
    return words.isEmpty() ? Shell::tr("none") : words.join(QLatin1Char(' '));
}

class ShellSession : public QObject
{
public:
    struct Options
    {
        QString server;
        bool tlsOnConnect = false;
        QString caFile;
        bool noVerify = false;
    };

    explicit ShellSession(const Options &options) : m_opt(options)
    {
        // A learner may take minutes over a line; only a command sent is timed.
        configureSession(m_session, {m_opt.caFile, m_opt.noVerify, 120000, {}});
        m_state.attach(&m_session);
        m_state.setHeloName(m_session.localHostname());
        connect(&m_session, &SmtpSession::entry, this, &ShellSession::print);
        connect(&m_session, &SmtpSession::stateChanged, this, [this](SmtpSession::State s) {
            if (s == SmtpSession::State::Disconnected && m_started)
                QMetaObject::invokeMethod(
                    this, [this] { lost(); }, Qt::QueuedConnection);
        });
        m_interactive = ::isatty(0) && ::isatty(1);
        m_stdin = new QSocketNotifier(0, QSocketNotifier::Read, this);
        m_stdin->setEnabled(false);
        connect(m_stdin, &QSocketNotifier::activated, this, &ShellSession::readInput);
    }

    ~ShellSession() override { setEcho(true); }

    int exitCode() const { return m_exit; }
    bool isDone() const { return m_done; }

    void start()
    {
        SmtpOperation *op = m_session.connectToHost(
            m_opt.server, 0,
            m_opt.tlsOnConnect ? SmtpSession::Security::ImplicitTls : SmtpSession::Security::None);
        connect(op, &SmtpOperation::finished, this, [this, op] {
            if (op->hasError()) {
                finish(op->error().kind == ErrorKind::Tls ? ExitTlsFailed : ExitConnectionFailed);
                return;
            }
            m_started = true;
            if (m_interactive)
                out(Shell::tr("Connected. Type SMTP commands, or .help."));
            idle();
        });
    }

private:
    // --- input --------------------------------------------------------------------------
    void readInput()
    {
        char buf[4096];
        const ssize_t n = ::read(0, buf, sizeof buf);
        if (n <= 0)
            m_eof = true;
        else
            m_input.append(buf, n);
        m_stdin->setEnabled(false);
        idle();
    }

    // Takes the next line when the session is free for it.
    void idle()
    {
        if (m_busy || m_done)
            return;
        const qsizetype nl = m_input.indexOf('\n');
        if (nl < 0 && !m_eof) {
            if (m_interactive && !m_prompted && !m_secretPrompt) {
                std::fputs(m_state.inMessage() ? "data> " : "smtp> ", stdout);
                std::fflush(stdout);
                m_prompted = true;
            }
            m_stdin->setEnabled(true);
            return;
        }
        m_prompted = false;
        if (nl < 0 && m_input.isEmpty()) {
            endOfInput();
            return;
        }
        QByteArray line = nl < 0 ? m_input : m_input.left(nl);
        m_input.remove(0, nl < 0 ? m_input.size() : nl + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (m_secretPrompt) {
            std::fputc('\n', stderr);
            setEcho(true);
            m_secretPrompt = false;
            const auto done = std::move(m_secretDone);
            done(QString::fromUtf8(line));
            return;
        }
        handle(line);
    }

    void setEcho(bool on)
    {
        if (!::isatty(0))
            return;
        termios t{};
        if (::tcgetattr(0, &t) != 0)
            return;
        if (on)
            t.c_lflag |= ECHO;
        else
            t.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(0, TCSANOW, &t);
    }

    void askSecret(const QString &prompt, std::function<void(const QString &)> done)
    {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        setEcho(false);
        m_secretPrompt = true;
        m_secretDone = std::move(done);
        idle();
    }

    // --- lines --------------------------------------------------------------------------
    void handle(const QByteArray &line)
    {
        if (m_state.inMessage()) {
            if (line == ".") {
                run(ConsoleMessage::send(&m_session, m_message, false));
                m_message.clear();
                return;
            }
            m_message += line + "\r\n";
            idle();
            return;
        }
        if (line.trimmed().isEmpty()) {
            idle();
            return;
        }
        if (line.startsWith('.')) {
            dotCommand(QString::fromUtf8(line));
            return;
        }
        // An answer to a SASL challenge typed on a terminal is not echoed next time either.
        run(ConsoleCommand::send(&m_session, line));
    }

    void run(SmtpOperation *op)
    {
        m_busy = true;
        connect(op, &SmtpOperation::finished, this, [this, op] {
            m_busy = false;
            if (op->hasError() && op->error().kind == ErrorKind::Tls)
                m_tlsFailed = true;
            op->deleteLater();
            if (!m_session.isConnected()) {
                lost();
                return;
            }
            if (m_state.inAuthExchange() && m_interactive) {
                askSecret(Shell::tr("Answer (base64, not echoed): "), [this](const QString &a) {
                    run(ConsoleCommand::send(&m_session, a.toUtf8()));
                });
                return;
            }
            idle();
        });
    }

    void dotCommand(const QString &line)
    {
        const QStringList words = line.simplified().split(QLatin1Char(' '));
        const QString cmd = words.first().toLower();
        if (cmd == QLatin1String(".help")) {
            out(Shell::tr(ShellHelp).trimmed());
        } else if (cmd == QLatin1String(".next")) {
            const ProtocolState::Next n = m_state.next();
            if (!n.line.isEmpty())
                out(Shell::tr("Next: %1")
                        .arg(TranscriptFormat::escaped(QString::fromUtf8(n.line))));
            if (!n.hint.isEmpty())
                out(n.hint);
            if (n.command == ProtocolState::Command::Auth)
                out(Shell::tr("(or .login USER to log in without typing base64)"));
        } else if (cmd == QLatin1String(".state")) {
            printState();
        } else if (cmd == QLatin1String(".explain")) {
            const QString arg = words.value(1).toLower();
            if (arg == QLatin1String("on") || arg == QLatin1String("off")) {
                m_explain = arg == QLatin1String("on");
                out(m_explain ? Shell::tr("Explanations on.") : Shell::tr("Explanations off."));
            } else {
                out(Shell::tr("Usage: .explain on|off"));
            }
        } else if (cmd == QLatin1String(".login")) {
            login(words.mid(1));
            return;
        } else {
            out(Shell::tr("Unknown shell command %1: try .help. (An SMTP command never starts "
                          "with a dot.)")
                    .arg(TranscriptFormat::escaped(words.first())));
        }
        idle();
    }

    void printState()
    {
        const ProtocolState::Step step = m_state.step();
        QStringList flags;
        if (m_state.isEncrypted())
            flags << Shell::tr("encrypted");
        if (m_state.isAuthenticated())
            flags << Shell::tr("authenticated");
        if (m_state.recipients() > 0)
            flags << Shell::tr("%n recipient(s) accepted", nullptr, m_state.recipients());
        if (m_state.messagesAccepted() > 0)
            flags << Shell::tr("%n message(s) accepted", nullptr, m_state.messagesAccepted());
        QString head = Shell::tr("State: %1").arg(ProtocolState::title(step));
        if (!flags.isEmpty())
            head += QStringLiteral(" (") + flags.join(QStringLiteral(", ")) + QLatin1Char(')');
        out(head);
        out(QStringLiteral("  ") + ProtocolState::description(step));
        if (m_state.inMessage())
            out(Shell::tr("  The message goes now: type its lines, then a line with a single "
                          "dot."));
        else if (m_state.inAuthExchange())
            out(Shell::tr("  The server waits for the answer to its challenge."));
        else
            out(Shell::tr("  Allowed now: %1").arg(commandList(m_state.legalCommands())));
    }

    void login(const QStringList &args)
    {
        if (args.isEmpty() || args.size() > 2) {
            out(Shell::tr("Usage: .login USER [MECHANISM]"));
            idle();
            return;
        }
        const QString user = args.at(0);
        const QString mech = args.value(1);
        if (!mech.isEmpty() && !createMechanism(mech, user, {})) {
            out(Shell::tr("Unknown authentication mechanism: %1")
                    .arg(TranscriptFormat::escaped(mech)));
            idle();
            return;
        }
        auto go = [this, user, mech](const QString &password) {
            run(mech.isEmpty() ? m_session.login(user, password)
                               : m_session.auth(createMechanism(mech, user, password)));
        };
        if (qEnvironmentVariableIsSet("POSTEL_PASSWORD")) {
            go(qEnvironmentVariable("POSTEL_PASSWORD"));
        } else if (::isatty(0)) {
            askSecret(Shell::tr("Password for %1: ").arg(TranscriptFormat::escaped(user)), go);
        } else {
            out(Shell::tr("No password: set POSTEL_PASSWORD, or run the shell on a terminal "
                          "to be asked for it."));
            idle();
        }
    }

    void endOfInput()
    {
        if (m_state.inMessage())
            out(Shell::tr("The input ended inside the message: without the final dot nothing "
                          "is delivered."));
        if (m_session.isConnected() && !m_state.inMessage() && !m_quitSent) {
            m_quitSent = true;
            SmtpOperation *op = m_session.quit();
            m_busy = true;
            connect(op, &SmtpOperation::finished, this, [this] { finish(ExitOk); });
            return;
        }
        finish(ExitOk);
    }

    void lost()
    {
        if (m_done || m_busy)
            return;
        finish(m_tlsFailed ? ExitTlsFailed : m_quitAnswered ? ExitOk : ExitConnectionFailed);
    }

    void finish(int code)
    {
        if (m_done)
            return;
        m_done = true;
        m_exit = code;
        m_stdin->setEnabled(false);
        m_session.close();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [code] { QCoreApplication::exit(code); },
            Qt::QueuedConnection);
    }

    // --- output -------------------------------------------------------------------------
    void print(const TranscriptEntry &entry)
    {
        m_entries.append(entry);
        if (entry.direction == TranscriptEntry::Server && entry.verb == "QUIT")
            m_quitAnswered = true;
        if (entry.direction == TranscriptEntry::Client && entry.verb == "QUIT")
            m_quitSent = true;
        if (m_prompted) {
            std::fputc('\n', stdout);
            m_prompted = false;
        }
        // Masked and escaped by the one place that does it.
        const QString text = TranscriptFormat::debugText(entry, 1);
        std::fputs(text.toLocal8Bit().constData(), stdout);
        if (!text.endsWith(QLatin1Char('\n')))
            std::fputc('\n', stdout);
        if (m_explain && entry.direction == TranscriptEntry::Server) {
            const QString explanation = SessionExplainer::explainLast(m_entries);
            for (const QString &l : explanation.split(QLatin1Char('\n'))) {
                if (!l.trimmed().isEmpty())
                    out(QStringLiteral("    # ") + TranscriptFormat::escaped(l));
            }
        }
        std::fflush(stdout);
    }

    Options m_opt;
    SmtpSession m_session;
    ProtocolState m_state;
    QList<TranscriptEntry> m_entries;
    QSocketNotifier *m_stdin = nullptr;
    QByteArray m_input;
    QByteArray m_message;
    std::function<void(const QString &)> m_secretDone;
    bool m_eof = false;
    bool m_busy = false;
    bool m_done = false;
    bool m_started = false;
    bool m_explain = true;
    bool m_interactive = false;
    bool m_prompted = false;
    bool m_secretPrompt = false;
    bool m_quitSent = false;
    bool m_quitAnswered = false;
    bool m_tlsFailed = false;
    int m_exit = ExitOk;
};

int usage(const QString &message)
{
    std::fprintf(stderr, "postel-cli shell: %s\n",
                 TranscriptFormat::escaped(message).toLocal8Bit().constData());
    return ExitUsage;
}

} // namespace

QString shellHelpText()
{
    return Shell::tr(ShellMention);
}

int runShell(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Shell::tr("An SMTP console for learning the protocol: sends the lines you type, "
                  "explains every reply.") +
        Shell::tr(ShellHelp));
    p.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"),
                                    Shell::tr("Server to connect to, HOST[:PORT] or [IPv6]:PORT "
                                              "(default port 25, 465 with --tls-on-connect)."),
                                    QStringLiteral("host[:port]"));
    const QCommandLineOption tlsOnConnect(QStringLiteral("tls-on-connect"),
                                          Shell::tr("TLS from the first byte (port 465 style)."));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    Shell::tr("Trust only the CA certificates in FILE (PEM)."),
                                    QStringLiteral("file"));
    const QCommandLineOption noVerify(
        QStringLiteral("no-verify"), Shell::tr("Do not verify the server's certificate (unsafe)."));
    p.addOptions({server, tlsOnConnect, caFile, noVerify});
    QStringList args = arguments;
    args[0] = QCoreApplication::arguments().value(0) + QStringLiteral(" shell");
    if (!p.parse(args))
        return usage(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        std::fputs(subcommandHelp(p, QStringLiteral("shell")).toLocal8Bit().constData(), stdout);
        return ExitOk;
    }
    if (!p.positionalArguments().isEmpty())
        return usage(Shell::tr("Unexpected argument: %1").arg(p.positionalArguments().first()));
    ShellSession::Options o;
    o.server = p.value(server);
    if (o.server.isEmpty())
        return usage(Shell::tr("--server is required."));
    o.tlsOnConnect = p.isSet(tlsOnConnect);
    o.caFile = p.value(caFile);
    if (!o.caFile.isEmpty() && !QFile::exists(o.caFile))
        return usage(Shell::tr("CA file not found: %1").arg(o.caFile));
    o.noVerify = p.isSet(noVerify);

    ShellSession shell(o);
    shell.start();
    if (!shell.isDone())
        QCoreApplication::exec();
    return shell.exitCode();
}

} // namespace postel
