#include "OAuthMechanism.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace postel {

namespace {

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    return {};
}

} // namespace

OAuthServerError OAuthServerError::parse(const QByteArray &decoded)
{
    OAuthServerError e;
    e.raw = decoded;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(decoded, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return e;
    const QJsonObject o = doc.object();
    e.isJson = true;
    e.status = jsonText(o.value(QLatin1String("status")));
    e.scope = jsonText(o.value(QLatin1String("scope")));
    e.openidConfiguration = jsonText(o.value(QLatin1String("openid-configuration")));
    return e;
}

QString OAuthServerError::readable() const
{
    if (!isJson)
        return QString::fromUtf8(raw);
    return QString::fromUtf8(QJsonDocument::fromJson(raw).toJson(QJsonDocument::Compact));
}

std::optional<QByteArray> BearerTokenMechanism::initialResponse()
{
    m_sent = true;
    return clientResponse();
}

std::optional<QByteArray> BearerTokenMechanism::respond(const QByteArray &challenge, int)
{
    if (!m_sent) {
        // AUTH without an initial response: the server's empty challenge asks for it.
        m_sent = true;
        return clientResponse();
    }
    // A challenge after the token is the server's error (RFC 7628 3.2.2); the dummy
    // answer lets it send its final reply.
    m_error = OAuthServerError::parse(challenge);
    return errorAcknowledgement();
}

QByteArray XOAuth2Mechanism::clientResponse() const
{
    return "user=" + m_user.toUtf8() + "\x01" + "auth=Bearer " + m_token.toUtf8() + "\x01\x01";
}

QByteArray OAuthBearerMechanism::clientResponse() const
{
    // RFC 5801's saslname: ',' and '=' in the authzid are escaped as =2C and =3D.
    QByteArray user = m_user.toUtf8();
    user.replace("=", "=3D").replace(",", "=2C");
    QByteArray out = "n,";
    if (!user.isEmpty())
        out += "a=" + user;
    out += ",\x01";
    if (!m_host.isEmpty())
        out += "host=" + m_host.toUtf8() + "\x01";
    if (m_port != 0)
        out += "port=" + QByteArray::number(m_port) + "\x01";
    out += "auth=Bearer " + m_token.toUtf8() + "\x01\x01";
    return out;
}

bool isOAuthMechanism(const QString &name)
{
    const QString n = name.toUpper();
    return n == QLatin1String("XOAUTH2") || n == QLatin1String("OAUTHBEARER");
}

AuthMechanismPtr createOAuthMechanism(const QString &name, const QString &user,
                                      const QString &token, const QString &host, quint16 port)
{
    const QString n = name.toUpper();
    if (n == QLatin1String("XOAUTH2"))
        return std::make_shared<XOAuth2Mechanism>(user, token);
    if (n == QLatin1String("OAUTHBEARER"))
        return std::make_shared<OAuthBearerMechanism>(user, token, host, port);
    return nullptr;
}

} // namespace postel
