#pragma once

#include "Finding.h"
#include "SessionRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace postel {

// What one connection test saw, as one page: whether the server was reachable, its greeting
// and how long it took, the TLS version and cipher, the certificate chain with validity,
// host-name match and days to expiry, the capabilities before and after TLS side by side,
// the AUTH mechanisms and the login result, and the time each step took. Made from a
// session's record (pure: no widgets, no sockets); exported as text and as HTML. Server
// words are escaped (control and bidi characters) in both.
struct ConnectionReport
{
    Q_DECLARE_TR_FUNCTIONS(postel::ConnectionReport)
public:
    struct Certificate
    {
        QString subject;
        QString issuer;
        QDateTime notBefore;
        QDateTime notAfter;
        qint64 daysLeft = 0; // to notAfter, from the report's time; negative: expired
        bool selfSigned = false;
        QString sha256;    // AA:BB:…
        QStringList names; // subject alternative names (DNS and IP)
    };
    struct Step
    {
        QString name;    // "Connect", "Greeting", "EHLO", "STARTTLS", "TLS handshake", …
        QString command; // what was sent (a credential masked)
        QString reply;   // the reply's first line
        qint64 ms = -1;  // -1: not measured
        bool ok = true;
    };

    QString host;
    quint16 port = 0;
    SmtpSession::Security security = SmtpSession::Security::None;
    QDateTime time; // when the report was made (days to expiry count from here)
    bool reachable = false;
    QString connectError; // why not, when not
    Reply greeting;
    qint64 greetingMs = -1;
    // TLS
    bool tls = false;
    QString tlsProtocol;
    QString cipher;
    bool verified = false;
    bool pinned = false;
    std::optional<bool> hostNameMatches; // unset: no certificate seen
    QStringList certificateErrors;
    QList<Certificate> chain; // the server's first
    // Capabilities: each keyword with its parameters ("SIZE 62914560"), in clear and under TLS.
    bool ehloBeforeTls = false;
    bool ehloAfterTls = false;
    QStringList capabilitiesBeforeTls;
    QStringList capabilitiesAfterTls;
    QStringList authBeforeTls;
    QStringList authAfterTls;
    // The login
    bool loginAsked = false;
    bool loginAttempted = false;
    bool loginOk = false;
    QString loginUser;
    QString loginMechanism;
    QList<Step> steps;
    QString error;           // the failure, described ("" when the test passed)
    QList<Finding> findings; // the failure doctor's

    bool passed() const { return error.isEmpty(); }

    static ConnectionReport build(const SessionRecord &record, const QList<Finding> &findings = {},
                                  const QDateTime &now = QDateTime::currentDateTimeUtc());

    QString toText() const;
    QString toHtml() const; // a whole document (UTF-8), for a file or a browser
};

} // namespace postel
