#include "MxCommand.h"
#include "SessionSetup.h"

#include "mx/MxSurvey.h"
#include "transcript/Transcript.h"
#include "transcript/TranscriptFormat.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>

#include <cstdio>

namespace postel {

namespace {

// Words for a terminal: host names, certificate subjects and EHLO keywords come from DNS
// and the servers, and nothing they send reaches the terminal raw.
QByteArray terminal(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &l : lines)
        l = TranscriptFormat::escaped(l);
    return lines.join(QLatin1Char('\n')).toLocal8Bit();
}

void out(const QString &line)
{
    std::fprintf(stdout, "%s\n", terminal(line).constData());
    std::fflush(stdout);
}

void err(const QString &line)
{
    std::fprintf(stderr, "postel-cli: %s\n", terminal(line).constData());
}

int usage(const QString &message, bool json)
{
    constexpr int ExitUsage = 8; // the shared table's (CliRunner.h)
    if (json) {
        const QJsonObject o{
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("usage")},
                                                  {QStringLiteral("message"), message}}},
            {QStringLiteral("mx"), QJsonArray()},
            {QStringLiteral("exit_code"), ExitUsage}};
        std::fputs(QJsonDocument(o).toJson(QJsonDocument::Indented).constData(), stdout);
    }
    err(message);
    return ExitUsage;
}

QString statusName(MxLookup::Status status)
{
    switch (status) {
    case MxLookup::Status::Pending:
    case MxLookup::Status::InvalidDomain:
        return QStringLiteral("invalid-domain");
    case MxLookup::Status::Found:
        return QStringLiteral("found");
    case MxLookup::Status::NullMx:
        return QStringLiteral("null-mx");
    case MxLookup::Status::NoMailHost:
        return QStringLiteral("no-mail-host");
    case MxLookup::Status::NoSuchDomain:
        return QStringLiteral("no-such-domain");
    case MxLookup::Status::DnsFailure:
        return QStringLiteral("dns-failure");
    }
    return {};
}

QJsonValue tlsJson(const MxProbeResult &r)
{
    const bool established = !r.tls.protocol.isEmpty();
    if (!established && r.tlsErrors.isEmpty() && r.rejectedCertificate.isNull())
        return QJsonValue::Null;
    TlsInfo shown = r.tls;
    if (!established && !r.rejectedCertificate.isNull())
        shown.peerChain = {r.rejectedCertificate};
    QJsonArray errors;
    for (const QString &e : r.tlsErrors)
        errors.append(e);
    return QJsonObject{
        {QStringLiteral("established"), established},
        {QStringLiteral("protocol"), established ? QJsonValue(shown.protocol) : QJsonValue()},
        {QStringLiteral("cipher"), established ? QJsonValue(shown.cipher) : QJsonValue()},
        {QStringLiteral("verified"), established && shown.verified},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("peer_subject"), shown.peerSubject()},
        {QStringLiteral("issuer"), shown.peerIssuer()},
        {QStringLiteral("expiry"), shown.peerExpiry().toUTC().toString(Qt::ISODate)},
        {QStringLiteral("fingerprint_sha256"), shown.peerFingerprintSha256()},
    };
}

QString capabilitiesText(const Capabilities &caps)
{
    QStringList items;
    for (const QString &k : caps.keywords()) {
        const QString params = caps.parameters(k);
        items.append(params.isEmpty() ? k.toUpper() : k.toUpper() + QLatin1Char(' ') + params);
    }
    return TranscriptFormat::escaped(items.join(QStringLiteral(", ")));
}

QString certificateLine(const QSslCertificate &cert)
{
    TlsInfo shown;
    shown.peerChain = {cert};
    return MxCommand::tr("certificate: %1, issued by %2, valid until %3")
        .arg(TranscriptFormat::escaped(shown.peerSubject()),
             TranscriptFormat::escaped(shown.peerIssuer()),
             shown.peerExpiry().toUTC().toString(Qt::ISODate));
}

