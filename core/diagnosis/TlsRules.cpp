#include "TlsRules.h"

#include "ConnectionRules.h"
#include "ServerWords.h"
#include "transcript/TranscriptFormat.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>

namespace postel {

namespace {

using Severity = Finding::Severity;

bool textHas(const QString &text, std::initializer_list<const char *> needles)
{
    const QString lower = text.toLower();
    for (const char *n : needles) {
        if (lower.contains(QLatin1String(n)))
            return true;
    }
    return false;
}

// OpenSSL's words (never translated) when the peer does not speak TLS at all.
bool peerSpeaksPlainText(const QString &message)
{
    return textHas(message, {"wrong version number", "packet length too long", "unknown protocol",
                             "http request", "record layer failure", "record_layer_failure"});
}

// What the TLS library said, without the sentences wrapped around it
// ("…: error:0A00010B:SSL routines::wrong version number" -> "wrong version number").
QString handshakeWords(const SessionRecord &r)
{
    QString text = r.error.message;
    const qsizetype routines = text.lastIndexOf(QLatin1String("::"));
    if (routines >= 0)
        text = text.mid(routines + 2);
    else if (const qsizetype colon = text.lastIndexOf(QLatin1String(": ")); colon >= 0)
        text = text.mid(colon + 2);
    return TranscriptFormat::escaped(text.trimmed());
}

QSslCertificate leafOf(const SessionRecord &r)
{
    for (const QSslError &e : r.sslErrors) {
        if (!e.certificate().isNull())
            return e.certificate();
    }
    return r.tls.peerChain.value(0);
}

QString dateText(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime().date(), QLocale::LongFormat);
}

} // namespace

QStringList TlsRules::certificateNames(const QSslCertificate &c)
{
    QStringList names;
    const auto alt = c.subjectAlternativeNames();
    for (auto it = alt.cbegin(); it != alt.cend(); ++it) {
        if ((it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry) &&
            !names.contains(it.value()))
            names.append(it.value());
    }
    for (const QString &cn : c.subjectInfo(QSslCertificate::CommonName)) {
        if (!names.contains(cn))
            names.append(cn);
    }
    return names;
}

