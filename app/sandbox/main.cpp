// postel-sandbox: the sandbox SMTP server without the GUI, for classrooms and CI.
#include "i18n/Languages.h"
#include "sandbox/SandboxBehaviour.h"
#include "sandbox/SandboxCertificate.h"
#include "sandbox/SandboxMailbox.h"
#include "sandbox/SandboxOAuth.h"
#include "sandbox/SandboxScenario.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>
#include <cstdio>
#include <optional>

using namespace postel;

namespace {

// The context of this program's own messages in the catalogues (translations/postel_*.ts).
// The lines on standard output ("listening …", "accepted …") are for scripts and stay
// English; what goes to standard error is for people and is translated.
struct SandboxCli
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCli)
};

void out(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

void err(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stderr);
    std::fflush(stderr);
}

// A problem with the command line, the configuration or the start, named by the program.
void fail(const QString &message)
{
    err(QStringLiteral("postel-sandbox: ") + message);
}

struct Endpoint
{
    QHostAddress address;
    quint16 port = 0;
};

// "HOST:PORT", "[V6]:PORT"; HOST is an IP address or "localhost" (no name lookups).
std::optional<Endpoint> parseEndpoint(const QString &spec)
{
    QString host;
    QString port;
    if (spec.startsWith(QLatin1Char('['))) {
        const qsizetype close = spec.indexOf(QLatin1String("]:"));
        if (close < 0)
            return std::nullopt;
        host = spec.mid(1, close - 1);
        port = spec.mid(close + 2);
    } else {
        const qsizetype colon = spec.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0)
            return std::nullopt;
        host = spec.left(colon);
        port = spec.mid(colon + 1);
    }
    bool ok = false;
    const uint p = port.toUInt(&ok);
    if (!ok || p > 65535)
        return std::nullopt;
    Endpoint e;
    e.port = quint16(p);
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        e.address = QHostAddress(QHostAddress::LocalHost);
    else if (!e.address.setAddress(host))
        return std::nullopt;
    return e;
}

QString endpointText(const QHostAddress &a, quint16 port)
{
    const QString host = a.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + a.toString() + QLatin1Char(']')
                             : a.toString();
    return host + QLatin1Char(':') + QString::number(port);
}

