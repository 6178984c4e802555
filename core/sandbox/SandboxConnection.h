#pragma once

#include "SandboxAuthenticator.h"
#include "SandboxBehaviour.h"
#include "SandboxMailbox.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

class QSslSocket;

namespace postel {

class SandboxServer;

// One client of the sandbox (internal to SandboxServer). Reads commands from its buffer in
// order and answers each in turn, so PIPELINING needs nothing special; it stops reading
// while a fault delays a step, during the TLS handshake, once it is closing, and while
// 64 KiB of its replies wait for the client to read them. Memory is bounded: it reads at
// most 64 KiB at a time, holds at most one line (max_command_line or max_data_line) besides,
// and the message being received (size_limit). It handles at most 64 commands per turn of
// the event loop, then lets the other clients and the GUI have theirs. Its definitions are
// in four files: SandboxConnection.cpp (input, dispatch, faults, replies),
// SandboxConnectionCommands.cpp, SandboxConnectionData.cpp, SandboxConnectionSecurity.cpp.
class SandboxConnection : public QObject
{
    Q_OBJECT
public:
    SandboxConnection(SandboxServer *server, quint64 id, QSslSocket *socket,
                      const SandboxBehaviour &behaviour, bool implicitTls);
    ~SandboxConnection() override;

    quint64 id() const { return m_id; }
    void begin();
    // Closes at once, without a reply (server shutdown).
    void abort();

private:
    enum class Mode
    {
        Greeting,
        Command,
        Auth,
        Data,
        Bdat,
        TlsHandshake,
        Closing
    };

    void onReadyRead();
    void onBytesWritten();
    void onEncrypted();
    void onDisconnected();
    void onIdleTimeout();
    // Reads and handles what the client sent, as far as it can this turn; sends the replies.
    void pump();
    void process();
    bool readable() const;
    qint64 pendingOutput() const;
    bool nextCommandLine(QByteArray &line);
    void processData();
    void processBdat();

    void dispatch(const QByteArray &line);
    void greet();
    void cmdHelo(const QByteArray &verb, const QByteArray &arg);
    void cmdMail(const QByteArray &arg);
    void cmdRcpt(const QByteArray &arg);
    void cmdData(const QByteArray &arg);
    void cmdBdat(const QByteArray &arg);
    void cmdRset(const QByteArray &arg);
    void cmdVrfy(const QByteArray &verb, const QByteArray &arg);
    void cmdStartTls(const QByteArray &arg);
    void cmdAuth(const QByteArray &arg);
    void cmdQuit();
    void authLine(const QByteArray &line);
    void authResult(SandboxAuthenticator::Result result);
    void bdatChunkDone();
    void finishMessage();
    void storeMessage();

    // Runs `then` unless a fault at `step` replaces it; a delay fault runs it later.
    void gate(SandboxStep step, std::function<void()> then);
    // Sends "code[-| ]enhanced text" lines; enhanced codes only when advertised.
    void reply(int code, const char *enhanced, const QByteArray &text);
    void replyLines(int code, const char *enhanced, const QList<QByteArray> &lines);
    void replyChosen(const SandboxReply &r, const QByteArray &defaultText);
    // A 5xx for a bad command: counts towards maxErrors.
    void replyError(int code, const char *enhanced, const QByteArray &text);
    void close();
    void resetTransaction();
    void finish();

    bool ehloDone() const { return !m_helo.isEmpty(); }
    bool authOffered() const;
    bool startTlsOffered() const;
    QStringList offeredMechanisms() const;
    QString protocolName() const;

    SandboxServer *m_server;
    quint64 m_id;
    QSslSocket *m_socket;
    SandboxBehaviour m_b;
    bool m_implicitTls;
    Mode m_mode = Mode::Greeting;
    QTimer m_idle;
    QByteArray m_in;
    qsizetype m_pos = 0;
    bool m_discardLine = false; // inside a command line that was too long
    bool m_paused = false;      // a delay fault is running
    bool m_processing = false;
    // Commands handled per turn of the event loop; then the other clients and the GUI have
    // theirs. Keeping a message (creating and renaming two files, which waits for the file
    // system's journal on a busy disk) counts as this many commands.
    static constexpr int CommandsPerTurn = 64;
    static constexpr int MessageCost = 16;
    bool m_pumping = false;
    bool m_turnScheduled = false; // the next turn is queued (the commands of this one ran out)
    int m_turnCommands = 0;       // commands handled in this turn of the event loop
    bool m_finished = false;
    bool m_greetingRefused = false; // a fault answered the connection with a refusal
    int m_errors = 0;
    QHash<int, int> m_stepCount;

    // session
    QString m_helo;
    bool m_esmtp = false;
    bool m_lmtp = false;
    bool m_tls = false;
    QString m_authUser;
    std::unique_ptr<SandboxAuthenticator> m_auth;

    // transaction
    bool m_inTransaction = false;
    SandboxEnvelope m_envelope;
    bool m_smtpUtf8 = false;
    QByteArray m_message;
    qint64 m_messageSize = 0;
    bool m_tooBig = false;
    bool m_lineTooLong = false;
    bool m_inDataLine = false;   // part of the current DATA line is taken already
    qint64 m_dataLineLength = 0; // its octets so far, without a dot added for transparency
    bool m_usedBdat = false;
    bool m_bdatGated = false; // the Data step ran for this BDAT transaction
    qint64 m_bdatRemaining = 0;
    bool m_bdatLast = false;
    QByteArray m_bdatError; // non-empty: the chunk is read and thrown away, then this reply
    int m_bdatErrorCode = 0;
    const char *m_bdatErrorEnhanced = "";
};

} // namespace postel
