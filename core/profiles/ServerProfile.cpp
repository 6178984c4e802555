#include "ServerProfile.h"

#include <QCoreApplication>

namespace postel {

bool ServerProfile::usesOAuth() const
{
    const QString m = authMechanism.toUpper();
    return m == QLatin1String("XOAUTH2") || m == QLatin1String("OAUTHBEARER");
}

QString ServerProfile::securityName(SmtpSession::Security security)
{
    switch (security) {
    case SmtpSession::Security::None:
        return QCoreApplication::translate("postel::ServerProfile", "no encryption");
    case SmtpSession::Security::StartTls:
        return QCoreApplication::translate("postel::ServerProfile", "STARTTLS");
    case SmtpSession::Security::ImplicitTls:
        return QCoreApplication::translate("postel::ServerProfile", "TLS");
    }
    return {};
}

QString ServerProfile::summary() const
{
    if (route == Route::RecipientMx)
        return QCoreApplication::translate("postel::ServerProfile",
                                           "%1 — the recipient's mail server (MX), port %2, %3")
            .arg(name, QString::number(port), securityName(security));
    return QCoreApplication::translate("postel::ServerProfile", "%1 — %2:%3, %4")
        .arg(name, host)
        .arg(port)
        .arg(securityName(security));
}

} // namespace postel
