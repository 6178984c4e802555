#include "TransactionRules.h"

#include "Doctor.h"
#include "ServerWords.h"
#include "transcript/TranscriptFormat.h"

#include <QUrl>

namespace postel {

namespace {

using Severity = Finding::Severity;

QString addressList(const QStringList &addresses)
{
    return TranscriptFormat::escaped(addresses.join(QStringLiteral(", ")));
}

QString domainOf(const QString &address)
{
    return address.section(QLatin1Char('@'), -1);
}

bool senderAuthenticationFailed(const Reply &reply)
{
    const EnhancedStatus s = reply.enhancedStatus();
    if (s.isValid() && s.subject == 7 && s.detail >= 23 && s.detail <= 27)
        return true;
    return ServerWords::contains(reply, {"dmarc", " spf", "spf ", "dkim", "unauthenticated email",
                                         "sender is unauthenticated", "mail is unauthenticated"});
}

bool senderNotPermitted(const Reply &reply)
{
    return ServerWords::hasStatus(reply, 5, 7, 60) ||
           ServerWords::contains(reply,
                                 {"not owned by", "send as", "sendasdenied", "permissions to send",
                                  "not allowed to send", "not authorized to send",
                                  "not permitted to send", "does not match", "sender mismatch"});
}

bool relayDenied(const Reply &reply)
{
    return ServerWords::hasStatus(reply, 5, 7, 54) ||
           ServerWords::contains(reply,
                                 {"relay access denied", "relaying denied", "unable to relay",
                                  "relay not permitted", "do not relay", "relaying not",
                                  "relay denied", "not relay", "relaying to"});
}

bool mailboxFull(const Reply &reply)
{
    const EnhancedStatus s = reply.enhancedStatus();
    return (s.isValid() && s.subject == 2 && s.detail == 2) ||
           ServerWords::contains(reply, {"mailbox full", "mailbox is full", "over quota",
                                         "overquota", "quota exceeded", "out of storage",
                                         "exceeded storage", "inbox is full"});
}

bool greylisted(const Reply &reply)
{
    if (ServerWords::contains(reply, {"greylist", "graylist", "grey-list", "gray-list"}))
        return true;
    return (reply.code == 450 || reply.code == 451) &&
           (ServerWords::hasStatus(reply, 4, 7, 1) || ServerWords::hasStatus(reply, 4, 2, 0) ||
            ServerWords::hasStatus(reply, 4, 7, 0)) &&
           ServerWords::contains(
               reply, {"try again later", "please try again", "retry later", "come back later"});
}

bool tooLarge(const Reply &reply)
{
    return (reply.code == 552 && !mailboxFull(reply)) || ServerWords::hasStatus(reply, 5, 3, 4) ||
           ServerWords::hasStatus(reply, 5, 2, 3) ||
           ServerWords::contains(reply, {"too big", "too large", "size limit", "message size",
                                         "exceeds the maximum", "exceeded google's message size"});
}

bool recipientUnknown(const Reply &reply)
{
    return ServerWords::hasStatus(reply, 5, 1, 1) || ServerWords::hasStatus(reply, 5, 1, 10) ||
           ServerWords::contains(reply, {"does not exist", "user unknown", "unknown user",
                                         "no such user", "no such mailbox", "recipient not found",
                                         "mailbox unavailable", "invalid recipient",
                                         "unknown recipient", "unrouteable", "no mailbox"});
}

} // namespace

bool TransactionRules::diagnose(const SessionRecord &r, QList<Finding> &out)
{
    // Postel's own refusal of a non-ASCII address the server cannot take (before the preflight
    // checks gave it a reason of its own).
    const bool envelopeStep = r.failedStep == Conversation::Step::Send ||
                              r.failedStep == Conversation::Step::Mail ||
                              r.failedStep == Conversation::Step::Rcpt;
    const bool anyNonAscii = nonAscii(r.from) || std::any_of(r.to.cbegin(), r.to.cend(), nonAscii);
    if (envelopeStep && r.error.code == 0 && r.error.kind == ErrorKind::NotSupported &&
        anyNonAscii && !r.advertised().smtpUtf8()) {
        out.append(smtputf8NotSupported(r, nullptr));
        return true;
    }
    return false;
}

bool TransactionRules::nonAscii(const QString &address)
{
    return std::any_of(address.cbegin(), address.cend(),
                       [](QChar c) { return c.unicode() > 0x7f; });
}

void TransactionRules::refusedRecipients(const SessionRecord &r, QList<Finding> &out,
                                      Severity severity)
{
    // Keep the order of the envelope, then group the recipients by the kind of refusal.
    QStringList order = r.to;
    for (auto it = r.refused.cbegin(); it != r.refused.cend(); ++it) {
        if (!order.contains(it.key()))
            order.append(it.key());
    }
    QList<QPair<QString, QStringList>> groups; // id -> addresses
    QList<Reply> firstReply;
    for (const QString &address : std::as_const(order)) {
        if (!r.refused.contains(address))
            continue;
        const RecipientRefusal &refusal = r.refused.value(address);
        const Reply reply = ServerWords::reply(refusal.code, refusal.text);
        const QString id = Doctor::fromReply(r, reply, "RCPT", {address}).id;
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const auto &g) { return g.first == id; });
        if (it == groups.end()) {
            groups.append({id, {address}});
            firstReply.append(reply);
        } else {
            it->second.append(address);
        }
    }
    for (qsizetype i = 0; i < groups.size(); ++i) {
        Finding f = Doctor::fromReply(r, firstReply.at(i), "RCPT", groups.at(i).second);
        if (f.severity == Severity::Error)
            f.severity = severity;
        out.append(f);
    }
}

