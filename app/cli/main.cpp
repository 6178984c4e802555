#include "CliRunner.h"
#include "ExplainCommand.h"
#include "LadderOption.h"
#include "MxCommand.h"
#include "ProfileCommand.h"
#include "ShellCommand.h"
#include "auth/OAuthMechanism.h"
#include "i18n/Languages.h"
#include "message/MailMessage.h"
#include "transcript/TranscriptFormat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

using namespace postel;

namespace {

// The context of postel-cli's own messages in the catalogues (translations/postel_*.ts).
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Shown after the options by --help; a contract for scripts (keep in step with the README).
const char *const ExitCodesHelp = QT_TRANSLATE_NOOP(
    "Cli", "\n"
           "Exit codes:\n"
           "  0  success: every recipient accepted (or, without --to, every step succeeded)\n"
           "  1  the message was sent, but some recipients were refused\n"
           "  2  every recipient was refused\n"
           "  3  the sender was refused\n"
           "  4  authentication failed (rejected, not offered, or no usable mechanism)\n"
           "  5  TLS failed (STARTTLS missing or refused, handshake or certificate failure)\n"
           "  6  the connection failed (refused, lost, timed out)\n"
           "  7  protocol or data error (unexpected reply, DATA refused, malformed reply)\n"
           "  8  usage error (bad option or argument; nothing was sent)\n"
           "  9  outcome unknown: the connection was lost after the final dot, before the\n"
           "     server's reply, so the server may have accepted the message\n"
           "\n"
           "--json prints one object on stdout: greeting [code, text], capabilities\n"
           "{keyword: parameters}, tls {protocol, cipher, peer_subject, issuer, expiry,\n"
           "verified, fingerprint_sha256} or null, auth {mechanism, ok} or null, accepted\n"
           "[addresses], refused {address: [code, text]}, vrfy/expn {argument: [code, text]}\n"
           "when asked, error {kind, code, text, message} or null, outcome\n"
           "(sent | partly-sent | not-sent | unknown), transcript [{time, direction, text,\n"
           "elapsed_ms, tls}] with credentials masked, diagnosis [{id, severity, title,\n"
           "explanation, fix, confirmed, evidence, retry, retry_command, retry_settings}]\n"
           "(the failure doctor's findings, the primary cause first; empty on success), and\n"
           "exit_code.\n"
           "error.kind is one of: server-disconnected, response, sender-refused,\n"
           "recipients-refused, data, connect, helo, not-supported, authentication, timeout,\n"
           "tls, protocol, usage.\n"
           "\n"
           "After a failure the primary finding follows the error on stderr: \"Diagnosis:\",\n"
           "what shows it, \"Fix:\", and \"Retry:\" with the command line to run again when a\n"
           "change of settings would fix it (the password is never on it: use\n"
           "POSTEL_PASSWORD). --diagnose adds up to three short extra connections that confirm\n"
           "the cause (a TLS handshake on the same port, STARTTLS and EHLO again, the other\n"
           "submission port 587/465); they never log in or send mail.\n");

// The subcommand and --explain (kept apart from the text above, which scripts read too).
// Keys the --json report gained after the paragraph above was written (a contract too).
const char *const JsonMoreHelp = QT_TRANSLATE_NOOP(
    "Cli", "\n"
           "--json also has warnings [sentences about what did not go as asked without\n"
           "stopping the send, e.g. DSN not advertised]; with a --dsn-* option dsn\n"
           "{requested, sent, notify, ret, envid}; with XOAUTH2 or OAUTHBEARER\n"
           "auth.token_refreshed.\n");

const char *const ExplainHelp = QT_TRANSLATE_NOOP(
    "Cli", "\n"
           "--explain explains every command and reply of the session: each transcript entry\n"
           "in the --json report gets an explanation (what the command asks, what the reply\n"
           "means after it, its enhanced code, and notes such as why EHLO is sent again\n"
           "after STARTTLS), and the --debug-level output indented lines, starting with #,\n"
           "under each reply (--explain alone implies --debug-level 1). Credentials are\n"
           "never explained.\n"
           "\n"
           "postel-cli explain [--json] TEXT explains a reply line, a reply code, an enhanced\n"
           "status code, a command or an EHLO keyword without connecting anywhere\n"
           "(postel-cli explain --help).\n");

int usageError(const QString &message, bool json)
{
    if (json) {
        QJsonObject o{
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("usage")},
                                                  {QStringLiteral("code"), QJsonValue()},
                                                  {QStringLiteral("text"), message},
                                                  {QStringLiteral("message"), message}}},
            {QStringLiteral("outcome"), QStringLiteral("not-sent")},
            {QStringLiteral("exit_code"), ExitUsage}};
        std::fputs(QJsonDocument(o).toJson(QJsonDocument::Indented).constData(), stdout);
    }
    std::fprintf(stderr, "postel-cli: %s\n",
                 TranscriptFormat::escaped(message).toLocal8Bit().constData());
    return ExitUsage;
}

} // namespace

