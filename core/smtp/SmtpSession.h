#pragma once

#include "../auth/AuthMechanism.h"
#include "../transcript/Redactor.h"
#include "../transcript/TranscriptEntry.h"
#include "Capabilities.h"
#include "MessagePump.h"
#include "Reply.h"
#include "ReplyParser.h"
#include "SessionPort.h"
#include "SmtpError.h"
#include "SmtpOperation.h"
#include "TlsInfo.h"
#include "TlsSetup.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QIODevice>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

class QSslSocket;

namespace postel {

// smtplib's SMTP object on a QSslSocket. Every method returns an SmtpOperation at once;
// operations run one after another in the order they were asked for. The session keeps
// the connection, the command queue and the dispatch of replies; the message pump
// (MessagePump) and TLS (TlsSetup) are its parts, and each operation's own logic lives in
// its class (operations/). Every byte goes through one place, which emits one entry() per
// command, reply, run of message data, TLS handshake and note: transcripts, teaching views
// and diagnostics are listeners.
class SmtpSession : public QObject, private SessionPort, private MessagePump::Wire
{
    Q_OBJECT
public:
    enum class Security
    {
        None,
        StartTls,
        ImplicitTls
    };
    Q_ENUM(Security)
    enum class State
    {
        Disconnected,
        Connecting,
        Connected,
        TlsHandshake,
        Closing
    };
    Q_ENUM(State)

    explicit SmtpSession(QObject *parent = nullptr);
    ~SmtpSession() override;

    // --- settings (smtplib's constructor arguments and attributes) -------------------
    // 0: silent, 1: commands and replies, 2: the same with timestamps (see Transcript).
    void setDebugLevel(int level) { m_debugLevel = level; }
    int debugLevel() const { return m_debugLevel; }
    // Bounds each command as a whole (and connect + greeting), in milliseconds; 0 = none.
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }
    void setSourceAddress(const QHostAddress &address, quint16 port = 0);
    // The name for EHLO/HELO when none is given (default: this machine's FQDN, or an
    // address literal for the local address when it has none).
    void setLocalHostname(const QString &name) { m_localHostname = name; }
    QString localHostname() const;
    // LMTP (RFC 2033): LHLO instead of EHLO, and one reply per recipient after DATA.
    void setLmtp(bool on) { m_lmtp = on; }
    bool isLmtp() const { return m_lmtp; }
    // TLS: replaces the default configuration (system CAs, peer verification on).
    void setTlsConfiguration(const QSslConfiguration &config) { m_tls.setConfiguration(config); }
    QSslConfiguration tlsConfiguration() const { return m_tls.configuration(); }
    // Offer the TLS session of the previous verified connection to the same host and port
    // when connecting again (on by default; TlsInfo::resumed tells when the server took it).
    void setTlsSessionResumption(bool on) { m_tls.setResumption(on); }
    bool tlsSessionResumption() const { return m_tls.resumption(); }
    // Accept a peer certificate with this SHA-256 fingerprint despite verification errors
    // (a user's explicit per-profile decision). Empty: none.
    void setPinnedCertificate(const QByteArray &sha256) { m_tls.setPinnedCertificate(sha256); }
    // The name the certificate must carry (and SNI) when it is not the host connected to:
    // an MX host reached at the address a chosen DNS server gave for it. Empty: the host.
    void setTlsPeerName(const QString &name) { m_tls.setPeerName(name); }
    QString tlsPeerName() const { return m_tls.peerName(); }
    // Fail instead of going on in clear: STARTTLS missing or failed, MAIL/AUTH unencrypted.
    void setRequireTls(bool on) { m_requireTls = on; }
    bool requireTls() const { return m_requireTls; }
    // PLAIN and LOGIN send the password itself: only over TLS unless this is set.
    void setAllowCleartextAuth(bool on) { m_allowCleartextAuth = on; }
    bool allowCleartextAuth() const { return m_allowCleartextAuth; }
    // Use PIPELINING (RFC 2920) and CHUNKING (RFC 3030) when the server offers them.
    void setUsePipelining(bool on) { m_usePipelining = on; }
    void setUseChunking(bool on) { m_useChunking = on; }
    bool usePipelining() const { return m_usePipelining; }
    bool useChunking() const { return m_useChunking; }

