#pragma once

#include "SandboxBehaviour.h"
#include "SandboxCertificate.h"
#include "SandboxMailbox.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QString>
#include <optional>

class QTcpServer;

namespace postel {

class SandboxConnection;

// The built-in ESMTP server: fully asynchronous on the caller's event loop (no threads).
// Plain listener (with STARTTLS) and/or an implicit-TLS listener; each accepted message goes
// to the mailbox. Listening addresses are whatever the caller passes: the defaults are
// loopback, and callers should only pass another address when the user asked for it.
//
//     SandboxMailbox mailbox;                       // AppDataLocation/sandbox
//     SandboxServer server(&mailbox);
//     server.setBehaviour(behaviour);               // accounts, refusals, faults, ...
//     if (!server.listen())                         // 127.0.0.1:2525
//         qWarning() << server.errorString();
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    static constexpr quint16 DefaultPort = 2525;

    // The mailbox must outlive the server (it is not owned).
    explicit SandboxServer(SandboxMailbox *mailbox, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Applies to connections accepted from now on; open ones keep the behaviour they began with.
    // `refuseConnections` closes the listeners at once (port() still names the port) and
    // false opens them again on the same ports.
    void setBehaviour(const SandboxBehaviour &behaviour);
    SandboxBehaviour behaviour() const { return m_behaviour; }

    // The TLS certificate for STARTTLS and implicit TLS. Without one, the first listen()
    // that needs TLS loads or makes one in certificateDirectory().
    void setCertificate(const SandboxCertificate &certificate);
    // For a host that makes the certificate itself, off the GUI thread (SandboxHost):
    // listen() then claims its port without making one, and clients wait in the listen
    // backlog until setCertificate() — valid or not — lets them in.
    void awaitCertificate();
    SandboxCertificate certificate() const { return m_certificate; }
    void setCertificateDirectory(const QString &directory) { m_certificateDirectory = directory; }
    QString certificateDirectory() const { return m_certificateDirectory; }

    // Plain SMTP (STARTTLS offered when advertised). Port 0 lets the system choose; see port().
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = DefaultPort);
    // TLS from the first byte (the "465" style).
    bool listenTls(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // Closes the listeners and every open connection (without a reply).
    void stop();

    bool isListening() const;
    // Where the plain listener is, or was while a fault closed it.
    QHostAddress address() const;
    quint16 port() const; // 0 when not listening
    QHostAddress tlsAddress() const;
    quint16 tlsPort() const; // 0 when not listening with TLS
    QString errorString() const { return m_error; }
    int connectionCount() const { return int(m_connections.size()); }
    SandboxMailbox *mailbox() const { return m_mailbox; }

Q_SIGNALS:
    // A client connected (`tls`: on the implicit-TLS listener). `id` names the connection in
    // the other signals.
    void connectionOpened(quint64 id, const QHostAddress &peer, quint16 peerPort, bool tls);
    void connectionClosed(quint64 id);
    // A command line as received, without CRLF; AUTH exchanges are redacted ("AUTH PLAIN ****").
    void commandReceived(quint64 id, const QByteArray &line);
    // Each reply as sent, with its CRLFs.
    void replySent(quint64 id, const QByteArray &reply);
    // The TLS handshake (STARTTLS or implicit) finished.
    void tlsStarted(quint64 id, const QString &protocol, const QString &cipher);
    void authenticated(quint64 id, const QString &user, const QString &mechanism);
    // A configured fault fired ("delay 2000 ms before rcpt", "drop at dot", ...).
    void faultInjected(quint64 id, const QString &description);
    // Accepted and stored in the mailbox.
    void messageAccepted(const postel::SandboxMessage &message);
    // Something went wrong on the server side (mailbox not writable, TLS handshake failed).
    void errorOccurred(const QString &message);

private:
    friend class SandboxConnection;
    bool ensureCertificate();
    bool openListener(QTcpServer *&server, bool tls, const QHostAddress &address, quint16 port);
    void accept(qintptr descriptor, bool tls);
    void connectionFinished(SandboxConnection *connection);
    bool hasTlsConfiguration() const { return m_certificate.isValid(); }
    QSslConfiguration tlsConfiguration();
    void applyRefusal();
    QString storeMessage(const SandboxEnvelope &envelope, const QByteArray &raw);

    SandboxMailbox *m_mailbox;
    SandboxBehaviour m_behaviour;
    SandboxCertificate m_certificate;
    QString m_certificateDirectory;
    QTcpServer *m_plain = nullptr;
    QTcpServer *m_tls = nullptr;
    // The listeners a fault closed (refuseConnections), to open again on the same ports.
    struct Closed
    {
        QHostAddress address;
        quint16 port = 0;
    };
    std::optional<Closed> m_closedPlain;
    std::optional<Closed> m_closedTls;
    // Certificates with a flaw, made when a behaviour first asks for one.
    QHash<int, SandboxCertificate> m_flawed;
    QHash<quint64, SandboxConnection *> m_connections;
    quint64 m_nextId = 1;
    bool m_awaitingCertificate = false;
    QString m_error;
};

} // namespace postel
