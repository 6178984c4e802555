#include "TlsInfo.h"

#include <QCryptographicHash>

namespace postel {

QString TlsInfo::peerSubject() const
{
    return peerChain.isEmpty() ? QString() : peerChain.first().subjectDisplayName();
}

QString TlsInfo::peerIssuer() const
{
    return peerChain.isEmpty() ? QString() : peerChain.first().issuerDisplayName();
}

QDateTime TlsInfo::peerExpiry() const
{
    return peerChain.isEmpty() ? QDateTime() : peerChain.first().expiryDate();
}

QString TlsInfo::peerFingerprintSha256() const
{
    if (peerChain.isEmpty())
        return {};
    return QString::fromLatin1(peerChain.first().digest(QCryptographicHash::Sha256).toHex(':'));
}

QString describeCertificate(const QSslCertificate &cert)
{
    return QStringLiteral("%1 (issuer: %2, valid %3 – %4, SHA-256 %5)")
        .arg(cert.subjectDisplayName(), cert.issuerDisplayName(),
             cert.effectiveDate().toString(Qt::ISODate), cert.expiryDate().toString(Qt::ISODate),
             QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':')));
}

} // namespace postel
