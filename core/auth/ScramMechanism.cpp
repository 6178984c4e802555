#include "ScramMechanism.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace postel {

namespace {
QByteArray saslName(const QString &user)
{
    QByteArray out;
    for (char c : user.toUtf8()) {
        if (c == '=')
            out += "=3D";
        else if (c == ',')
            out += "=2C";
        else
            out += c;
    }
    return out;
}

// "a=1,b=2" -> value of key, or empty.
QByteArray attribute(const QByteArray &message, char key)
{
    for (const QByteArray &part : message.split(',')) {
        if (part.size() >= 2 && part.at(0) == key && part.at(1) == '=')
            return part.mid(2);
    }
    return {};
}

QString tr(const char *s)
{
    return QCoreApplication::translate("postel::ScramMechanism", s);
}
} // namespace

ScramMechanism::ScramMechanism(Hash hash, QString user, QString password, QByteArray clientNonce)
    : m_hash(hash), m_user(std::move(user)), m_password(std::move(password)),
      m_clientNonce(std::move(clientNonce))
{
    if (m_clientNonce.isEmpty()) {
        QByteArray random(18, Qt::Uninitialized);
        for (char &c : random)
            c = char(QRandomGenerator::system()->bounded(256));
        m_clientNonce = random.toBase64();
    }
}

QByteArray ScramMechanism::name() const
{
    return m_hash == Sha1 ? "SCRAM-SHA-1" : "SCRAM-SHA-256";
}

QByteArray ScramMechanism::hmac(const QByteArray &key, const QByteArray &data) const
{
    return QMessageAuthenticationCode::hash(
        data, key, m_hash == Sha1 ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256);
}

QByteArray ScramMechanism::hash(const QByteArray &data) const
{
    return QCryptographicHash::hash(data, m_hash == Sha1 ? QCryptographicHash::Sha1
                                                         : QCryptographicHash::Sha256);
}

std::optional<QByteArray> ScramMechanism::initialResponse()
{
    m_clientFirstBare = "n=" + saslName(m_user) + ",r=" + m_clientNonce;
    m_step = 1;
    return "n,," + m_clientFirstBare;
}

std::optional<QByteArray> ScramMechanism::respond(const QByteArray &challenge, int)
{
    if (m_step == 0) {
        // The server asked for the client-first message with an empty challenge.
        if (!challenge.isEmpty()) {
            m_failure = tr("The server sent SCRAM data before the client's first message.");
            return std::nullopt;
        }
        return initialResponse();
    }
    if (m_step == 1) {
        m_step = 2;
        return clientFinal(challenge);
    }
    if (m_step == 2) {
        m_step = 3;
        if (!verifyServerFinal(challenge))
            return std::nullopt;
        return QByteArray();
    }
    m_failure = tr("The server sent more SCRAM challenges than the mechanism has steps.");
    return std::nullopt;
}

std::optional<QByteArray> ScramMechanism::clientFinal(const QByteArray &serverFirst)
{
    const QByteArray nonce = attribute(serverFirst, 'r');
    const QByteArray salt = QByteArray::fromBase64(attribute(serverFirst, 's'));
    bool ok = false;
    const int iterations = attribute(serverFirst, 'i').toInt(&ok);
    if (!nonce.startsWith(m_clientNonce) || nonce.size() == m_clientNonce.size()) {
        m_failure = tr("The server's SCRAM nonce does not extend the client's.");
        return std::nullopt;
    }
    if (salt.isEmpty() || !ok || iterations < 1) {
        m_failure = tr("The server's SCRAM challenge lacks a valid salt or iteration count.");
        return std::nullopt;
    }
    if (iterations > m_maxIterations) {
        m_failure = tr("The server asks for %L1 SCRAM iterations; Postel refuses more than %L2, "
                       "because a server can keep the client busy for minutes this way.")
                        .arg(iterations)
                        .arg(m_maxIterations);
        return std::nullopt;
    }
    m_saltedPassword = QPasswordDigestor::deriveKeyPbkdf2(
        m_hash == Sha1 ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256, m_password.toUtf8(),
        salt, iterations, m_hash == Sha1 ? 20 : 32);
    const QByteArray withoutProof = "c=biws,r=" + nonce;
    m_authMessage = m_clientFirstBare + ',' + serverFirst + ',' + withoutProof;
    const QByteArray clientKey = hmac(m_saltedPassword, "Client Key");
    const QByteArray signature = hmac(hash(clientKey), m_authMessage);
    QByteArray proof = clientKey;
    for (qsizetype i = 0; i < proof.size(); ++i)
        proof[i] = char(proof.at(i) ^ signature.at(i));
    return withoutProof + ",p=" + proof.toBase64();
}

bool ScramMechanism::verifyServerFinal(const QByteArray &serverFinal)
{
    const QByteArray error = attribute(serverFinal, 'e');
    if (!error.isEmpty()) {
        m_failure = tr("The server ended SCRAM with an error: %1").arg(QString::fromUtf8(error));
        return false;
    }
    const QByteArray expected = hmac(hmac(m_saltedPassword, "Server Key"), m_authMessage);
    if (QByteArray::fromBase64(attribute(serverFinal, 'v')) != expected) {
        m_failure = tr("The server's SCRAM signature is wrong: it may not be the server it "
                       "claims to be.");
        return false;
    }
    m_serverVerified = true;
    return true;
}

} // namespace postel
