#include "SandboxAuthenticator.h"

#include "SandboxOAuth.h"
#include "auth/AuthMechanism.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace postel {

QStringList SandboxAuthenticator::mechanisms()
{
    return {QStringLiteral("CRAM-MD5"), QStringLiteral("PLAIN"), QStringLiteral("LOGIN"),
            QStringLiteral("XOAUTH2"), QStringLiteral("OAUTHBEARER")};
}

bool SandboxAuthenticator::supports(const QByteArray &mechanism)
{
    return mechanisms().contains(QString::fromLatin1(mechanism.toUpper()));
}

bool SandboxAuthenticator::sendsPasswordInClear(const QByteArray &mechanism)
{
    const QByteArray m = mechanism.toUpper();
    return m == "PLAIN" || m == "LOGIN" || SandboxOAuth::isOAuth(m);
}

SandboxAuthenticator::Result SandboxAuthenticator::bearer(const QByteArray &response)
{
    // After the JSON error: whatever the client answers, the final 535 (RFC 7628 3.2.3).
    if (m_step == 2)
        return Result::Failure;
    const SandboxOAuth::ClientResponse r = SandboxOAuth::parse(m_mechanism, response);
    if (!r.wellFormed)
        return Result::Malformed;
    if (const auto user = SandboxOAuth::check(r, m_accounts)) {
        m_user = *user;
        return Result::Success;
    }
    m_step = 2;
    m_challenge = SandboxOAuth::errorJson(m_mechanism, m_hostname);
    return Result::Challenge;
}

SandboxAuthenticator::SandboxAuthenticator(const QByteArray &mechanism,
                                           QList<SandboxAccount> accounts, const QString &hostname)
    : m_mechanism(mechanism.toUpper()), m_accounts(std::move(accounts)), m_hostname(hostname)
{}

SandboxAuthenticator::Result SandboxAuthenticator::check(const QString &user,
                                                         const QString &password)
{
    for (const SandboxAccount &a : std::as_const(m_accounts)) {
        if (a.user == user && a.password == password) {
            m_user = user;
            return Result::Success;
        }
    }
    return Result::Failure;
}

SandboxAuthenticator::Result SandboxAuthenticator::plain(const QByteArray &response)
{
    // authzid NUL authcid NUL passwd (RFC 4616); an authzid other than authcid is refused.
    const QList<QByteArray> parts = response.split('\0');
    if (parts.size() != 3 || parts.at(1).isEmpty())
        return Result::Malformed;
    if (!parts.at(0).isEmpty() && parts.at(0) != parts.at(1))
        return Result::Failure;
    return check(QString::fromUtf8(parts.at(1)), QString::fromUtf8(parts.at(2)));
}

SandboxAuthenticator::Result SandboxAuthenticator::start(const std::optional<QByteArray> &initial)
{
    if (SandboxOAuth::isOAuth(m_mechanism)) {
        if (initial)
            return bearer(*initial);
        m_step = 1;
        m_challenge.clear();
        return Result::Challenge;
    }
    if (m_mechanism == "PLAIN") {
        if (initial)
            return plain(*initial);
        m_challenge.clear();
        return Result::Challenge;
    }
    if (m_mechanism == "LOGIN") {
        if (initial) {
            m_user = QString::fromUtf8(*initial);
            m_step = 2;
            m_challenge = "Password:";
        } else {
            m_step = 1;
            m_challenge = "Username:";
        }
        return Result::Challenge;
    }
    if (m_mechanism == "CRAM-MD5") {
        if (initial)
            return Result::Malformed; // RFC 2195 has no initial response
        m_challenge = QByteArray("<") +
                      QByteArray::number(QRandomGenerator::global()->generate64()) + '.' +
                      QByteArray::number(QDateTime::currentSecsSinceEpoch()) + '@' +
                      m_hostname.toUtf8() + '>';
        return Result::Challenge;
    }
    return Result::Malformed;
}

SandboxAuthenticator::Result SandboxAuthenticator::respond(const QByteArray &response)
{
    if (SandboxOAuth::isOAuth(m_mechanism))
        return bearer(response);
    if (m_mechanism == "PLAIN")
        return plain(response);
    if (m_mechanism == "LOGIN") {
        if (m_step == 1) {
            m_user = QString::fromUtf8(response);
            m_step = 2;
            m_challenge = "Password:";
            return Result::Challenge;
        }
        const QString user = m_user;
        m_user.clear();
        return check(user, QString::fromUtf8(response));
    }
    if (m_mechanism == "CRAM-MD5") {
        // "user hexdigest": the client side's own mechanism computes the expected answer.
        const qsizetype space = response.lastIndexOf(' ');
        if (space <= 0)
            return Result::Malformed;
        const QString user = QString::fromUtf8(response.left(space));
        for (const SandboxAccount &a : std::as_const(m_accounts)) {
            if (a.user != user)
                continue;
            CramMd5Mechanism expected(a.user, a.password);
            if (expected.respond(m_challenge, 1) ==
                response.left(space + 1) + response.mid(space + 1).toLower()) {
                m_user = user;
                return Result::Success;
            }
        }
        return Result::Failure;
    }
    return Result::Malformed;
}

} // namespace postel
