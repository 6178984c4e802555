#pragma once

#include "Finding.h"
#include "SessionRecord.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <optional>

namespace postel {

// Encryption: the wrong TLS mode for the port (implicit-tls-port, plaintext-port), STARTTLS
// missing or refused, no common TLS version or cipher, a certificate that is untrusted, for
// another name or out of date, and a server that wants TLS before it goes on (tls-required).
class TlsRules
{
    Q_DECLARE_TR_FUNCTIONS(postel::TlsRules)
public:
    // A failure without a reply that belongs here (a handshake, STARTTLS not offered).
    static bool diagnose(const SessionRecord &record, QList<Finding> &out);
    // STARTTLS refused; 530/538 "encryption required".
    static std::optional<Finding> fromReply(const SessionRecord &record, const Reply &reply,
                                            const QByteArray &verb);

    // `confirmed`: a probe's TLS handshake on the port succeeded.
    static Finding implicitTlsPort(const SessionRecord &record, bool confirmed);
    static Finding plaintextPort(const SessionRecord &record);
    // The server wants TLS first: its reply, or (reply null) AUTH offered only under TLS.
    static Finding tlsRequired(const SessionRecord &record, const Reply *reply);

    static QStringList certificateNames(const QSslCertificate &certificate);
    static QString fingerprint(const QSslCertificate &certificate); // AB:CD:…

private:
    static void handshakeFailed(const SessionRecord &record, QList<Finding> &out);
    static void certificateProblems(const SessionRecord &record, QList<Finding> &out);
    static Finding starttlsNotOffered(const SessionRecord &record);
    static Finding protocolMismatch(const SessionRecord &record);
};

} // namespace postel
