#include "AuthMechanism.h"
#include "OAuthMechanism.h"
#include "ScramMechanism.h"

#include <QMessageAuthenticationCode>
#include <QStringList>

namespace postel {

std::optional<QByteArray> PlainMechanism::initialResponse()
{
    return m_authzid.toUtf8() + '\0' + m_user.toUtf8() + '\0' + m_password.toUtf8();
}

std::optional<QByteArray> PlainMechanism::respond(const QByteArray &, int)
{
    return initialResponse();
}

std::optional<QByteArray> LoginMechanism::respond(const QByteArray &, int count)
{
    // smtplib: the user name until the second challenge, the password after.
    if (count < 2)
        return m_user.toUtf8();
    return m_password.toUtf8();
}

std::optional<QByteArray> CramMd5Mechanism::respond(const QByteArray &challenge, int)
{
    const QByteArray digest =
        QMessageAuthenticationCode::hash(challenge, m_password.toUtf8(), QCryptographicHash::Md5);
    return m_user.toUtf8() + ' ' + digest.toHex();
}

AuthMechanismPtr createMechanism(const QString &name, const QString &user, const QString &password)
{
    const QString n = name.toUpper();
    if (n == QLatin1String("PLAIN"))
        return std::make_shared<PlainMechanism>(user, password);
    if (n == QLatin1String("LOGIN"))
        return std::make_shared<LoginMechanism>(user, password);
    if (n == QLatin1String("CRAM-MD5"))
        return std::make_shared<CramMd5Mechanism>(user, password);
    if (n == QLatin1String("SCRAM-SHA-256"))
        return std::make_shared<ScramMechanism>(ScramMechanism::Sha256, user, password);
    if (n == QLatin1String("SCRAM-SHA-1"))
        return std::make_shared<ScramMechanism>(ScramMechanism::Sha1, user, password);
    if (n == QLatin1String("XOAUTH2"))
        return std::make_shared<XOAuth2Mechanism>(user, password);
    if (n == QLatin1String("OAUTHBEARER"))
        return std::make_shared<OAuthBearerMechanism>(user, password);
    return nullptr;
}

QStringList preferredMechanisms()
{
    return {QStringLiteral("SCRAM-SHA-256"), QStringLiteral("SCRAM-SHA-1"),
            QStringLiteral("CRAM-MD5"), QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
}

} // namespace postel