std::optional<Finding> TransactionRules::fromReply(const SessionRecord &r, const Reply &reply,
                                                const QByteArray &verb,
                                                const QStringList &addresses)
{
    const QString quoted = ServerWords::quote(reply);
    const QString sender = r.error.sender.isEmpty() ? r.from : r.error.sender;
    const bool rcpt = verb == "RCPT";
    const QString who = addressList(!addresses.isEmpty() ? addresses
                                    : verb == "MAIL"     ? QStringList{sender}
                                                         : r.to);

    if (senderAuthenticationFailed(reply)) {
        return Finding::make(
            QStringLiteral("sender-authentication-failed"), Severity::Error,
            tr("The receiving server does not believe the mail comes from %1")
                .arg(TranscriptFormat::escaped(domainOf(sender))),
            tr("The server answered %1: the sender's domain failed its SPF, DKIM or DMARC check "
               "(RFC 7372, enhanced codes 5.7.23 to 5.7.27). The domain publishes which servers "
               "may send its mail, and the one this message went through is not among them.")
                .arg(quoted),
            tr("Send through the server the domain's owner uses (usually your provider's, with "
               "your login), or have the domain's administrator add this server to its SPF "
               "record and sign its mail with DKIM."));
    }
    if (senderNotPermitted(reply) && !rcpt) {
        return Finding::make(
            QStringLiteral("sender-not-permitted"), Severity::Error,
            tr("You may not send as %1").arg(TranscriptFormat::escaped(sender)),
            r.authOk ? tr("The server answered %1: the account you logged in with (%2) may not "
                          "send with this sender address.")
                           .arg(quoted, TranscriptFormat::escaped(r.authUser))
                     : tr("The server answered %1: the sender address is not one this "
                          "connection may use.")
                           .arg(quoted),
            tr("Send from your account's own address, or ask the administrator for the right to "
               "send as %1 (“send as”).")
                .arg(TranscriptFormat::escaped(sender)));
    }
    if (relayDenied(reply)) {
        Finding f = Finding::make(
            QStringLiteral("relay-denied"), Severity::Error,
            tr("The server will not pass mail on to %1").arg(who),
            r.authOk ? tr("The server answered %1: even for a logged-in user it does not pass "
                          "mail on to this domain.")
                           .arg(quoted)
                     : tr("The server answered %1: without a login it takes mail only for its "
                          "own domains. Passing mail on to other domains (relaying) needs a "
                          "login.")
                           .arg(quoted),
            r.authOk ? tr("Send through your own provider's server, or ask this server's "
                          "administrator.")
                     : tr("Log in with your user name and password (usually on port 587 with "
                          "STARTTLS)."));
        if (!r.authOk && !r.login && !sender.isEmpty()) {
            f.retry.loginUser = sender;
            if (!r.encrypted() && r.beforeTls.startTls())
                f.retry.security = SmtpSession::Security::StartTls;
        }
        return f;
    }
    if (mailboxFull(reply)) {
        return Finding::make(
            QStringLiteral("mailbox-full"), Severity::Error,
            tr("The recipient's mailbox is full: %1").arg(who),
            tr("The server answered %1 for %2: the mailbox is over its storage limit.")
                .arg(quoted, who),
            reply.code < 500 ? tr("Try again later (after a reply starting with 4 the server "
                                  "takes the message once there is room), or tell the recipient "
                                  "another way.")
                             : tr("Tell the recipient another way; the server will not take the "
                                  "message until the mailbox has room."));
    }
    if (greylisted(reply)) {
        const int seconds = ServerWords::retryAfterSeconds(reply);
        const QString when = ServerWords::duration(seconds > 0 ? seconds : 300);
        return Finding::make(
            QStringLiteral("greylisted"), Severity::Warning,
            tr("Greylisted: try again in %1").arg(when),
            tr("The server answered %1: it turns away mail from a sender it has not seen before, "
               "once and on purpose (greylisting). A sender that comes back later is let "
               "through.")
                .arg(quoted),
            tr("Send the same message again after %1, from the same address to the same "
               "recipients.")
                .arg(when));
    }
    if ((verb == "MAIL" || verb == "DATA" || verb == "." || verb == "BDAT") && tooLarge(reply))
        return messageTooLarge(r, &reply, verb);
    const bool addressesNonAscii =
        nonAscii(sender) || std::any_of(addresses.cbegin(), addresses.cend(), nonAscii);
    if (ServerWords::hasStatus(reply, 5, 6, 7) || ServerWords::contains(reply, {"smtputf8"}) ||
        (reply.code >= 500 && (verb == "MAIL" || rcpt) && addressesNonAscii &&
         !r.advertised().smtpUtf8()))
        return smtputf8NotSupported(r, &reply, verb);
    if (rcpt && recipientUnknown(reply)) {
        return Finding::make(
            QStringLiteral("recipient-unknown"), Severity::Error,
            tr("No such recipient: %1").arg(who),
            tr("The server answered RCPT TO for %1 with %2: that mailbox does not exist.")
                .arg(who, quoted),
            tr("Check the address for typing mistakes, or ask the recipient for the right one."));
    }
    if (rcpt) {
        return Finding::make(QStringLiteral("recipient-rejected"), Severity::Error,
                             tr("The server refused the recipient %1").arg(who),
                             tr("The server answered RCPT TO for %1 with %2.").arg(who, quoted),
                             reply.code < 500
                                 ? tr("The refusal is temporary (the reply starts with 4): try "
                                      "again later.")
                                 : tr("Check the address. If it is right, the server's words say "
                                      "why it is refused; its administrator can tell more."));
    }
    if (verb == "MAIL") {
        return Finding::make(
            QStringLiteral("sender-rejected"), Severity::Error,
            tr("The server refused the sender address %1").arg(TranscriptFormat::escaped(sender)),
            tr("The server answered MAIL FROM:<%1> with %2.")
                .arg(TranscriptFormat::escaped(sender), quoted),
            tr("Check the sender address and use the address of the account you log in with; "
               "the server's words say what it objects to."));
    }
    if (verb == "DATA" || verb == "." || verb == "BDAT") {
        return Finding::make(
            QStringLiteral("message-rejected"), Severity::Error,
            tr("The server refused the message itself"),
            verb == "DATA"
                ? tr("The server refused to take the message (DATA) with %1.").arg(quoted)
                : tr("The server took the sender and the recipients but refused the message "
                     "after its end with %1. This is usually a content filter (spam, a virus, a "
                     "forbidden kind of attachment) or a rule of the server.")
                      .arg(quoted),
            tr("The server's words say what it objects to; change the content (attachments, "
               "links, wording) or ask its administrator."));
    }
    return std::nullopt;
}

