#pragma once

#include "../auth/AuthMechanism.h"
#include "../transcript/Redactor.h"
#include "Capabilities.h"
#include "Reply.h"
#include "ReplyParser.h"
#include "SmtpError.h"
#include "SmtpOperation.h"
#include "TlsInfo.h"
#include "WireEncoder.h"

#include <QHostAddress>
#include <QIODevice>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <memory>

class QSslSocket;

namespace postel {

// smtplib's SMTP object on a QSslSocket. Every method returns an SmtpOperation at once;
// operations run one after another in the order they were asked for. The session emits
// a signal for every command sent and every reply received: transcripts, teaching views
// and diagnostics panels are listeners.
class SmtpSession : public QObject
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
    void setTlsConfiguration(const QSslConfiguration &config)
    {
        if (config != m_tlsConfig)
            m_tlsResume = {}; // verified under the old settings
        m_tlsConfig = config;
    }
    QSslConfiguration tlsConfiguration() const { return m_tlsConfig; }
    // Offer the TLS session of the previous verified connection to the same host and port
    // when connecting again (on by default; TlsInfo::resumed tells when the server took it).
    void setTlsSessionResumption(bool on)
    {
        m_tlsSessionResumption = on;
        if (!on)
            m_tlsResume = {};
    }
    bool tlsSessionResumption() const { return m_tlsSessionResumption; }
    // Accept a peer certificate with this SHA-256 fingerprint despite verification errors
    // (a user's explicit per-profile decision). Empty: none.
    void setPinnedCertificate(const QByteArray &sha256)
    {
        if (sha256 != m_pinnedSha256)
            m_tlsResume = {};
        m_pinnedSha256 = sha256;
    }
    // The name the certificate must carry (and SNI) when it is not the host connected to:
    // an MX host reached at the address a chosen DNS server gave for it. Empty: the host.
    void setTlsPeerName(const QString &name)
    {
        if (name != m_tlsPeerName)
            m_tlsResume = {};
        m_tlsPeerName = name;
    }
    QString tlsPeerName() const { return m_tlsPeerName; }
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
    // sendmail(): from, to, msg. A byte message; see MessageSource for files.
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
    const Capabilities &esmtpFeatures() const { return m_features; }
    // The capabilities last advertised, kept across STARTTLS (for the UI's picker).
    const Capabilities &lastAdvertised() const { return m_lastAdvertised; }
    const TlsInfo &tlsInfo() const { return m_tlsInfo; }
    // The certificate the server showed, also while sslErrors() is being handled.
    QSslCertificate peerCertificate() const;
    QString peerName() const { return m_host; }
    quint16 peerPort() const { return m_port; }
    QHostAddress localAddress() const;

    // Queues an operation defined outside core/smtp (send_message, custom scripts): it runs
    // in order with the others, and may run the built-in operations (operations/*.h) as
    // its steps with runChild(). The session takes ownership.
    SmtpOperation *enqueue(SmtpOperation *op);

    // From a slot connected to sslErrors(): accept these errors for this handshake only.
    void ignoreSslErrors(const QList<QSslError> &errors);

Q_SIGNALS:
    // smtplib's auditing event "smtplib.connect" (host, port), before connecting.
    void aboutToConnect(const QString &host, quint16 port);
    // Every line sent, without CRLF; secretFrom >= 0 marks where a credential starts.
    void commandSent(const QByteArray &line, qsizetype secretFrom);
    // Message bytes written during DATA/BDAT (not one signal per line).
    void messageDataSent(qint64 bytes);
    void replyReceived(const postel::Reply &reply);
    // Something the session itself says (discarded bytes, dropped replies, TLS failures).
    void infoMessage(const QString &text);
    void stateChanged(postel::SmtpSession::State state);
    void tlsStarted(const postel::TlsInfo &info);
    // Certificate problems: connect with Qt::DirectConnection and call ignoreSslErrors()
    // to accept them (a dialog in the UI); otherwise the handshake fails.
    void sslErrors(const QList<QSslError> &errors);
    // Emitted when an operation finishes (after its own finished()).
    void operationFinished(postel::SmtpOperation *operation);

private:
    friend class SmtpOperation;
    friend class ConnectOperation;
    friend class CommandOperation;
    friend class EhloOperation;
    friend class EhloOrHeloOperation;
    friend class AuthOperation;
    friend class LoginOperation;
    friend class StartTlsOperation;
    friend class SendMailOperation;
    friend class QuitOperation;
    friend class DataOperation;

    void startNext();
    void activate(SmtpOperation *op);
    void operationDone(SmtpOperation *op);
    bool sendLine(SmtpOperation *op, const QByteArray &line);
    void expectReply(SmtpOperation *op);
    void onReadyRead();
    void flushNow();
    void deliver(const Reply &reply);
    void onSocketError();
    void onDisconnected();
    void onTimeout();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void failActive(ErrorKind kind, const QString &message);
    void setState(State s);
    void armTimer();

