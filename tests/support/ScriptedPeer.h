#pragma once

// A scripted SMTP peer for tests: a QTcpServer on 127.0.0.1 (or ::1), port 0, replaying a
// script kept as a file under tests/data/. It runs in the test's own event loop; it records
// what the client sent and every mismatch, and the test thread asserts on the record.
//
// Script syntax (one directive per line; '#' starts a comment line):
//   S: <text>        send "<text>\r\n"; consecutive S: lines go out in one write
//   C: <glob>        expect one line from the client matching the glob ('*' any run,
//                    '?' one character; everything else literal, case-sensitive)
//   D:               expect a DATA body up to the lone dot; the raw wire bytes are recorded
//   X:               close the connection
//   T:               start TLS as the server (needs setTlsCredentials())
//   W: <ms>          pause
//   @include <part>  insert tests/data/<part>.script (parts live in tests/data/parts/)
//   @bytewise [ms]   from here on, replies go out one byte per write with a pause (default
//                    1 ms) between writes (MailKit's replay mode); @whole turns it off
#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>
#include <QTcpServer>
#include <QTimer>

class QSslSocket;

class ScriptedPeer : public QTcpServer
{
    Q_OBJECT
public:
    explicit ScriptedPeer(QObject *parent = nullptr);
    ~ScriptedPeer() override;

    // tests/data (from POSTEL_SOURCE_DIR, else the path compiled in).
    static QString dataDir();
    // Loads tests/data/<name>.script. On error returns false and records a failure.
    bool loadScript(const QString &name);
    // The same syntax, from a string (for the peer's own tests).
    bool setScriptText(const QString &text, const QString &origin = QStringLiteral("inline"));
    // The mode the script starts in (@bytewise / @whole switch it mid-script).
    void setByteAtATime(bool on, int pauseMs = 1);
    void setTlsCredentials(const QSslCertificate &cert, const QSslKey &key);

    // Listens on port 0 of `address`.
    bool start(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));
    quint16 port() const { return serverPort(); }

    // --- the record --------------------------------------------------------------------
    QStringList received() const { return m_received; }       // client lines, no CRLF
    QList<QByteArray> dataBodies() const { return m_bodies; } // raw, final ".\r\n" excluded
    QStringList failures() const { return m_failures; }
    // "C: line" / "S: line" / "D: n bytes" / "X:" / "T:" in the order they happened.
    QStringList events() const { return m_events; }
    bool isDone() const { return m_done; }               // every step ran
    bool clientClosed() const { return m_clientClosed; } // the client closed first
    bool isEncrypted() const;
    int connectionCount() const { return m_connections; }

    // A throwaway self-signed certificate for localhost and 127.0.0.1 made with openssl in
    // `dir`. Returns an empty string on success, else why it failed.
    static QString makeCertificate(const QString &dir, QSslCertificate *cert, QSslKey *key);

Q_SIGNALS:
    void finished();

protected:
    void incomingConnection(qintptr handle) override;

private:
    struct Step
    {
        enum Kind
        {
            Send,
            Expect,
            Data,
            Close,
            Tls,
            Wait,
            Mode
        } kind;
        QByteArray arg;
        QString where; // file:line, for failure messages
    };
    bool parse(const QString &text, const QString &origin, int depth);
    void run();
    void onReadyRead();
    void onDisconnected();
    void writeOut(const QByteArray &bytes);
    void drip();
    void fail(const QString &why);
    static bool globMatch(const QByteArray &pattern, const QByteArray &text);

    QList<Step> m_steps;
    qsizetype m_pc = 0;
    QPointer<QSslSocket> m_socket;
    QByteArray m_in;
    QByteArray m_out; // bytes still to drip in byte-at-a-time mode
    QTimer m_dripTimer;
    bool m_byteAtATime = false;
    int m_pauseMs = 1;
    bool m_waiting = false; // a W: or T: step is in progress
    bool m_done = false;
    bool m_clientClosed = false;
    bool m_closed = false;
    int m_connections = 0;
    QSslCertificate m_cert;
    QSslKey m_key;
    QStringList m_received;
    QList<QByteArray> m_bodies;
    QStringList m_failures;
    QStringList m_events;
};
