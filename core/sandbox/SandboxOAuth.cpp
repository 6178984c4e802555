#include "SandboxOAuth.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

namespace postel::SandboxOAuth {

bool isOAuth(const QByteArray &mechanism)
{
    const QByteArray m = mechanism.toUpper();
    return m == "XOAUTH2" || m == "OAUTHBEARER";
}

QString tokenFor(const SandboxAccount &account)
{
    const QByteArray mac =
        QMessageAuthenticationCode::hash("postel-sandbox-token:" + account.user.toUtf8(),
                                         account.password.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("sbx-") +
           QString::fromLatin1(mac.left(18).toBase64(QByteArray::Base64UrlEncoding |
                                                     QByteArray::OmitTrailingEquals));
}

namespace {
QByteArray bearer(const QByteArray &auth)
{
    return auth.startsWith("Bearer ") ? auth.mid(7).trimmed() : QByteArray();
}
} // namespace

ClientResponse parse(const QByteArray &mechanism, const QByteArray &response)
{
    ClientResponse out;
    QList<QByteArray> fields = response.split('\x01');
    if (mechanism.toUpper() == "OAUTHBEARER") {
        // gs2-header "n,a=user," then key=value pairs.
        const QList<QByteArray> gs2 =
            fields.isEmpty() ? QList<QByteArray>() : fields.takeFirst().split(',');
        if (gs2.size() < 2 || (gs2.at(0) != "n" && gs2.at(0) != "y"))
            return out;
        if (gs2.at(1).startsWith("a="))
            out.user = QString::fromUtf8(gs2.at(1).mid(2).replace("=2C", ",").replace("=3D", "="));
    }
    for (const QByteArray &f : std::as_const(fields)) {
        if (f.startsWith("user="))
            out.user = QString::fromUtf8(f.mid(5));
        else if (f.startsWith("auth="))
            out.token = bearer(f.mid(5));
    }
    out.wellFormed = !out.token.isEmpty() && response.endsWith("\x01\x01");
    return out;
}

std::optional<QString> check(const ClientResponse &response, const QList<SandboxAccount> &accounts)
{
    for (const SandboxAccount &a : accounts) {
        if (tokenFor(a).toLatin1() == response.token &&
            (response.user.isEmpty() || response.user == a.user))
            return a.user;
    }
    return std::nullopt;
}

QByteArray errorJson(const QByteArray &mechanism, const QString &hostname)
{
    QJsonObject o;
    if (mechanism.toUpper() == "XOAUTH2") {
        o.insert(QStringLiteral("status"), QStringLiteral("401"));
        o.insert(QStringLiteral("schemes"), QStringLiteral("bearer"));
        o.insert(QStringLiteral("scope"), QStringLiteral("smtp"));
    } else {
        o.insert(QStringLiteral("status"), QStringLiteral("invalid_token"));
        o.insert(QStringLiteral("scope"), QStringLiteral("smtp"));
        o.insert(QStringLiteral("openid-configuration"),
                 QStringLiteral("https://%1/.well-known/openid-configuration").arg(hostname));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray errorAcknowledgement(const QByteArray &mechanism)
{
    return mechanism.toUpper() == "XOAUTH2" ? QByteArray() : QByteArray(1, '\x01');
}

} // namespace postel::SandboxOAuth