    // For operations.
    void openSocket(const QString &host, quint16 port, Security security);
    void beginClientTls();
    void forgetEhlo();
    void dropConnection();
    void halfCloseIfPlain();
    void setEhloResult(const Reply &reply, bool esmtp);
    void setHeloResult(const Reply &reply);
    void setGreeting(const Reply &reply) { m_greeting = reply; }
    // DATA (dotStuffing, chunkLimit < 0) or BDAT (chunkLimit > 0: chunks of about that
    // many wire bytes, each announced with its own BDAT line, the last with LAST). Paced:
    // wait for resumeChunks() after every chunk (BDAT without PIPELINING).
    void streamMessage(SmtpOperation *op, QIODevice *source, bool dotStuffing,
                       qint64 chunkLimit = -1, bool paced = false);
    void pumpMessage();
    void pumpChunks();
    void endStream();
    qint64 readSource(qint64 max, const char *&data);
    // BDAT: send no more chunks. True if the stream ended now; false if an announced
    // chunk is still being written: the operation's dataWritten() follows once it is.
    bool stopChunking(SmtpOperation *op);
    void resumeChunks();
    int chunksSent() const { return m_chunksSent; }
    bool lastChunkSent() const { return m_lastChunkSent; }
    qint64 pendingWrite() const;
    // RFC 2920: a QUIT queued right behind `op` is written now, behind op's last command.
    void transactionWritten(SmtpOperation *op);
    bool hasFollower(const SmtpOperation *op) const;
    SmtpOperation *tailOperation() const;
    bool canPipelineAhead() const;
    void maybeStartAhead();
    bool pipelineQueuedQuit(SmtpOperation *op);
    void failPipelinedQuit();
    QString defaultName() const;

    QSslSocket *m_socket = nullptr;
    ReplyParser m_parser;
    Redactor m_redactor;
    QTimer m_timer;
    int m_debugLevel = 0;
    int m_timeoutMs = 60000;
    QHostAddress m_sourceAddress;
    quint16 m_sourcePort = 0;
    QString m_localHostname;
    bool m_lmtp = false;
    QSslConfiguration m_tlsConfig;
    QByteArray m_pinnedSha256;
    bool m_requireTls = false;
    bool m_allowCleartextAuth = false;
    bool m_usePipelining = true;
    bool m_useChunking = true;
    QList<QSslError> m_pendingSslErrors;
    QList<QSslError> m_acceptedSslErrors;

    State m_state = State::Disconnected;
    QString m_host;
    QString m_tlsPeerName;
    quint16 m_port = 0;
    Reply m_greeting;
    QByteArray m_heloResp;
    QByteArray m_ehloResp;
    bool m_doesEsmtp = false;
    bool m_ehloDone = false;
    bool m_heloDone = false;
    Capabilities m_features;
    Capabilities m_lastAdvertised;
    TlsInfo m_tlsInfo;

    QList<SmtpOperation *> m_queue;    // waiting to start
    QList<SmtpOperation *> m_stack;    // active: the top receives replies
    QList<SmtpOperation *> m_awaiting; // one entry per reply still expected, in order
    // Transactions started ahead of their turn (PIPELINING across messages): each was sent
    // behind the last byte of the one before; they move onto m_stack as those finish.
    QList<SmtpOperation *> m_ahead;
    bool m_startingAhead = false;
    bool m_startAheadAgain = false;
    quint64 m_parserGeneration = 0;

    // DATA/BDAT streaming
    std::unique_ptr<QIODevice> m_source;
    SmtpOperation *m_streamOp = nullptr;
    WireEncoder m_encoder;
    qint64 m_streamed = 0;
    qint64 m_streamTotal = -1;
    bool m_streamDone = false;
    QByteArray m_rawBuf;  // reused: no allocation per chunk
    QByteArray m_wireBuf; // DATA: encoded bytes; BDAT: the chunk being built
    qint64 m_chunkLimit = -1;
    bool m_chunkPaced = false;
    bool m_chunkWaiting = false;
    bool m_stopChunks = false;
    bool m_lastChunkSent = false;
    int m_chunksSent = 0;
    qsizetype m_chunkOffset = 0; // bytes of m_wireBuf (the announced chunk) handed over
    bool m_chunkIsLast = false;
    char m_lastWireByte = '\n';
    QPointer<SmtpOperation> m_pipelinedQuit;
    struct TlsResume
    {
        QString key; // host and port
        QByteArray ticket;
        QList<QSslCertificate> chain;
    };
    TlsResume m_tlsResume;
    bool m_tlsSessionResumption = true;
    bool m_tlsResumeOffered = false;
    bool m_halfCloseWhenFlushed = false;
};

} // namespace postel
