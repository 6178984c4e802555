#include "SandboxCertificate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#if POSTEL_SANDBOX_HAVE_LIBCRYPTO
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#else
#include <QDeadlineTimer>
#include <QProcess>
#include <QThread>
#endif

namespace postel {

namespace {

#if POSTEL_SANDBOX_HAVE_LIBCRYPTO
bool writePrivate(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = SandboxCertificate::tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (f.write(bytes) != bytes.size() || !f.commit()) {
        *error = SandboxCertificate::tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

QByteArray bioToBytes(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, len);
}

// Returns {certificate PEM, key PEM}, both empty on failure.
std::pair<QByteArray, QByteArray> generate()
{
    std::pair<QByteArray, QByteArray> out;
    EVP_PKEY *pkey = EVP_RSA_gen(2048);
    X509 *x509 = X509_new();
    BIO *certBio = BIO_new(BIO_s_mem());
    BIO *keyBio = BIO_new(BIO_s_mem());
    bool ok = pkey && x509 && certBio && keyBio;
    if (ok) {
        X509_set_version(x509, 2);
        ASN1_INTEGER_set(X509_get_serialNumber(x509),
                         long(QDateTime::currentSecsSinceEpoch() & 0x7fffffff));
        X509_gmtime_adj(X509_getm_notBefore(x509), -24 * 3600);
        X509_gmtime_adj(X509_getm_notAfter(x509), 10L * 365 * 24 * 3600);
        X509_set_pubkey(x509, pkey);
        X509_NAME *name = X509_get_subject_name(x509);
        X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                                   reinterpret_cast<const unsigned char *>("Postel sandbox"), -1,
                                   -1, 0);
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                                   reinterpret_cast<const unsigned char *>("localhost"), -1, -1, 0);
        X509_set_issuer_name(x509, name);
        X509V3_CTX ctx;
        X509V3_set_ctx_nodb(&ctx);
        X509V3_set_ctx(&ctx, x509, x509, nullptr, nullptr, 0);
        // CA:TRUE lets clients use this one file as their trust anchor.
        const char *exts[][2] = {
            {"basicConstraints", "critical,CA:TRUE"},
            {"keyUsage", "critical,digitalSignature,keyEncipherment,keyCertSign"},
            {"extendedKeyUsage", "serverAuth"},
            {"subjectAltName", "DNS:localhost,IP:127.0.0.1,IP:::1"},
            {"subjectKeyIdentifier", "hash"},
            {"authorityKeyIdentifier", "keyid:always"},
        };
        for (const auto &e : exts) {
            X509_EXTENSION *ext = X509V3_EXT_conf(nullptr, &ctx, e[0], e[1]);
            ok = ok && ext && X509_add_ext(x509, ext, -1);
            X509_EXTENSION_free(ext);
        }
        ok = ok && X509_sign(x509, pkey, EVP_sha256()) > 0;
        ok = ok && PEM_write_bio_X509(certBio, x509) &&
             PEM_write_bio_PrivateKey(keyBio, pkey, nullptr, nullptr, 0, nullptr, nullptr);
        if (ok)
            out = {bioToBytes(certBio), bioToBytes(keyBio)};
    }
    BIO_free(certBio);
    BIO_free(keyBio);
    X509_free(x509);
    EVP_PKEY_free(pkey);
    return out;
}
#endif

#if POSTEL_SANDBOX_HAVE_LIBCRYPTO
// A certificate with a flaw, for the fault scenarios: an EC P-256 key of its own (made at
// once), issued by `issuer` (or by itself when `issuer` is null), for `names`, valid from
// `notBefore` to `notAfter` (seconds since the epoch). {certificate PEM, key PEM}.
std::pair<QByteArray, QByteArray> generateFlawed(const char *commonName, const char *altNames,
                                                 qint64 notBefore, qint64 notAfter,
                                                 const SandboxCertificate *issuer)
{
    std::pair<QByteArray, QByteArray> out;
    EVP_PKEY *pkey = EVP_EC_gen("P-256");
    X509 *x509 = X509_new();
    X509 *issuerCert = nullptr;
    EVP_PKEY *issuerKey = nullptr;
    if (issuer) {
        const QByteArray certPem = issuer->certificate.toPem();
        const QByteArray keyPem = issuer->key.toPem();
        BIO *cb = BIO_new_mem_buf(certPem.constData(), int(certPem.size()));
        BIO *kb = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
        issuerCert = cb ? PEM_read_bio_X509(cb, nullptr, nullptr, nullptr) : nullptr;
        issuerKey = kb ? PEM_read_bio_PrivateKey(kb, nullptr, nullptr, nullptr) : nullptr;
        BIO_free(cb);
        BIO_free(kb);
    }
    BIO *certBio = BIO_new(BIO_s_mem());
    BIO *keyBio = BIO_new(BIO_s_mem());
    bool ok = pkey && x509 && certBio && keyBio && (!issuer || (issuerCert && issuerKey));
    if (ok) {
        X509_set_version(x509, 2);
        ASN1_INTEGER_set(X509_get_serialNumber(x509),
                         long((QDateTime::currentMSecsSinceEpoch() + 1) & 0x7fffffff));
        ASN1_TIME_set(X509_getm_notBefore(x509), time_t(notBefore));
        ASN1_TIME_set(X509_getm_notAfter(x509), time_t(notAfter));
        X509_set_pubkey(x509, pkey);
        X509_NAME *name = X509_get_subject_name(x509);
        X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                                   reinterpret_cast<const unsigned char *>("Postel sandbox fault"),
                                   -1, -1, 0);
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                                   reinterpret_cast<const unsigned char *>(commonName), -1, -1, 0);
        X509_set_issuer_name(x509, issuerCert ? X509_get_subject_name(issuerCert) : name);
        X509V3_CTX ctx;
        X509V3_set_ctx_nodb(&ctx);
        X509V3_set_ctx(&ctx, issuerCert ? issuerCert : x509, x509, nullptr, nullptr, 0);
        const QByteArray san = QByteArray(altNames);
        const char *exts[][2] = {
            {"basicConstraints", "critical,CA:FALSE"}, {"keyUsage", "critical,digitalSignature"},
            {"extendedKeyUsage", "serverAuth"},        {"subjectAltName", san.constData()},
            {"subjectKeyIdentifier", "hash"},          {"authorityKeyIdentifier", "keyid:always"},
        };
        for (const auto &e : exts) {
            X509_EXTENSION *ext = X509V3_EXT_conf(nullptr, &ctx, e[0], e[1]);
            ok = ok && ext && X509_add_ext(x509, ext, -1);
            X509_EXTENSION_free(ext);
        }
        ok = ok && X509_sign(x509, issuerKey ? issuerKey : pkey, EVP_sha256()) > 0;
        ok = ok && PEM_write_bio_X509(certBio, x509) &&
             PEM_write_bio_PrivateKey(keyBio, pkey, nullptr, nullptr, 0, nullptr, nullptr);
        if (ok)
            out = {bioToBytes(certBio), bioToBytes(keyBio)};
    }
    BIO_free(certBio);
    BIO_free(keyBio);
    X509_free(x509);
    X509_free(issuerCert);
    EVP_PKEY_free(pkey);
    EVP_PKEY_free(issuerKey);
    return out;
}
#endif