Finding TransactionRules::messageTooLarge(const SessionRecord &r, const Reply *reply,
                                       const QByteArray &verb)
{
    const std::optional<qint64> limit = r.advertised().sizeLimit();
    const QString size = r.messageSize >= 0 ? ServerWords::size(r.messageSize) : QString();
    QString explanation;
    if (reply) {
        explanation = size.isEmpty()
                          ? tr("The server answered %1 with %2: the message is larger than it "
                               "accepts.")
                                .arg(ServerWords::command(verb), ServerWords::quote(*reply))
                          : tr("The server answered %1 with %2: the message (%3) is larger than "
                               "it accepts.")
                                .arg(ServerWords::command(verb), ServerWords::quote(*reply), size);
        if (limit && *limit > 0)
            explanation += QLatin1Char(' ') + tr("It announced a limit of %1 (SIZE in its reply "
                                                 "to EHLO).")
                                                  .arg(ServerWords::size(*limit));
    } else {
        explanation = tr("The message is %1, but the server announced a limit of %2 (SIZE in its "
                         "reply to EHLO, RFC 1870), so Postel did not send it.")
                          .arg(size.isEmpty() ? tr("larger") : size,
                               limit ? ServerWords::size(*limit) : tr("unknown"));
    }
    return Finding::make(QStringLiteral("message-too-large"), Severity::Error,
                         tr("The message is too large for this server"), explanation,
                         tr("Make the message smaller: put large attachments in a shared folder "
                            "and send a link, compress them, or split them over several "
                            "messages."));
}

