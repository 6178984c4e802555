#pragma once

#include "conversation/Conversation.h"
#include "smtp/Capabilities.h"
#include "smtp/Reply.h"
#include "smtp/SmtpError.h"
#include "smtp/SmtpSession.h"
#include "smtp/TlsInfo.h"
#include "transcript/TranscriptEntry.h"

#include <QAbstractSocket>
#include <QJsonObject>
#include <QList>
#include <QSslError>
#include <QString>
#include <QStringList>
#include <optional>

namespace postel {

// What one probe (a short extra connection made after a failure, on request) saw.
struct ProbeResult
{
    enum class Kind
    {
        TlsHandshake,  // TLS from the first byte on the same port: does it speak implicit TLS?
        PlainGreeting, // plain text on the same port: does it greet in clear?
        StartTlsAuth,  // STARTTLS and EHLO again: is AUTH offered once encrypted?
        OtherPort      // the other submission port of the host (587 <-> 465)
    };
    Kind kind = Kind::TlsHandshake;
    QString host;
    quint16 port = 0;
    SmtpSession::Security security = SmtpSession::Security::None;
    bool tcpConnected = false;
    QString tlsProtocol; // non-empty: a TLS handshake succeeded
    Reply greeting;
    bool ehloAnswered = false;
    bool startTlsOffered = false;  // in the EHLO reply in clear
    QStringList authBeforeTls;     // AUTH mechanisms offered in clear
    QStringList authAfterTls;      // AUTH mechanisms offered under TLS
    QStringList certificateErrors; // what verification said (the probe went on regardless)
    QString error;                 // why the probe stopped early, in the session's words

    bool greeted() const { return greeting.code == 220; }
    static QString kindName(Kind kind); // tls-handshake, plain-greeting, starttls-auth, other-port
    QJsonObject toJson() const;
    static ProbeResult fromJson(const QJsonObject &json);
};

// Everything the failure doctor reads about one session: the options used, every transcript
// entry, the typed error and the step that failed, what TLS established or why it did not,
// the capabilities before and after TLS, and what the probes saw. Made from a finished
// Conversation (capture()) or read back from a recording (fromJson(); tests/data/diagnosis).
struct SessionRecord
{
    // --- the options used ---------------------------------------------------------------
    QString host; // without the port
    quint16 port = 0;
    // ImplicitTls: TLS from the first byte; StartTls: STARTTLS after EHLO was asked for.
    SmtpSession::Security security = SmtpSession::Security::None;
    bool requireTls = false;
    bool login = false;    // a login was asked for
    QString authUser;      // the user name given (never the password)
    QString authMechanism; // "", "auto" or a mechanism name
    bool passwordGiven = false;
    bool allowCleartextAuth = false;
    bool verifyCertificate = true;
    bool customCa = false; // trust only the CAs of a file the user gave
    bool pinned = false;   // a certificate the user trusts was configured
    bool lmtp = false;
    QString from;
    QStringList to;
    qint64 messageSize = -1; // bytes, when known

    // --- what happened ------------------------------------------------------------------
    QList<TranscriptEntry> transcript; // credentials masked in recordings
    SmtpError error;
    Conversation::Step failedStep = Conversation::Step::None;
    Conversation::Outcome outcome = Conversation::Outcome::NotSent;
    bool authAttempted = false;
    bool authOk = false;
    QString authUsed; // the mechanism tried last
    QStringList accepted;
    RefusedMap refused;
    QAbstractSocket::SocketError socketError = QAbstractSocket::UnknownSocketError;
    bool tcpConnected = false;
    TlsInfo tls;                // protocol empty: no TLS was established
    QList<QSslError> sslErrors; // the certificate problems of the last handshake
    QList<ProbeResult> probes;

    // Derived from the transcript (deriveFromTranscript()): the greeting, and the EHLO
    // replies in clear and under TLS.
    Reply greeting;
    Capabilities beforeTls;
    Capabilities afterTls;
    bool ehloBeforeTls = false;
    bool ehloAfterTls = false;

    bool encrypted() const { return !tls.protocol.isEmpty(); }
    // What the server offered last (under TLS when there was an EHLO under TLS).
    const Capabilities &advertised() const { return ehloAfterTls ? afterTls : beforeTls; }
    // The last reply the server sent, and the verb it answered ("" for the greeting).
    std::optional<TranscriptEntry> lastReply() const;
    // The reply that answered this verb last (e.g. "STARTTLS", "MAIL", "."), if any.
    std::optional<TranscriptEntry> replyTo(const QByteArray &verb) const;
    const ProbeResult *probe(ProbeResult::Kind kind) const;

    // From a Conversation that has finished, with the entries its transcript kept.
    static SessionRecord capture(const Conversation &conversation,
                                 const QList<TranscriptEntry> &entries);
    void deriveFromTranscript();

    // The recording format (tests/data/diagnosis/README.md); credentials are masked.
    QJsonObject toJson() const;
    static std::optional<SessionRecord> fromJson(const QJsonObject &json, QString *error = nullptr);

    static QString stepName(Conversation::Step step);
    static Conversation::Step stepFromName(const QString &name);
};

} // namespace postel
