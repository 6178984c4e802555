#pragma once

#include "MxLookup.h"
#include "smtp/SmtpSession.h"

#include <QObject>
#include <QSslCertificate>
#include <QStringList>

namespace postel {

// What one mail host showed when asked: its greeting, STARTTLS and certificate, and what
// it advertises.
struct MxProbeResult
{
    MxHost host;
    QHostAddress address; // the address that answered (or the last one tried)
    quint16 port = 25;
    Reply greeting;
    Capabilities capabilities; // the last EHLO's (after STARTTLS when TLS came up)
    bool startTlsOffered = false;
    TlsInfo tls;           // protocol is empty when no TLS was established
    QStringList tlsErrors; // why the certificate was not accepted, when it was not
    QSslCertificate rejectedCertificate;
    SmtpError error;

    bool greeted() const { return greeting.code == 220; }
};

// Tests one mail host the way a sending server meets it: connect (each address in turn
// until one answers), EHLO, STARTTLS when offered (certificate verified against the host's
// name, not its address), EHLO again, QUIT. Nothing is sent. The session is the caller's
// to configure (timeout, TLS trust, EHLO name) and to listen to (a transcript).
class MxProbe : public QObject
{
    Q_OBJECT
public:
    explicit MxProbe(QObject *parent = nullptr);

    SmtpSession *session() { return &m_session; }
    bool isRunning() const { return m_running; }
    void start(const MxHost &host, quint16 port = 25);
    void abort();
    const MxProbeResult &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void connectNext();
    void onConnected(SmtpOperation *op);
    void greet(bool afterTls);
    void quit();
    void finish();
    void fail(const SmtpError &error);

    SmtpSession m_session;
    MxProbeResult m_result;
    qsizetype m_addressIndex = 0;
    bool m_running = false;
};

} // namespace postel
