#pragma once

#include "smtp/SmtpSession.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace postel {

// The same connection test as other tools' command lines ("Copy as command"): postel-cli,
// swaks, curl, and openssl s_client. A password is never on a line: each reads it from the
// environment variable SMTP_PASSWORD (PasswordVariable), which the user sets first (e.g.
// `read -rs SMTP_PASSWORD; export SMTP_PASSWORD`). openssl checks TLS and the certificate
// only (it does not log in). Each argument is quoted for a POSIX shell.
class CommandLines
{
    Q_DECLARE_TR_FUNCTIONS(postel::CommandLines)
public:
    struct Test
    {
        QString host;
        quint16 port = 25;
        SmtpSession::Security security = SmtpSession::Security::StartTls;
        bool verifyCertificate = true;
        QString caFile;    // extra CAs (PEM); empty: the system's
        QString ehloName;  // empty: each tool's default
        QString user;      // empty: no login
        QString mechanism; // empty or "auto": each tool's choice
        int timeoutSeconds = 30;
    };

    static constexpr const char *PasswordVariable = "SMTP_PASSWORD";

    // Whole lines, ready for a shell.
    static QString postelCli(const Test &test,
                             const QString &program = QStringLiteral("postel-cli"));
    static QString swaks(const Test &test);
    static QString curl(const Test &test);
    static QString openssl(const Test &test);

    // The same as argument lists (the program first; "$SMTP_PASSWORD" where the password
    // goes, for a shell to expand).
    static QStringList postelCliArguments(const Test &test, const QString &program);
    static QStringList swaksArguments(const Test &test);
    static QStringList curlArguments(const Test &test);
    static QStringList opensslArguments(const Test &test);

    // One line for a shell: each argument quoted unless it is safe; "$SMTP_PASSWORD" in
    // double quotes, so that the shell expands it.
    static QString shellLine(const QStringList &arguments);
    // What a user must know before running the lines.
    static QString note();
};

} // namespace postel
