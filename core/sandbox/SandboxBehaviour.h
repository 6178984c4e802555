#pragma once

#include "SandboxCertificate.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace postel {

// An account the sandbox accepts for AUTH PLAIN, LOGIN and CRAM-MD5.
struct SandboxAccount
{
    QString user;
    QString password;
    bool operator==(const SandboxAccount &) const = default;

    // "NAME:PASSWORD" (split at the first colon); nullopt when there is no colon or no name.
    static std::optional<SandboxAccount> parse(const QString &spec);
};

// A server reply chosen by the user: "550 5.1.1 No such user" -> code 550, enhanced "5.1.1",
// text "No such user". The enhanced code and the text are optional. A text with '\n' is a
// reply of several lines, each sent with the code and the enhanced code (as Gmail does).
struct SandboxReply
{
    int code = 0;
    QString enhanced;
    QString text;
    bool operator==(const SandboxReply &) const = default;

    bool isValid() const { return code >= 200 && code <= 599; }
    // "CODE [X.Y.Z] [text]"; nullopt when the code is not a 2xx-5xx number or the enhanced
    // code does not match the reply's class.
    static std::optional<SandboxReply> parse(const QString &spec);
    QString toString() const;
};

// Refuse an address (sender or recipient) that matches a glob pattern (case-insensitive,
// `*` and `?`, e.g. "*@refused.test"), with the given reply.
struct SandboxRule
{
    QString pattern;
    SandboxReply reply;
    bool operator==(const SandboxRule &) const = default;

    bool matches(const QString &address) const;
    // "PATTERN[=CODE [X.Y.Z] [text]]"; the default reply is `defaultReply`.
    static std::optional<SandboxRule> parse(const QString &spec, const SandboxReply &defaultReply);
};

// The points of an SMTP session where a fault can be injected.
enum class SandboxStep
{
    Connect,   // before the greeting
    Helo,      // EHLO, HELO or LHLO
    StartTls,  // STARTTLS
    Auth,      // AUTH (before the first reply)
    Mail,      // MAIL FROM
    Rcpt,      // RCPT TO
    Data,      // the DATA command (or the first BDAT)
    EndOfData, // after the final dot (or BDAT LAST), before the message is kept
    Rset,      // RSET
    Quit,      // QUIT
};

// What happens at a step: wait, close the connection without a word, or answer with a
// chosen reply instead of the normal one (a 421 reply also closes the connection).
struct SandboxFault
{
    enum class Action
    {
        Delay,
        Drop,
        Reply
    };
    SandboxStep step = SandboxStep::Connect;
    Action action = Action::Delay;
    int delayMs = 0;    // Delay
    SandboxReply reply; // Reply
    int occurrence = 0; // 0: every time; n: only the n-th time the step occurs in a connection
    bool operator==(const SandboxFault &) const = default;

    static QString stepName(SandboxStep step);
    static std::optional<SandboxStep> stepFromName(const QString &name);
};

// Everything that decides how the sandbox behaves. The JSON form (fromJson/toJson) is the
// `--config` file of postel-sandbox; core/sandbox/README.md documents its schema.
struct SandboxBehaviour
{
    // The extensions the sandbox implements, in the order it advertises them.
    static QStringList supportedExtensions();

    QString hostname = QStringLiteral("localhost");
    QString greetingText = QStringLiteral("ESMTP Postel sandbox ready");
    // Advertised in the EHLO reply (upper case, a subset of supportedExtensions()). An
    // extension that is not advertised is not accepted either (its command gets 502, its
    // MAIL/RCPT parameters 555).
    QStringList extensions = supportedExtensions();
    QList<SandboxAccount> accounts;
    bool requireAuth = false; // MAIL needs a successful AUTH first (530 5.7.0)
    bool requireTls = false;  // everything but EHLO/HELO/NOOP/RSET/QUIT/STARTTLS needs TLS
    // AUTH PLAIN and LOGIN are offered without TLS (a teaching server shows what a client
    // does with them); false answers them with 538 5.7.11 until TLS is on.
    bool plaintextAuth = true;
    qint64 sizeLimit = 25 * 1024 * 1024; // SIZE; 0 = no limit
    int maxRecipients = 100;
    int maxConnections = 500;
    int idleTimeoutMs = 300 * 1000;   // RFC 5321 4.5.3.2.7: 5 minutes
    int maxCommandLineLength = 16384; // RFC 4954 allows 12288 octets for AUTH lines
    int maxDataLineLength = 1000;     // RFC 5321 4.5.3.1.6, including CRLF
    int maxErrors = 20;               // bad commands before 421 and closing
    QList<SandboxRule> refuseSenders;
    QList<SandboxRule> refuseRecipients;
    QList<SandboxFault> faults;
    // The AUTH mechanisms offered (a subset of PLAIN, LOGIN, CRAM-MD5); empty: all of them.
    QStringList authMechanisms;
    // For the fault scenarios (SandboxScenario). The listeners are closed while this is true:
    // connections are refused (open ones go on), and they listen again when it is false.
    bool refuseConnections = false;
    // The plain listener expects TLS from the first byte, as port 465 does.
    bool tlsFromFirstByte = false;
    // TLS 1.0 only, as old servers speak: no client today agrees to it.
    bool legacyTlsOnly = false;
    // The certificate shown in the TLS handshake: the sandbox's own, or one with a flaw.
    SandboxCertificate::Flaw certificateFlaw = SandboxCertificate::Flaw::None;
    bool operator==(const SandboxBehaviour &) const = default;

    bool advertises(const QString &extension) const;

    static SandboxBehaviour fromJson(const QJsonObject &json, QString *error = nullptr);
    QJsonObject toJson() const;

    // The default reply for refused recipients/senders ("550 5.1.1", "550 5.7.1").
    static SandboxReply defaultRecipientRefusal();
    static SandboxReply defaultSenderRefusal();
};

} // namespace postel

Q_DECLARE_METATYPE(postel::SandboxBehaviour)
