#pragma once

#include <QSslConfiguration>
#include <QString>

namespace postel {

class SmtpSession;

// What postel-cli's sending path and its shell set alike on their SmtpSession: the
// timeout, the EHLO name and the TLS settings of --ca-file and --no-verify.
struct SessionOptions
{
    QString caFile;        // --ca-file: trust only the CA certificates in this file (PEM)
    bool noVerify = false; // --no-verify: accept whatever certificate the server shows
    int timeoutMs = 60000;
    QString ehloName; // --ehlo; "" keeps the session's own
};

// The default TLS configuration with --ca-file's certificates as the only CAs (when given)
// and, for --no-verify, the peer queried but not verified.
QSslConfiguration cliTlsConfiguration(const QString &caFile, bool noVerify);

// Applies `options` to `session`. With noVerify the session also ignores every certificate
// error it reports (QSslSocket still reports them under QueryPeer).
void configureSession(SmtpSession &session, const SessionOptions &options);

} // namespace postel