    // --- smtplib's SMTP object ------------------------------------------------------
    // "host:port" and "[v6]:port" are split; port 0 means 25 (465 for ImplicitTls).
    SmtpOperation *connectToHost(const QString &host = QStringLiteral("localhost"),
                                 quint16 port = 0, Security security = Security::None);
    SmtpOperation *docmd(const QByteArray &cmd, const QByteArray &args = {});
    SmtpOperation *helo(const QString &name = {});
    SmtpOperation *ehlo(const QString &name = {});
    SmtpOperation *ehloOrHeloIfNeeded();
    bool hasExtn(const QString &name) const { return m_features.has(name); }
    SmtpOperation *verify(const QString &address);
    SmtpOperation *expn(const QString &address);
    SmtpOperation *noop();
    SmtpOperation *rset();
    SmtpOperation *mail(const QString &sender, const QStringList &options = {});
    SmtpOperation *rcpt(const QString &recipient, const QStringList &options = {});
    // DATA with the message given as bytes (CRLF-normalised, dot-stuffed on the wire).
    SmtpOperation *data(const QByteArray &message);
    SmtpOperation *login(const QString &user, const QString &password,
                         bool initialResponseOk = true);
    SmtpOperation *auth(const AuthMechanismPtr &mechanism, bool initialResponseOk = true);
    SmtpOperation *starttls();
    // sendmail(): from, to, msg. A byte message; the operation is a SendMailOperation
    // (its result(): accepted, refused, each recipient's reply).
    SmtpOperation *sendmail(const QString &from, const QStringList &to, const QByteArray &msg,
                            const QStringList &mailOptions = {},
                            const QStringList &rcptOptions = {});
    // The same, streaming the message from a device (the session takes ownership).
    SmtpOperation *sendmail(const QString &from, const QStringList &to, QIODevice *msg,
                            const QStringList &mailOptions = {},
                            const QStringList &rcptOptions = {});
    // A text message must be ASCII (smtplib encodes str with the ascii codec).
    SmtpOperation *sendmailText(const QString &from, const QStringList &to, const QString &msg,
                                const QStringList &mailOptions = {},
                                const QStringList &rcptOptions = {});
    SmtpOperation *quit();
    // Closes the connection now; operations still pending fail as disconnected.
    void close();
    // Cancels everything: the active operation fails as Cancelled, the connection closes.
    void abort();

    // --- what the session knows (smtplib's attributes) -------------------------------
    State state() const { return m_state; }
    bool isConnected() const;
    bool isEncrypted() const;
    const Reply &greeting() const { return m_greeting; }
    QByteArray heloResp() const { return m_heloResp; }
    QByteArray ehloResp() const { return m_ehloResp; }
    bool doesEsmtp() const { return m_doesEsmtp; }
    // An EHLO or HELO was answered on this connection (since the last STARTTLS).
    bool hasGreeted() const { return m_ehloDone || m_heloDone; }
    // AUTH succeeded on this connection (since the last STARTTLS, which forgets it).
    bool isAuthenticated() const { return m_authenticated; }
    const Capabilities &esmtpFeatures() const { return m_features; }
    // The capabilities last advertised, kept across STARTTLS (for the UI's picker).
    const Capabilities &lastAdvertised() const { return m_lastAdvertised; }
    // What EHLO advertised in clear text on this connection, before STARTTLS (empty when
    // there was no EHLO in clear): to show what TLS changed.
    const Capabilities &advertisedBeforeTls() const { return m_advertisedBeforeTls; }
    const TlsInfo &tlsInfo() const { return m_tls.info(); }
    // The certificate errors of the last handshake (those accepted or pinned too).
    const QList<QSslError> &lastSslErrors() const { return m_tls.lastErrors(); }
    // The certificate the server showed, also while sslErrors() is being handled.
    QSslCertificate peerCertificate() const;
    QList<QSslCertificate> peerCertificateChain() const;
    QString peerName() const { return m_host; }
    quint16 peerPort() const { return m_port; }
    // For the failure doctor: the socket's last error on this connection (UnknownSocketError:
    // none), and whether the TCP connection was made at all (a silent server and an
    // unreachable one both end in a timeout).
    QAbstractSocket::SocketError lastSocketError() const { return m_socketError; }
    bool tcpConnected() const { return m_tcpConnected; }
    QHostAddress localAddress() const;

    // Queues an operation defined outside core/smtp (send_message, custom scripts): it runs
    // in order with the others, and may run the built-in operations (operations/*.h) as
    // its steps with runChild(). The session takes ownership.
    SmtpOperation *enqueue(SmtpOperation *op);

    // From a slot connected to sslErrors(): accept these errors for this handshake only.
    void ignoreSslErrors(const QList<QSslError> &errors) { m_tls.accept(errors); }

Q_SIGNALS:
    // smtplib's auditing event "smtplib.connect" (host, port), before connecting.
    void aboutToConnect(const QString &host, quint16 port);
    // The one transcript pipeline: every command line, reply, run of message data, TLS
    // handshake and note of the session, in the order they happened, with credentials
    // marked (TranscriptEntry::secretFrom) for TranscriptFormat to mask.
    void entry(const postel::TranscriptEntry &entry);
    void stateChanged(postel::SmtpSession::State state);
    void tlsStarted(const postel::TlsInfo &info);
    // Certificate problems: connect with Qt::DirectConnection and call ignoreSslErrors()
    // to accept them (a dialog in the UI); otherwise the handshake fails.
    void sslErrors(const QList<QSslError> &errors);
    // Emitted when an operation finishes (after its own finished()).
    void operationFinished(postel::SmtpOperation *operation);

private:
    // SessionPort: what operations may ask (through SmtpOperation's protected API).
    bool sendCommand(SmtpOperation *op, const QByteArray &line) override;
    void expectReply(SmtpOperation *op) override;
    void streamMessage(SmtpOperation *op, QIODevice *source,
                       const MessagePump::Options &options) override;
    bool stopStreaming(SmtpOperation *op) override { return m_pump.stop(op); }
    void resumeStreaming() override;
    int chunksSent() const override { return m_pump.chunksSent(); }
    bool lastChunkSent() const override { return m_pump.lastChunkSent(); }
    void activate(SmtpOperation *op) override;
    void operationDone(SmtpOperation *op) override;
    void transactionWritten(SmtpOperation *op) override;
    bool hasFollower(const SmtpOperation *op) const override;
    bool quitPending() const override { return !m_pipelinedQuit.isNull(); }
    void openSocket(const QString &host, quint16 port, bool implicitTls) override;
    void beginClientTls() override;
    void dropConnection() override;
    void halfCloseIfPlain() override;
    void setGreeting(const Reply &reply, bool accepted) override;
    void setEhloResult(const Reply &reply, bool esmtp) override;
    void setHeloResult(const Reply &reply) override;
    void setAuthenticated() override { m_authenticated = true; }

