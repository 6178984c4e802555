#include "MxProbe.h"

namespace postel {

MxProbe::MxProbe(QObject *parent) : QObject(parent)
{
    // The certificate is never accepted against verification: remember what was wrong so
    // the report can say it, and let the handshake fail.
    connect(
        &m_session, &SmtpSession::sslErrors, this,
        [this](const QList<QSslError> &errors) {
            for (const QSslError &e : errors)
                m_result.tlsErrors.append(e.errorString());
            m_result.rejectedCertificate = m_session.peerCertificate();
        },
        Qt::DirectConnection);
}

void MxProbe::start(const MxHost &host, quint16 port)
{
    if (m_running)
        return;
    m_running = true;
    m_result = MxProbeResult();
    m_result.host = host;
    m_result.port = port;
    m_addressIndex = 0;
    // The certificate must name the MX host, whichever of its addresses answers.
    m_session.setTlsPeerName(host.name);
    if (host.addresses.isEmpty()) {
        SmtpError e;
        e.kind = ErrorKind::Connect;
        e.message = host.addressError.isEmpty()
                        ? tr("%1 has no address to connect to.").arg(host.name)
                        : host.addressError;
        m_result.error = e;
        // Reported from the event loop, as every other outcome is.
        QMetaObject::invokeMethod(this, &MxProbe::finish, Qt::QueuedConnection);
        return;
    }
    connectNext();
}

void MxProbe::abort()
{
    if (m_running)
        m_session.abort();
}

void MxProbe::connectNext()
{
    m_result.address = m_result.host.addresses.at(m_addressIndex);
    m_result.tlsErrors.clear();
    m_result.rejectedCertificate = QSslCertificate();
    SmtpOperation *op = m_session.connectToHost(m_result.address.toString(), m_result.port,
                                                SmtpSession::Security::None);
    connect(op, &SmtpOperation::finished, this, [this, op] {
        op->deleteLater();
        onConnected(op);
    });
}

void MxProbe::onConnected(SmtpOperation *op)
{
    m_result.greeting = m_session.greeting();
    if (op->hasError()) {
        // An address that does not answer at all is what a sending server skips; one
        // that answered (even with 554) is the host's answer.
        const bool noAnswer = !m_result.greeting.isValid() &&
                              op->error().kind != ErrorKind::Cancelled &&
                              op->error().kind != ErrorKind::Usage;
        if (noAnswer && ++m_addressIndex < m_result.host.addresses.size())
            return connectNext();
        m_result.error = op->error();
        if (m_session.isConnected())
            return quit();
        return finish();
    }
    greet(false);
}

void MxProbe::greet(bool afterTls)
{
    SmtpOperation *ehlo = m_session.ehloOrHeloIfNeeded();
    connect(ehlo, &SmtpOperation::finished, this, [this, ehlo, afterTls] {
        ehlo->deleteLater();
        m_result.capabilities = m_session.lastAdvertised();
        if (ehlo->hasError())
            return fail(ehlo->error());
        if (afterTls)
            return quit();
        m_result.startTlsOffered = m_session.hasExtn(QStringLiteral("starttls"));
        if (!m_result.startTlsOffered)
            return quit();
        SmtpOperation *tls = m_session.starttls();
        connect(tls, &SmtpOperation::finished, this, [this, tls] {
            tls->deleteLater();
            if (tls->hasError())
                return fail(tls->error());
            m_result.tls = m_session.tlsInfo();
            greet(true);
        });
    });
}

void MxProbe::fail(const SmtpError &error)
{
    m_result.error = error;
    if (m_session.isConnected())
        return quit();
    finish();
}

void MxProbe::quit()
{
    SmtpOperation *op = m_session.quit();
    // QUIT's own answer (or a server that hangs up first) changes nothing in the result.
    connect(op, &SmtpOperation::finished, this, [this, op] {
        op->deleteLater();
        finish();
    });
}

void MxProbe::finish()
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished();
}

} // namespace postel
