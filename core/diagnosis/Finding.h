#pragma once

#include "smtp/SmtpSession.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace postel {

// What would fix the fault, as a change of settings: the GUI applies it to a profile, and
// postel-cli prints it as changed arguments and as the whole command line to run again.
// Nothing else of the user's settings changes, and a password is never part of it.
struct RetryChange
{
    // Connect elsewhere: both are set together (the server's host and port).
    std::optional<QString> host;
    std::optional<quint16> port;
    std::optional<SmtpSession::Security> security;
    std::optional<QString> authMechanism; // log in with this mechanism
    QString loginUser;                    // log in (as this user) where no login was asked
    QByteArray trustCertificate;          // SHA-256 of a certificate to trust (a pin)
    bool editPassword = false;            // the password was refused: ask for it again

    bool isEmpty() const;
    bool operator==(const RetryChange &) const = default;
    // Connect to host:port this way instead.
    static RetryChange moveTo(const QString &host, quint16 port, SmtpSession::Security security);

    // The changed postel-cli arguments, e.g. {"--starttls"} or
    // {"--server", "mail.example.org:465", "--tls-on-connect"}. Empty when nothing on the
    // command line changes (editPassword alone).
    QStringList cliArguments() const;
    // postel-cli's whole argument list (without the program) with this change applied; the
    // password option is always dropped (it belongs in POSTEL_PASSWORD).
    QStringList applyToArguments(const QStringList &arguments) const;
    // {host, port, security, auth_mechanism, login_user, trust_certificate_sha256,
    //  edit_password}: only what changes.
    QJsonObject toJson() const;

    static QString hostPort(const QString &host, quint16 port);
    static QString securityName(SmtpSession::Security security); // none, starttls, tls
};

// One thing the failure doctor found: a stable id (the vocabulary, see Vocabulary.h), how
// serious it is, and words for someone who does not know SMTP — a one-line title, what
// happened (naming the reply or check that shows it, the server's words quoted as sent),
// what to change, and the change itself when a retry would fix it.
struct Finding
{
    enum class Severity
    {
        Error,
        Warning,
        Info
    };

    QString id;
    Severity severity = Severity::Error;
    QString title;
    QString explanation;
    QString fix;
    // A probe (an extra connection made on request) checked the cause; `evidence` says
    // what it saw.
    bool confirmed = false;
    QString evidence;
    RetryChange retry;

    static Finding make(const QString &id, Severity severity, const QString &title,
                        const QString &explanation, const QString &fix);
    static QString severityName(Severity severity); // error, warning, info
    // postel-cli's JSON: {id, severity, title, explanation, fix, confirmed, evidence, retry,
    // retry_settings}; retry is the changed arguments, or null when no retry helps.
    QJsonObject toJson() const;
};

} // namespace postel
