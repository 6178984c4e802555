#include "AuthRules.h"

#include "ServerWords.h"
#include "TlsRules.h"
#include "auth/AuthMechanism.h"
#include "transcript/TranscriptFormat.h"

namespace postel {

namespace {

using Severity = Finding::Severity;

bool isAuto(const QString &mechanism)
{
    return mechanism.isEmpty() ||
           mechanism.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0;
}

// What both sides support, in the server's order.
QStringList usable(const SessionRecord &r)
{
    QStringList out;
    for (const QString &m : r.advertised().authMechanisms()) {
        if (createMechanism(m, QStringLiteral("u"), QStringLiteral("p")))
            out.append(m);
    }
    return out;
}

bool sendsInClear(const QString &mechanism)
{
    const AuthMechanismPtr m = createMechanism(mechanism, QStringLiteral("u"), QStringLiteral("p"));
    return m && m->sendsPasswordInClear();
}

QString mechanismList(const QStringList &list)
{
    return TranscriptFormat::escaped(list.join(QStringLiteral(", ")));
}

// The mechanisms the client tried, in order (AUTH commands in the transcript).
QStringList triedMechanisms(const SessionRecord &r)
{
    QStringList out;
    for (const TranscriptEntry &e : r.transcript) {
        if (e.isCommand() && e.bytes.startsWith("AUTH ")) {
            const QString m = QString::fromLatin1(e.bytes.mid(5).split(' ').value(0)).toUpper();
            if (!m.isEmpty() && !out.contains(m))
                out.append(m);
        }
    }
    return out;
}

bool asksForAppPassword(const Reply &reply)
{
    return ServerWords::contains(reply,
                                 {"application-specific password", "app password",
                                  "app-specific password", "invalidsecondfactor", "weblogin",
                                  "log in via your web browser", "sign in via your web browser"});
}

bool saysAuthDisabled(const Reply &reply)
{
    return ServerWords::hasStatus(reply, 5, 7, 139) ||
           ServerWords::contains(reply,
                                 {"smtpclientauthentication is disabled", "smtp_auth_disabled",
                                  "basic authentication is disabled", "authentication is disabled",
                                  "smtp auth is disabled", "auth is disabled"});
}

bool saysLoginRequired(const Reply &reply)
{
    return reply.code == 530 ||
           ServerWords::contains(reply, {"authentication required", "authentication is required",
                                         "must authenticate", "not logged in", "login required",
                                         "auth required", "please authenticate"});
}

} // namespace

bool AuthRules::diagnose(const SessionRecord &r, QList<Finding> &out)
{
    if (r.failedStep != Conversation::Step::Auth || r.error.code != 0)
        return false;
    if (r.error.kind == ErrorKind::NotSupported) {
        const ProbeResult *p = r.probe(ProbeResult::Kind::StartTlsAuth);
        const bool noAuthUnderTls = p && !p->tlsProtocol.isEmpty() && p->authAfterTls.isEmpty();
        if (!r.encrypted() && r.beforeTls.startTls() && !noAuthUnderTls)
            out.append(TlsRules::tlsRequired(r, nullptr));
        else
            out.append(notOffered(r));
        return true;
    }
    if (r.error.kind == ErrorKind::General) {
        if (!isAuto(r.authMechanism) &&
            !r.advertised().authMechanisms().contains(r.authMechanism.toUpper())) {
            out.append(mechanismNotOffered(r, nullptr));
            return true;
        }
        const QStringList both = usable(r);
        const bool onlyClear =
            !both.isEmpty() && std::all_of(both.cbegin(), both.cend(), sendsInClear);
        const bool explicitClear = !isAuto(r.authMechanism) && sendsInClear(r.authMechanism);
        if (!r.encrypted() && !r.allowCleartextAuth && (onlyClear || explicitClear)) {
            out.append(cleartextAuth(r));
            return true;
        }
        out.append(mechanismNotOffered(r, nullptr));
        return true;
    }
    return false;
}

std::optional<Finding> AuthRules::fromReply(const SessionRecord &r, const Reply &reply,
                                            const QByteArray &verb)
{
    if (verb != "AUTH") {
        if ((verb == "MAIL" || verb == "RCPT" || verb == "DATA") && !r.authOk &&
            saysLoginRequired(reply))
            return authRequired(r, reply, verb);
        return std::nullopt;
    }
    const QString quoted = ServerWords::quote(reply);
    const QString mechanism =
        TranscriptFormat::escaped(r.authUsed.isEmpty() ? r.authMechanism : r.authUsed);
    if (asksForAppPassword(reply)) {
        Finding f = Finding::make(
            QStringLiteral("auth-app-password-required"), Severity::Error,
            tr("The provider wants an app password"),
            tr("The server answered %1: the account has two-step verification, or lets mail "
               "programs in only with a password of their own, so the normal password does "
               "not work here.")
                .arg(quoted),
            tr("Create an app password in the account's security settings (Google: "
               "myaccount.google.com/apppasswords) and use it instead of the normal password."));
        f.retry.editPassword = true;
        return f;
    }
    if (saysAuthDisabled(reply)) {
        return Finding::make(
            QStringLiteral("auth-disabled"), Severity::Error,
            tr("Login by mail programs (SMTP AUTH) is switched off for this account"),
            tr("The server answered %1: SMTP authentication is disabled for this account or "
               "for its whole organisation (Microsoft 365 disables it by default).")
                .arg(quoted),
            tr("Ask the administrator to enable authenticated SMTP for the mailbox (Microsoft "
               "365: “Authenticated SMTP” in the mailbox's mail settings), or send another "
               "way."));
    }
    if (reply.code >= 400 && reply.code < 500) {
        return Finding::make(
            QStringLiteral("auth-temporary-failure"), Severity::Error,
            tr("The login failed for a temporary reason"),
            tr("The server answered %1: it could not check the login right now (too many "
               "attempts, or its account service is down). This does not mean the password is "
               "wrong.")
                .arg(quoted),
            tr("Wait a few minutes before trying again; retrying at once can make a block "
               "last longer."));
    }
    if (reply.code == 534) {
        Finding f = Finding::make(
            QStringLiteral("auth-mechanism-too-weak"), Severity::Error,
            tr("The server finds the login method too weak"),
            tr("The server answered AUTH %2 with %1: it wants a stronger method, or this one "
               "only over an encrypted connection.")
                .arg(quoted, mechanism),
            tr("Let Postel choose the method (automatic takes the strongest both sides "
               "support), and use TLS."));
        if (!isAuto(r.authMechanism))
            f.retry.authMechanism = QStringLiteral("auto");
        if (!r.encrypted() && r.beforeTls.startTls())
            f.retry.security = SmtpSession::Security::StartTls;
        return f;
    }
    if (reply.code == 504 || (ServerWords::hasStatus(reply, 5, 5, 4) &&
                              ServerWords::contains(reply, {"mechanism", "authentication type"})))
        return mechanismNotOffered(r, &reply);
    if (reply.code == 500 || reply.code == 502)
        return notOffered(r);
    const QStringList tried = triedMechanisms(r);
    QString explanation =
        tried.size() > 1
            ? tr("The server refused the login with every method tried (%2), last with %1: the "
                 "user name or the password is wrong.")
                  .arg(quoted, mechanismList(tried))
            : tr("The server answered the login (%2) with %1: the user name or the password is "
                 "wrong. Postel tried no other method: it would only send the same password "
                 "again.")
                  .arg(quoted, mechanism);
    if (ServerWords::contains(reply, {"gsmtp", "google.com"}))
        explanation += QLatin1Char(' ') + tr("Google answers this way also when the account "
                                             "needs an app password (two-step verification).");
    else if (ServerWords::contains(reply, {"outlook.com", "5.7.3 authentication unsuccessful"}))
        explanation += QLatin1Char(' ') + tr("Microsoft 365 answers this way also when SMTP "
                                             "AUTH is switched off for the mailbox.");
    Finding f = Finding::make(QStringLiteral("auth-credentials-rejected"), Severity::Error,
                              tr("The server rejected the user name or password"), explanation,
                              tr("Check the user name (often the full email address) and type "
                                 "the password again."));
    f.retry.editPassword = true;
    return f;
}

Finding AuthRules::authRequired(const SessionRecord &r, const Reply &reply, const QByteArray &verb)
{
    Finding f = Finding::make(
        QStringLiteral("auth-required"), Severity::Error,
        tr("The server wants you to log in first"),
        tr("The server answered %1 with %2: it takes mail only from users who have logged in, "
           "and no login was made.")
            .arg(ServerWords::command(verb), ServerWords::quote(reply)),
        tr("Give your user name and password (usually your full email address and its "
           "password) so that Postel logs in."));
    if (!r.login && !r.from.isEmpty()) {
        f.retry.loginUser = r.from;
        if (!r.encrypted() && r.beforeTls.startTls())
            f.retry.security = SmtpSession::Security::StartTls;
    }
    return f;
}

Finding AuthRules::notOffered(const SessionRecord &r)
{
    const ProbeResult *p = r.probe(ProbeResult::Kind::StartTlsAuth);
    const bool checkedUnderTls = r.ehloAfterTls || (p && !p->tlsProtocol.isEmpty());
    Finding f = Finding::make(
        QStringLiteral("auth-not-offered"), Severity::Error,
        tr("The server offers no login (no AUTH)"),
        checkedUnderTls
            ? tr("A login was asked for, but the server's reply to EHLO does not list AUTH, "
                 "not even over TLS. Servers that receive mail for their own domains (often on "
                 "port 25) have no login; a server for sending has one.")
            : tr("A login was asked for, but the server's reply to EHLO does not list AUTH. "
                 "Servers that receive mail for their own domains (often on port 25) have no "
                 "login; a server for sending has one."),
        tr("Use your provider's server for sending (usually port 587 with STARTTLS, or 465 with "
           "TLS from the first byte), or leave the login out if this server takes your mail "
           "without one."));
    if (p && !p->tlsProtocol.isEmpty() && p->authAfterTls.isEmpty()) {
        f.confirmed = true;
        f.evidence = tr("After STARTTLS (%1) the server still offers no AUTH.").arg(p->tlsProtocol);
    }
    return f;
}

Finding AuthRules::mechanismNotOffered(const SessionRecord &r, const Reply *reply)
{
    const QStringList offered = r.advertised().authMechanisms();
    const QString offeredText = offered.isEmpty() ? tr("none") : mechanismList(offered);
    if (!isAuto(r.authMechanism)) {
        const QString asked = TranscriptFormat::escaped(r.authMechanism.toUpper());
        QString explanation = tr("The login method %1 was asked for, but the server offers: %2.")
                                  .arg(asked, offeredText);
        if (reply)
            explanation +=
                QLatin1Char(' ') +
                tr("It answered AUTH %1 with %2.").arg(asked, ServerWords::quote(*reply));
        Finding f = Finding::make(QStringLiteral("auth-mechanism-not-offered"), Severity::Error,
                                  tr("The server does not offer the login method %1").arg(asked),
                                  explanation,
                                  tr("Choose one of the methods the server offers, or let "
                                     "Postel choose (automatic)."));
        if (!usable(r).isEmpty())
            f.retry.authMechanism = QStringLiteral("auto");
        return f;
    }
    QString explanation = tr("The server offers %1 for login; Postel knows SCRAM-SHA-256, "
                             "SCRAM-SHA-1, CRAM-MD5, PLAIN and LOGIN.")
                              .arg(offeredText);
    if (offered.contains(QLatin1String("XOAUTH2")) ||
        offered.contains(QLatin1String("OAUTHBEARER")))
        explanation += QLatin1Char(' ') + tr("XOAUTH2 and OAUTHBEARER need a token from the "
                                             "provider's web sign-in, which Postel does not do.");
    return Finding::make(QStringLiteral("auth-mechanism-not-offered"), Severity::Error,
                         tr("No login method that both sides know"), explanation,
                         tr("Ask the provider whether it offers a password login (sometimes "
                            "with an app password), or use a program that signs in with "
                            "OAuth."));
}

Finding AuthRules::cleartextAuth(const SessionRecord &r)
{
    const QStringList both = usable(r);
    const bool startTls = r.beforeTls.startTls();
    Finding f = Finding::make(
        QStringLiteral("cleartext-auth"), Severity::Error,
        tr("Postel did not send the password unencrypted"),
        tr("The connection is not encrypted, and the login methods both sides support here "
           "(%1) would send the password in a form anyone on the way can read.")
            .arg(both.isEmpty() ? TranscriptFormat::escaped(r.authMechanism.toUpper())
                                : mechanismList(both)),
        startTls ? tr("Use STARTTLS: the server offers it.")
                 : tr("Use TLS from the first byte on port 465, or a server that offers "
                      "STARTTLS. Only on a network you fully trust, allow sending the password "
                      "unencrypted."));
    if (startTls)
        f.retry.security = SmtpSession::Security::StartTls;
    return f;
}

} // namespace postel