int main(int argc, char **argv)
{
    const std::unique_ptr<QCoreApplication> application = LadderOption::makeApplication(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("postel-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POSTEL_VERSION));
    // Messages in the user's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG; LANG=C gives
    // English); JSON keys, kinds and exit codes never change.
    Languages::install(&app);
    if (QCoreApplication::arguments().value(1) == QLatin1String("explain"))
        return runExplain(QCoreApplication::arguments().mid(1));
    if (QCoreApplication::arguments().value(1) == QLatin1String("profiles"))
        return ProfileCommand::runList(QCoreApplication::arguments().mid(1));
    if (QCoreApplication::arguments().value(1) == QLatin1String("shell"))
        return runShell(QCoreApplication::arguments().mid(1));

    QCommandLineParser p;
    p.setApplicationDescription(
        Cli::tr("Postel's command-line SMTP client, for scripted diagnostics.\n"
                "Connects, greets, optionally starts TLS and logs in, then verifies "
                "addresses and/or sends a message, reporting every step.") +
        Cli::tr(ExitCodesHelp) + Cli::tr(JsonMoreHelp) + Cli::tr(ExplainHelp) +
        Cli::tr(ProfileCommand::Help) + MxCommand::helpText() + shellHelpText());
    p.addHelpOption();
    p.addVersionOption();
    auto opt = [&p](const QStringList &names, const QString &desc, const QString &value = {}) {
        QCommandLineOption o(names, desc, value);
        p.addOption(o);
        return o;
    };
    const auto server = opt({QStringLiteral("server")},
                            Cli::tr("Server to connect to, HOST[:PORT] or [IPv6]:PORT "
                                    "(default port 25, 465 with --tls-on-connect)."),
                            QStringLiteral("host[:port]"));
    const auto starttls =
        opt({QStringLiteral("starttls")}, Cli::tr("Start TLS with STARTTLS after EHLO."));
    const auto tlsOnConnect = opt({QStringLiteral("tls-on-connect")},
                                  Cli::tr("TLS from the first byte (port 465 style)."));
    const auto requireTls =
        opt({QStringLiteral("require-tls")},
            Cli::tr("Fail instead of continuing in clear text; implies --starttls "
                    "unless --tls-on-connect."));
    const auto noVerify = opt({QStringLiteral("no-verify")},
                              Cli::tr("Do not verify the server's certificate (unsafe). "
                                      "Not with --mx: it reports each host's certificate as "
                                      "it verifies."));
    const auto caFile =
        opt({QStringLiteral("ca-file")}, Cli::tr("Trust only the CA certificates in FILE (PEM)."),
            QStringLiteral("file"));
    const auto ehlo = opt({QStringLiteral("ehlo")},
                          Cli::tr("Name to send with EHLO/HELO (default: this machine's "
                                  "FQDN, or an address literal)."),
                          QStringLiteral("name"));
    const auto lmtp =
        opt({QStringLiteral("lmtp")}, Cli::tr("Speak LMTP (LHLO; one reply per recipient)."));
    const auto auth = opt({QStringLiteral("auth")},
                          Cli::tr("Authentication mechanism: auto (the best both sides "
                                  "support, falling through), or one of SCRAM-SHA-256, "
                                  "SCRAM-SHA-1, CRAM-MD5, PLAIN, LOGIN, or XOAUTH2 or "
                                  "OAUTHBEARER with an OAuth 2.0 access token."),
                          QStringLiteral("mech|auto"));
    const auto authUser = opt({QStringLiteral("auth-user")}, Cli::tr("User name to log in with."),
                              QStringLiteral("user"));
    const auto authPassword =
        opt({QStringLiteral("auth-password")},
            Cli::tr("Password (prefer the POSTEL_PASSWORD environment variable: a "
                    "command line is visible to other users)."),
            QStringLiteral("password"));
    const auto authToken =
        opt({QStringLiteral("auth-token")},
            Cli::tr("OAuth 2.0 access token for XOAUTH2 and OAUTHBEARER (prefer the "
                    "POSTEL_TOKEN environment variable: a command line is visible to other "
                    "users)."),
            QStringLiteral("token"));
    const auto allowClear = opt({QStringLiteral("allow-cleartext-auth")},
                                Cli::tr("Allow PLAIN and LOGIN over a connection without TLS."));
    const auto from = opt({QStringLiteral("from")}, Cli::tr("Envelope sender (MAIL FROM)."),
                          QStringLiteral("addr"));
    const auto to =
        opt({QStringLiteral("to")}, Cli::tr("Envelope recipient (RCPT TO); repeatable."),
            QStringLiteral("addr"));
    const auto data = opt({QStringLiteral("data")},
                          Cli::tr("Message to send, raw bytes (sendmail semantics: line "
                                  "ends normalised to CRLF, dot-stuffed); - reads "
                                  "standard input. Without it a short test message is "
                                  "sent."),
                          QStringLiteral("file"));
    const auto message =
        opt({QStringLiteral("message")},
            Cli::tr("Send this .eml file with send_message semantics: the envelope comes "
                    "from its headers (Sender or From; To, Cc, Bcc; one Resent-* block "
                    "takes precedence) unless --from/--to are given, and Bcc is never "
                    "transmitted."),
            QStringLiteral("file.eml"));
    const auto subject = opt({QStringLiteral("subject")},
                             Cli::tr("Compose a message: its subject."), QStringLiteral("text"));
    const auto body =
        opt({QStringLiteral("body")}, Cli::tr("Compose a message: its plain-text body, or @FILE."),
            QStringLiteral("text|@file"));
    const auto html =
        opt({QStringLiteral("html")}, Cli::tr("Compose a message: an HTML alternative, or @FILE."),
            QStringLiteral("html|@file"));
    const auto attach =
        opt({QStringLiteral("attach")}, Cli::tr("Compose a message: attach a file; repeatable."),
            QStringLiteral("file"));
    const auto header =
        opt({QStringLiteral("header")}, Cli::tr("Compose a message: add a header; repeatable."),
            QStringLiteral("Name: value"));
    const auto cc =
        opt({QStringLiteral("cc")}, Cli::tr("Compose a message: a Cc recipient; repeatable."),
            QStringLiteral("addr"));
    const auto bcc = opt({QStringLiteral("bcc")},
                         Cli::tr("Compose a message: a Bcc recipient (in the envelope, never "
                                 "in the headers sent); repeatable."),
                         QStringLiteral("addr"));
    const auto vrfy =
        opt({QStringLiteral("vrfy")}, Cli::tr("Verify an address with VRFY; repeatable."),
            QStringLiteral("addr"));
    const auto expn = opt({QStringLiteral("expn")}, Cli::tr("Expand a list with EXPN; repeatable."),
                          QStringLiteral("list"));
    const auto quitAfter =
        opt({QStringLiteral("quit-after")},
            Cli::tr("Stop after a step and QUIT: connect, ehlo, tls, auth, mail, rcpt, "
                    "data (after DATA's 354 the connection is closed, no message "
                    "is sent)."),
            QStringLiteral("step"));
    const auto debugLevel =
        opt({QStringLiteral("debug-level")},
            Cli::tr("Transcript on stderr: 0 silent, 1 commands and replies, 2 the same "
                    "with timestamps. Credentials are masked."),
            QStringLiteral("0|1|2"));
    const auto timeout =
        opt({QStringLiteral("timeout")},
            Cli::tr("Limit for each command, in seconds (default 60)."), QStringLiteral("seconds"));
    const auto json = opt({QStringLiteral("json")}, Cli::tr("Print one JSON report on stdout."));
    const auto explain =
        opt({QStringLiteral("explain")},
            Cli::tr("Explain every command and reply of the session (in the JSON transcript "
                    "and under each reply of the debug output)."));
    const auto trustCertificate =
        opt({QStringLiteral("trust-certificate")},
            Cli::tr("Accept the server's certificate despite verification errors if its SHA-256 "
                    "fingerprint is this one (64 hex digits, colons allowed): trust that very "
                    "certificate, as the failure doctor's retry suggests. Check the fingerprint "
                    "with the server's administrator first."),
            QStringLiteral("sha256"));
    const auto diagnose =
        opt({QStringLiteral("diagnose")},
            Cli::tr("After a failure, make up to three short extra connections that confirm the "
                    "cause (no login, no mail)."));
    const auto record =
        opt({QStringLiteral("record")},
            Cli::tr("Write the session's record (options, transcript with credentials masked, "
                    "error, TLS, probes) as JSON to FILE, for a bug report or a test."),
            QStringLiteral("file"));
    const auto dsnNotify =
        opt({QStringLiteral("dsn-notify")},
            Cli::tr("Ask for delivery status notifications (RFC 3461): never, or a "
                    "comma-separated list of success, failure, delay. Sent only when the "
                    "server advertises DSN (a warning otherwise)."),
            QStringLiteral("list"));
    const auto dsnRet =
        opt({QStringLiteral("dsn-ret")},
            Cli::tr("What a failure report returns: the full message or only its headers."),
            QStringLiteral("full|hdrs"));
    const auto dsnEnvid =
        opt({QStringLiteral("dsn-envid")},
            Cli::tr("An envelope id quoted in every delivery report."), QStringLiteral("id"));
    const auto profile =
        opt({QStringLiteral("profile")},
            Cli::tr("Use a server profile of the desktop app (name or id; see postel-cli "
                    "profiles): its server, security, CA, pin, user and keychain password. "
                    "Options given here override it."),
            QStringLiteral("name"));
    const auto ladder =
        opt({QStringLiteral("ladder")},
            Cli::tr("Draw the session as a ladder diagram into FILE: SVG, or PNG for a name "
                    "ending in .png. Written even when the session fails; credentials masked."),
            QStringLiteral("file"));
    const MxCommand::Options mxOptions = MxCommand::addOptions(p);

    if (!p.parse(QCoreApplication::arguments()))
        return usageError(p.errorText(), false);
    QString profilePassword;
    ProfileCommand::OAuthGrant profileOAuth;
    if (p.isSet(profile) && !p.isSet(QStringLiteral("help"))) {
        // The profile's settings go first, so that the command line's own win; parsed again.
        const bool needPassword =
            !p.isSet(authPassword) && qEnvironmentVariable("POSTEL_PASSWORD").isEmpty();
        const ProfileCommand::Expansion e = ProfileCommand::expand(
            p.value(profile), [&p](const QString &name) { return p.isSet(name); }, needPassword);
        if (!e.error.isEmpty())
            return usageError(e.error, p.isSet(json));
        QStringList arguments = QCoreApplication::arguments();
        arguments = arguments.mid(0, 1) + e.arguments + arguments.mid(1);
        if (!p.parse(arguments))
            return usageError(p.errorText(), p.isSet(json));
        profilePassword = e.password;
        profileOAuth = e.oauth;
    }
    if (p.isSet(QStringLiteral("help"))) {
        std::fputs(p.helpText().toLocal8Bit().constData(), stdout);
        return 0;
    }
    if (p.isSet(QStringLiteral("version"))) {
        std::printf("postel-cli %s\n", POSTEL_VERSION);
        return 0;
    }
    const bool asJson = p.isSet(json);
    if (!p.positionalArguments().isEmpty())
        return usageError(Cli::tr("Unexpected argument: %1").arg(p.positionalArguments().first()),
                          asJson);
    if (MxCommand::isRequested(p, mxOptions))
        return MxCommand::run(p, mxOptions);

    CliOptions o;
    o.json = asJson;
    o.arguments = QCoreApplication::arguments().mid(1);
    o.diagnose = p.isSet(diagnose);
    o.recordFile = p.value(record);
    o.ladderFile = p.value(ladder);
    if (p.isSet(trustCertificate)) {
        QString hex = p.value(trustCertificate);
        hex.remove(QLatin1Char(':'));
        static const QRegularExpression sha256(QStringLiteral("^[0-9A-Fa-f]{64}$"));
        if (!sha256.match(hex).hasMatch())
            return usageError(Cli::tr("--trust-certificate takes a SHA-256 fingerprint: 64 hex "
                                      "digits, colons allowed."),
                              asJson);
        o.trustCertificate = QByteArray::fromHex(hex.toLatin1());
    }
    o.server = p.value(server);
    if (o.server.isEmpty())
        return usageError(Cli::tr("--server is required."), asJson);
    o.starttls = p.isSet(starttls);
    o.tlsOnConnect = p.isSet(tlsOnConnect);
    if (o.starttls && o.tlsOnConnect)
        return usageError(Cli::tr("--starttls and --tls-on-connect exclude each other."), asJson);
    o.requireTls = p.isSet(requireTls);
    o.noVerify = p.isSet(noVerify);
    o.caFile = p.value(caFile);
    if (!o.caFile.isEmpty() && !QFile::exists(o.caFile))
        return usageError(Cli::tr("CA file not found: %1").arg(o.caFile), asJson);
    o.ehloName = p.value(ehlo);
    o.lmtp = p.isSet(lmtp);
    o.auth = p.value(auth);
    if (!o.auth.isEmpty() && o.auth.compare(QLatin1String("auto"), Qt::CaseInsensitive) != 0 &&
        !createMechanism(o.auth, {}, {}))
        return usageError(Cli::tr("Unknown authentication mechanism: %1").arg(o.auth), asJson);
    o.authUser = p.value(authUser);
    o.authPassword = p.isSet(authPassword) ? p.value(authPassword)
                     : qEnvironmentVariable("POSTEL_PASSWORD").isEmpty()
                         ? profilePassword
                         : qEnvironmentVariable("POSTEL_PASSWORD");
    if (!o.auth.isEmpty() && o.authUser.isEmpty())
        return usageError(Cli::tr("--auth needs --auth-user."), asJson);
    o.authToken = p.isSet(authToken) ? p.value(authToken) : qEnvironmentVariable("POSTEL_TOKEN");
    if (p.isSet(authToken) && !isOAuthMechanism(o.auth))
        return usageError(Cli::tr("--auth-token needs --auth XOAUTH2 or OAUTHBEARER."), asJson);
    if (isOAuthMechanism(o.auth)) {
        // A profile signed in from the desktop: its refresh token (keychain) gets the tokens.
        if (o.authToken.isEmpty() && !profileOAuth.refreshToken.isEmpty())
            o.oauthToken = profileOAuth.tokenSource();
        else if (o.authToken.isEmpty())
            return usageError(
                p.isSet(profile)
                    ? Cli::tr("The profile \"%1\" signs in with OAuth 2.0, but no token is kept "
                              "for it (the system keychain has none or did not answer). Sign in "
                              "from the desktop app, or give --auth-token or POSTEL_TOKEN.")
                          .arg(p.value(profile))
                    : Cli::tr("--auth %1 needs an access token: --auth-token or POSTEL_TOKEN.")
                          .arg(o.auth),
                asJson);
    } else if (!o.auth.isEmpty() && o.authPassword.isEmpty()) {
        // An empty password is never sent: a server takes it as a failed login.
        return usageError(
            p.isSet(profile)
                ? Cli::tr("The profile \"%1\" logs in as %2, but no password is kept for it (the "
                          "system keychain has none or did not answer). Set POSTEL_PASSWORD or "
                          "give --auth-password.")
                      .arg(p.value(profile), o.authUser)
                : Cli::tr("--auth needs a password: set POSTEL_PASSWORD (or give "
                          "--auth-password)."),
            asJson);
    }
    o.allowCleartextAuth = p.isSet(allowClear);
    o.from = p.value(from);
    o.to = p.values(to);
    const bool headersGiveEnvelope = p.isSet(message) || p.isSet(cc) || p.isSet(bcc);
    if (!o.to.isEmpty() && o.from.isEmpty() && !p.isSet(message))
        return usageError(Cli::tr("--to needs --from."), asJson);
    if (!o.from.isEmpty() && o.to.isEmpty() && !headersGiveEnvelope)
        return usageError(Cli::tr("--from needs at least one --to."), asJson);
    o.dataFile = p.value(data);
    if (!o.dataFile.isEmpty()) {
        QFile f;
        bool opened = false;
        if (o.dataFile == QLatin1String("-"))
            opened = f.open(stdin, QIODevice::ReadOnly);
        else {
            f.setFileName(o.dataFile);
            opened = f.open(QIODevice::ReadOnly);
        }
        if (!opened)
            return usageError(Cli::tr("Cannot read %1: %2").arg(o.dataFile, f.errorString()),
                              asJson);
        o.message = f.readAll();
        o.haveMessage = true;
        if (o.to.isEmpty())
            return usageError(Cli::tr("--data needs --from and --to."), asJson);
    }
    const bool composing = p.isSet(subject) || p.isSet(body) || p.isSet(html) || p.isSet(attach) ||
                           p.isSet(header) || p.isSet(cc) || p.isSet(bcc);
    if (p.isSet(message) && (composing || !o.dataFile.isEmpty()))
        return usageError(Cli::tr("--message excludes --data and the compose options."), asJson);
    if (composing && !o.dataFile.isEmpty())
        return usageError(Cli::tr("--data excludes the compose options."), asJson);
    auto readArg = [](const QString &value, QString *error) -> QString {
        if (!value.startsWith(QLatin1Char('@')))
            return value;
        QFile f(value.mid(1));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = Cli::tr("Cannot read %1: %2").arg(value.mid(1), f.errorString());
            return {};
        }
        return QString::fromUtf8(f.readAll());
    };
    if (!composing) {
        // Given for the envelope: one address each, never a text that could be taken for
        // another ("a@x)<b@y>"), which the session would otherwise cut down to one part.
        QString error;
        for (const QString &address :
             (o.from.isEmpty() ? QStringList() : QStringList{o.from}) + o.to) {
            if (!MailAddress::envelopeAddress(address, &error))
                return usageError(Cli::tr("Bad address: %1").arg(error), asJson);
        }
    }
    if (p.isSet(message)) {
        QString error;
        o.mail = MailMessage::load(p.value(message), &error);
        if (!o.mail)
            return usageError(Cli::tr("Cannot use %1: %2").arg(p.value(message), error), asJson);
    } else if (composing) {
        if (o.from.isEmpty())
            return usageError(Cli::tr("Composing a message needs --from."), asJson);
        QString error;
        MailMessage m;
        auto addresses = [&](const QStringList &values, MailAddressList &out) {
            for (const QString &v : values) {
                const MailAddressList list = parseAddressList(v, &error);
                if (!error.isEmpty())
                    return false;
                out.append(list);
            }
            return true;
        };
        MailAddressList fromList, toList, ccList, bccList;
        if (!addresses({o.from}, fromList) || !addresses(o.to, toList) ||
            !addresses(p.values(cc), ccList) || !addresses(p.values(bcc), bccList))
            return usageError(Cli::tr("Bad address: %1").arg(error), asJson);
        m.setFrom(fromList);
        m.setTo(toList);
        m.setCc(ccList);
        m.setBcc(bccList);
        m.setSubject(p.value(subject));
        m.setTextBody(readArg(p.value(body), &error));
        if (p.isSet(html))
            m.setHtmlBody(readArg(p.value(html), &error));
        if (!error.isEmpty())
            return usageError(error, asJson);
        for (const QString &path : p.values(attach)) {
            const auto a = MailAttachment::fromFile(path, &error);
            if (!a)
                return usageError(Cli::tr("Cannot attach %1: %2").arg(path, error), asJson);
            m.addAttachment(*a);
        }
        for (const QString &h : p.values(header)) {
            const qsizetype colon = h.indexOf(QLatin1Char(':'));
            const QString name = h.left(colon).trimmed();
            static const QRegularExpression fieldName(QStringLiteral("^[!-9;-~]+$"));
            if (colon <= 0 || !fieldName.match(name).hasMatch())
                return usageError(Cli::tr("--header takes \"Name: value\": %1").arg(h), asJson);
            m.addHeader(name.toLatin1(), h.mid(colon + 1).trimmed());
        }
        m.ensureDateAndMessageId();
        o.mail = m;
        // The envelope: From, and To + Cc + Bcc (send_message's rule).
        o.to.clear();
        o.from.clear();
    }
    if (o.mail && (o.quitAfter == QLatin1String("mail") || o.quitAfter == QLatin1String("rcpt") ||
                   o.quitAfter == QLatin1String("data"))) {
        QString error;
        if (o.from.isEmpty())
            o.from = o.mail->envelopeSender(&error);
        if (o.to.isEmpty())
            o.to = o.mail->envelopeRecipients(&error);
        if (!error.isEmpty())
            return usageError(error, asJson);
    }
    {
        QString error;
        if ((p.isSet(dsnNotify) && !o.dsn.setNotify(p.value(dsnNotify), &error)) ||
            (p.isSet(dsnRet) && !o.dsn.setRet(p.value(dsnRet), &error)) ||
            (p.isSet(dsnEnvid) && !o.dsn.setEnvid(p.value(dsnEnvid), &error)))
            return usageError(error, asJson);
    }
    o.vrfy = p.values(vrfy);
    o.expn = p.values(expn);
    o.quitAfter = p.value(quitAfter).toLower();
    static const QStringList stages{QStringLiteral("connect"), QStringLiteral("ehlo"),
                                    QStringLiteral("tls"),     QStringLiteral("auth"),
                                    QStringLiteral("mail"),    QStringLiteral("rcpt"),
                                    QStringLiteral("data")};
    if (!o.quitAfter.isEmpty() && !stages.contains(o.quitAfter))
        return usageError(
            Cli::tr("--quit-after takes one of: %1").arg(stages.join(QStringLiteral(", "))),
            asJson);
    if (p.isSet(debugLevel)) {
        bool ok = false;
        o.debugLevel = p.value(debugLevel).toInt(&ok);
        if (!ok || o.debugLevel < 0 || o.debugLevel > 2)
            return usageError(Cli::tr("--debug-level takes 0, 1 or 2."), asJson);
    }
    o.explain = p.isSet(explain);
    if (o.explain && !p.isSet(debugLevel) && !asJson)
        o.debugLevel = 1;
    if (p.isSet(timeout)) {
        bool ok = false;
        o.timeoutSeconds = p.value(timeout).toInt(&ok);
        if (!ok || o.timeoutSeconds <= 0 || o.timeoutSeconds > 86400)
            return usageError(Cli::tr("--timeout takes a number of seconds (1-86400)."), asJson);
    }

    CliRunner runner(o);
    QObject::connect(&runner, &CliRunner::done, &app, [&] { app.exit(runner.exitCode()); });
    runner.start();
    const int rc = app.exec();
    if (asJson)
        std::fputs(QJsonDocument(runner.report()).toJson(QJsonDocument::Indented).constData(),
                   stdout);
    return rc;
}
