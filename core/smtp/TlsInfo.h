#pragma once

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace postel {

// What the TLS handshake established, for the transcript, the Server panel and JSON.
struct TlsInfo
{
    QString protocol; // "TLSv1.3"
    QString cipher;   // "TLS_AES_256_GCM_SHA384"
    QList<QSslCertificate> peerChain;
    bool verified = false;     // certificate and host name verified
    QStringList ignoredErrors; // what the user chose to accept, if anything
    bool pinned = false;       // accepted because the user trusts this very certificate
    bool resumed = false;      // an earlier verified TLS session was resumed (no handshake
                               // certificate; peerChain is the one verified back then)

    QString peerSubject() const;
    QString peerIssuer() const;
    QDateTime peerExpiry() const;
    QString peerFingerprintSha256() const;
};

QString describeCertificate(const QSslCertificate &cert);

} // namespace postel
