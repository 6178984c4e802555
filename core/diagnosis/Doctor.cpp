#include "Doctor.h"

#include "AuthRules.h"
#include "ConnectionRules.h"
#include "TransactionRules.h"
#include "PreflightRules.h"
#include "ServerWords.h"
#include "TlsRules.h"
#include "transcript/TranscriptFormat.h"

namespace postel {

namespace {

using Severity = Finding::Severity;

QByteArray verbOfStep(const SessionRecord &r)
{
    switch (r.failedStep) {
    case Conversation::Step::None:
    case Conversation::Step::Connect:
        return {};
    case Conversation::Step::Ehlo:
    case Conversation::Step::EhloAfterTls:
        return r.lmtp ? "LHLO" : "EHLO";
    case Conversation::Step::StartTls:
        return "STARTTLS";
    case Conversation::Step::Auth:
        return "AUTH";
    case Conversation::Step::Vrfy:
        return "VRFY";
    case Conversation::Step::Expn:
        return "EXPN";
    case Conversation::Step::Mail:
        return "MAIL";
    case Conversation::Step::Rcpt:
        return "RCPT";
    case Conversation::Step::Data:
        return "DATA";
    case Conversation::Step::Send:
        if (r.error.kind == ErrorKind::SenderRefused)
            return "MAIL";
        if (r.error.kind == ErrorKind::RecipientsRefused)
            return "RCPT";
        return ".";
    case Conversation::Step::Quit:
        return "QUIT";
    }
    return {};
}

} // namespace

QByteArray Doctor::failingVerb(const SessionRecord &r)
{
    if (r.failedStep == Conversation::Step::Connect)
        return {};
    for (auto it = r.transcript.crbegin(); it != r.transcript.crend(); ++it) {
        if (it->isReply() && it->code == r.error.code && r.error.code != 0)
            return it->verb;
    }
    return verbOfStep(r);
}

Finding Doctor::fromReply(const SessionRecord &r, const Reply &reply, const QByteArray &verb,
                          const QStringList &addresses)
{
    if (std::optional<Finding> f = ConnectionRules::fromReply(r, reply, verb))
        return *f;
    if (std::optional<Finding> f = TlsRules::fromReply(r, reply, verb))
        return *f;
    if (std::optional<Finding> f = AuthRules::fromReply(r, reply, verb))
        return *f;
    QStringList about = addresses;
    if (about.isEmpty() && verb == "MAIL")
        about = {r.error.sender.isEmpty() ? r.from : r.error.sender};
    if (std::optional<Finding> f = TransactionRules::fromReply(r, reply, verb, about))
        return *f;
    const bool greeting = verb == "EHLO" || verb == "HELO" || verb == "LHLO";
    return Finding::make(QStringLiteral("unexpected-reply"), Severity::Error,
                         tr("The server gave an unexpected reply"),
                         tr("The server answered %1 with %2.")
                             .arg(ServerWords::command(verb), ServerWords::quote(reply)),
                         greeting ? tr("The server did not accept the name Postel introduced "
                                       "itself with (%1). Give this computer's full host name, "
                                       "or an address literal such as [192.0.2.1], as the EHLO "
                                       "name.")
                                        .arg(QString::fromLatin1(verb))
                                  : tr("The server's words say what went wrong; the transcript "
                                       "shows the whole conversation."));
}

QList<Finding> Doctor::diagnose(const SessionRecord &r)
{
    QList<Finding> out;
    const SmtpError &e = r.error;
    if (!e.isError()) {
        if (!r.refused.isEmpty())
            TransactionRules::refusedRecipients(r, out, Severity::Warning);
        return out;
    }
    if (e.kind == ErrorKind::Cancelled || e.kind == ErrorKind::Usage)
        return out;
    if (PreflightRules::diagnose(r, out)) {
        // nothing more: the server was not asked
    } else if (e.kind == ErrorKind::RecipientsRefused ||
               (e.kind == ErrorKind::Data && r.lmtp && r.accepted.isEmpty() &&
                !r.refused.isEmpty())) {
        // LMTP refuses each recipient after the data: the refusals say why.
        TransactionRules::refusedRecipients(r, out, Severity::Error);
    } else if (e.code >= 400 || (e.code > 0 && r.failedStep == Conversation::Step::Connect)) {
        out.append(fromReply(r, ServerWords::reply(e.code, e.serverText), failingVerb(r)));
    } else if (TlsRules::diagnose(r, out) || AuthRules::diagnose(r, out) ||
               ConnectionRules::diagnose(r, out) || TransactionRules::diagnose(r, out)) {
        // handled
    } else if (e.kind == ErrorKind::Protocol) {
        out.append(Finding::make(
            QStringLiteral("protocol-violation"), Severity::Error,
            tr("The server broke the rules of SMTP"),
            tr("%1 Postel stopped rather than guess what the server meant.")
                .arg(TranscriptFormat::escaped(e.message)),
            tr("The fault is in the server or in a device in between (a firewall or antivirus "
               "program that rewrites mail traffic); report it to the server's administrator "
               "with the transcript.")));
    } else {
        out.append(Finding::make(QStringLiteral("unexpected-reply"), Severity::Error,
                                 tr("The server gave an unexpected reply"),
                                 TranscriptFormat::escaped(e.describe()),
                                 tr("The server's words say what went wrong; the transcript "
                                    "shows the whole conversation.")));
    }
    const bool refusalsDone = !out.isEmpty() && (e.kind == ErrorKind::RecipientsRefused ||
                                                 (e.kind == ErrorKind::Data && r.lmtp));
    if (!refusalsDone && !r.refused.isEmpty())
        TransactionRules::refusedRecipients(r, out, Severity::Warning);
    // The primary cause first: errors before warnings, otherwise in the order found.
    std::stable_sort(out.begin(), out.end(), [](const Finding &a, const Finding &b) {
        return int(a.severity) < int(b.severity);
    });
    return out;
}

} // namespace postel
