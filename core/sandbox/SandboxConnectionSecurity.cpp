// SandboxConnection, part 4: STARTTLS and the end of a TLS handshake, and the AUTH exchanges
// (the mechanisms themselves are SandboxAuthenticator's).
#include "SandboxConnection.h"
#include "SandboxServer.h"

#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

namespace postel {

void SandboxConnection::onEncrypted()
{
    m_tls = true;
    Q_EMIT m_server->tlsStarted(
        m_id,
        [this] {
            switch (m_socket->sessionProtocol()) {
            case QSsl::TlsV1_2:
                return QStringLiteral("TLSv1.2");
            case QSsl::TlsV1_3:
                return QStringLiteral("TLSv1.3");
            default:
                return QStringLiteral("TLS");
            }
        }(),
        m_socket->sessionCipher().name());
    if (m_implicitTls && m_helo.isEmpty() && m_mode == Mode::TlsHandshake) {
        greet();
        return;
    }
    m_mode = Mode::Command;
    if (m_b.idleTimeoutMs > 0)
        m_idle.start();
    pump();
}

void SandboxConnection::cmdStartTls(const QByteArray &arg)
{
    if (!arg.isEmpty()) {
        replyError(501, "5.5.4", "Syntax: STARTTLS");
        return;
    }
    if (m_tls) {
        replyError(503, "5.5.1", "Error: TLS is already active");
        return;
    }
    if (!startTlsOffered()) {
        replyError(502, "5.5.1", "Error: STARTTLS is not offered");
        return;
    }
    reply(220, "2.0.0", "Ready to start TLS");
    // RFC 3207 4.2 and CVE-2011-0411: anything the client sent behind STARTTLS is dropped,
    // and the session starts again from nothing.
    m_in.clear();
    m_pos = 0;
    m_socket->readAll(); // sent before the 220 went out: not a TLS handshake either
    m_helo.clear();
    m_esmtp = false;
    m_lmtp = false;
    m_authUser.clear();
    resetTransaction();
    m_mode = Mode::TlsHandshake;
    m_socket->setSslConfiguration(m_server->tlsConfiguration());
    m_socket->startServerEncryption();
}

bool SandboxConnection::startTlsOffered() const
{
    return m_b.advertises(QStringLiteral("STARTTLS")) && !m_tls && m_server->hasTlsConfiguration();
}

void SandboxConnection::cmdAuth(const QByteArray &arg)
{
    if (!ehloDone() || !m_esmtp) {
        replyError(503, "5.5.1", "Error: send EHLO first");
        return;
    }
    if (!m_authUser.isEmpty()) {
        replyError(503, "5.5.1", "Error: already authenticated");
        return;
    }
    if (m_inTransaction) {
        replyError(503, "5.5.1", "Error: AUTH not allowed during a mail transaction");
        return;
    }
    if (!authOffered()) {
        replyError(502, "5.5.1", "Error: AUTH is not offered");
        return;
    }
    const QList<QByteArray> parts = arg.simplified().split(' ');
    const QByteArray mechanism = parts.value(0).toUpper();
    if (mechanism.isEmpty() || parts.size() > 2) {
        replyError(501, "5.5.4", "Syntax: AUTH mechanism [initial-response]");
        return;
    }
    if (!SandboxAuthenticator::supports(mechanism) ||
        (!m_b.authMechanisms.isEmpty() &&
         !m_b.authMechanisms.contains(QString::fromLatin1(mechanism)))) {
        replyError(504, "5.5.4", "Error: unrecognized authentication type");
        return;
    }
    if (!offeredMechanisms().contains(QString::fromLatin1(mechanism))) {
        reply(538, "5.7.11", "Encryption required for requested authentication mechanism");
        return;
    }
    std::optional<QByteArray> initial;
    if (parts.size() == 2) {
        if (parts.at(1) == "=") {
            initial = QByteArray();
        } else {
            auto decoded = QByteArray::fromBase64Encoding(parts.at(1),
                                                          QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                replyError(501, "5.5.2", "Error: cannot decode the initial response");
                return;
            }
            initial = *decoded;
        }
    }
    m_auth = std::make_unique<SandboxAuthenticator>(mechanism, m_b.accounts, m_b.hostname);
    const auto result = m_auth->start(initial);
    authResult(result);
}

void SandboxConnection::authLine(const QByteArray &line)
{
    Q_EMIT m_server->commandReceived(m_id, line == "*" ? QByteArray("*") : QByteArray("****"));
    if (line == "*") {
        m_auth.reset();
        m_mode = Mode::Command;
        replyError(501, "5.0.0", "Authentication cancelled");
        return;
    }
    auto decoded = QByteArray::fromBase64Encoding(line, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        m_auth.reset();
        m_mode = Mode::Command;
        replyError(501, "5.5.2", "Error: cannot decode the response");
        return;
    }
    authResult(m_auth->respond(*decoded));
}

void SandboxConnection::authResult(SandboxAuthenticator::Result result)
{
    switch (result) {
    case SandboxAuthenticator::Result::Challenge:
        m_mode = Mode::Auth;
        reply(334, nullptr, m_auth->challenge());
        return;
    case SandboxAuthenticator::Result::Success:
        m_authUser = m_auth->user();
        m_mode = Mode::Command;
        Q_EMIT m_server->authenticated(m_id, m_authUser, QString::fromLatin1(m_auth->mechanism()));
        m_auth.reset();
        reply(235, "2.7.0", "Authentication successful");
        return;
    case SandboxAuthenticator::Result::Failure:
        m_auth.reset();
        m_mode = Mode::Command;
        reply(535, "5.7.8", "Authentication credentials invalid");
        return;
    case SandboxAuthenticator::Result::Malformed:
        m_auth.reset();
        m_mode = Mode::Command;
        replyError(501, "5.5.2", "Error: malformed authentication response");
        return;
    }
}

bool SandboxConnection::authOffered() const
{
    return m_b.advertises(QStringLiteral("AUTH")) && !m_b.accounts.isEmpty() &&
           (m_tls || !m_b.requireTls) && !offeredMechanisms().isEmpty();
}

QStringList SandboxConnection::offeredMechanisms() const
{
    QStringList out;
    for (const QString &m : SandboxAuthenticator::mechanisms()) {
        if (!m_b.authMechanisms.isEmpty() && !m_b.authMechanisms.contains(m))
            continue;
        if (m_tls || m_b.plaintextAuth || !SandboxAuthenticator::sendsPasswordInClear(m.toLatin1()))
            out.append(m);
    }
    return out;
}

} // namespace postel