bool create(const QString &certPath, const QString &keyPath, QString *error)
{
#if POSTEL_SANDBOX_HAVE_LIBCRYPTO
    const auto [cert, key] = generate();
    if (cert.isEmpty()) {
        *error = SandboxCertificate::tr("OpenSSL could not make a certificate.");
        return false;
    }
    return writePrivate(keyPath, key, error) && writePrivate(certPath, cert, error);
#else
    // Fallback: the openssl command, once; its result is cached like the in-process one.
    QProcess p;
    p.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("rsa:2048"), QStringLiteral("-sha256"), QStringLiteral("-nodes"),
             QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-subj"),
             QStringLiteral("/O=Postel sandbox/CN=localhost"), QStringLiteral("-addext"),
             QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1"),
             QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath});
    // This runs off the GUI thread (SandboxHost's worker), so waiting blocks no window; the
    // host asks the worker to stop when it goes away, and then openssl is stopped too.
    QDeadlineTimer deadline(60000);
    while (p.state() != QProcess::NotRunning && !p.waitForFinished(100)) {
        if (deadline.hasExpired() || QThread::currentThread()->isInterruptionRequested()) {
            p.kill();
            p.waitForFinished(1000);
            break;
        }
    }
    if (p.error() == QProcess::FailedToStart) {
        *error =
            SandboxCertificate::tr("The openssl command could not be run: %1").arg(p.errorString());
        return false;
    }
    if (p.state() != QProcess::NotRunning || p.exitStatus() != QProcess::NormalExit ||
        p.exitCode() != 0) {
        *error = SandboxCertificate::tr("Running openssl to make a certificate failed: %1")
                     .arg(QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
        return false;
    }
    QFile::setPermissions(keyPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
#endif
}

struct FlawName
{
    SandboxCertificate::Flaw flaw;
    const char *name;
};

constexpr FlawName flawNames[] = {
    {SandboxCertificate::Flaw::None, "none"},
    {SandboxCertificate::Flaw::Untrusted, "untrusted"},
    {SandboxCertificate::Flaw::OtherName, "other-name"},
    {SandboxCertificate::Flaw::Expired, "expired"},
};

} // namespace

