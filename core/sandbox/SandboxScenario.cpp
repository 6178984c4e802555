#include "SandboxScenario.h"

namespace postel {

namespace {

using Client = SandboxScenario::Client;
using Security = SandboxScenario::Client::Security;

// One fault that answers `step` with a reply: `text` may hold several lines separated by
// '\n'; each goes out with the code and the enhanced code, as the big providers send them.
SandboxFault answer(SandboxStep step, int code, const char *enhanced, const char *text,
                    int occurrence = 0)
{
    SandboxFault f;
    f.step = step;
    f.action = SandboxFault::Action::Reply;
    f.reply = SandboxReply{code, QLatin1String(enhanced), QString::fromUtf8(text)};
    f.occurrence = occurrence;
    return f;
}

SandboxFault dropAt(SandboxStep step)
{
    SandboxFault f;
    f.step = step;
    f.action = SandboxFault::Action::Drop;
    return f;
}

// AUTH is advertised only when an account is configured: the scenarios about a login add
// one when there is none (the faults answer before any password is checked).
void offerAuth(SandboxBehaviour &b)
{
    if (b.accounts.isEmpty())
        b.accounts.append(SandboxAccount{QStringLiteral("sandbox"), QStringLiteral("sandbox")});
    if (!b.advertises(QStringLiteral("AUTH")))
        b.extensions.append(QStringLiteral("AUTH"));
}

void withoutExtension(SandboxBehaviour &b, const char *extension)
{
    b.extensions.removeAll(QLatin1String(extension));
}

Client connectOnly(Security security = Security::StartTls)
{
    Client c;
    c.security = security;
    c.send = false;
    return c;
}

Client sendWith(Security security)
{
    Client c;
    c.security = security;
    return c;
}

Client loginOnly(const QString &mechanism = {})
{
    Client c;
    c.login = true;
    c.send = false;
    c.mechanism = mechanism;
    return c;
}

Client probed(Client c)
{
    c.probe = true;
    return c;
}

struct Entry
{
    const char *id;
    const char *name;
    const char *description;
    Client client;
    void (*apply)(SandboxBehaviour &);
};

const Entry entries[] = {
    // --- connection ---
    {"connection-refused", QT_TRANSLATE_NOOP("postel::SandboxScenario", "Connection refused"),
     QT_TRANSLATE_NOOP(
         "postel::SandboxScenario",
         "The sandbox closes its listening socket: a connection to its port is refused, as "
         "when no server runs there."),
     connectOnly(), [](SandboxBehaviour &b) { b.refuseConnections = true; }},
    {"no-greeting", QT_TRANSLATE_NOOP("postel::SandboxScenario", "No greeting"),
     QT_TRANSLATE_NOOP("postel::SandboxScenario",
                       "The sandbox accepts the connection and says nothing for ten minutes."),
     connectOnly(),
     [](SandboxBehaviour &b) {
         SandboxFault f;
         f.step = SandboxStep::Connect;
         f.delayMs = 600 * 1000;
         b.faults.append(f);
     }},
    {"service-refused", QT_TRANSLATE_NOOP("postel::SandboxScenario", "Service refused (Spamhaus)"),
     QT_TRANSLATE_NOOP(
         "postel::SandboxScenario",
         "Instead of the greeting: 554 5.7.1, the client's address is on the Spamhaus "
         "blocklist (Postfix postscreen's words)."),
     connectOnly(),
     [](SandboxBehaviour &b) {
         b.faults.append(answer(SandboxStep::Connect, 554, "5.7.1",
                                "Service unavailable; Client host [203.0.113.7] blocked using "
                                "zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.7"));
     }},
    {"server-busy", QT_TRANSLATE_NOOP("postel::SandboxScenario", "Server busy (Gmail)"),
     QT_TRANSLATE_NOOP(
         "postel::SandboxScenario",
         "EHLO gets Gmail's 421-4.7.0 \"Try again later, closing connection.\" and the "
         "connection is closed."),
     connectOnly(),
     [](SandboxBehaviour &b) {
         b.faults.append(answer(SandboxStep::Helo, 421, "4.7.0",
                                "Try again later, closing connection. (EHLO)\n"
                                " https://support.google.com/a/answer/3221692 "
                                "v6-20020a50c406000000b00461d375b0a5sm78344edf.43 - gsmtp"));
     }},
    {"server-disconnected", QT_TRANSLATE_NOOP("postel::SandboxScenario", "Server disconnects"),
     QT_TRANSLATE_NOOP(
         "postel::SandboxScenario",
         "The sandbox greets, then closes the connection without a word when EHLO comes."),
     connectOnly(), [](SandboxBehaviour &b) { b.faults.append(dropAt(SandboxStep::Helo)); }},
    {"outcome-unknown", QT_TRANSLATE_NOOP("postel::SandboxScenario", "Lost after the final dot"),
     QT_TRANSLATE_NOOP(
         "postel::SandboxScenario",
         "The sandbox reads the whole message and closes the connection before it answers "
         "the final dot: the message is not kept."),
     Client(), [](SandboxBehaviour &b) { b.faults.append(dropAt(SandboxStep::EndOfData)); }},
    // --- TLS ---
    {"implicit-tls-port",
     QT_TRANSLATE_NOOP("postel::SandboxScenario", "Port expects TLS from the first byte"),
     QT_TRANSLATE_NOOP(
         "postel::SandboxScenario",
         "The sandbox's port expects TLS from the first byte, like port 465; a client that "
         "waits for a greeting in plain text gets none."),
     probed(connectOnly()), [](SandboxBehaviour &b) { b.tlsFromFirstByte = true; }},
    {"plaintext-port", QT_TRANSLATE_NOOP("postel::SandboxScenario", "Port speaks plain text"),
     QT_TRANSLATE_NOOP(
         "postel::SandboxScenario",
         "The sandbox's port greets in plain text and offers STARTTLS, like port 587; a "
         "client that starts with TLS gets a greeting instead of a handshake."),
     connectOnly(Security::ImplicitTls), [](SandboxBehaviour &b) { b.tlsFromFirstByte = false; }},
    {"starttls-not-offered", QT_TRANSLATE_NOOP("postel::SandboxScenario", "STARTTLS not offered"),
     QT_TRANSLATE_NOOP("postel::SandboxScenario", "The EHLO reply has no STARTTLS."), connectOnly(),
     [](SandboxBehaviour &b) { withoutExtension(b, "STARTTLS"); }},
    {"starttls-refused", QT_TRANSLATE_NOOP("postel::SandboxScenario", "STARTTLS refused (Postfix)"),
     QT_TRANSLATE_NOOP(
         "postel::SandboxScenario",
         "STARTTLS gets Postfix's 454 4.7.0 \"TLS not available due to local problem\"."),
     connectOnly(),
     [](SandboxBehaviour &b) {
         b.faults.append(
             answer(SandboxStep::StartTls, 454, "4.7.0", "TLS not available due to local problem"));
     }},
    {"tls-protocol-mismatch",
     QT_TRANSLATE_NOOP("postel::SandboxScenario", "Only an old TLS version"),
     QT_TRANSLATE_NOOP(
         "postel::SandboxScenario",
         "The sandbox speaks only TLS 1.0, as old servers do; clients today need TLS 1.2 or "
         "later."),
     connectOnly(), [](SandboxBehaviour &b) { b.legacyTlsOnly = true; }},
    {"certificate-untrusted", QT_TRANSLATE_NOOP("postel::SandboxScenario", "Untrusted certificate"),
     QT_TRANSLATE_NOOP(
         "postel::SandboxScenario",
         "The sandbox shows a self-signed certificate of its own instead of the one the "
         "Sandbox profile trusts."),
     connectOnly(),
     [](SandboxBehaviour &b) { b.certificateFlaw = SandboxCertificate::Flaw::Untrusted; }},
    {"certificate-name-mismatch",
     QT_TRANSLATE_NOOP("postel::SandboxScenario", "Certificate for another name"),
     QT_TRANSLATE_NOOP(
         "postel::SandboxScenario",
         "The sandbox shows a certificate issued by its own authority for mail.example.net "
         "and smtp.example.net, not for localhost."),
     connectOnly(),
     [](SandboxBehaviour &b) { b.certificateFlaw = SandboxCertificate::Flaw::OtherName; }},
    {"certificate-expired", QT_TRANSLATE_NOOP("postel::SandboxScenario", "Expired certificate"),
     QT_TRANSLATE_NOOP(
         "postel::SandboxScenario",
         "The sandbox shows a certificate issued by its own authority for localhost that "
         "expired on 1 January 2021."),
     connectOnly(),
     [](SandboxBehaviour &b) { b.certificateFlaw = SandboxCertificate::Flaw::Expired; }},
    // --- authentication ---
    {"tls-required", QT_TRANSLATE_NOOP("postel::SandboxScenario", "Encryption required (Gmail)"),
     QT_TRANSLATE_NOOP(
         "postel::SandboxScenario",
         "Without STARTTLS, MAIL FROM gets Gmail's 530 5.7.0 \"Must issue a STARTTLS command "
         "first.\""),
     sendWith(Security::None), [](SandboxBehaviour &b) { b.requireTls = true; }},
    {"auth-required", QT_TRANSLATE_NOOP("postel::SandboxScenario", "Login required (Gmail)"),
     QT_TRANSLATE_NOOP("postel::SandboxScenario",
                       "MAIL FROM gets Gmail's 530-5.7.0 \"Authentication Required.\""),
     Client(),
     [](SandboxBehaviour &b) {
         b.faults.append(answer(SandboxStep::Mail, 530, "5.7.0",
                                "Authentication Required. For more information, go to\n"
                                " https://support.google.com/mail/?p=WantAuthError "
                                "s124sm6149838wme.29 - gsmtp"));
     }},
    {"auth-not-offered", QT_TRANSLATE_NOOP("postel::SandboxScenario", "Login not offered"),
     QT_TRANSLATE_NOOP("postel::SandboxScenario",
                       "The EHLO reply has no AUTH: the server takes no login."),
     loginOnly(), [](SandboxBehaviour &b) { withoutExtension(b, "AUTH"); }},
    {"auth-mechanism-not-offered",
     QT_TRANSLATE_NOOP("postel::SandboxScenario", "Login method not offered"),
     QT_TRANSLATE_NOOP(
         "postel::SandboxScenario",
         "AUTH offers only LOGIN and PLAIN, as Gmail and Microsoft 365 do; log in with "
         "CRAM-MD5 to meet it."),
     loginOnly(QStringLiteral("CRAM-MD5")),
     [](SandboxBehaviour &b) {
         offerAuth(b);
         b.authMechanisms = {QStringLiteral("LOGIN"), QStringLiteral("PLAIN")};
     }},
    {"auth-credentials-rejected",
     QT_TRANSLATE_NOOP("postel::SandboxScenario", "Wrong password (Gmail)"),
     QT_TRANSLATE_NOOP(
         "postel::SandboxScenario",
         "AUTH gets Gmail's 535-5.7.8 \"Username and Password not accepted.\" whatever the "
         "password."),
     loginOnly(),
     [](SandboxBehaviour &b) {
         offerAuth(b);
         b.faults.append(answer(SandboxStep::Auth, 535, "5.7.8",
                                "Username and Password not accepted. Learn more at\n"
                                " https://support.google.com/mail/?p=BadCredentials "
                                "d4sm5441686pgf.9 - gsmtp"));
     }},
    {"auth-app-password-required",
     QT_TRANSLATE_NOOP("postel::SandboxScenario", "App password required (Gmail)"),
     QT_TRANSLATE_NOOP("postel::SandboxScenario",
                       "AUTH gets Gmail's 534-5.7.9 \"Application-specific password required.\""),
     loginOnly(),
     [](SandboxBehaviour &b) {
         offerAuth(b);
         b.faults.append(
             answer(SandboxStep::Auth, 534, "5.7.9",
                    "Application-specific password required. For more information, go to\n"
                    " https://support.google.com/mail/?p=InvalidSecondFactor "
                    "ffacd0b85a97d-368119970e7sm1809147f8f.21 - gsmtp"));
     }},
    {"auth-disabled",
     QT_TRANSLATE_NOOP("postel::SandboxScenario", "Login switched off (Microsoft 365)"),
     QT_TRANSLATE_NOOP(
         "postel::SandboxScenario",
         "AUTH gets Microsoft 365's 535 5.7.139 \"SmtpClientAuthentication is disabled for "
         "the Tenant.\""),
     loginOnly(),
     [](SandboxBehaviour &b) {
         offerAuth(b);
         b.faults.append(answer(
             SandboxStep::Auth, 535, "5.7.139",
             "Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. "
             "Visit https://aka.ms/smtp_auth_disabled for more information. "
             "[MN2PR05CA0004.namprd05.prod.outlook.com 2023-09-12T20:59:57.214Z "
             "08DBB276B7E699C4]"));
     }},
    {"auth-mechanism-too-weak",
     QT_TRANSLATE_NOOP("postel::SandboxScenario", "Login method too weak"),
     QT_TRANSLATE_NOOP("postel::SandboxScenario",
                       "AUTH gets RFC 4954's 534 5.7.9 \"Authentication mechanism is too weak\"."),
     loginOnly(),
     [](SandboxBehaviour &b) {
         offerAuth(b);
         b.faults.append(
             answer(SandboxStep::Auth, 534, "5.7.9", "Authentication mechanism is too weak"));
     }},
    {"auth-temporary-failure",
     QT_TRANSLATE_NOOP("postel::SandboxScenario", "Login fails for now (Gmail)"),
     QT_TRANSLATE_NOOP(
         "postel::SandboxScenario",
         "AUTH gets Gmail's 454 4.7.0 \"Too many login attempts, please try again later.\""),
     loginOnly(),
     [](SandboxBehaviour &b) {
         offerAuth(b);
         b.faults.append(answer(SandboxStep::Auth, 454, "4.7.0",
                                "Too many login attempts, please try again later. Learn more at\n"
                                " https://support.google.com/mail/answer/7126229 "
                                "h6-20020a0561220b6600b0049d21a8f4b6sm1103848vkf.11 - gsmtp"));
     }},
    // --- envelope and content ---
    {"sender-rejected",
     QT_TRANSLATE_NOOP("postel::SandboxScenario", "Sender refused (Microsoft 365)"),
     QT_TRANSLATE_NOOP(
         "postel::SandboxScenario",
         "MAIL FROM gets Microsoft 365's 550 5.1.8 \"Access denied, bad outbound sender\"."),
     Client(),
     [](SandboxBehaviour &b) {
         b.faults.append(answer(SandboxStep::Mail, 550, "5.1.8",
                                "Access denied, bad outbound sender AS(42003) "
                                "[BN8NAM12FT043.eop-nam12.prod.protection.outlook.com]"));
     }},
    {"sender-not-permitted",
     QT_TRANSLATE_NOOP("postel::SandboxScenario",
                       "Not allowed to send as this sender (Microsoft 365)"),
     QT_TRANSLATE_NOOP(
         "postel::SandboxScenario",
         "The final dot gets Microsoft 365's 550 5.7.60 \"Client does not have permissions "
         "to send as this sender\"."),
     Client(),
     [](SandboxBehaviour &b) {
         b.faults.append(answer(SandboxStep::EndOfData, 550, "5.7.60",
                                "SMTP; Client does not have permissions to send as this sender "
                                "[MW2PR1901MB2155.namprd19.prod.outlook.com]"));
     }},
    {"sender-authentication-failed",
     QT_TRANSLATE_NOOP("postel::SandboxScenario", "Sender fails SPF and DKIM (Gmail)"),
     QT_TRANSLATE_NOOP(
         "postel::SandboxScenario",
         "The final dot gets Gmail's 550-5.7.26 \"This mail has been blocked because the "
         "sender is unauthenticated.\""),
     Client(),
     [](SandboxBehaviour &b) {
         b.faults.append(
             answer(SandboxStep::EndOfData, 550, "5.7.26",
                    "This mail has been blocked because the sender is unauthenticated.\n"
                    "Gmail requires all senders to authenticate with either SPF or DKIM.\n"
                    "\n"
                    " Authentication results:\n"
                    " DKIM = did not pass\n"
                    " SPF [example.org] with ip: [203.0.113.7] = did not pass\n"
                    "\n"
                    " To mitigate this issue, please visit Gmail's authentication guide\n"
                    "for instructions on setting up authentication:\n"
                    " https://support.google.com/mail/answer/81126#authentication "
                    "f18-20020a2e1f12000000b002c50bd6d1c8si1069648ljf.488 - gsmtp"));
     }},
    {"recipient-unknown", QT_TRANSLATE_NOOP("postel::SandboxScenario", "Recipient unknown (Gmail)"),
     QT_TRANSLATE_NOOP(
         "postel::SandboxScenario",
         "RCPT TO gets Gmail's 550-5.1.1 \"The email account that you tried to reach does not "
         "exist.\""),
     Client(),
     [](SandboxBehaviour &b) {
         b.faults.append(
             answer(SandboxStep::Rcpt, 550, "5.1.1",
                    "The email account that you tried to reach does not exist. Please try\n"
                    "double-checking the recipient's email address for typos or\n"
                    "unnecessary spaces. Learn more at\n"
                    " https://support.google.com/mail/?p=NoSuchUser s19si71853ejd.408 - gsmtp"));
     }},
    {"recipient-rejected",
     QT_TRANSLATE_NOOP("postel::SandboxScenario", "Recipient refused by policy (Gmail)"),
     QT_TRANSLATE_NOOP(
         "postel::SandboxScenario",
         "RCPT TO gets Gmail's 550-5.7.1 \"The user or domain that you are sending to (or "
         "from) has a policy that prohibited the mail that you sent.\""),
     Client(),
     [](SandboxBehaviour &b) {
         b.faults.append(
             answer(SandboxStep::Rcpt, 550, "5.7.1",
                    "The user or domain that you are sending to (or from) has a policy that\n"
                    "prohibited the mail that you sent. Please contact your administrator for\n"
                    "further assistance. https://support.google.com/a/answer/172179 "
                    "s19si71853ejd.408 - gsmtp"));
     }},
    {"relay-denied",
     QT_TRANSLATE_NOOP("postel::SandboxScenario", "Relaying denied (Microsoft 365)"),
     QT_TRANSLATE_NOOP(
         "postel::SandboxScenario",
         "RCPT TO gets Microsoft 365's 550 5.7.54 \"Unable to relay recipient in non-accepted "
         "domain\"."),
     Client(),
     [](SandboxBehaviour &b) {
         b.faults.append(answer(SandboxStep::Rcpt, 550, "5.7.54",
                                "SMTP; Unable to relay recipient in non-accepted domain"));
     }},
    {"mailbox-full", QT_TRANSLATE_NOOP("postel::SandboxScenario", "Mailbox full (Gmail)"),
     QT_TRANSLATE_NOOP(
         "postel::SandboxScenario",
         "RCPT TO gets Gmail's 452-4.2.2 \"The recipient's inbox is out of storage space.\""),
     Client(),
     [](SandboxBehaviour &b) {
         b.faults.append(answer(SandboxStep::Rcpt, 452, "4.2.2",
                                "The recipient's inbox is out of storage space. Please direct "
                                "the\nrecipient to\n"
                                " https://support.google.com/mail/?p=OverQuotaTemp "
                                "ffacd0b85a97d-39eaf435204si4553432f8f.601 - gsmtp"));
     }},
    {"greylisted", QT_TRANSLATE_NOOP("postel::SandboxScenario", "Greylisted"),
     QT_TRANSLATE_NOOP(
         "postel::SandboxScenario",
         "RCPT TO gets milter-greylist's 451 4.7.1 \"Greylisting in action, please come back "
         "in 00:05:00\"."),
     Client(),
     [](SandboxBehaviour &b) {
         b.faults.append(answer(SandboxStep::Rcpt, 451, "4.7.1",
                                "Greylisting in action, please come back in 00:05:00"));
     }},
    {"rate-limited", QT_TRANSLATE_NOOP("postel::SandboxScenario", "Sending limit reached (Gmail)"),
     QT_TRANSLATE_NOOP("postel::SandboxScenario",
                       "MAIL FROM gets Gmail's 550-5.4.5 \"Daily user sending limit exceeded.\""),
     Client(),
     [](SandboxBehaviour &b) {
         b.faults.append(answer(SandboxStep::Mail, 550, "5.4.5",
                                "Daily user sending limit exceeded. For more information on Gmail\n"
                                "sending limits go to\n"
                                " https://support.google.com/a/answer/166852 "
                                "d2e1a72fcca58-76e7d551493sm9728466b3a.112 - gsmtp"));
     }},
    {"message-too-large", QT_TRANSLATE_NOOP("postel::SandboxScenario", "Message too large (Gmail)"),
     QT_TRANSLATE_NOOP(
         "postel::SandboxScenario",
         "The final dot gets Gmail's 552-5.2.3 \"Your message exceeded Google's message size "
         "limits.\""),
     Client(),
     [](SandboxBehaviour &b) {
         b.faults.append(
             answer(SandboxStep::EndOfData, 552, "5.2.3",
                    "Your message exceeded Google's message size limits. Please visit\n"
                    " https://support.google.com/mail/?p=MaxSizeError to view our size\n"
                    "guidelines. v10-20020a5d678a000000b0032d9f32b96csm1378829wru.62 - gsmtp"));
     }},
    {"message-rejected",
     QT_TRANSLATE_NOOP("postel::SandboxScenario", "Message refused as spam (Gmail)"),
     QT_TRANSLATE_NOOP(
         "postel::SandboxScenario",
         "The final dot gets Gmail's 550-5.7.1 \"Our system has detected that this message is "
         "likely unsolicited mail.\""),
     Client(),
     [](SandboxBehaviour &b) {
         b.faults.append(
             answer(SandboxStep::EndOfData, 550, "5.7.1",
                    "[203.0.113.7      12] Our system has detected that this message is\n"
                    "likely unsolicited mail. To reduce the amount of spam sent to Gmail,\n"
                    "this message has been blocked. Please visit\n"
                    " https://support.google.com/mail/?p=UnsolicitedMessageError\n"
                    " for more information. a640c23a62f3a-a7a1d5c6e3asi1234567366b.123 - gsmtp"));
     }},
    {"smtputf8-not-supported", QT_TRANSLATE_NOOP("postel::SandboxScenario", "No SMTPUTF8"),
     QT_TRANSLATE_NOOP(
         "postel::SandboxScenario",
         "The EHLO reply has no SMTPUTF8; send to an address with a non-ASCII name (such as "
         "zoë@example.net) to meet it."),
     [] {
         Client c;
         c.nonAsciiRecipient = true;
         return c;
     }(),
     [](SandboxBehaviour &b) { withoutExtension(b, "SMTPUTF8"); }},
    // --- Postel's own checks before sending ---
    {"cleartext-auth",
     QT_TRANSLATE_NOOP("postel::SandboxScenario", "Login offered without encryption"),
     QT_TRANSLATE_NOOP(
         "postel::SandboxScenario",
         "The EHLO reply has no STARTTLS and offers only AUTH PLAIN and LOGIN: a login would "
         "send the password in clear text."),
     [] {
         Client c = loginOnly();
         c.security = Security::None;
         return c;
     }(),
     [](SandboxBehaviour &b) {
         withoutExtension(b, "STARTTLS");
         offerAuth(b);
         b.plaintextAuth = true;
         b.authMechanisms = {QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
     }},
    // --- what fits nowhere else ---
    {"unexpected-reply", QT_TRANSLATE_NOOP("postel::SandboxScenario", "EHLO name refused (Exim)"),
     QT_TRANSLATE_NOOP("postel::SandboxScenario",
                       "EHLO and HELO get Exim's 501 \"Syntactically invalid EHLO argument(s)\"."),
     connectOnly(),
     [](SandboxBehaviour &b) {
         b.faults.append(
             answer(SandboxStep::Helo, 501, "", "Syntactically invalid EHLO argument(s)", 1));
         b.faults.append(
             answer(SandboxStep::Helo, 501, "", "Syntactically invalid HELO argument(s)", 2));
     }},
};

const Entry *entryOf(const QString &id)
{
    for (const Entry &e : entries) {
        if (id == QLatin1String(e.id))
            return &e;
    }
    return nullptr;
}

} // namespace

QString SandboxScenario::name() const
{
    const Entry *e = entryOf(id);
    return e ? tr(e->name) : id;
}

QString SandboxScenario::description() const
{
    const Entry *e = entryOf(id);
    return e ? tr(e->description) : QString();
}

QString SandboxScenario::clientHint() const
{
    QStringList parts;
    switch (client.security) {
    case Client::Security::None:
        parts.append(tr("no encryption"));
        break;
    case Client::Security::StartTls:
        parts.append(tr("STARTTLS"));
        break;
    case Client::Security::ImplicitTls:
        parts.append(tr("TLS from the first byte"));
        break;
    }
    if (client.login)
        parts.append(client.mechanism.isEmpty()
                         ? tr("log in (any name and password)")
                         : tr("log in with %1 (any name and password)").arg(client.mechanism));
    if (client.send)
        parts.append(client.nonAsciiRecipient ? tr("send a message to a non-ASCII address")
                                              : tr("send a message"));
    else if (!client.login)
        parts.append(tr("test the connection"));
    if (client.probe)
        parts.append(tr("then diagnose"));
    return parts.join(QStringLiteral(", "));
}

void SandboxScenario::apply(SandboxBehaviour &behaviour) const
{
    if (const Entry *e = entryOf(id))
        e->apply(behaviour);
}

const QList<SandboxScenario> &SandboxScenario::all()
{
    static const QList<SandboxScenario> list = [] {
        QList<SandboxScenario> out;
        for (const Entry &e : entries)
            out.append(SandboxScenario{QLatin1String(e.id), e.client});
        return out;
    }();
    return list;
}

std::optional<SandboxScenario> SandboxScenario::find(const QString &id)
{
    for (const SandboxScenario &s : all()) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

QList<SandboxScenario::NotPlayable> SandboxScenario::notPlayable()
{
    const QString ownCheck =
        tr("Postel's own check of the message before sending: the message causes it, not the "
           "server.");
    return {
        {QStringLiteral("connection-timed-out"),
         tr("A connection times out when its packets are lost on the way (a firewall that drops "
            "them): a server that listens answers at once, and one that does not listen refuses "
            "(connection-refused).")},
        {QStringLiteral("host-not-found"),
         tr("The name is looked up before any server is reached, and the sandbox is reached as "
            "localhost or 127.0.0.1, which are always found. Misspell the server name to see "
            "it.")},
        {QStringLiteral("line-too-long"), ownCheck},
        {QStringLiteral("nul-byte"), ownCheck},
        {QStringLiteral("bare-line-ending"), ownCheck},
        {QStringLiteral("8bit-without-8bitmime"),
         tr("Postel's own check of the message before sending: the sandbox can leave 8BITMIME "
            "out of its EHLO reply (\"extensions\" in its settings), but the message decides "
            "whether it has 8-bit bytes.")},
        {QStringLiteral("protocol-violation"),
         tr("The sandbox always keeps to the rules of SMTP; a server that breaks them is played "
            "by the tests' scripted peer (malformed-ehlo.script).")},
    };
}

} // namespace postel
