#pragma once

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <optional>

namespace postel {

// The sandbox's self-signed certificate for STARTTLS and implicit TLS: made on first use
// and kept as `cert.pem` and `key.pem` (mode 0600) in a folder, so clients can pin it or
// trust it as a CA once. Subject CN=localhost, SAN DNS:localhost, IP:127.0.0.1, IP:::1,
// RSA 2048, SHA-256, valid for ten years. It is made in-process with OpenSSL's libcrypto
// (the library Qt's TLS backend uses too); without libcrypto at build time, the `openssl`
// command is run once instead.
struct SandboxCertificate
{
    // One context for all its messages, the one lupdate files them under (a free tr()
    // helper was filed under "postel::SandboxCertificate" in members but looked them up
    // under "postel", so those were never translated).
    Q_DECLARE_TR_FUNCTIONS(postel::SandboxCertificate)

public:
    // What is wrong with a certificate shown on purpose (the fault scenarios).
    enum class Flaw
    {
        None,      // the sandbox's own
        Untrusted, // self-signed, with a key of its own: nobody trusts it
        OtherName, // issued by the sandbox's own for mail.example.net and smtp.example.net
        Expired    // issued by the sandbox's own for localhost, valid during 2020 only
    };
    static QString flawName(Flaw flaw); // "none", "untrusted", "other-name", "expired"
    static std::optional<Flaw> flawFromName(const QString &name);

    QSslCertificate certificate;
    QSslKey key;
    QString certificatePath;
    QString keyPath;

    bool isValid() const { return !certificate.isNull() && !key.isNull(); }

    // QStandardPaths::AppDataLocation + "/sandbox-tls".
    static QString defaultDirectory();
    // Reads `directory`/cert.pem and key.pem, making them first when missing or unreadable.
    // Making one takes a moment (up to a minute with the openssl command): a GUI calls this
    // off its thread, as SandboxHost does; the worker's interruption stops openssl.
    static SandboxCertificate loadOrCreate(const QString &directory, QString *error = nullptr);
    // Reads a certificate and an unencrypted private key (PEM) given by the user.
    static SandboxCertificate load(const QString &certificatePath, const QString &keyPath,
                                   QString *error = nullptr);
    // A certificate with `flaw`, made in memory at once (an EC P-256 key of its own), issued
    // by `issuer` (the sandbox's own, which is a CA). Needs libcrypto at build time.
    static SandboxCertificate flawed(Flaw flaw, const SandboxCertificate &issuer,
                                     QString *error = nullptr);
};

} // namespace postel
