#include "ConnectionReport.h"

#include "transcript/TranscriptFormat.h"

#include <QHostAddress>
#include <QSslCertificateExtension>

namespace postel {

namespace {

QString fingerprint(const QSslCertificate &c)
{
    return QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString nameOf(const QSslCertificate &c, bool issuer)
{
    const QStringList cn = issuer ? c.issuerInfo(QSslCertificate::CommonName)
                                  : c.subjectInfo(QSslCertificate::CommonName);
    if (!cn.isEmpty())
        return TranscriptFormat::escaped(cn.join(QStringLiteral(", ")));
    return TranscriptFormat::escaped(issuer ? c.issuerDisplayName() : c.subjectDisplayName());
}

QStringList namesOf(const QSslCertificate &c)
{
    QStringList out;
    const auto sans = c.subjectAlternativeNames();
    for (auto it = sans.cbegin(); it != sans.cend(); ++it)
        out.append(TranscriptFormat::escaped(it.value()));
    return out;
}

// The host-name check of RFC 6125 in short: a DNS name equal to the host, or a wildcard for
// its first label; an IP address equal to the host's.
bool nameMatches(const QSslCertificate &c, const QString &host)
{
    const QHostAddress ip(host);
    const auto sans = c.subjectAlternativeNames();
    QStringList dns = sans.values(QSsl::DnsEntry);
    if (sans.isEmpty())
        dns = c.subjectInfo(QSslCertificate::CommonName);
    if (!ip.isNull()) {
        for (const QString &a : sans.values(QSsl::IpAddressEntry)) {
            if (QHostAddress(a) == ip)
                return true;
        }
        return false;
    }
    for (const QString &n : dns) {
        if (n.compare(host, Qt::CaseInsensitive) == 0)
            return true;
        if (n.startsWith(QLatin1String("*.")) && host.contains(QLatin1Char('.')) &&
            host.mid(host.indexOf(QLatin1Char('.'))).compare(n.mid(1), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QStringList capabilityLines(const Capabilities &caps)
{
    QStringList out;
    for (const QString &k : caps.keywords()) {
        const QString p = caps.parameters(k);
        out.append(TranscriptFormat::escaped(p.isEmpty() ? k.toUpper()
                                                         : k.toUpper() + QLatin1Char(' ') + p));
    }
    return out;
}

QString firstLine(const TranscriptEntry &e)
{
    const QStringList lines = TranscriptFormat::lines(e);
    return lines.isEmpty() ? QString() : lines.first();
}

QString securityWords(SmtpSession::Security s)
{
    switch (s) {
    case SmtpSession::Security::None:
        return ConnectionReport::tr("plain text");
    case SmtpSession::Security::StartTls:
        return ConnectionReport::tr("STARTTLS");
    case SmtpSession::Security::ImplicitTls:
        return ConnectionReport::tr("implicit TLS");
    }
    return {};
}

QString keyword(const QString &line)
{
    return line.section(QLatin1Char(' '), 0, 0);
}

QString valueOf(const QStringList &lines, const QString &key)
{
    for (const QString &l : lines) {
        if (keyword(l) == key)
            return l.mid(key.size()).trimmed();
    }
    return {};
}

bool hasKeyword(const QStringList &lines, const QString &key)
{
    return std::any_of(lines.cbegin(), lines.cend(),
                       [&key](const QString &l) { return keyword(l) == key; });
}

QString ms(qint64 v)
{
    return v < 0 ? QStringLiteral("—") : ConnectionReport::tr("%1 ms").arg(v);
}

QString h(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

ConnectionReport ConnectionReport::build(const SessionRecord &r, const QList<Finding> &findings,
                                         const QDateTime &now)
{
    ConnectionReport out;
    out.host = TranscriptFormat::escaped(r.host);
    out.port = r.port;
    out.security = r.security;
    out.time = now;
    out.reachable = r.tcpConnected;
    out.greeting = r.greeting;
    out.findings = findings;
    if (r.error.isError())
        out.error = TranscriptFormat::escaped(r.error.describe());
    if (!r.tcpConnected)
        out.connectError = out.error;

    // TLS and the certificates: those of the session, or of the handshake that failed.
    out.tls = r.encrypted();
    out.tlsProtocol = r.tls.protocol;
    out.cipher = r.tls.cipher;
    out.verified = r.tls.verified;
    out.pinned = r.tls.pinned;
    QList<QSslCertificate> chain = r.tls.peerChain;
    for (const QSslError &e : r.sslErrors) {
        out.certificateErrors.append(e.errorString());
        if (chain.isEmpty() && !e.certificate().isNull())
            chain.append(e.certificate());
    }
    out.certificateErrors.removeDuplicates();
    for (const QSslCertificate &c : std::as_const(chain)) {
        Certificate cert;
        cert.subject = nameOf(c, false);
        cert.issuer = nameOf(c, true);
        cert.notBefore = c.effectiveDate().toUTC();
        cert.notAfter = c.expiryDate().toUTC();
        cert.daysLeft = now.secsTo(cert.notAfter) / 86400;
        cert.selfSigned = c.isSelfSigned();
        cert.sha256 = fingerprint(c);
        cert.names = namesOf(c);
        out.chain.append(cert);
    }
    if (!chain.isEmpty()) {
        const bool mismatch =
            std::any_of(r.sslErrors.cbegin(), r.sslErrors.cend(), [](const QSslError &e) {
                return e.error() == QSslError::HostNameMismatch;
            });
        out.hostNameMatches = !mismatch && (r.tls.verified || nameMatches(chain.first(), r.host));
    }

    out.ehloBeforeTls = r.ehloBeforeTls;
    out.ehloAfterTls = r.ehloAfterTls;
    out.capabilitiesBeforeTls = capabilityLines(r.beforeTls);
    out.capabilitiesAfterTls = capabilityLines(r.afterTls);
    out.authBeforeTls = r.beforeTls.authMechanisms();
    out.authAfterTls = r.afterTls.authMechanisms();
    out.loginAsked = r.login;
    out.loginAttempted = r.authAttempted;
    out.loginOk = r.authOk;
    out.loginUser = TranscriptFormat::escaped(r.authUser);
    out.loginMechanism = r.authUsed;

    // The steps: each reply with the command it answered and how long it took.
    QDateTime connecting;
    QDateTime lastReplyTime;
    QString lastCommand;
    bool greeted = false;
    for (const TranscriptEntry &e : r.transcript) {
        switch (e.direction) {
        case TranscriptEntry::Info:
            if (!connecting.isValid())
                connecting = e.time;
            break;
        case TranscriptEntry::Client:
            lastCommand = TranscriptFormat::lines(e).value(0);
            break;
        case TranscriptEntry::TlsStart: {
            Step s;
            s.name = r.security == SmtpSession::Security::ImplicitTls && !greeted
                         ? tr("Connect and TLS handshake")
                         : tr("TLS handshake");
            const QDateTime from = greeted ? lastReplyTime : connecting;
            s.ms = from.isValid() ? from.msecsTo(e.time) : -1;
            s.reply = r.tls.protocol;
            out.steps.append(s);
            break;
        }
        case TranscriptEntry::Server: {
            Step s;
            if (!greeted && e.verb.isEmpty()) {
                greeted = true;
                out.greetingMs = e.elapsedMs;
                if (r.security != SmtpSession::Security::ImplicitTls && connecting.isValid() &&
                    e.elapsedMs >= 0) {
                    Step c;
                    c.name = tr("Connect");
                    // (clocks of millisecond grain: never below 0)
                    c.ms = qMax<qint64>(0, connecting.msecsTo(e.time.addMSecs(-e.elapsedMs)));
                    out.steps.append(c);
                }
                s.name = tr("Greeting");
            } else {
                s.name = QString::fromLatin1(e.verb);
                s.command = lastCommand;
            }
            s.reply = firstLine(e);
            s.ms = e.elapsedMs;
            s.ok = e.code > 0 && e.code < 400;
            lastReplyTime = e.time;
            out.steps.append(s);
            break;
        }
        case TranscriptEntry::Error:
        case TranscriptEntry::Data:
            break;
        }
    }
    if (!r.tcpConnected) {
        Step c;
        c.name = tr("Connect");
        c.reply = out.error;
        c.ok = false;
        out.steps.append(c);
    }
    return out;
}

QString ConnectionReport::toText() const
{
    QStringList l;
    const QString where = RetryChange::hostPort(host, port);
    l << tr("Connection report: %1 (%2), %3")
             .arg(where, securityWords(security), time.toString(Qt::ISODate));
    l << (passed() ? tr("Result: the test passed.") : tr("Result: the test failed: %1").arg(error));
    l << QString();
    l << tr("Reachable: %1").arg(reachable ? tr("yes") : tr("no"));
    if (greeting.isValid())
        l << tr("Greeting: %1 %2 (after %3)")
                 .arg(greeting.code)
                 .arg(TranscriptFormat::escaped(QString::fromUtf8(greeting.lines.value(0))),
                      ms(greetingMs));
    else if (reachable)
        l << tr("Greeting: none");
    if (tls) {
        l << tr("TLS: %1, cipher %2").arg(tlsProtocol, cipher);
    } else {
        l << tr("TLS: not established");
    }
    if (!chain.isEmpty()) {
        l << tr("Certificate: %1")
                 .arg(verified ? tr("verified")
                      : pinned ? tr("trusted by you (pinned), not verified")
                               : tr("not verified"));
        for (const QString &e : certificateErrors)
            l << QStringLiteral("  - ") + e;
        if (hostNameMatches)
            l << tr("Host name %1: %2")
                     .arg(host, *hostNameMatches ? tr("matches the certificate")
                                                 : tr("does not match the certificate"));
        l << tr("Certificate chain (the server's first):");
        for (qsizetype i = 0; i < chain.size(); ++i) {
            const Certificate &c = chain.at(i);
            l << QStringLiteral("  %1. %2").arg(i + 1).arg(c.subject);
            l << QStringLiteral("     ") +
                     tr("issued by %1%2")
                         .arg(c.issuer, c.selfSigned ? tr(" (self-signed)") : QString());
            l << QStringLiteral("     ") +
                     tr("valid from %1 to %2 (%n day(s) left)", nullptr, int(c.daysLeft))
                         .arg(c.notBefore.toString(Qt::ISODate), c.notAfter.toString(Qt::ISODate));
            if (!c.names.isEmpty())
                l << QStringLiteral("     ") +
                         tr("names: %1").arg(c.names.join(QStringLiteral(", ")));
            l << QStringLiteral("     SHA-256 ") + c.sha256;
        }
    }
    l << QString();
    l << tr("Capabilities (before TLS | after TLS):");
    QStringList keys;
    for (const QString &c : capabilitiesBeforeTls + capabilitiesAfterTls) {
        if (!keys.contains(keyword(c)))
            keys.append(keyword(c));
    }
    for (const QString &k : std::as_const(keys)) {
        auto cell = [&k](const QStringList &lines, bool asked) {
            if (!asked)
                return QStringLiteral("—");
            if (!hasKeyword(lines, k))
                return QStringLiteral("✖");
            const QString v = valueOf(lines, k);
            return v.isEmpty() ? QStringLiteral("✔") : QStringLiteral("✔ ") + v;
        };
        l << QStringLiteral("  %1 %2 | %3")
                 .arg(k.leftJustified(22),
                      cell(capabilitiesBeforeTls, ehloBeforeTls).leftJustified(24),
                      cell(capabilitiesAfterTls, ehloAfterTls));
    }
    l << tr("AUTH mechanisms before TLS: %1")
             .arg(authBeforeTls.isEmpty() ? tr("none") : authBeforeTls.join(QLatin1Char(' ')));
    if (ehloAfterTls)
        l << tr("AUTH mechanisms after TLS: %1")
                 .arg(authAfterTls.isEmpty() ? tr("none") : authAfterTls.join(QLatin1Char(' ')));
    if (!loginAsked)
        l << tr("Login: not asked for");
    else if (!loginAttempted)
        l << tr("Login as %1: not attempted").arg(loginUser);
    else
        l << (loginOk ? tr("Login as %1 with %2: succeeded") : tr("Login as %1 with %2: refused"))
                 .arg(loginUser, loginMechanism);
    l << QString();
    l << tr("Steps:");
    for (const Step &s : steps) {
        QString line = QStringLiteral("  %1 %2 %3")
                           .arg(s.ok ? QStringLiteral("✔") : QStringLiteral("✖"),
                                s.name.leftJustified(26), ms(s.ms).rightJustified(9));
        if (!s.command.isEmpty())
            line += QStringLiteral("  ") + s.command + QStringLiteral(" →");
        if (!s.reply.isEmpty())
            line += QStringLiteral("  ") + s.reply;
        l << line;
    }
    if (!findings.isEmpty()) {
        l << QString();
        l << tr("Diagnosis:");
        for (const Finding &f : findings) {
            l << QStringLiteral("  [%1] %2: %3")
                     .arg(Finding::severityName(f.severity), f.id, f.title);
            l << QStringLiteral("    ") + tr("Fix: %1").arg(f.fix);
        }
    }
    return l.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ConnectionReport::toHtml() const
{
    QString o;
    const QString where = RetryChange::hostPort(host, port);
    const QString title = tr("Connection report: %1 (%2)").arg(where, securityWords(security));
    o += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                        "<style>body{font-family:sans-serif}table{border-collapse:collapse}"
                        "td,th{border:1px solid #999;padding:2px 6px;text-align:left;"
                        "vertical-align:top}.bad{color:#a00}.good{color:#060}</style>"
                        "</head><body>\n")
             .arg(h(title));
    o += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n").arg(h(title), h(time.toString(Qt::ISODate)));
    o += passed() ? QStringLiteral("<p class=\"good\">✔ %1</p>\n").arg(h(tr("The test passed.")))
                  : QStringLiteral("<p class=\"bad\">✖ %1</p>\n")
                        .arg(h(tr("The test failed: %1").arg(error)));
    o += QStringLiteral("<table>\n");
    auto row = [&o](const QString &k, const QString &v) {
        o += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(h(k), h(v));
    };
    row(tr("Reachable"), reachable ? tr("yes") : tr("no"));
    if (greeting.isValid())
        row(tr("Greeting"),
            tr("%1 %2 (after %3)")
                .arg(greeting.code)
                .arg(TranscriptFormat::escaped(QString::fromUtf8(greeting.lines.value(0))),
                     ms(greetingMs)));
    row(tr("TLS"), tls ? tr("%1, cipher %2").arg(tlsProtocol, cipher) : tr("not established"));
    if (!chain.isEmpty()) {
        QString v = verified ? tr("verified")
                    : pinned ? tr("trusted by you (pinned), not verified")
                             : tr("not verified");
        if (!certificateErrors.isEmpty())
            v += QStringLiteral(": ") + certificateErrors.join(QStringLiteral("; "));
        row(tr("Certificate"), v);
        if (hostNameMatches)
            row(tr("Host name"), *hostNameMatches
                                     ? tr("%1 matches the certificate").arg(host)
                                     : tr("%1 does not match the certificate").arg(host));
    }
    if (!loginAsked)
        row(tr("Login"), tr("not asked for"));
    else if (!loginAttempted)
        row(tr("Login"), tr("as %1: not attempted").arg(loginUser));
    else
        row(tr("Login"), (loginOk ? tr("as %1 with %2: succeeded") : tr("as %1 with %2: refused"))
                             .arg(loginUser, loginMechanism));
    o += QStringLiteral("</table>\n");

    if (!chain.isEmpty()) {
        o += QStringLiteral("<h2>%1</h2>\n<table><tr><th>#</th><th>%2</th><th>%3</th><th>%4</th>"
                            "<th>%5</th><th>%6</th><th>SHA-256</th></tr>\n")
                 .arg(h(tr("Certificate chain")), h(tr("Subject")), h(tr("Issuer")), h(tr("Valid")),
                      h(tr("Days left")), h(tr("Names")));
        for (qsizetype i = 0; i < chain.size(); ++i) {
            const Certificate &c = chain.at(i);
            o +=
                QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4 – %5</td>"
                               "<td class=\"%6\">%7</td><td>%8</td><td><code>%9</code></td></tr>\n")
                    .arg(i + 1)
                    .arg(h(c.subject),
                         h(c.issuer + (c.selfSigned ? tr(" (self-signed)") : QString())),
                         h(c.notBefore.toString(Qt::ISODate)), h(c.notAfter.toString(Qt::ISODate)),
                         c.daysLeft < 14 ? QStringLiteral("bad") : QStringLiteral("good"),
                         QString::number(c.daysLeft), h(c.names.join(QStringLiteral(", "))),
                         h(c.sha256));
        }
        o += QStringLiteral("</table>\n");
    }

    o += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th></tr>\n")
             .arg(h(tr("Capabilities")), h(tr("Keyword")), h(tr("Before TLS")), h(tr("After TLS")));
    QStringList keys;
    for (const QString &c : capabilitiesBeforeTls + capabilitiesAfterTls) {
        if (!keys.contains(keyword(c)))
            keys.append(keyword(c));
    }
    for (const QString &k : std::as_const(keys)) {
        auto cell = [&k](const QStringList &lines, bool asked) {
            if (!asked)
                return QStringLiteral("—");
            if (!hasKeyword(lines, k))
                return QStringLiteral("✖");
            const QString v = valueOf(lines, k);
            return v.isEmpty() ? QStringLiteral("✔") : QStringLiteral("✔ ") + v;
        };
        o += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>\n")
                 .arg(h(k), h(cell(capabilitiesBeforeTls, ehloBeforeTls)),
                      h(cell(capabilitiesAfterTls, ehloAfterTls)));
    }
    o += QStringLiteral("</table>\n");

    o += QStringLiteral("<h2>%1</h2>\n<table><tr><th></th><th>%2</th><th>%3</th><th>%4</th>"
                        "<th>%5</th></tr>\n")
             .arg(h(tr("Steps")), h(tr("Step")), h(tr("Time")), h(tr("Command")), h(tr("Reply")));
    for (const Step &s : steps) {
        o += QStringLiteral("<tr><td class=\"%1\">%2</td><td>%3</td><td>%4</td><td><code>%5</code>"
                            "</td><td><code>%6</code></td></tr>\n")
                 .arg(s.ok ? QStringLiteral("good") : QStringLiteral("bad"),
                      s.ok ? QStringLiteral("✔") : QStringLiteral("✖"), h(s.name), h(ms(s.ms)),
                      h(s.command), h(s.reply));
    }
    o += QStringLiteral("</table>\n");
    if (!findings.isEmpty()) {
        o += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(h(tr("Diagnosis")));
        for (const Finding &f : findings)
            o += QStringLiteral("<li><b>%1</b> <small>(%2)</small><br>%3<br><i>%4</i></li>\n")
                     .arg(h(f.title), h(f.id), h(f.explanation), h(tr("Fix: %1").arg(f.fix)));
        o += QStringLiteral("</ul>\n");
    }
    o += QStringLiteral("</body></html>\n");
    return o;
}

} // namespace postel