// Server text goes to a terminal: TranscriptFormat::escaped() shows control and bidi
// characters instead of letting them act.
void printHost(const MxProbeResult &r)
{
    QStringList addresses;
    for (const QHostAddress &a : r.host.addresses)
        addresses.append(a.toString());
    // The implicit MX has no preference of its own.
    const QString preference =
        r.host.implicit ? QStringLiteral("  –") : QStringLiteral("%1").arg(r.host.preference, 3);
    out(QStringLiteral("  %1 %2 — %3")
            .arg(preference, r.host.name,
                 addresses.isEmpty() ? MxCommand::tr("no address")
                                     : addresses.join(QStringLiteral(", "))));
    const QString indent(6, QLatin1Char(' '));
    if (r.greeting.isValid())
        out(indent + MxCommand::tr("greeting: %1 %2 (from %3)")
                         .arg(r.greeting.code)
                         .arg(TranscriptFormat::escaped(QString::fromUtf8(r.greeting.text())))
                         .arg(r.address.toString()));
    if (!r.tls.protocol.isEmpty()) {
        out(indent + MxCommand::tr("STARTTLS: %1, %2, %3")
                         .arg(r.tls.protocol, r.tls.cipher,
                              r.tls.verified ? MxCommand::tr("certificate verified")
                                             : MxCommand::tr("certificate NOT verified")));
        if (!r.tls.peerChain.isEmpty())
            out(indent + certificateLine(r.tls.peerChain.first()));
    } else if (!r.rejectedCertificate.isNull() || !r.tlsErrors.isEmpty()) {
        out(indent + MxCommand::tr("STARTTLS: offered, but the certificate was refused"));
        if (!r.rejectedCertificate.isNull()) {
            TlsInfo shown;
            shown.peerChain = {r.rejectedCertificate};
            out(indent + certificateLine(r.rejectedCertificate));
            out(indent + QStringLiteral("SHA-256: ") + shown.peerFingerprintSha256());
        }
    } else if (r.greeting.isValid() && !r.capabilities.isEmpty() && !r.startTlsOffered) {
        out(indent +
            MxCommand::tr("STARTTLS: not offered (mail to this host travels unencrypted)"));
    }
    if (!r.capabilities.isEmpty())
        out(indent + MxCommand::tr("capabilities: %1").arg(capabilitiesText(r.capabilities)));
    if (r.error.isError())
        out(indent + MxCommand::tr("error: %1").arg(TranscriptFormat::escaped(r.error.describe())));
}

} // namespace

MxCommand::Options MxCommand::addOptions(QCommandLineParser &parser)
{
    Options o;
    o.mx = QCommandLineOption(QStringLiteral("mx"),
                              tr("Look up the mail hosts (MX) of DOMAIN, or of an address's "
                                 "domain, and test each: greeting, STARTTLS, certificate, "
                                 "capabilities. Nothing is sent."),
                              QStringLiteral("domain"));
    o.dnsServer = QCommandLineOption(QStringLiteral("dns-server"),
                                     tr("With --mx: ask this DNS server, an IP address (always "
                                        "on port 53), instead of the system's resolver."),
                                     QStringLiteral("address"));
    o.port = QCommandLineOption(QStringLiteral("port"),
                                tr("With --mx: the port to test on each host (default 25)."),
                                QStringLiteral("n"));
    parser.addOption(o.mx);
    parser.addOption(o.dnsServer);
    parser.addOption(o.port);
    return o;
}

QString MxCommand::helpText()
{
    return tr("\n"
              "--mx DOMAIN lists the domain's mail hosts in preference order (the domain\n"
              "itself when it has no MX record, RFC 5321 section 5.1) and tests each on\n"
              "port 25 or --port: greeting, STARTTLS, the certificate (verified against the\n"
              "host's name) and capabilities. --ca-file, --ehlo, --timeout, --debug-level\n"
              "and --json apply; --no-verify does not (each certificate is reported as it\n"
              "verifies).\n"
              "Exit codes with --mx:\n"
              "  0  at least one host greeted with 220\n"
              "  6  no host could be reached, or the DNS lookup failed\n"
              "  8  usage error\n"
              "  10 the domain takes no mail: a null MX (RFC 7505), no MX and no address,\n"
              "     or no such domain\n"
              "--json with --mx prints: domain, dns_server, port, status (found | null-mx |\n"
              "no-mail-host | no-such-domain | dns-failure), mx [{host, preference,\n"
              "implicit, addresses, address, greeting, starttls, tls {established,\n"
              "protocol, cipher, verified, errors, peer_subject, issuer, expiry,\n"
              "fingerprint_sha256} or null, capabilities, error}], error, exit_code.\n");
}

