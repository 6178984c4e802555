#include "SandboxHost.h"

#include "SandboxMailbox.h"
#include "common/LogCategories.h"

#include <QThread>
#include <memory>

namespace postel {

SandboxHost::Options SandboxHost::defaultOptions()
{
    Options o;
    o.mailboxDirectory = SandboxMailbox::defaultDirectory();
    o.certificateDirectory = SandboxCertificate::defaultDirectory();
    return o;
}

SandboxHost::SandboxHost(const Options &options, QObject *parent)
    : QObject(parent), m_options(options),
      m_mailbox(new SandboxMailbox(options.mailboxDirectory, this)),
      m_server(new SandboxServer(m_mailbox, this))
{
    qRegisterMetaType<postel::SandboxError>();
    m_server->setBehaviour(options.behaviour);
    m_server->setCertificateDirectory(options.certificateDirectory);
}

SandboxHost::~SandboxHost()
{
    if (m_worker) {
        // Quitting within the moment the certificate takes: the worker stops its openssl
        // command when asked (and libcrypto takes a fraction of a second), so this is short;
        // leaving it running would let it write files while the program tears down.
        m_worker->disconnect(this);
        m_worker->requestInterruption();
        m_worker->wait();
        delete m_worker;
    }
}

SandboxError SandboxHost::start()
{
    // Accepting waits for the certificate, so that no client is greeted without STARTTLS.
    m_server->awaitCertificate();
    SandboxError result;
    const quint16 port = m_options.port;
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        const QString why = m_server->errorString();
        const quint16 fallback = m_options.fallbackPort;
        if ((fallback != 0 && fallback != port &&
             m_server->listen(QHostAddress::LocalHost, fallback)) ||
            m_server->listen(QHostAddress::LocalHost, 0)) {
            result.kind = SandboxError::Kind::PortTaken;
            result.message =
                tr("Port %1 is taken (%2); the built-in sandbox listens on port %3 for now.")
                    .arg(port)
                    .arg(why)
                    .arg(m_server->port());
        } else {
            result.kind = SandboxError::Kind::Listen;
            result.message = tr("The built-in sandbox could not listen on port %1: %2")
                                 .arg(port)
                                 .arg(m_server->errorString());
        }
        if (result.kind == SandboxError::Kind::PortTaken)
            qCInfo(lcSandbox) << result.message;
        else
            qCWarning(lcSandbox) << result.message;
    }
    makeCertificate();
    return result;
}

void SandboxHost::makeCertificate()
{
    struct Made
    {
        SandboxCertificate certificate;
        QString error;
    };
    auto made = std::make_shared<Made>();
    const QString directory = m_options.certificateDirectory;
    // Reading two small files is quick, but making a key (or running openssl) is not: all
    // of it runs off the GUI thread. QSslCertificate and QSslKey are reentrant.
    m_worker = QThread::create([made, directory] {
        made->certificate = SandboxCertificate::loadOrCreate(directory, &made->error);
    });
    connect(m_worker, &QThread::finished, this, [this, made] {
        m_worker->deleteLater();
        m_worker = nullptr;
        useCertificate(made->certificate, made->error);
    });
    m_worker->start();
}

void SandboxHost::useCertificate(const SandboxCertificate &certificate, const QString &error)
{
    m_certificateReady = true;
    if (!certificate.isValid()) {
        m_certificateError.kind = SandboxError::Kind::Certificate;
        m_certificateError.message =
            tr("The built-in sandbox runs without STARTTLS, so the Sandbox profile cannot "
               "send through it. Its certificate could not be made: %1")
                .arg(error);
        qCWarning(lcSandbox) << m_certificateError.message;
    }
    // Lets the waiting clients in, with or without TLS.
    m_server->setCertificate(certificate);
    Q_EMIT certificateReady(m_certificateError);
}

} // namespace postel
