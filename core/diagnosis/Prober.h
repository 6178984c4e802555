#pragma once

#include "SessionRecord.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <optional>

namespace postel {

class Conversation;
class SmtpSession;

// How the probes run.
struct ProbeOptions
{
    int timeoutMs = 5000; // each command of a probe; a probe as a whole gets three times it
    QString ehloName;     // empty: the session's default
    // The TLS settings of the failed session (its CAs), so that a probe can say whether the
    // certificate would have been trusted.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    // The other submission port and how it speaks; unset: 465 (TLS from the first byte)
    // after 587 or anything else, 587 (STARTTLS) after 465 or 25.
    std::optional<quint16> otherPort;
    std::optional<SmtpSession::Security> otherSecurity;

    // POSTEL_PROBE_OTHER_PORT=PORT[/tls|/starttls] sets the other port: the test servers
    // listen on random ports, so "587 and 465" must be pointed at them.
    static ProbeOptions fromEnvironment(ProbeOptions base);
    static ProbeOptions fromEnvironment() { return fromEnvironment(ProbeOptions()); }
};

// After a failure, and only when asked: at most three short extra connections to the same
// host that confirm (or rule out) what the doctor suspects — a TLS handshake on the same port
// (implicit TLS?), plain text on the same port (STARTTLS instead?), STARTTLS and EHLO again
// (is AUTH offered once encrypted?), and the other submission port (587 <-> 465). A probe
// never logs in and never sends mail; it looks at the greeting, TLS and the EHLO reply, and
// each is bounded by a short timeout. Asynchronous: finished() follows start().
class Prober : public QObject
{
    Q_OBJECT
public:
    explicit Prober(QObject *parent = nullptr);
    ~Prober() override;

    // The probes that would tell more about this failure (at most three, in order).
    static QList<ProbeResult::Kind> plan(const SessionRecord &record,
                                         const ProbeOptions &options = {});
    // The other port a probe would try, and how.
    static std::pair<quint16, SmtpSession::Security> otherPort(const SessionRecord &record,
                                                               const ProbeOptions &options);

    void start(const SessionRecord &record, const ProbeOptions &options = {});
    bool isRunning() const { return m_running; }
    const QList<ProbeResult> &results() const { return m_results; }
    // Stops the probe under way; finished() follows.
    void cancel();

Q_SIGNALS:
    void finished();

private:
    void next();
    void run(ProbeResult::Kind kind);
    void collect();

    SessionRecord m_record;
    ProbeOptions m_options;
    QList<ProbeResult::Kind> m_todo;
    QList<ProbeResult> m_results;
    ProbeResult m_current;
    QPointer<SmtpSession> m_session;
    QPointer<Conversation> m_conversation;
    QTimer m_guard;
    bool m_running = false;
};

} // namespace postel