    // MessagePump::Wire: the pump writes through the same place.
    bool writeCommand(SmtpOperation *op, const QByteArray &line) override;
    void writeEndOfData() override;
    void writePayload(const char *data, qsizetype size) override;
    qint64 pendingWrite() const override;
    bool wireEncrypted() const override { return isEncrypted(); }
    void progressMade() override;
    void progress(SmtpOperation *op, qint64 sent, qint64 total) override;
    void streamEnded(SmtpOperation *op) override;

    // The one place bytes are written, and the entries the transcript hears.
    void writeLine(const QByteArray &line, qsizetype secretFrom);
    void emitEntry(TranscriptEntry e);
    void flushData();
    void note(const QString &text, bool error = false);
    bool wantsEntries() const;

    void startNext();
    void onReadyRead();
    void flushNow();
    void deliver(const Reply &reply);
    void unsolicited(const Reply &reply);
    void onConnected();
    void onSocketError();
    void onDisconnected();
    void onTimeout();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void failActive(ErrorKind kind, const QString &message);
    void setState(State s);
    void armTimer();
    void forgetEhlo();
    QString defaultName() const;
    // Pipelining across transactions (RFC 2920).
    SmtpOperation *tailOperation() const;
    bool canPipelineAhead() const;
    void maybeStartAhead();
    bool pipelineQueuedQuit(SmtpOperation *op);
    void failPipelinedQuit();

    QSslSocket *m_socket = nullptr;
    ReplyParser m_parser;
    Redactor m_redactor;
    TlsSetup m_tls;
    MessagePump m_pump{*this};
    QTimer m_timer;
    QElapsedTimer m_clock; // for each reply's latency
    int m_debugLevel = 0;
    int m_timeoutMs = 60000;
    QHostAddress m_sourceAddress;
    quint16 m_sourcePort = 0;
    QString m_localHostname;
    bool m_lmtp = false;
    bool m_requireTls = false;
    bool m_allowCleartextAuth = false;
    bool m_usePipelining = true;
    bool m_useChunking = true;
    bool m_implicitTls = false;

    State m_state = State::Disconnected;
    QString m_host;
    quint16 m_port = 0;
    QAbstractSocket::SocketError m_socketError = QAbstractSocket::UnknownSocketError;
    bool m_tcpConnected = false;
    Reply m_greeting;
    QByteArray m_heloResp;
    QByteArray m_ehloResp;
    bool m_doesEsmtp = false;
    bool m_ehloDone = false;
    bool m_heloDone = false;
    bool m_authenticated = false;
    Capabilities m_features;
    Capabilities m_lastAdvertised;
    Capabilities m_advertisedBeforeTls;

    // One per reply still expected, in order: who gets it, what asked for it and when.
    struct Awaiting
    {
        SmtpOperation *op = nullptr;
        QByteArray verb;
        qint64 since = 0; // m_clock's milliseconds
        bool greeting = false;
    };
    void emitServerEntry(const Reply &reply, const Awaiting &waiting);
    // Why the connection was closed by Postel (a 421, a reply out of step): what a command
    // asked for afterwards fails with.
    ErrorKind m_closedKind = ErrorKind::ServerDisconnected;
    QString m_closedWhy;
    qsizetype m_lateExpectations = 0; // expectReply() calls during the current read
    QList<SmtpOperation *> m_queue;   // waiting to start
    QList<SmtpOperation *> m_stack;   // active: the top receives replies
    QList<Awaiting> m_awaiting;
    // Transactions started ahead of their turn (PIPELINING across messages): each was sent
    // behind the last byte of the one before; they move onto m_stack as those finish.
    QList<SmtpOperation *> m_ahead;
    bool m_startingAhead = false;
    bool m_startAheadAgain = false;
    quint64 m_parserGeneration = 0;
    QPointer<SmtpOperation> m_pipelinedQuit;
    bool m_halfCloseWhenFlushed = false;
    TranscriptEntry m_pendingData; // message bytes written since the last entry
    bool m_hasPendingData = false;
};

} // namespace postel
