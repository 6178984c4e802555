#include "SessionSetup.h"
#include "smtp/SmtpSession.h"

#include <QSslCertificate>

namespace postel {

QSslConfiguration cliTlsConfiguration(const QString &caFile, bool noVerify)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!caFile.isEmpty())
        tls.setCaCertificates(QSslCertificate::fromPath(caFile));
    if (noVerify)
        tls.setPeerVerifyMode(QSslSocket::QueryPeer);
    return tls;
}

void configureSession(SmtpSession &session, const SessionOptions &options)
{
    session.setTimeout(options.timeoutMs);
    if (!options.ehloName.isEmpty())
        session.setLocalHostname(options.ehloName);
    session.setTlsConfiguration(cliTlsConfiguration(options.caFile, options.noVerify));
    if (options.noVerify) {
        // QSslSocket still reports the errors under QueryPeer; --no-verify accepts them all.
        QObject::connect(
            &session, &SmtpSession::sslErrors, &session,
            [s = &session](const QList<QSslError> &errors) { s->ignoreSslErrors(errors); },
            Qt::DirectConnection);
    }
}

} // namespace postel
