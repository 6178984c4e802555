#pragma once

#include "Finding.h"
#include "SessionRecord.h"

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <optional>

namespace postel {

class Conversation;
class SmtpSession;

// "Find settings": given an address and a password, tries the host's submission ports —
// 587 with STARTTLS, 465 with TLS from the first byte, 25 with STARTTLS — one after the other
// (connect, EHLO, TLS, log in, QUIT; never a message) and proposes the first that works,
// with what each try saw as evidence (the failure doctor names what went wrong). The hosts
// tried are the address's domain's usual names (smtp., mail., the domain) unless one is
// given. The login is tried as the whole address, and when that is refused, as its local
// part. Asynchronous: finished() follows start().
class SettingsFinder : public QObject
{
    Q_OBJECT
public:
    struct Candidate
    {
        QString host;
        quint16 port = 587;
        SmtpSession::Security security = SmtpSession::Security::StartTls;
        quint16 usualPort = 0; // the port it stands for (587, 465, 25); 0: port
        QString user;          // empty: the options' user (the address)
        bool operator==(const Candidate &) const = default;
    };
    struct Attempt
    {
        Candidate candidate;
        SessionRecord record;
        QList<Finding> findings;
        bool works = false; // greeted, TLS verified (or trusted), logged in when asked
        QString evidence;   // one sentence on what this try saw
    };
    struct Options
    {
        QString address;
        QString user; // empty: the address
        QString password;
        QString host; // empty: the domain's usual names
        // Instead of the usual ports (tests: the loopback servers' random ports); empty: 587,
        // 465, 25 on each host. POSTEL_FIND_SETTINGS_PORTS="587=P1,465=P2,25=P3" does the same.
        QList<Candidate> candidates;
        int timeoutMs = 8000;
        QString ehloName;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    };

    explicit SettingsFinder(QObject *parent = nullptr);
    ~SettingsFinder() override;

    // The hosts to try for an address: smtp.DOMAIN, mail.DOMAIN, DOMAIN (or just `host`).
    static QStringList hostsFor(const QString &address, const QString &host = {});
    // The tries in order (the environment's port mapping applied).
    static QList<Candidate> candidatesFor(const Options &options);

    void start(const Options &options);
    void cancel();
    bool isRunning() const { return m_running; }
    const QList<Attempt> &attempts() const { return m_attempts; }
    // The first try that worked.
    std::optional<Attempt> found() const;

Q_SIGNALS:
    // A try starts ("Trying smtp.example.org port 587 with STARTTLS…").
    void trying(const QString &what);
    // A try is done: attempts().last() says what it saw.
    void attempted();
    void finished();

private:
    void next();
    void done();
    QString describe(const Attempt &a) const;

    Options m_options;
    QList<Candidate> m_todo;
    QList<Attempt> m_attempts;
    QPointer<SmtpSession> m_session;
    QPointer<Conversation> m_conversation;
    QList<TranscriptEntry> m_entries;
    QStringList m_deadHosts; // not found: their other ports are not tried
    bool m_running = false;
};

} // namespace postel