QString SandboxCertificate::flawName(Flaw flaw)
{
    for (const FlawName &f : flawNames) {
        if (f.flaw == flaw)
            return QLatin1String(f.name);
    }
    return {};
}

std::optional<SandboxCertificate::Flaw> SandboxCertificate::flawFromName(const QString &name)
{
    for (const FlawName &f : flawNames) {
        if (name == QLatin1String(f.name))
            return f.flaw;
    }
    return std::nullopt;
}

SandboxCertificate SandboxCertificate::flawed(Flaw flaw, const SandboxCertificate &issuer,
                                              QString *error)
{
    QString dummy;
    QString &err = error ? *error : dummy;
    if (flaw == Flaw::None)
        return issuer;
#if POSTEL_SANDBOX_HAVE_LIBCRYPTO
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const char *localNames = "DNS:localhost,IP:127.0.0.1,IP:::1";
    std::pair<QByteArray, QByteArray> made;
    switch (flaw) {
    case Flaw::None:
        break;
    case Flaw::Untrusted:
        made = generateFlawed("localhost", localNames, now - 24 * 3600, now + 365L * 24 * 3600,
                              nullptr);
        break;
    case Flaw::OtherName:
        if (issuer.isValid())
            made = generateFlawed("mail.example.net", "DNS:mail.example.net,DNS:smtp.example.net",
                                  now - 24 * 3600, now + 365L * 24 * 3600, &issuer);
        break;
    case Flaw::Expired:
        if (issuer.isValid())
            made = generateFlawed(
                "localhost", localNames,
                QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch(),
                QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch(), &issuer);
        break;
    }
    SandboxCertificate c;
    c.certificate = QSslCertificate(made.first, QSsl::Pem);
    c.key = QSslKey(made.second, QSsl::Ec, QSsl::Pem);
    if (!c.isValid())
        err = tr("OpenSSL could not make a certificate.");
    return c;
#else
    Q_UNUSED(issuer);
    err = tr("Postel was built without libcrypto, which makes the certificates with a flaw.");
    return SandboxCertificate();
#endif
}

QString SandboxCertificate::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/sandbox-tls");
}

SandboxCertificate SandboxCertificate::load(const QString &certificatePath, const QString &keyPath,
                                            QString *error)
{
    QString dummy;
    QString &err = error ? *error : dummy;
    SandboxCertificate c;
    c.certificatePath = certificatePath;
    c.keyPath = keyPath;
    QFile cf(certificatePath);
    QFile kf(keyPath);
    if (!cf.open(QIODevice::ReadOnly)) {
        err = tr("Cannot read %1: %2").arg(certificatePath, cf.errorString());
        return c;
    }
    if (!kf.open(QIODevice::ReadOnly)) {
        err = tr("Cannot read %1: %2").arg(keyPath, kf.errorString());
        return c;
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromData(cf.readAll(), QSsl::Pem);
    const QByteArray keyPem = kf.readAll();
    c.certificate = certs.value(0);
    c.key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (c.key.isNull())
        c.key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (c.certificate.isNull())
        err = tr("%1 holds no PEM certificate.").arg(certificatePath);
    else if (c.key.isNull())
        err = tr("%1 holds no unencrypted PEM private key.").arg(keyPath);
    return c;
}

SandboxCertificate SandboxCertificate::loadOrCreate(const QString &directory, QString *error)
{
    QString dummy;
    QString &err = error ? *error : dummy;
    const QString certPath = directory + QStringLiteral("/cert.pem");
    const QString keyPath = directory + QStringLiteral("/key.pem");
    if (QFile::exists(certPath) && QFile::exists(keyPath)) {
        SandboxCertificate c = load(certPath, keyPath, &err);
        if (c.isValid())
            return c;
    }
    if (!QDir().mkpath(directory)) {
        err = tr("Cannot create the folder %1.").arg(directory);
        return SandboxCertificate();
    }
    if (!create(certPath, keyPath, &err))
        return SandboxCertificate();
    return load(certPath, keyPath, &err);
}

} // namespace postel
