#include "ConnectionRules.h"

#include "ServerWords.h"
#include "TlsRules.h"
#include "transcript/TranscriptFormat.h"

#include <QUrl>

namespace postel {

namespace {

using Severity = Finding::Severity;

bool isBusy(const Reply &reply)
{
    return ServerWords::contains(
               reply, {"too many connections", "too many concurrent", "not accepting", "busy",
                       "overloaded", "try again later", "shutting down", "temporarily unavailable",
                       "insufficient system", "resources", "service not available"}) ||
           ServerWords::hasStatus(reply, 4, 3, 2) || ServerWords::hasStatus(reply, 4, 3, 1);
}

bool isRateLimit(const Reply &reply)
{
    return ServerWords::contains(reply, {"rate limit", "ratelimit", "rate-limit", "unusual rate",
                                         "receiving mail at a rate", "too many messages",
                                         "too many emails", "sending limit", "sending quota",
                                         "too many recipients", "throttl", "message rate",
                                         "unexpected volume", "limit exceeded"}) ||
           ServerWords::hasStatus(reply, 4, 7, 28) || ServerWords::hasStatus(reply, 5, 4, 5) ||
           ServerWords::hasStatus(reply, 4, 5, 3);
}

QString where(const SessionRecord &r)
{
    return TranscriptFormat::escaped(RetryChange::hostPort(r.host, r.port));
}

// The step the connection was lost in, for people.
QString lostDuring(const SessionRecord &r)
{
    const std::optional<TranscriptEntry> last = [&]() -> std::optional<TranscriptEntry> {
        for (auto it = r.transcript.crbegin(); it != r.transcript.crend(); ++it) {
            if (it->isCommand())
                return *it;
        }
        return std::nullopt;
    }();
    if (!last)
        return ServerWords::command({});
    return ServerWords::command(last->verb);
}

} // namespace

// --- the connection ----------------------------------------------------------------------

bool ConnectionRules::diagnose(const SessionRecord &r, QList<Finding> &out)
{
    const ErrorKind kind = r.error.kind;
    if (r.failedStep == Conversation::Step::Connect && r.error.code == 0) {
        if (kind == ErrorKind::Connect) {
            Finding f;
            if (r.socketError == QAbstractSocket::HostNotFoundError)
                f = hostNotFound(r);
            else if (r.socketError == QAbstractSocket::ConnectionRefusedError)
                f = connectionRefused(r);
            else
                f = connectionTimedOut(r);
            if (f.id != QLatin1String("host-not-found"))
                applyOtherPort(r, f);
            out.append(f);
            return true;
        }
        if (kind == ErrorKind::Timeout && !r.tcpConnected) {
            Finding f = connectionTimedOut(r);
            applyOtherPort(r, f);
            out.append(f);
            return true;
        }
        if (kind == ErrorKind::Timeout || kind == ErrorKind::ServerDisconnected ||
            kind == ErrorKind::Protocol) {
            silentServer(r, out, kind != ErrorKind::Timeout);
            return true;
        }
        return false;
    }
    if (kind == ErrorKind::ServerDisconnected || kind == ErrorKind::Timeout) {
        if (r.outcome == Conversation::Outcome::Unknown)
            out.append(outcomeUnknown(r));
        else
            out.append(serverDisconnected(r, nullptr));
        return true;
    }
    return false;
}

void ConnectionRules::silentServer(const SessionRecord &r, QList<Finding> &out, bool closed)
{
    const bool garbage = r.error.kind == ErrorKind::Protocol;
    Finding silent;
    if (closed && !garbage) {
        silent = serverDisconnected(r, nullptr);
    } else {
        silent = Finding::make(
            QStringLiteral("no-greeting"), Severity::Error,
            tr("The server accepted the connection but did not greet"),
            garbage ? tr("The connection to %1 was made, but what came back is not an SMTP "
                         "greeting (%2). An SMTP server starts with a line beginning with 220; "
                         "something else listens on this port.")
                          .arg(where(r), TranscriptFormat::escaped(r.error.message))
                    : tr("The connection to %1 was made, but the server did not send its "
                         "greeting (a line beginning with 220) within the time limit. An SMTP "
                         "server speaks first; a port that stays silent usually expects TLS from "
                         "the first byte, or the server is overloaded.")
                          .arg(where(r)),
            tr("Check the port: 587 uses STARTTLS, 465 uses TLS from the first byte, and your "
               "provider's help pages name the right one. If the port is right, try again later "
               "or ask the server's administrator."));
    }

    if (r.security == SmtpSession::Security::ImplicitTls) {
        // TLS from the first byte was used: a plain-text server would have made the handshake
        // fail at once, so only a probe can tell more.
        const ProbeResult *plain = r.probe(ProbeResult::Kind::PlainGreeting);
        if (!r.encrypted() && plain && plain->greeted()) {
            out.append(TlsRules::plaintextPort(r));
            return;
        }
        ConnectionRules::applyOtherPort(r, silent);
        out.append(silent);
        return;
    }
    const ProbeResult *tls = r.probe(ProbeResult::Kind::TlsHandshake);
    if (tls && !tls->tlsProtocol.isEmpty()) {
        out.append(TlsRules::implicitTlsPort(r, true));
        return;
    }
    if (tls) {
        silent.evidence = tr("A TLS handshake on the same port failed too (%1), so the port does "
                             "not expect TLS from the first byte either.")
                              .arg(TranscriptFormat::escaped(tls->error));
        applyOtherPort(r, silent);
        out.append(silent);
        return;
    }
    if (r.port == 465 && !closed) {
        out.append(TlsRules::implicitTlsPort(r, false));
        return;
    }
    applyOtherPort(r, silent);
    out.append(silent);
    if (!closed && !garbage) {
        Finding maybe = TlsRules::implicitTlsPort(r, false);
        maybe.severity = Severity::Warning;
        out.append(maybe);
    }
}

Finding ConnectionRules::connectionRefused(const SessionRecord &r)
{
    Finding f = Finding::make(
        QStringLiteral("connection-refused"), Severity::Error,
        tr("Nothing accepts connections on port %1 of %2")
            .arg(r.port)
            .arg(TranscriptFormat::escaped(r.host)),
        tr("The computer at %1 answered, but refused the connection: no mail server listens "
           "on that port, or a firewall turns connections away.")
            .arg(where(r)),
        tr("Check the server name and the port. Sending mail normally uses port 587 (STARTTLS) "
           "or 465 (TLS from the first byte); port 25 is for servers passing mail to each "
           "other."));
    if (r.port == 25)
        f.retry = RetryChange::moveTo(r.host, 587, SmtpSession::Security::StartTls);
    return f;
}

Finding ConnectionRules::connectionTimedOut(const SessionRecord &r)
{
    Finding f = Finding::make(
        QStringLiteral("connection-timed-out"), Severity::Error,
        tr("No answer from %1").arg(where(r)),
        tr("Postel tried to connect to %1 and got no answer at all before the time limit: the "
           "connection attempt is lost on the way, usually dropped by a firewall (yours, your "
           "network's — many block port 25 — or the server's), or the server is down.")
            .arg(where(r)),
        tr("Check the server name and the port, and whether your network lets mail out on that "
           "port. Port 587 (STARTTLS) or 465 (TLS from the first byte) are rarely blocked."));
    if (r.port == 25)
        f.retry = RetryChange::moveTo(r.host, 587, SmtpSession::Security::StartTls);
    return f;
}

Finding ConnectionRules::hostNotFound(const SessionRecord &r)
{
    const QString host = TranscriptFormat::escaped(r.host);
    const bool invalid = QUrl::toAce(r.host).isEmpty();
    return Finding::make(
        QStringLiteral("host-not-found"), Severity::Error,
        tr("The server name %1 cannot be found").arg(host),
        invalid ? tr("“%1” is not a valid host name (an empty part between dots, a part longer "
                     "than 63 characters, or a character a host name cannot have), so there is "
                     "nothing to look up.")
                      .arg(host)
                : tr("The name service has no address for %1 (%2): the name is misspelt, no "
                     "longer exists, or this computer cannot reach its name service.")
                      .arg(host, TranscriptFormat::escaped(r.error.message)),
        tr("Check the spelling of the server name; your provider's help pages give it (for "
           "example smtp.example.com)."));
}

void ConnectionRules::applyOtherPort(const SessionRecord &r, Finding &f)
{
    const ProbeResult *p = r.probe(ProbeResult::Kind::OtherPort);
    if (!p)
        return;
    const QString port = QString::number(p->port);
    if (!p->greeted()) {
        f.evidence = tr("Port %1 of the same host did not answer either (%2).")
                         .arg(port, TranscriptFormat::escaped(p->error));
        return;
    }
    const QString greeting = ServerWords::quote(p->greeting);
    if (p->security == SmtpSession::Security::ImplicitTls)
        f.evidence = tr("Port %1 of the same host answers with TLS from the first byte (%2) and "
                        "greets: %3.")
                         .arg(port, p->tlsProtocol, greeting);
    else if (p->security == SmtpSession::Security::StartTls && !p->tlsProtocol.isEmpty())
        f.evidence = tr("Port %1 of the same host greets (%2) and starts TLS with STARTTLS (%3).")
                         .arg(port, greeting, p->tlsProtocol);
    else
        f.evidence = tr("Port %1 of the same host greets: %2.").arg(port, greeting);
    if (!p->certificateErrors.isEmpty())
        f.evidence +=
            QLatin1Char(' ') +
            tr("Its certificate did not pass verification (%1).")
                .arg(TranscriptFormat::escaped(p->certificateErrors.join(QStringLiteral("; "))));
    f.confirmed = true;
    f.retry = RetryChange();
    f.retry.host = r.host;
    f.retry.port = p->port;
    if (!p->tlsProtocol.isEmpty())
        f.retry.security = p->security;
    f.fix = p->tlsProtocol.isEmpty() ? tr("Use port %1 of the same host, which answers.").arg(port)
            : p->security == SmtpSession::Security::ImplicitTls
                ? tr("Use port %1 of the same host with TLS from the first byte.").arg(port)
                : tr("Use port %1 of the same host with STARTTLS.").arg(port);
}

// --- replies that close the door ------------------------------------------------------------

std::optional<Finding> ConnectionRules::fromReply(const SessionRecord &r, const Reply &reply,
                                                  const QByteArray &verb)
{
    const bool greeting = verb.isEmpty();
    if (reply.code == 421) {
        if (isRateLimit(reply))
            return rateLimited(reply);
        if (ServerWords::mentionsBlocklist(reply))
            return serviceRefused(reply, verb);
        if (isBusy(reply))
            return serverBusy(reply);
        if (greeting)
            return serviceRefused(reply, verb);
        return serverDisconnected(r, &reply);
    }
    if (greeting && reply.code != 220)
        return isBusy(reply) ? serverBusy(reply) : serviceRefused(reply, verb);
    if (reply.code >= 500 && ServerWords::mentionsBlocklist(reply))
        return serviceRefused(reply, verb);
    if (reply.code >= 400 && verb != "AUTH" && isRateLimit(reply))
        return rateLimited(reply);
    return std::nullopt;
}

Finding ConnectionRules::serviceRefused(const Reply &reply, const QByteArray &verb)
{
    const QString list = ServerWords::blocklist(reply);
    const QString quoted = ServerWords::quote(reply);
    const QString said =
        verb.isEmpty()
            ? tr("Instead of a greeting the server answered %1.").arg(quoted)
            : tr("The server answered %1 with %2.").arg(ServerWords::command(verb), quoted);
    const QString remedy =
        tr("Send through your own provider's server (port 587 or 465, with your login) "
           "instead of connecting to this one directly. If you run the sending server, look "
           "its address up on the list's website and ask for removal.");
    if (!list.isEmpty()) {
        return Finding::make(
            QStringLiteral("service-refused"), Severity::Error,
            tr("The server refuses your network address: it is on the %1 list").arg(list),
            said + QLatin1Char(' ') +
                tr("The reply names %1, a list of addresses that sent spam; servers that use it "
                   "refuse everyone on it. Your address, or your provider's, is listed.")
                    .arg(list),
            remedy);
    }
    if (ServerWords::mentionsBlocklist(reply)) {
        return Finding::make(
            QStringLiteral("service-refused"), Severity::Error,
            tr("The server refuses your network address: it is on a blocklist"),
            said + QLatin1Char(' ') +
                tr("The reply names a blocklist, a list of addresses that sent spam; servers "
                   "that use it refuse everyone on it. Your address, or your provider's, is "
                   "listed."),
            remedy);
    }
    return Finding::make(
        QStringLiteral("service-refused"), Severity::Error, tr("The server refuses to talk to you"),
        said + QLatin1Char(' ') +
            tr("A server does this when it will not take mail from your network address at "
               "all."),
        tr("Send through your own provider's server (port 587 or 465, with your login), or ask "
           "the server's administrator why your address is refused."));
}

Finding ConnectionRules::serverBusy(const Reply &reply)
{
    return Finding::make(
        QStringLiteral("server-busy"), Severity::Error,
        tr("The server is busy and turned you away"),
        tr("The server answered %1: it takes no more connections right now (too many at once, "
           "too little capacity, or it is shutting down). A reply starting with 4 means the "
           "problem is temporary.")
            .arg(ServerWords::quote(reply)),
        tr("Wait a few minutes and try again. If it keeps happening, close other mail programs "
           "that may hold connections to the same server."));
}

Finding ConnectionRules::rateLimited(const Reply &reply)
{
    return Finding::make(
        QStringLiteral("rate-limited"), Severity::Error,
        tr("You are sending too much: the server is holding you back"),
        tr("The server answered %1: it limits how many messages, recipients or connections you "
           "may send in a period, and you reached that limit.")
            .arg(ServerWords::quote(reply)),
        tr("Wait before sending more (a daily limit resets after 24 hours), send to fewer "
           "recipients at once, or ask your provider about its limits."));
}

Finding ConnectionRules::serverDisconnected(const SessionRecord &r, const Reply *reply)
{
    QString explanation;
    if (reply) {
        explanation = tr("The server answered %1 with %2 and closed the connection.")
                          .arg(lostDuring(r), ServerWords::quote(*reply));
    } else if (r.failedStep == Conversation::Step::Connect) {
        explanation = tr("The connection to %1 was made, but the server closed it before "
                         "greeting. Servers do this to addresses they refuse, or when they are "
                         "overloaded.")
                          .arg(where(r));
    } else if (r.error.kind == ErrorKind::Timeout) {
        explanation = tr("The server stopped answering: no reply to %1 within the time limit.")
                          .arg(lostDuring(r));
    } else {
        explanation =
            tr("The server closed the connection after %1, without a reply.").arg(lostDuring(r));
    }
    return Finding::make(
        QStringLiteral("server-disconnected"), Severity::Error,
        r.error.kind == ErrorKind::Timeout && r.failedStep != Conversation::Step::Connect
            ? tr("The server stopped answering")
            : tr("The server closed the connection"),
        explanation,
        tr("Try again. If it happens at the same step every time, the server, or a firewall or "
           "antivirus program in between, is cutting the connection; the transcript shows the "
           "last command."));
}

Finding ConnectionRules::outcomeUnknown(const SessionRecord &r)
{
    return Finding::make(
        QStringLiteral("outcome-unknown"), Severity::Error,
        tr("The message may or may not have been delivered"),
        tr("The whole message was sent and ended with the final dot, but the connection was "
           "lost before the server confirmed it (%1). The server may have accepted the message, "
           "or not.")
            .arg(TranscriptFormat::escaped(r.error.message)),
        tr("Find out whether it arrived (ask a recipient, or look for it where the server keeps "
           "sent mail) before sending it again: sending again may deliver it twice."));
}

} // namespace postel