QString helpText()
{
    return SandboxCli::tr(
               R"(Runs Postel's sandbox SMTP server: it accepts mail on loopback and keeps every
message it accepts as an .eml file with a .json envelope. It speaks ESMTP with
PIPELINING, SIZE, 8BITMIME, SMTPUTF8, ENHANCEDSTATUSCODES, CHUNKING (BDAT), DSN,
STARTTLS and AUTH PLAIN/LOGIN/CRAM-MD5/XOAUTH2/OAUTHBEARER, and misbehaves on
request.

On start it prints, one per line on standard output:
  listening HOST:PORT          the plain listener (port 0 shows the port chosen)
  tls-listening HOST:PORT      the implicit-TLS listener, with --tls-listen
  certificate PATH             the self-signed certificate (trust it as a CA)
  maildir DIR                  where messages go
  oauth-token USER TOKEN       one per account: the bearer token it accepts
                               for AUTH XOAUTH2 and OAUTHBEARER
Each accepted message adds a line "accepted ID"; connections and faults are
logged on standard error.

The TLS certificate (CN=localhost, SAN localhost, 127.0.0.1, ::1) is made on
first use and kept in the data folder (sandbox-tls/cert.pem, key.pem).

--config FILE is a JSON object; every key is optional:
  "listen": "127.0.0.1:2525"        like --listen
  "tls_listen": "127.0.0.1:4650"    like --tls-listen
  "maildir": "DIR"                  like --maildir
  "tls_certificate": "cert.pem", "tls_key": "key.pem"   use these instead
  "tls_directory": "DIR"            where the generated certificate is kept
  "hostname": "localhost"           in the greeting and EHLO reply
  "greeting": "ESMTP Postel sandbox ready"
  "extensions": ["PIPELINING","SIZE","8BITMIME","SMTPUTF8",
                 "ENHANCEDSTATUSCODES","CHUNKING","DSN","STARTTLS","AUTH"]
                                    advertised (and accepted) extensions
  "users": ["NAME:PASSWORD", {"user": "NAME", "password": "PW"}]
  "require_auth": false, "require_tls": false
  "plaintext_auth": true            offer PLAIN/LOGIN before TLS
  "size_limit": 26214400            bytes, 0 = none
  "max_recipients": 100, "max_connections": 500, "max_errors": 20
  "idle_timeout_ms": 300000
  "max_command_line": 16384, "max_data_line": 1000   octets with CRLF
  "refuse_senders": ["PATTERN[=CODE [X.Y.Z] [TEXT]]",
                     {"pattern": "*@bad.test", "reply": "550 5.7.1 No"}]
  "refuse_recipients": (the same form; default reply 550 5.1.1)
  "faults": [{"step": STEP, "action": "delay", "delay_ms": 2000},
             {"step": STEP, "action": "drop"},
             {"step": STEP, "action": "421"},
             {"step": STEP, "action": "reply", "reply": "554 5.7.1 No"},
             ... "occurrence": N   only the N-th time in a connection]
     STEP: connect, helo, starttls, auth, mail, rcpt, data, dot (after the
     final dot or BDAT LAST: a reply there rejects the message), rset, quit
Command-line options override the file; --user and --refuse add to it.)") +
           QStringLiteral("\n\n") +
           SandboxCli::tr(
               R"(--fault ID plays the fault that Postel's failure doctor names ID, in the words
real servers use (Gmail, Microsoft 365, Postfix, Spamhaus, ...), on top of the
rest of the behaviour: e.g. --fault recipient-unknown answers RCPT TO with
Gmail's 550-5.1.1. --fault list prints every ID, what the sandbox does and what
a client must do to meet it, then the IDs a server cannot play and why. The
faults use these keys of --config too:
  "auth_mechanisms": ["PLAIN","LOGIN"]   offer only these (default: all)
  "refuse_connections": false      close the listeners: connections are refused
  "tls_from_first_byte": false     the plain listener expects TLS at once
  "legacy_tls_only": false         speak TLS 1.0 only
  "certificate": "none"            or "untrusted", "other-name", "expired")");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The GUI's names, so both share one mailbox and one certificate.
    QCoreApplication::setApplicationName(QStringLiteral("Postel"));
    QCoreApplication::setOrganizationName(QStringLiteral("Postel"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POSTEL_VERSION));
    // Messages in the GUI's language setting, else LANGUAGE / LC_ALL / LC_MESSAGES / LANG
    // (LANG=C gives English); the lines on standard output never change.
    Languages::install(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(helpText());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOpt(
        QStringLiteral("listen"),
        SandboxCli::tr(
            "Listen for SMTP (with STARTTLS) on HOST:PORT (default 127.0.0.1:2525; port 0 picks "
            "a free port)."),
        SandboxCli::tr("HOST:PORT"));
    const QCommandLineOption tlsListenOpt(
        QStringLiteral("tls-listen"), SandboxCli::tr("Also listen for TLS from the first byte."),
        SandboxCli::tr("HOST:PORT"));
    const QCommandLineOption maildirOpt(
        QStringLiteral("maildir"),
        SandboxCli::tr(
            "Keep messages in DIR (default: the sandbox folder in Postel's data folder)."),
        SandboxCli::tr("DIR"));
    const QCommandLineOption userOpt(
        QStringLiteral("user"), SandboxCli::tr("Accept AUTH for NAME with PASSWORD (repeatable)."),
        SandboxCli::tr("NAME:PASSWORD"));
    const QCommandLineOption requireAuthOpt(
        QStringLiteral("require-auth"),
        SandboxCli::tr("Refuse MAIL until the client has logged in."));
    const QCommandLineOption requireTlsOpt(
        QStringLiteral("require-tls"),
        SandboxCli::tr("Refuse everything but EHLO, STARTTLS, NOOP, RSET "
                       "and QUIT until TLS is on."));
    const QCommandLineOption refuseOpt(
        QStringLiteral("refuse"),
        SandboxCli::tr(
            "Refuse recipients matching the glob PATTERN with CODE (default \"550 5.1.1\"), e.g. "
            "'*@refused.test=450 4.2.1' (repeatable)."),
        SandboxCli::tr("PATTERN[=CODE]"));
    const QCommandLineOption configOpt(
        QStringLiteral("config"),
        SandboxCli::tr("Read the behaviour from a JSON file (see above)."), SandboxCli::tr("FILE"));
    const QCommandLineOption faultOpt(
        QStringLiteral("fault"),
        SandboxCli::tr("Play the fault the failure doctor calls ID (\"list\" lists them; see "
                       "above)."),
        SandboxCli::tr("ID"));
    parser.addOptions({listenOpt, tlsListenOpt, maildirOpt, userOpt, requireAuthOpt, requireTlsOpt,
                       refuseOpt, configOpt, faultOpt});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        fail(SandboxCli::tr("unexpected argument %1").arg(parser.positionalArguments().first()));
        return 2;
    }

    std::optional<SandboxScenario> fault;
    if (parser.isSet(faultOpt)) {
        const QString id = parser.value(faultOpt);
        if (id == QLatin1String("list")) {
            // For people and scripts: "ID<TAB>name: what the sandbox does. To meet it: …".
            for (const SandboxScenario &s : SandboxScenario::all())
                out(QStringLiteral("%1\t%2: %3 %4")
                        .arg(s.id, s.name(), s.description(),
                             SandboxCli::tr("To meet it: %1.").arg(s.clientHint())));
            for (const SandboxScenario::NotPlayable &n : SandboxScenario::notPlayable())
                out(QStringLiteral("%1\t%2").arg(n.id,
                                                 SandboxCli::tr("not playable: %1").arg(n.reason)));
            return 0;
        }
        fault = SandboxScenario::find(id);
        if (!fault) {
            for (const SandboxScenario::NotPlayable &n : SandboxScenario::notPlayable()) {
                if (n.id == id) {
                    fail(SandboxCli::tr("the sandbox cannot play %1: %2").arg(id, n.reason));
                    return 2;
                }
            }
            fail(SandboxCli::tr("no fault is called %1 (--fault list lists them)").arg(id));
            return 2;
        }
    }

    QJsonObject config;
    if (parser.isSet(configOpt)) {
        QFile f(parser.value(configOpt));
        if (!f.open(QIODevice::ReadOnly)) {
            fail(SandboxCli::tr("cannot read %1: %2").arg(f.fileName(), f.errorString()));
            return 2;
        }
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &perr);
        if (!doc.isObject()) {
            fail(SandboxCli::tr("%1 is not a JSON object: %2")
                     .arg(f.fileName(), perr.errorString()));
            return 2;
        }
        config = doc.object();
    }
    // The keys that belong to this program rather than to the server's behaviour.
    const auto take = [&config](const char *key) {
        const QString v = config.value(QLatin1String(key)).toString();
        config.remove(QLatin1String(key));
        return v;
    };
    QString listenSpec = take("listen");
    QString tlsListenSpec = take("tls_listen");
    QString maildir = take("maildir");
    const QString certPath = take("tls_certificate");
    const QString keyPath = take("tls_key");
    const QString tlsDirectory = take("tls_directory");

    QString error;
    SandboxBehaviour behaviour = SandboxBehaviour::fromJson(config, &error);
    if (!error.isEmpty()) {
        fail(error);
        return 2;
    }
    for (const QString &u : parser.values(userOpt)) {
        const auto account = SandboxAccount::parse(u);
        if (!account) {
            fail(SandboxCli::tr("--user needs NAME:PASSWORD, not %1").arg(u));
            return 2;
        }
        behaviour.accounts.append(*account);
    }
    for (const QString &r : parser.values(refuseOpt)) {
        const auto rule = SandboxRule::parse(r, SandboxBehaviour::defaultRecipientRefusal());
        if (!rule) {
            fail(SandboxCli::tr("--refuse needs PATTERN[=CODE [X.Y.Z] [TEXT]], not %1").arg(r));
            return 2;
        }
        behaviour.refuseRecipients.append(*rule);
    }
    if (parser.isSet(requireAuthOpt))
        behaviour.requireAuth = true;
    if (parser.isSet(requireTlsOpt))
        behaviour.requireTls = true;
    if (fault) {
        fault->apply(behaviour);
        err(SandboxCli::tr("playing the fault %1: %2 To meet it: %3.")
                .arg(fault->id, fault->description(), fault->clientHint()));
    }
    if (behaviour.requireAuth && behaviour.accounts.isEmpty())
        fail(SandboxCli::tr("warning: --require-auth without --user: nobody can send."));
    if (parser.isSet(listenOpt))
        listenSpec = parser.value(listenOpt);
    if (parser.isSet(tlsListenOpt))
        tlsListenSpec = parser.value(tlsListenOpt);
    if (parser.isSet(maildirOpt))
        maildir = parser.value(maildirOpt);
    if (listenSpec.isEmpty())
        listenSpec = QStringLiteral("127.0.0.1:%1").arg(SandboxServer::DefaultPort);
    if (maildir.isEmpty())
        maildir = SandboxMailbox::defaultDirectory();

    const auto listen = parseEndpoint(listenSpec);
    const auto tlsListen =
        tlsListenSpec.isEmpty() ? std::optional<Endpoint>() : parseEndpoint(tlsListenSpec);
    if (!listen || (!tlsListenSpec.isEmpty() && !tlsListen)) {
        fail(SandboxCli::tr("expected HOST:PORT with an IP address or localhost, not %1")
                 .arg(listen ? tlsListenSpec : listenSpec));
        return 2;
    }
    for (const Endpoint *e : {&*listen, tlsListen ? &*tlsListen : nullptr}) {
        if (e && !e->address.isLoopback())
            fail(SandboxCli::tr("warning: listening on %1, which is not loopback: anyone "
                                "who can reach it can send mail here.")
                     .arg(e->address.toString()));
    }

    SandboxMailbox mailbox(maildir);
    if (!mailbox.isValid()) {
        fail(mailbox.errorString());
        return 1;
    }
    SandboxServer server(&mailbox);
    server.setBehaviour(behaviour);
    if (!certPath.isEmpty() || !keyPath.isEmpty()) {
        const SandboxCertificate cert = SandboxCertificate::load(certPath, keyPath, &error);
        if (!cert.isValid()) {
            fail(error);
            return 1;
        }
        server.setCertificate(cert);
    } else if (!tlsDirectory.isEmpty()) {
        server.setCertificateDirectory(tlsDirectory);
    }

    QObject::connect(&server, &SandboxServer::errorOccurred, &app,
                     [](const QString &message) { err(SandboxCli::tr("error: %1").arg(message)); });
    QObject::connect(
        &server, &SandboxServer::connectionOpened, &app,
        [](quint64 id, const QHostAddress &peer, quint16 port, bool tls) {
            const QString from = endpointText(peer, port);
            err(tls ? SandboxCli::tr("[%1] connected from %2 over TLS").arg(id).arg(from)
                    : SandboxCli::tr("[%1] connected from %2").arg(id).arg(from));
        });
    QObject::connect(&server, &SandboxServer::connectionClosed, &app,
                     [](quint64 id) { err(SandboxCli::tr("[%1] closed").arg(id)); });
    QObject::connect(&server, &SandboxServer::faultInjected, &app,
                     [](quint64 id, const QString &what) {
                         err(SandboxCli::tr("[%1] fault: %2").arg(id).arg(what));
                     });
    QObject::connect(&server, &SandboxServer::messageAccepted, &app, [](const SandboxMessage &m) {
        out(QStringLiteral("accepted %1").arg(m.id));
        // Bytes as "B": a number with a unit needs no plural of its own. One arg() call, so
        // a "%3" in the client's sender address stays text.
        err(SandboxCli::tr("accepted %1 from <%2> for %n recipient(s), %3 B", nullptr,
                           int(m.envelope.recipients.size()))
                .arg(m.id, m.envelope.sender, QLocale().toString(m.size)));
    });

    if (!server.listen(listen->address, listen->port)) {
        fail(server.errorString());
        return 1;
    }
    out(QStringLiteral("listening %1").arg(endpointText(server.address(), server.port())));
    if (tlsListen) {
        if (!server.listenTls(tlsListen->address, tlsListen->port)) {
            fail(server.errorString());
            return 1;
        }
        out(QStringLiteral("tls-listening %1")
                .arg(endpointText(server.tlsAddress(), server.tlsPort())));
    }
    if (server.certificate().isValid())
        out(QStringLiteral("certificate %1").arg(server.certificate().certificatePath));
    out(QStringLiteral("maildir %1").arg(mailbox.directory()));
    // The bearer token the sandbox issued to each account, for AUTH XOAUTH2 / OAUTHBEARER.
    for (const SandboxAccount &a : std::as_const(behaviour.accounts))
        out(QStringLiteral("oauth-token %1 %2").arg(a.user, SandboxOAuth::tokenFor(a)));
    return app.exec();
}
