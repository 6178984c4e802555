#include "ProfileRetry.h"

namespace postel {

ProfileRetry::Kind ProfileRetry::kind(const RetryChange &change)
{
    if (!change.trustCertificate.isEmpty())
        return Kind::TrustCertificate;
    if (change.editPassword)
        return Kind::EditPassword;
    if (change.isEmpty())
        return Kind::None;
    return Kind::ChangeProfile;
}

QString ProfileRetry::securityWords(SmtpSession::Security security)
{
    switch (security) {
    case SmtpSession::Security::None:
        return tr("plain text");
    case SmtpSession::Security::StartTls:
        return tr("STARTTLS");
    case SmtpSession::Security::ImplicitTls:
        return tr("implicit TLS");
    }
    return {};
}

QString ProfileRetry::label(const RetryChange &change, const ServerProfile &profile)
{
    switch (kind(change)) {
    case Kind::None:
        return {};
    case Kind::TrustCertificate:
        return tr("Trust this cert&ificate…");
    case Kind::EditPassword:
        return tr("Edit the pass&word");
    case Kind::ChangeProfile:
        break;
    }
    const SmtpSession::Security security = change.security.value_or(profile.security);
    if (!change.loginUser.isEmpty())
        return change.security && *change.security != profile.security
                   ? tr("Log &in as %1 with %2 and retry")
                         .arg(change.loginUser, securityWords(security))
                   : tr("Log &in as %1 and retry").arg(change.loginUser);
    if (change.host && change.host->compare(profile.host, Qt::CaseInsensitive) != 0)
        return tr("Retr&y with the host %1")
            .arg(RetryChange::hostPort(*change.host, change.port.value_or(profile.port)));
    if (change.port && *change.port != profile.port)
        return tr("Retr&y with %1 on port %2").arg(securityWords(security)).arg(*change.port);
    if (change.security && *change.security != profile.security) {
        if (*change.security == SmtpSession::Security::None)
            return tr("Retr&y in plain text on port %1").arg(profile.port);
        return tr("S&witch to %1 on port %2").arg(securityWords(security)).arg(profile.port);
    }
    if (change.authMechanism) {
        const QString m = *change.authMechanism;
        return m.isEmpty() || m.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0
                   ? tr("Retr&y with the automatic login mechanism")
                   : tr("Retr&y logging in with %1").arg(m);
    }
    return tr("Retr&y");
}

ServerProfile ProfileRetry::apply(ServerProfile profile, const RetryChange &change)
{
    if (change.host)
        profile.host = *change.host;
    if (change.port)
        profile.port = *change.port;
    if (change.security)
        profile.security = *change.security;
    if (change.authMechanism)
        profile.authMechanism =
            change.authMechanism->compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0
                ? QString()
                : *change.authMechanism;
    if (!change.loginUser.isEmpty())
        profile.user = change.loginUser;
    return profile;
}

} // namespace postel
