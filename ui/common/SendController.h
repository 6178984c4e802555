#pragma once

#include "auth/OAuthClient.h"
#include "conversation/Conversation.h"
#include "diagnosis/SessionRecord.h"
#include "message/MailMessage.h"
#include "mx/MxLookup.h"
#include "profiles/ServerProfile.h"
#include "smtp/SmtpSession.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>

namespace postel {

// Runs one profile's conversation (core/conversation) on a session: connect → EHLO →
// STARTTLS (when the profile says so) → EHLO → login (when a user is set) → send_message →
// QUIT, or the same without the message for "Test connection". No widgets: the window
// listens to its signals.
class SendController : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Send,
        TestConnection
    };

    // One recipient's answer to RCPT.
    struct RecipientResult
    {
        QString address;
        bool accepted = false;
        Reply reply; // the RCPT reply (code, lines), when it was seen
    };

    struct Outcome
    {
        Mode mode = Mode::Send;
        bool ok = false;
        bool cancelled = false;
        // The whole message went out (DATA's final dot, BDAT LAST), then the connection was
        // lost, timed out or was cancelled before the server's reply: it may have been
        // delivered (Conversation::Outcome::Unknown).
        bool unknown = false;
        SmtpError error;
        QString failedStep;
        QList<RecipientResult> recipients;
        int refusedCount = 0;
        // The certificate chain the server showed when verification failed.
        QList<QSslError> sslErrors;
        QSslCertificate untrustedCertificate;
        QList<QSslCertificate> untrustedChain; // the whole chain the server showed
        // What did not go as asked without stopping the send (e.g. DSN not advertised).
        QStringList warnings;
        // What the failure doctor reads (core/diagnosis): the options used, this session's
        // transcript entries, TLS, capabilities. Empty (no host) when no conversation ran.
        SessionRecord record;
    };

    explicit SendController(SmtpSession *session, QObject *parent = nullptr);

    SmtpSession *session() const { return m_session; }
    bool isRunning() const { return m_resolving || m_conversation.isRunning(); }
    // Applies the profile's settings to the session (timeout, TLS, HELO name, pin).
    static void configureSession(SmtpSession *session, const ServerProfile &profile);

    // `password`: the profile's password, or for an OAuth 2.0 profile its refresh token
    // (both from the keychain).
    // `dsn`: the delivery status notifications to ask for (a send only).
    void start(const ServerProfile &profile, const QString &password, Mode mode,
               const MailMessage &message = {}, const DsnRequest &dsn = {});
    void cancel();

Q_SIGNALS:
    void stepStarted(const QString &description);
    void dataProgress(qint64 sent, qint64 total);
    // After each EHLO: the Server panel and the auth picker read session()->lastAdvertised().
    void capabilitiesReceived();
    // The provider replaced an OAuth profile's refresh token: store it (keychain id
    // ServerProfile::oauthSecretId()).
    void refreshTokenChanged(const QString &secretId, const QString &refreshToken);
    void finished(const postel::SendController::Outcome &outcome);

private:
    // What the status bar says while a step runs (and names the step that failed).
    QString describe(Conversation::Step step) const;
    void onFinished();
    void collectRecipients();
    // A profile that sends to the recipient's MX: look the host up, then converse with it.
    void resolveRecipientMx(const QStringList &recipients);
    void onMxResolved();
    void failBeforeConnecting(ErrorKind kind, const QString &message, const QString &step = {});
    // The profile's token source: kept between sends (the access token lives until it
    // expires), made anew after a new sign-in.
    OAuthTokenSourcePtr tokenSource(const ServerProfile &profile, const QString &refreshToken);

    SmtpSession *m_session;
    Conversation m_conversation;
    ServerProfile m_profile;
    Conversation::Plan m_plan;
    MxLookup m_mx;
    bool m_resolving = false;
    QString m_target; // what "Connecting to …" names: host:port, or the MX host and address
    Outcome m_outcome;
    QStringList m_envelopeRecipients;
    OAuthClient m_oauth;
    struct CachedToken
    {
        std::shared_ptr<ProviderTokenSource> source;
        QStringList refreshTokens; // the one it was made from, and each rotation since
    };
    QHash<QString, CachedToken> m_tokens;
    QList<TranscriptEntry> m_entries; // this conversation's, for the record
};

} // namespace postel

Q_DECLARE_METATYPE(postel::SendController::Outcome)