bool MxCommand::isRequested(const QCommandLineParser &parser, const Options &options)
{
    return parser.isSet(options.mx) || parser.isSet(options.dnsServer) ||
           parser.isSet(options.port);
}

int MxCommand::run(const QCommandLineParser &p, const Options &o)
{
    const bool json = p.isSet(QStringLiteral("json"));
    if (!p.isSet(o.mx))
        return usage(tr("--dns-server and --port go with --mx."), json);
    static const QStringList allowed{QStringLiteral("mx"),      QStringLiteral("dns-server"),
                                     QStringLiteral("port"),    QStringLiteral("json"),
                                     QStringLiteral("timeout"), QStringLiteral("ca-file"),
                                     QStringLiteral("ehlo"),    QStringLiteral("debug-level")};
    for (const QString &name : p.optionNames()) {
        if (!allowed.contains(name))
            return usage(tr("--%1 does not go with --mx.").arg(name), json);
    }
    QString domain = p.value(o.mx).trimmed();
    if (domain.contains(QLatin1Char('@')))
        domain = MxLookup::domainOf(domain);
    if (domain.isEmpty())
        return usage(tr("--mx needs a domain."), json);
    QHostAddress dnsServer;
    if (p.isSet(o.dnsServer) && !dnsServer.setAddress(p.value(o.dnsServer)))
        return usage(tr("--dns-server takes an IP address (the DNS port is always 53): %1")
                         .arg(p.value(o.dnsServer)),
                     json);
    quint16 port = 25;
    if (p.isSet(o.port)) {
        bool ok = false;
        const uint n = p.value(o.port).toUInt(&ok);
        if (!ok || n < 1 || n > 65535)
            return usage(tr("--port takes a number from 1 to 65535."), json);
        port = quint16(n);
    }
    int timeoutSeconds = 60;
    if (p.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        timeoutSeconds = p.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || timeoutSeconds <= 0 || timeoutSeconds > 86400)
            return usage(tr("--timeout takes a number of seconds (1-86400)."), json);
    }
    int debugLevel = 0;
    if (p.isSet(QStringLiteral("debug-level"))) {
        bool ok = false;
        debugLevel = p.value(QStringLiteral("debug-level")).toInt(&ok);
        if (!ok || debugLevel < 0 || debugLevel > 2)
            return usage(tr("--debug-level takes 0, 1 or 2."), json);
    }
    const QString caFile = p.value(QStringLiteral("ca-file"));
    if (!caFile.isEmpty() && !QFile::exists(caFile))
        return usage(tr("CA file not found: %1").arg(caFile), json);

    MxSurvey survey;
    survey.lookup()->setNameserver(dnsServer);
    SmtpSession *session = survey.session();
    session->setTimeout(timeoutSeconds * 1000);
    if (p.isSet(QStringLiteral("ehlo")))
        session->setLocalHostname(p.value(QStringLiteral("ehlo")));
    // Not configureSession(): a survey verifies every certificate and reports what was wrong
    // (MxProbe records the errors), so --no-verify is refused with --mx.
    session->setTlsConfiguration(cliTlsConfiguration(caFile, false));
    session->setDebugLevel(debugLevel);
    Transcript transcript;
    transcript.setDebugLevel(debugLevel);
    transcript.attach(session);
    QObject::connect(&transcript, &Transcript::debugOutput, [](const QString &line) {
        std::fprintf(stderr, "%s\n", terminal(line).constData());
        std::fflush(stderr);
    });
    if (!json) {
        QObject::connect(&survey, &MxSurvey::lookedUp, [&survey] { printLookup(survey); });
        QObject::connect(&survey, &MxSurvey::hostFinished, &printHost);
    }
    QObject::connect(&survey, &MxSurvey::finished, [] { QCoreApplication::exit(0); });
    survey.start(domain, port);
    QCoreApplication::exec();

    int exitCode = 0;
    switch (survey.lookup()->status()) {
    case MxLookup::Status::Found:
        exitCode = survey.greetedCount() > 0 ? 0 : 6;
        if (!json)
            out(tr("%1 of %n host(s) answered.", nullptr, int(survey.results().size()))
                    .arg(survey.greetedCount()));
        break;
    case MxLookup::Status::NullMx:
    case MxLookup::Status::NoMailHost:
    case MxLookup::Status::NoSuchDomain:
        exitCode = ExitNoMailHost;
        break;
    case MxLookup::Status::DnsFailure:
        exitCode = 6;
        break;
    case MxLookup::Status::Pending:
    case MxLookup::Status::InvalidDomain:
        exitCode = 8;
        break;
    }
    if (json)
        std::fputs(QJsonDocument(report(survey, p.value(o.dnsServer), port, exitCode))
                       .toJson(QJsonDocument::Indented)
                       .constData(),
                   stdout);
    return exitCode;
}

