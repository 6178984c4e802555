#include "CertificateDialog.h"

#include "smtp/TlsInfo.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace postel {

QString CertificateDialog::fingerprint(const QSslCertificate &certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs.append(QString::fromLatin1(hex.mid(i, 2)));
    return pairs.join(QLatin1Char(':'));
}

CertificateDialog::CertificateDialog(const QString &profileName, const QString &host,
                                     const QSslCertificate &certificate,
                                     const QList<QSslError> &errors, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Untrusted certificate"));
    auto *intro = new QLabel(
        tr("The server %1 showed a certificate that could not be verified. Someone may be "
           "listening in, or the server uses its own certificate. Trust it only if you know "
           "this certificate is the right one.")
            .arg(host),
        this);
    intro->setWordWrap(true);
    QStringList why;
    for (const QSslError &e : errors)
        why.append(QStringLiteral("• ") + e.errorString());
    auto *problems =
        new QLabel(tr("What is wrong:") + QLatin1Char('\n') + why.join(QLatin1Char('\n')), this);
    problems->setWordWrap(true);
    problems->setTextFormat(Qt::PlainText);
    auto *details = new QPlainTextEdit(this);
    details->setReadOnly(true);
    details->setAccessibleName(tr("Certificate details"));
    details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    details->setPlainText(certificate.isNull()
                              ? tr("The server sent no certificate.")
                              : describeCertificate(certificate) + QStringLiteral("\n\n") +
                                    tr("SHA-256 fingerprint:") + QLatin1Char('\n') +
                                    fingerprint(certificate));
    auto *buttons = new QDialogButtonBox(this);
    // A profile named "R&D" must not turn its "D" into this button's access key.
    QString escapedName = profileName;
    escapedName.replace(QLatin1Char('&'), QStringLiteral("&&"));
    QPushButton *trust = buttons->addButton(tr("&Trust for “%1” only").arg(escapedName),
                                            QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustButton"));
    trust->setEnabled(!certificate.isNull());
    QPushButton *cancel = buttons->addButton(tr("&Do not trust"), QDialogButtonBox::RejectRole);
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(problems);
    layout->addWidget(details, 1);
    layout->addWidget(buttons);
    resize(620, 480);
}

} // namespace postel
