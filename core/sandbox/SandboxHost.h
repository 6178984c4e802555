#pragma once

#include "SandboxBehaviour.h"
#include "SandboxCertificate.h"
#include "SandboxError.h"
#include "SandboxServer.h"

#include <QObject>

class QThread;

namespace postel {

class SandboxMailbox;

// The built-in sandbox as a program hosts it: its mailbox and server, the port (a free one
// when another program has the usual one), and its TLS certificate, loaded or made on a
// worker thread so that the GUI thread never waits for OpenSSL. Clients that connect
// before the certificate is ready wait in the listen backlog: they are greeted a moment
// late, never without STARTTLS.
//
//     SandboxHost host(SandboxHost::defaultOptions());
//     const SandboxError started = host.start();  // PortTaken: see host.port()
//     connect(&host, &SandboxHost::certificateReady, ...);  // a Certificate error, or none
class SandboxHost : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString mailboxDirectory;
        QString certificateDirectory;
        quint16 port = SandboxServer::DefaultPort;
        // Tried when `port` is taken, before any free port (0: none): the port of an
        // earlier run, so that the sandbox keeps its address from one start to the next.
        quint16 fallbackPort = 0;
        SandboxBehaviour behaviour;
    };
    // The folders under AppDataLocation (those the Sandbox profile trusts), port 2525.
    static Options defaultOptions();

    explicit SandboxHost(const Options &options, QObject *parent = nullptr);
    ~SandboxHost() override;

    SandboxServer *server() const { return m_server; }
    SandboxMailbox *mailbox() const { return m_mailbox; }

    // Listens on the options' port at once and starts on the certificate. PortTaken: another
    // program has that port and the sandbox listens on a free one for this run (whoever
    // points clients at the sandbox must follow port(), never talk to that program);
    // Listen: it listens nowhere.
    SandboxError start();
    bool isListening() const { return m_server->isListening(); }
    quint16 port() const { return m_server->port(); }

    // Once certificateReady() has been emitted: what became of the certificate.
    bool isCertificateReady() const { return m_certificateReady; }
    const SandboxError &certificateError() const { return m_certificateError; }

Q_SIGNALS:
    // The certificate is in place and waiting clients are let in; or it could not be loaded
    // nor made (`error` says why) and the sandbox goes on without STARTTLS.
    void certificateReady(const postel::SandboxError &error);

private:
    void makeCertificate();
    void useCertificate(const SandboxCertificate &certificate, const QString &error);

    Options m_options;
    SandboxMailbox *m_mailbox;
    SandboxServer *m_server;
    QThread *m_worker = nullptr;
    bool m_certificateReady = false;
    SandboxError m_certificateError;
};

} // namespace postel