void MxCommand::printLookup(const MxSurvey &survey)
{
    const MxLookup *lookup = survey.lookup();
    const QString server = lookup->nameserver().isNull()
                               ? tr("the system's resolver")
                               : tr("DNS server %1").arg(lookup->nameserver().toString());
    switch (lookup->status()) {
    case MxLookup::Status::Found:
        if (lookup->hosts().size() == 1 && lookup->hosts().first().implicit)
            out(tr("%1 has no MX record: the domain itself takes its mail (RFC 5321 section "
                   "5.1); asked %2.")
                    .arg(lookup->domain(), server));
        else
            out(tr("Mail hosts of %1 in preference order (asked %2):")
                    .arg(lookup->domain(), server));
        break;
    case MxLookup::Status::NullMx:
        out(lookup->errorString());
        break;
    default:
        err(lookup->errorString());
        break;
    }
}

QJsonObject MxCommand::report(const MxSurvey &survey, const QString &dnsServer, quint16 port,
                              int exitCode)
{
    const MxLookup *lookup = survey.lookup();
    QJsonArray hosts;
    for (const MxProbeResult &r : survey.results()) {
        QJsonArray addresses;
        for (const QHostAddress &a : r.host.addresses)
            addresses.append(a.toString());
        QJsonObject caps;
        for (auto it = r.capabilities.features().cbegin(); it != r.capabilities.features().cend();
             ++it)
            caps[it.key()] = it.value();
        QJsonValue error = QJsonValue::Null;
        if (r.error.isError())
            error = QJsonObject{
                {QStringLiteral("kind"), SmtpError::kindName(r.error.kind)},
                {QStringLiteral("code"), r.error.code ? QJsonValue(r.error.code) : QJsonValue()},
                {QStringLiteral("text"),
                 r.error.code ? QString::fromUtf8(r.error.serverText) : r.error.message},
                {QStringLiteral("message"), r.error.message}};
        hosts.append(QJsonObject{
            {QStringLiteral("host"), r.host.name},
            {QStringLiteral("preference"), r.host.preference},
            {QStringLiteral("implicit"), r.host.implicit},
            {QStringLiteral("addresses"), addresses},
            {QStringLiteral("address"),
             r.greeting.isValid() ? QJsonValue(r.address.toString()) : QJsonValue()},
            {QStringLiteral("greeting"),
             r.greeting.isValid()
                 ? QJsonValue(QJsonArray{r.greeting.code, QString::fromUtf8(r.greeting.text())})
                 : QJsonValue()},
            {QStringLiteral("starttls"), r.startTlsOffered},
            {QStringLiteral("tls"), tlsJson(r)},
            {QStringLiteral("capabilities"), caps},
            {QStringLiteral("error"), error},
        });
    }
    const bool found = lookup->status() == MxLookup::Status::Found;
    return QJsonObject{
        {QStringLiteral("domain"), lookup->domain()},
        {QStringLiteral("dns_server"), dnsServer.isEmpty() ? QJsonValue() : QJsonValue(dnsServer)},
        {QStringLiteral("port"), port},
        {QStringLiteral("status"), statusName(lookup->status())},
        {QStringLiteral("mx"), hosts},
        {QStringLiteral("error"),
         found ? QJsonValue()
               : QJsonValue(QJsonObject{{QStringLiteral("kind"), statusName(lookup->status())},
                                        {QStringLiteral("message"), lookup->errorString()}})},
        {QStringLiteral("exit_code"), exitCode},
    };
}

} // namespace postel
