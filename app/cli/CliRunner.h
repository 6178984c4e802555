#pragma once

#include "conversation/Conversation.h"
#include "diagnosis/Finding.h"
#include "diagnosis/Prober.h"
#include "diagnosis/SessionRecord.h"
#include "message/MailMessage.h"
#include "smtp/SmtpSession.h"
#include "transcript/Transcript.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace postel {

// What the command line asked for.
struct CliOptions
{
    QString server;
    bool starttls = false;
    bool tlsOnConnect = false;
    bool requireTls = false;
    bool noVerify = false;
    QString caFile;
    QString ehloName;
    bool lmtp = false;
    QString auth; // "", "auto" or a mechanism
    QString authUser;
    QString authPassword;
    QString authToken; // XOAUTH2 / OAUTHBEARER: --auth-token or POSTEL_TOKEN
    // XOAUTH2 / OAUTHBEARER with a refresh token (a profile's): replaces authToken.
    OAuthTokenSourcePtr oauthToken;
    bool allowCleartextAuth = false;
    QString from;
    QStringList to;
    QString dataFile;   // "" none, "-" stdin
    QByteArray message; // a message built from --message or the compose flags
    bool haveMessage = false;
    // --message or the compose flags: send_message semantics (envelope from the headers
    // unless --from/--to are given; Bcc never transmitted).
    std::optional<MailMessage> mail;
    QStringList vrfy;
    QStringList expn;
    QString quitAfter; // connect|ehlo|tls|auth|mail|rcpt|data
    int debugLevel = 0;
    int timeoutSeconds = 60;
    bool json = false;
    bool explain = false;        // --explain: explanations in the transcript JSON and debug output
    QByteArray trustCertificate; // SHA-256 of a certificate to accept despite its errors
    bool diagnose = false;       // probe after a failure (extra connections)
    QString recordFile;          // write the session record (JSON) here
    DsnRequest dsn;              // --dsn-notify, --dsn-ret, --dsn-envid
    QString ladderFile;          // --ladder: the session as a diagram (SVG, or PNG)
    // The command line as given (without the program), for the retry line.
    QStringList arguments;
};

// Exit codes: a contract for scripts (documented in --help and the README).
enum ExitCode
{
    ExitOk = 0,
    ExitSomeRefused = 1,
    ExitAllRefused = 2,
    ExitSenderRefused = 3,
    ExitAuthFailed = 4,
    ExitTlsFailed = 5,
    ExitConnectionFailed = 6,
    ExitProtocolError = 7,
    ExitUsage = 8,
    ExitOutcomeUnknown = 9,
};

// Runs one diagnostic conversation (core/conversation) with the options given and turns
// its result into the JSON report and the exit code.
class CliRunner : public QObject
{
    Q_OBJECT
public:
    explicit CliRunner(CliOptions options, QObject *parent = nullptr);
    void start();
    int exitCode() const { return m_exitCode; }
    QJsonObject report() const;

Q_SIGNALS:
    void done();

private:
    void onFinished();
    void diagnosed();
    void printDiagnosis() const;
    QJsonObject tlsJson() const;

    CliOptions m_opt;
    SmtpSession m_session;
    Transcript m_transcript;
    Conversation m_conversation{&m_session};
    Prober m_prober;
    SessionRecord m_record;
    QList<Finding> m_findings;
    int m_exitCode = ExitOk;
};

} // namespace postel
