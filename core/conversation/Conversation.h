#pragma once

#include "auth/OAuthToken.h"
#include "message/MailMessage.h"
#include "smtp/DsnRequest.h"
#include "smtp/SmtpSession.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QStringList>
#include <optional>

namespace postel {

// One conversation with a server, step by step, on a session the caller configured:
// connect → EHLO → [STARTTLS → EHLO] → [AUTH] → [VRFY …] → [EXPN …] → the message
// (send_message or sendmail), or the envelope by hand (MAIL, RCPT …, DATA) when told to
// stop inside it → QUIT. It stops at the first failure and at the stage it was told to
// stop after; whenever the connection still stands it says QUIT before finishing.
// The desktop app's "Send" and "Test connection" and postel-cli are this one driver.
class Conversation : public QObject
{
    Q_OBJECT
public:
    enum class Step
    {
        None,
        Connect,
        Ehlo,
        StartTls,
        EhloAfterTls,
        Auth,
        Vrfy,
        Expn,
        Mail,
        Rcpt,
        Data,
        Send,
        Quit
    };
    Q_ENUM(Step)
    // Where to stop (postel-cli's --quit-after).
    enum class Stage
    {
        End, // go all the way
        Connect,
        Ehlo,
        Tls,
        Auth,
        Mail,
        Rcpt,
        Data // after DATA's 354: the connection is closed, nothing is sent
    };
    enum class Outcome
    {
        NotSent,
        Sent,
        PartlySent,
        Unknown // the connection was lost (or cancelled) after the final dot: the server may
                // have it
    };

    struct Plan
    {
        QString host;
        quint16 port = 0; // 0: 25, or 465 with implicit TLS
        SmtpSession::Security security = SmtpSession::Security::None;
        bool startTls = false; // STARTTLS after the first EHLO
        QString authUser;      // empty: no AUTH
        QString authPassword;
        QString authMechanism; // empty or "auto": login()'s choice; else this one
        // XOAUTH2 / OAUTHBEARER: where the bearer token comes from (authPassword is then
        // unused). Refreshed first when it expires within a minute, and once more when the
        // server refuses it. Without it, authPassword is the token and is never refreshed.
        OAuthTokenSourcePtr oauthToken;
        QStringList vrfy;
        QStringList expn;
        // What to send, if anything: a structured message (send_message semantics, the
        // envelope from its headers unless from/to are set) or bytes (sendmail).
        std::optional<MailMessage> message;
        std::optional<QByteArray> bytes;
        QString from;
        QStringList to;
        Stage stopAfter = Stage::End;
        // A delivery status notification request (RFC 3461): sent only when the server
        // advertises DSN; otherwise the message goes without it and warnings() says so.
        DsnRequest dsn;
    };

    struct AuthResult
    {
        bool attempted = false;
        bool ok = false;
        QString mechanism;
        bool tokenRefreshed = false; // the access token was refreshed during this conversation
    };

    explicit Conversation(SmtpSession *session, QObject *parent = nullptr);

    SmtpSession *session() const { return m_session; }
    bool isRunning() const { return m_running; }
    void start(const Plan &plan);
    // Aborts the session: the step under way fails as cancelled, no QUIT.
    void cancel();

    // What start() was given (the failure doctor reads the options that were used).
    const Plan &plan() const { return m_plan; }

    // --- the result (valid once finished() was emitted) -------------------------------
    bool hasError() const { return m_error.isError(); }
    const SmtpError &error() const { return m_error; }
    Step failedStep() const { return m_failedStep; }
    Outcome outcome() const { return m_outcome; }
    const AuthResult &auth() const { return m_auth; }
    const QStringList &accepted() const { return m_accepted; }
    const RefusedMap &refused() const { return m_refused; }
    // Each recipient's RCPT reply, as far as the transaction got.
    const QMap<QString, Reply> &recipientReplies() const { return m_recipientReplies; }
    const QList<QPair<QString, Reply>> &vrfyReplies() const { return m_vrfy; }
    const QList<QPair<QString, Reply>> &expnReplies() const { return m_expn; }
    // Whether the DSN request went with MAIL and RCPT (the server advertised DSN).
    bool dsnSent() const { return m_dsnSent; }
    // What did not go as asked but did not stop the conversation (translated sentences).
    const QStringList &warnings() const { return m_warnings; }

Q_SIGNALS:
    void stepStarted(postel::Conversation::Step step);
    void stepFinished(postel::Conversation::Step step, postel::SmtpOperation *operation);
    void dataProgress(qint64 sent, qint64 total);
    void finished();

private:
    void run(Step step);
    void next(Step after);
    void onFinished(SmtpOperation *op, Step step);
    bool stopsAfter(Stage stage) const { return m_plan.stopAfter == stage; }
    bool handEnvelope() const;
    // The message is larger than the server's SIZE: fails the Send step before MAIL.
    bool tooLarge();
    void fail(const SmtpError &error, Step step);
    SmtpOperation *startAuth();
    bool usesTokenSource() const;
    // Refreshes the token, then AUTH again; a failed refresh fails the step with `cause`.
    void refreshThenAuth(const SmtpError &cause);
    void finish();
    // The DSN parameters for MAIL and RCPT, once the server's capabilities are known;
    // empty (with a warning) when it does not advertise DSN.
    QStringList dsnMailOptions();
    QStringList dsnRcptOptions();

    SmtpSession *m_session;
    Plan m_plan;
    bool m_running = false;
    bool m_quitting = false;
    QPointer<SmtpOperation> m_current;
    SmtpError m_error;
    Step m_failedStep = Step::None;
    Outcome m_outcome = Outcome::NotSent;
    AuthResult m_auth;
    QStringList m_accepted;
    RefusedMap m_refused;
    QMap<QString, Reply> m_recipientReplies;
    QList<QPair<QString, Reply>> m_vrfy, m_expn;
    qsizetype m_rcptIndex = 0;
    bool m_tokenRefreshTried = false; // one refresh per conversation, never a loop
    bool m_dsnSent = false;
    QStringList m_warnings;
};

} // namespace postel
