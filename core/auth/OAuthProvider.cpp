#include "OAuthProvider.h"

namespace postel {

OAuthProvider OAuthProvider::preset(const QString &id)
{
    OAuthProvider p;
    p.id = id;
    if (id == QLatin1String("google")) {
        p.authorizationUrl = QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));
        p.tokenUrl = QUrl(QStringLiteral("https://oauth2.googleapis.com/token"));
        p.scope = QStringLiteral("https://mail.google.com/");
    } else if (id == QLatin1String("microsoft")) {
        p.authorizationUrl =
            QUrl(QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/authorize"));
        p.tokenUrl =
            QUrl(QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/token"));
        p.scope = QStringLiteral("https://outlook.office.com/SMTP.Send offline_access");
    }
    return p;
}

QStringList OAuthProvider::presetIds()
{
    return {QStringLiteral("google"), QStringLiteral("microsoft")};
}

} // namespace postel
