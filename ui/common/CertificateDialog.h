#pragma once

#include <QDialog>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

namespace postel {

// A certificate that did not verify: what it is, what is wrong with it, and the choice to
// trust it for this one profile (pinned by its SHA-256 fingerprint) — never silently.
class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    CertificateDialog(const QString &profileName, const QString &host,
                      const QSslCertificate &certificate, const QList<QSslError> &errors,
                      QWidget *parent = nullptr);

    static QString fingerprint(const QSslCertificate &certificate);
};

} // namespace postel