QString TlsRules::fingerprint(const QSslCertificate &c)
{
    return QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

bool TlsRules::diagnose(const SessionRecord &r, QList<Finding> &out)
{
    const Conversation::Step step = r.failedStep;
    if (step == Conversation::Step::StartTls && r.error.code == 0 &&
        (r.error.kind == ErrorKind::NotSupported ||
         (r.error.kind == ErrorKind::Tls && !r.advertised().startTls() && !r.encrypted() &&
          !r.replyTo("STARTTLS")))) {
        out.append(starttlsNotOffered(r));
        return true;
    }
    if (r.error.kind != ErrorKind::Tls || r.error.code != 0)
        return false;
    if (step == Conversation::Step::Connect || step == Conversation::Step::StartTls) {
        handshakeFailed(r, out);
        return true;
    }
    if (!r.encrypted()) {
        // "TLS is required, but the connection is not encrypted": the user's own rule.
        out.append(tlsRequired(r, nullptr));
        return true;
    }
    return false;
}

void TlsRules::handshakeFailed(const SessionRecord &r, QList<Finding> &out)
{
    if (!r.sslErrors.isEmpty()) {
        certificateProblems(r, out);
        return;
    }
    const bool implicit = r.security == SmtpSession::Security::ImplicitTls &&
                          r.failedStep == Conversation::Step::Connect;
    const ProbeResult *plain = r.probe(ProbeResult::Kind::PlainGreeting);
    if (implicit &&
        ((plain && plain->greeted()) || (!plain && peerSpeaksPlainText(r.error.message)))) {
        out.append(plaintextPort(r));
        return;
    }
    Finding f = protocolMismatch(r);
    if (plain)
        f.evidence = tr("A plain-text connection to the same port got no greeting either (%1).")
                         .arg(TranscriptFormat::escaped(plain->error));
    out.append(f);
}

Finding TlsRules::implicitTlsPort(const SessionRecord &r, bool confirmed)
{
    const QString port = QString::number(r.port);
    Finding f = Finding::make(
        QStringLiteral("implicit-tls-port"), Severity::Error,
        confirmed || r.port == 465 ? tr("Port %1 expects TLS from the first byte").arg(port)
                                   : tr("Port %1 may expect TLS from the first byte").arg(port),
        confirmed || r.port == 465
            ? tr("Postel connected in plain text and waited for the server's greeting, but port "
                 "%1 of %2 speaks TLS at once (“implicit TLS”, usually port 465): the server "
                 "waits for a TLS handshake while the client waits for a greeting, so neither "
                 "says anything until the time runs out.")
                  .arg(port, TranscriptFormat::escaped(r.host))
            : tr("Postel connected in plain text and waited for the server's greeting in vain. "
                 "A port that speaks TLS at once (“implicit TLS”, usually port 465) behaves "
                 "like this: the server waits for a TLS handshake while the client waits for a "
                 "greeting."),
        tr("Use TLS from the first byte (often called SSL/TLS) on this port, or STARTTLS on "
           "port 587."));
    if (confirmed) {
        const ProbeResult *p = r.probe(ProbeResult::Kind::TlsHandshake);
        f.confirmed = true;
        f.evidence = tr("A TLS handshake on port %1 succeeded (%2) and the server then greeted: "
                        "%3.")
                         .arg(port, p->tlsProtocol, ServerWords::quote(p->greeting));
    }
    f.retry.security = SmtpSession::Security::ImplicitTls;
    return f;
}

Finding TlsRules::plaintextPort(const SessionRecord &r)
{
    const QString port = QString::number(r.port);
    Finding f = Finding::make(
        QStringLiteral("plaintext-port"), Severity::Error,
        tr("Port %1 expects STARTTLS, not TLS from the first byte").arg(port),
        tr("Postel started a TLS handshake as soon as it connected, but the server on port %1 "
           "speaks plain text first, so the handshake failed (%2). Ports 587 and 25 greet in "
           "plain text and switch to TLS when the client sends STARTTLS.")
            .arg(port, handshakeWords(r)),
        tr("Use STARTTLS on this port, or TLS from the first byte on port 465."));
    f.retry.security = SmtpSession::Security::StartTls;
    if (const ProbeResult *p = r.probe(ProbeResult::Kind::PlainGreeting); p && p->greeted()) {
        f.confirmed = true;
        if (p->startTlsOffered || !p->ehloAnswered) {
            f.evidence = p->ehloAnswered
                             ? tr("A plain-text connection to port %1 got the greeting %2, and "
                                  "the server offers STARTTLS.")
                                   .arg(port, ServerWords::quote(p->greeting))
                             : tr("A plain-text connection to port %1 got the greeting %2.")
                                   .arg(port, ServerWords::quote(p->greeting));
        } else {
            f.evidence = tr("A plain-text connection to port %1 got the greeting %2, but the "
                            "server does not offer STARTTLS.")
                             .arg(port, ServerWords::quote(p->greeting));
            f.fix = tr("This port offers no encryption at all: use TLS from the first byte on "
                       "port 465, or ask the server's administrator to enable STARTTLS.");
            f.retry = RetryChange();
        }
    }
    return f;
}

Finding TlsRules::starttlsNotOffered(const SessionRecord &r)
{
    const QStringList offered = r.advertised().keywords();
    Finding f = Finding::make(
        QStringLiteral("starttls-not-offered"), Severity::Error,
        tr("The server does not offer STARTTLS"),
        tr("STARTTLS was asked for, but the server's reply to EHLO does not list it (it offers: "
           "%1). Without it the connection would stay unencrypted, so Postel stopped before "
           "sending anything.")
            .arg(offered.isEmpty() ? tr("nothing") : offered.join(QStringLiteral(", ")).toUpper()),
        tr("Use TLS from the first byte on port 465 if the server has it, or ask its "
           "administrator to enable TLS. Without encryption your password and the message can "
           "be read on the way."));
    ConnectionRules::applyOtherPort(r, f);
    return f;
}

Finding TlsRules::protocolMismatch(const SessionRecord &r)
{
    return Finding::make(
        QStringLiteral("tls-protocol-mismatch"), Severity::Error,
        tr("Postel and the server have no TLS version or cipher in common"),
        tr("The TLS handshake failed (%1). The server offers only TLS versions or ciphers that "
           "this system no longer accepts as safe (anything before TLS 1.2), or it asks for "
           "something this system does not have.")
            .arg(handshakeWords(r)),
        tr("Ask the server's administrator to enable TLS 1.2 or 1.3; an outdated server cannot "
           "be made safe from the client's side."));
}

void TlsRules::certificateProblems(const SessionRecord &r, QList<Finding> &out)
{
    const QSslCertificate cert = leafOf(r);
    bool expired = false, notYet = false, mismatch = false, untrusted = false;
    QStringList otherErrors;
    for (const QSslError &e : r.sslErrors) {
        switch (e.error()) {
        case QSslError::CertificateExpired:
            expired = true;
            break;
        case QSslError::CertificateNotYetValid:
            notYet = true;
            break;
        case QSslError::HostNameMismatch:
            mismatch = true;
            break;
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateRejected:
        case QSslError::InvalidCaCertificate:
            untrusted = true;
            break;
        default:
            untrusted = true;
            otherErrors.append(e.errorString());
            break;
        }
    }
    const QString subject = TranscriptFormat::escaped(
        cert.subjectInfo(QSslCertificate::CommonName).value(0, tr("no name")));
    if (expired || notYet) {
        const QDateTime when = expired ? cert.expiryDate() : cert.effectiveDate();
        const qint64 days = qAbs(when.daysTo(QDateTime::currentDateTimeUtc()));
        out.append(Finding::make(
            QStringLiteral("certificate-expired"), Severity::Error,
            expired ? tr("The server's certificate expired on %1").arg(dateText(when))
                    : tr("The server's certificate is not valid until %1").arg(dateText(when)),
            expired ? tr("The certificate the server showed (for %1) was valid until %2, %n "
                         "day(s) ago. An expired certificate no longer proves who the server is.",
                         nullptr, int(days))
                          .arg(subject, dateText(when))
                    : tr("The certificate the server showed (for %1) is valid only from %2, in "
                         "%n day(s). Either it was installed too early, or this computer's "
                         "clock is wrong.",
                         nullptr, int(days))
                          .arg(subject, dateText(when)),
            expired ? tr("Tell the server's administrator to renew the certificate. If the date "
                         "looks wrong, check this computer's date and time.")
                    : tr("Check this computer's date and time; if they are right, tell the "
                         "server's administrator.")));
    }
    if (mismatch) {
        const QStringList names = certificateNames(cert);
        Finding f = Finding::make(
            QStringLiteral("certificate-name-mismatch"), Severity::Error,
            tr("The server's certificate is for another name"),
            tr("Postel connected to %1, but the certificate the server showed names only: %2. "
               "Either the name used is an alias the certificate does not cover, or this is a "
               "different server.")
                .arg(TranscriptFormat::escaped(r.host),
                     names.isEmpty() ? tr("no name at all")
                                     : TranscriptFormat::escaped(names.join(QStringLiteral(", ")))),
            tr("Use the server name your provider documents, which the certificate names."));
        for (const QString &n : names) {
            if (!n.contains(QLatin1Char('*')) && !n.contains(QLatin1Char(':')) &&
                n.compare(r.host, Qt::CaseInsensitive) != 0 && !n.isEmpty()) {
                f.retry.host = n;
                f.retry.port = r.port;
                f.fix = tr("Use the name the certificate gives, %1, if your provider documents "
                           "it for this server.")
                            .arg(TranscriptFormat::escaped(n));
                break;
            }
        }
        out.append(f);
    }
    if (untrusted) {
        const bool selfSigned = cert.isSelfSigned();
        const QString issuer = TranscriptFormat::escaped(
            cert.issuerInfo(QSslCertificate::CommonName).value(0, tr("an unnamed issuer")));
        QString explanation =
            selfSigned ? tr("The certificate the server showed (for %1) is self-signed: it "
                            "vouches for itself, and no certificate authority this system knows "
                            "confirms it. Anyone between you and the server could show such a "
                            "certificate.")
                             .arg(subject)
                       : tr("The certificate the server showed (for %1, issued by %2) does not "
                            "lead to a certificate authority this system trusts. Anyone between "
                            "you and the server could show such a certificate.")
                             .arg(subject, issuer);
        if (!otherErrors.isEmpty())
            explanation +=
                QLatin1Char(' ') +
                tr("The check also said: %1.").arg(otherErrors.join(QStringLiteral("; ")));
        Finding f = Finding::make(
            QStringLiteral("certificate-untrusted"), Severity::Error,
            tr("The server's certificate is not trusted"), explanation,
            tr("If this is your own or a test server and its SHA-256 fingerprint %1 is the one its "
               "administrator gives you, trust this very certificate (or its CA). Otherwise do "
               "not send: the connection may be intercepted.")
                .arg(fingerprint(cert)));
        if (!cert.isNull())
            f.retry.trustCertificate = cert.digest(QCryptographicHash::Sha256);
        out.append(f);
    }
}

std::optional<Finding> TlsRules::fromReply(const SessionRecord &r, const Reply &reply,
                                           const QByteArray &verb)
{
    if (verb == "STARTTLS") {
        Finding f = Finding::make(
            QStringLiteral("starttls-refused"), Severity::Error,
            tr("The server refused to start TLS"),
            tr("The server offers STARTTLS but answered it with %1.")
                .arg(ServerWords::quote(reply)),
            tr("The fault is on the server (often a missing or broken certificate). Try again "
               "later or use TLS from the first byte on port 465, and tell the server's "
               "administrator."));
        ConnectionRules::applyOtherPort(r, f);
        return f;
    }
    const bool needsTls =
        reply.code == 538 || ServerWords::hasStatus(reply, 5, 7, 11) ||
        (reply.code >= 500 &&
         ServerWords::contains(reply, {"starttls", "must issue a starttls", "encryption required",
                                       "tls required", "requires tls", "secure connection"}));
    if (needsTls && !r.encrypted())
        return tlsRequired(r, &reply);
    return std::nullopt;
}

Finding TlsRules::tlsRequired(const SessionRecord &r, const Reply *reply)
{
    QString explanation;
    if (reply) {
        explanation = tr("The server answered %1: it wants an encrypted connection (STARTTLS) "
                         "before it goes on.")
                          .arg(ServerWords::quote(*reply));
    } else if (r.error.kind == ErrorKind::Tls) {
        explanation = tr("TLS was required, but the connection is not encrypted, so Postel did "
                         "not send the login.");
    } else {
        explanation = tr("A login was asked for without encryption, and the server's reply to "
                         "EHLO offers no AUTH in plain text; it does offer STARTTLS. Servers "
                         "often offer the login only once the connection is encrypted.");
    }
    Finding f = Finding::make(QStringLiteral("tls-required"), Severity::Error,
                              tr("The server wants encryption first"), explanation,
                              tr("Use STARTTLS on this port (or TLS from the first byte on port "
                                 "465)."));
    if (r.beforeTls.startTls() || !r.ehloBeforeTls)
        f.retry.security = SmtpSession::Security::StartTls;
    if (const ProbeResult *p = r.probe(ProbeResult::Kind::StartTlsAuth);
        p && !p->tlsProtocol.isEmpty()) {
        if (!p->authAfterTls.isEmpty()) {
            f.confirmed = true;
            f.evidence = tr("After STARTTLS (%1) the server offers AUTH %2.")
                             .arg(p->tlsProtocol, p->authAfterTls.join(QLatin1Char(' ')));
        } else {
            f.evidence =
                tr("After STARTTLS (%1) the server still offers no AUTH.").arg(p->tlsProtocol);
        }
    }
    return f;
}

} // namespace postel
