#include "TlsSetup.h"
#include "../common/LogCategories.h"

#include <QCryptographicHash>
#include <QSslCipher>
#include <QSslSocket>

namespace postel {

namespace {

QString protocolName(QSsl::SslProtocol p)
{
    switch (p) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    case QSsl::DtlsV1_2:
        return QStringLiteral("DTLSv1.2");
    default:
        return QStringLiteral("TLS");
    }
}

} // namespace

TlsSetup::TlsSetup() : m_config(QSslConfiguration::defaultConfiguration()) {}

void TlsSetup::setConfiguration(const QSslConfiguration &config)
{
    if (config != m_config)
        m_resume = {}; // verified under the old settings
    m_config = config;
}

void TlsSetup::setPinnedCertificate(const QByteArray &sha256)
{
    if (sha256 != m_pinnedSha256)
        m_resume = {};
    m_pinnedSha256 = sha256;
}

void TlsSetup::setPeerName(const QString &name)
{
    if (name != m_peerName)
        m_resume = {}; // verified for another name
    m_peerName = name;
}

void TlsSetup::setResumption(bool on)
{
    m_resumption = on;
    if (!on)
        m_resume = {};
}

void TlsSetup::prepare(QSslSocket *socket, const QString &host, quint16 port)
{
    // TLS session resumption (RFC 8446 section 2.2): a session this object verified on an
    // earlier connection to the same host and port is offered again, which spares both
    // sides the certificate exchange.
    QSslConfiguration config = m_config;
    m_resumeOffered = false;
    m_key = host + QLatin1Char('\n') + QString::number(port);
    if (m_resumption) {
        config.setSslOption(QSsl::SslOptionDisableSessionPersistence, false);
        if (!m_resume.ticket.isEmpty() && m_resume.key == m_key) {
            config.setSessionTicket(m_resume.ticket);
            m_resumeOffered = true;
        }
    }
    socket->setSslConfiguration(config);
    socket->setPeerVerifyName(verifiedName(host));
    m_info = TlsInfo();
    m_accepted.clear();
    m_lastErrors.clear();
}

void TlsSetup::ticketReceived(QSslSocket *socket)
{
    if (!m_resumption || !m_info.verified || !m_info.ignoredErrors.isEmpty())
        return;
    m_resume = {m_key, socket->sslConfiguration().sessionTicket(), m_info.peerChain};
    qCDebug(lcTls) << "kept a TLS session ticket for" << m_key.section(QLatin1Char('\n'), 0, 0);
}

void TlsSetup::noteIgnored(const QList<QSslError> &errors)
{
    for (const QSslError &e : errors)
        m_info.ignoredErrors.append(e.errorString());
}

bool TlsSetup::acceptsPinned(QSslSocket *socket, const QList<QSslError> &errors)
{
    m_lastErrors = errors;
    if (m_pinnedSha256.isEmpty())
        return false;
    const QSslCertificate peer = socket->peerCertificate();
    if (peer.isNull() || peer.digest(QCryptographicHash::Sha256) != m_pinnedSha256)
        return false;
    noteIgnored(errors);
    m_info.pinned = true;
    return true;
}

bool TlsSetup::acceptedByUser(const QList<QSslError> &errors)
{
    bool all = !m_accepted.isEmpty();
    for (const QSslError &e : errors) {
        if (!m_accepted.contains(e))
            all = false;
    }
    if (all)
        noteIgnored(errors);
    return all;
}

QString TlsSetup::refusalText(const QList<QSslError> &errors)
{
    QStringList why;
    for (const QSslError &e : errors)
        why.append(e.errorString());
    return why.join(QStringLiteral("; "));
}

const TlsInfo &TlsSetup::established(QSslSocket *socket)
{
    m_info.protocol = protocolName(socket->sessionProtocol());
    m_info.cipher = socket->sessionCipher().name();
    m_info.peerChain = socket->peerCertificateChain();
    // A resumed TLS 1.3 session carries no certificate message: OpenSSL has the peer's
    // certificate from the session but no chain. The chain is the one verified when the
    // session was made.
    m_info.resumed =
        m_resumeOffered && m_info.peerChain.isEmpty() && !socket->peerCertificate().isNull();
    if (m_info.resumed)
        m_info.peerChain = m_resume.chain;
    m_info.verified = socket->peerVerifyMode() != QSslSocket::QueryPeer &&
                      socket->peerVerifyMode() != QSslSocket::VerifyNone &&
                      m_info.ignoredErrors.isEmpty();
    qCDebug(lcTls) << "handshake done:" << m_info.protocol << m_info.cipher
                   << "verified:" << m_info.verified << "resumed:" << m_info.resumed;
    return m_info;
}

} // namespace postel
