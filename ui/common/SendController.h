#pragma once

#include "message/MailMessage.h"
#include "profiles/ServerProfile.h"
#include "smtp/SmtpSession.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <functional>

namespace postel {

// Runs one profile's steps on a session: connect → EHLO → STARTTLS (when the profile says
// so) → EHLO → login (when a user is set) → send_message → QUIT, or the same without the
// message for "Test connection". No widgets: the window listens to its signals.
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
        SmtpError error;
        QString failedStep;
        QList<RecipientResult> recipients;
        int refusedCount = 0;
        // The certificate chain the server showed when verification failed.
        QList<QSslError> sslErrors;
        QSslCertificate untrustedCertificate;
    };

    explicit SendController(SmtpSession *session, QObject *parent = nullptr);

    SmtpSession *session() const { return m_session; }
    bool isRunning() const { return m_running; }
    // Applies the profile's settings to the session (timeout, TLS, HELO name, pin).
    static void configureSession(SmtpSession *session, const ServerProfile &profile);

    void start(const ServerProfile &profile, const QString &password, Mode mode,
               const MailMessage &message = {});
    void cancel();

Q_SIGNALS:
    void stepStarted(const QString &description);
    void dataProgress(qint64 sent, qint64 total);
    // After each EHLO: the Server panel and the auth picker read session()->lastAdvertised().
    void capabilitiesReceived();
    void finished(const postel::SendController::Outcome &outcome);

private:
    using Step = std::function<SmtpOperation *()>;
    void addStep(const QString &description, Step step);
    void runNext();
    void onStepFinished(SmtpOperation *op);
    void finish(bool ok, const SmtpError &error = {});
    void collectRecipients(const SmtpOperation *op);

    SmtpSession *m_session;
    struct PendingStep
    {
        QString description;
        Step step;
    };
    QList<PendingStep> m_steps;
    QString m_currentStep;
    QPointer<SmtpOperation> m_current;
    bool m_running = false;
    bool m_quitting = false;
    Outcome m_outcome;
    MailMessage m_message;
    QStringList m_envelopeRecipients;

    // Matching replies to commands so that accepted recipients show their reply too.
};

} // namespace postel

Q_DECLARE_METATYPE(postel::SendController::Outcome)
