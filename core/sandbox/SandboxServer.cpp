#include "SandboxServer.h"
#include "SandboxConnection.h"

#include <QSslSocket>
#include <QTcpServer>
#include <functional>
#include <utility>

namespace postel {

namespace {

// Hands each accepted descriptor to the server, which wraps it in a QSslSocket (QTcpServer
// itself only makes plain QTcpSockets).
class Listener : public QTcpServer
{
public:
    Listener(std::function<void(qintptr)> onIncoming, QObject *parent)
        : QTcpServer(parent), m_onIncoming(std::move(onIncoming))
    {}

protected:
    void incomingConnection(qintptr descriptor) override { m_onIncoming(descriptor); }

private:
    std::function<void(qintptr)> m_onIncoming;
};

} // namespace

SandboxServer::SandboxServer(SandboxMailbox *mailbox, QObject *parent)
    : QObject(parent), m_mailbox(mailbox),
      m_certificateDirectory(SandboxCertificate::defaultDirectory())
{
    qRegisterMetaType<postel::SandboxMessage>();
}

SandboxServer::~SandboxServer()
{
    stop();
}

void SandboxServer::setBehaviour(const SandboxBehaviour &behaviour)
{
    m_behaviour = behaviour;
    applyRefusal();
}

void SandboxServer::applyRefusal()
{
    const auto close = [](QTcpServer *&server, std::optional<Closed> &closed) {
        if (!server)
            return;
        closed = Closed{server->serverAddress(), server->serverPort()};
        server->close();
        delete server;
        server = nullptr;
    };
    if (m_behaviour.refuseConnections) {
        close(m_plain, m_closedPlain);
        close(m_tls, m_closedTls);
        return;
    }
    const std::optional<Closed> plain = std::exchange(m_closedPlain, std::nullopt);
    const std::optional<Closed> tls = std::exchange(m_closedTls, std::nullopt);
    if (plain && !openListener(m_plain, false, plain->address, plain->port))
        Q_EMIT errorOccurred(m_error);
    if (tls && !openListener(m_tls, true, tls->address, tls->port))
        Q_EMIT errorOccurred(m_error);
}

void SandboxServer::setCertificate(const SandboxCertificate &certificate)
{
    m_certificate = certificate;
    if (!m_awaitingCertificate)
        return;
    m_awaitingCertificate = false;
    for (QTcpServer *s : {m_plain, m_tls}) {
        if (s)
            s->resumeAccepting();
    }
}

void SandboxServer::awaitCertificate()
{
    if (m_awaitingCertificate)
        return;
    m_awaitingCertificate = true;
    for (QTcpServer *s : {m_plain, m_tls}) {
        if (s)
            s->pauseAccepting();
    }
}

bool SandboxServer::ensureCertificate()
{
    if (m_certificate.isValid())
        return true;
    if (!QSslSocket::supportsSsl()) {
        m_error = tr("This system has no TLS support.");
        return false;
    }
    QString error;
    m_certificate = SandboxCertificate::loadOrCreate(m_certificateDirectory, &error);
    if (!m_certificate.isValid()) {
        m_error = tr("No TLS certificate for the sandbox: %1").arg(error);
        return false;
    }
    return true;
}

QSslConfiguration SandboxServer::tlsConfiguration()
{
    SandboxCertificate shown = m_certificate;
    const SandboxCertificate::Flaw flaw = m_behaviour.certificateFlaw;
    if (flaw != SandboxCertificate::Flaw::None) {
        auto it = m_flawed.find(int(flaw));
        if (it == m_flawed.end()) {
            QString error;
            it =
                m_flawed.insert(int(flaw), SandboxCertificate::flawed(flaw, m_certificate, &error));
            if (!it->isValid())
                Q_EMIT errorOccurred(error);
        }
        if (it->isValid())
            shown = *it;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(shown.certificate);
    config.setPrivateKey(shown.key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (m_behaviour.legacyTlsOnly) {
        // An old server's only version, on purpose (the tls-protocol-mismatch scenario).
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
        config.setProtocol(QSsl::TlsV1_0);
        QT_WARNING_POP
    } else {
        config.setProtocol(QSsl::TlsV1_2OrLater);
    }
    return config;
}

bool SandboxServer::openListener(QTcpServer *&server, bool tls, const QHostAddress &address,
                                 quint16 port)
{
    if (server) {
        server->close();
        delete server;
        server = nullptr;
    }
    auto *listener = new Listener([this, tls](qintptr fd) { accept(fd, tls); }, this);
    // 200 clients connecting at once must not overflow the kernel's accept queue.
    listener->setListenBacklogSize(1024);
    if (!listener->listen(address, port)) {
        m_error = tr("Cannot listen on %1 port %2: %3")
                      .arg(address.toString())
                      .arg(port)
                      .arg(listener->errorString());
        delete listener;
        return false;
    }
    if (m_awaitingCertificate)
        listener->pauseAccepting();
    server = listener;
    return true;
}

bool SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_awaitingCertificate && m_behaviour.advertises(QStringLiteral("STARTTLS")) &&
        !ensureCertificate()) {
        // Not fatal: the sandbox runs without STARTTLS and says why.
        Q_EMIT errorOccurred(m_error);
    }
    if (!openListener(m_plain, false, address, port))
        return false;
    applyRefusal();
    return true;
}

bool SandboxServer::listenTls(const QHostAddress &address, quint16 port)
{
    if (!ensureCertificate())
        return false;
    if (!openListener(m_tls, true, address, port))
        return false;
    applyRefusal();
    return true;
}

void SandboxServer::stop()
{
    for (QTcpServer *s : {m_plain, m_tls}) {
        if (s) {
            s->close();
            delete s;
        }
    }
    m_plain = nullptr;
    m_tls = nullptr;
    m_closedPlain.reset();
    m_closedTls.reset();
    const auto connections = m_connections.values();
    for (SandboxConnection *c : connections)
        c->abort();
}

bool SandboxServer::isListening() const
{
    return (m_plain && m_plain->isListening()) || (m_tls && m_tls->isListening());
}

QHostAddress SandboxServer::address() const
{
    return m_plain ? m_plain->serverAddress()
                   : (m_closedPlain ? m_closedPlain->address : QHostAddress());
}

quint16 SandboxServer::port() const
{
    return m_plain ? m_plain->serverPort() : (m_closedPlain ? m_closedPlain->port : 0);
}

QHostAddress SandboxServer::tlsAddress() const
{
    return m_tls ? m_tls->serverAddress() : (m_closedTls ? m_closedTls->address : QHostAddress());
}

quint16 SandboxServer::tlsPort() const
{
    return m_tls ? m_tls->serverPort() : (m_closedTls ? m_closedTls->port : 0);
}

void SandboxServer::accept(qintptr descriptor, bool tls)
{
    // A plain port that expects TLS from the first byte (the implicit-tls-port scenario).
    tls = tls || (m_behaviour.tlsFromFirstByte && hasTlsConfiguration());
    auto *socket = new QSslSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_behaviour.maxConnections > 0 && m_connections.size() >= m_behaviour.maxConnections) {
        if (!tls)
            socket->write("421 4.3.2 Too many connections, try again later\r\n");
        socket->disconnectFromHost();
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        if (socket->state() == QAbstractSocket::UnconnectedState)
            socket->deleteLater();
        return;
    }
    const quint64 id = m_nextId++;
    auto *connection = new SandboxConnection(this, id, socket, m_behaviour, tls);
    m_connections.insert(id, connection);
    Q_EMIT connectionOpened(id, socket->peerAddress(), socket->peerPort(), tls);
    connection->begin();
}

void SandboxServer::connectionFinished(SandboxConnection *connection)
{
    if (m_connections.remove(connection->id()) == 0)
        return;
    Q_EMIT connectionClosed(connection->id());
    connection->deleteLater();
}

QString SandboxServer::storeMessage(const SandboxEnvelope &envelope, const QByteArray &raw)
{
    const QString id = m_mailbox->store(envelope, raw);
    if (id.isEmpty()) {
        Q_EMIT errorOccurred(m_mailbox->errorString());
        return id;
    }
    if (const auto message = m_mailbox->message(id))
        Q_EMIT messageAccepted(*message);
    return id;
}

} // namespace postel