Finding TransactionRules::smtputf8NotSupported(const SessionRecord &r, const Reply *reply,
                                            const QByteArray &verb)
{
    QStringList addresses;
    for (const QString &a : QStringList{r.from} + r.to) {
        if (nonAscii(a) && !addresses.contains(a))
            addresses.append(a);
    }
    const QString notOffered =
        addresses.size() > 1
            ? tr("The addresses %1 contain characters outside ASCII, and the server does not "
                 "offer SMTPUTF8 (RFC 6531), which such addresses need.")
                  .arg(addressList(addresses))
        : addresses.size() == 1
            ? tr("The address %1 contains characters outside ASCII, and the server does not "
                 "offer SMTPUTF8 (RFC 6531), which such an address needs.")
                  .arg(addressList(addresses))
            : tr("An address contains characters outside ASCII, and the server does not offer "
                 "SMTPUTF8 (RFC 6531), which such addresses need.");
    QString explanation = notOffered;
    if (reply)
        explanation +=
            QLatin1Char(' ') + tr("It answered %1 with %2.")
                                   .arg(ServerWords::command(verb), ServerWords::quote(*reply));
    // A domain has an ASCII form (its A-labels, RFC 5890); a local part has none.
    QStringList asciiForms, noForm;
    for (const QString &a : std::as_const(addresses)) {
        const QString local = a.section(QLatin1Char('@'), 0, -2);
        const QString ace = QString::fromLatin1(QUrl::toAce(domainOf(a)));
        if (nonAscii(local) || ace.isEmpty())
            noForm.append(a);
        else
            asciiForms.append(local + QLatin1Char('@') + ace);
    }
    QStringList fix;
    if (!asciiForms.isEmpty())
        fix.append(tr("Write the domain in its ASCII form: %1 (the same address, in the form "
                      "servers without SMTPUTF8 understand).")
                       .arg(addressList(asciiForms)));
    if (!noForm.isEmpty())
        fix.append(tr("The part before @ of %1 has no ASCII form: use another address, or a "
                      "server that offers SMTPUTF8.")
                       .arg(addressList(noForm)));
    if (fix.isEmpty())
        fix.append(tr("Use addresses written in ASCII, or a server that offers SMTPUTF8."));
    return Finding::make(QStringLiteral("smtputf8-not-supported"), Severity::Error,
                         tr("The server cannot take addresses with non-ASCII characters"),
                         explanation, fix.join(QLatin1Char(' ')));
}

} // namespace postel
