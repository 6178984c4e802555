#pragma once

#include "TlsInfo.h"

#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

class QSslSocket;

namespace postel {

// Everything about TLS that outlives one handshake: the configuration (CAs, verification),
// a certificate the user chose to trust (a pin), and the session kept for resumption; and
// what each handshake established (TlsInfo). The session owns one and asks it at each step:
// prepare() a new socket, decide on sslErrors, describe the result once encrypted.
class TlsSetup
{
public:
    TlsSetup();

    void setConfiguration(const QSslConfiguration &config);
    const QSslConfiguration &configuration() const { return m_config; }
    // Accept a peer certificate with this SHA-256 fingerprint despite verification errors.
    void setPinnedCertificate(const QByteArray &sha256);
    const QByteArray &pinnedCertificate() const { return m_pinnedSha256; }
    // The name the certificate must carry (and SNI) when it is not the host connected to:
    // an MX host reached at the address a chosen DNS server gave for it. Empty: the host.
    void setPeerName(const QString &name);
    const QString &peerName() const { return m_peerName; }
    // The name verified for a connection to `host`.
    QString verifiedName(const QString &host) const
    {
        return m_peerName.isEmpty() ? host : m_peerName;
    }
    // Offer the TLS session of the previous verified connection to the same host and port.
    void setResumption(bool on);
    bool resumption() const { return m_resumption; }

    // A new connection to host:port: its configuration, with a session ticket to resume
    // when one was kept for that host and port. Forgets the last handshake's result.
    void prepare(QSslSocket *socket, const QString &host, quint16 port);
    // A ticket the server sent for this connection: kept if the session was verified
    // without any exception (never one accepted through a pin or the user's choice).
    void ticketReceived(QSslSocket *socket);

    // The handshake reported certificate errors. True when they are accepted: the
    // certificate is the pinned one, or the user accepted exactly these errors (through
    // accept(), from a slot of SmtpSession::sslErrors). The caller then ignores them on
    // the socket; otherwise the handshake fails with refusalText().
    bool acceptsPinned(QSslSocket *socket, const QList<QSslError> &errors);
    void beginAsking() { m_accepted.clear(); }
    void accept(const QList<QSslError> &errors) { m_accepted.append(errors); }
    bool acceptedByUser(const QList<QSslError> &errors);
    static QString refusalText(const QList<QSslError> &errors);
    // The certificate errors of the last handshake (also those accepted).
    const QList<QSslError> &lastErrors() const { return m_lastErrors; }

    // The handshake is done: what it established.
    const TlsInfo &established(QSslSocket *socket);
    const TlsInfo &info() const { return m_info; }

private:
    void noteIgnored(const QList<QSslError> &errors);

    QSslConfiguration m_config;
    QByteArray m_pinnedSha256;
    QString m_peerName;
    bool m_resumption = true;
    struct Resume
    {
        QString key; // host and port
        QByteArray ticket;
        QList<QSslCertificate> chain;
    };
    Resume m_resume;
    QString m_key; // this connection's host and port
    bool m_resumeOffered = false;
    QList<QSslError> m_accepted;
    QList<QSslError> m_lastErrors;
    TlsInfo m_info;
};

} // namespace postel
