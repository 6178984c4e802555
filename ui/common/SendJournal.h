#pragma once

#include "message/MailMessage.h"
#include "transcript/TranscriptEntry.h"

#include <QDateTime>
#include <QFile>
#include <QObject>
#include <optional>

namespace postel {

class SmtpSession;

// A send under way, kept on disk next to the draft so that a crash (even kill -9) in the
// middle of it loses nothing and leaves word of how far it got:
//   drafts/sending.json — the message exactly as handed to the session (its Date and
//                         Message-ID fixed), the server, the time the send started;
//   drafts/sending.log  — one JSON line per step of the session (connected, MAIL accepted,
//                         RCPT 2 of 3, DATA, the final dot…), written and flushed as each
//                         entry is emitted, with the command masked (TranscriptFormat) and
//                         the server's last reply as it came.
// The session emits an entry right after putting the bytes in its socket's buffer, before
// the event loop hands them to the kernel, so what the log lacks never left the process.
// Both files go once the outcome is known: when the server accepts the final dot for every
// recipient (delivered()), when it refuses, or when the send ends in any way the window then
// reports — except when the whole message went out and the connection was lost or the send
// stopped before the server's reply (keepUnknown()): that outcome stays unknown, and so does
// the journal. A send whose recipients the server split (452 4.5.3, a following transaction
// on the same connection) keeps its journal until the last transaction is answered, and the
// log names those the earlier ones delivered to. Files left over mean Postel stopped in the
// middle, or the outcome is unknown: see leftOver().
class SendJournal : public QObject
{
    Q_OBJECT
public:
    // How far a send had got, as the log says.
    enum class Stage
    {
        Started,   // nothing from the server yet
        Connected, // the greeting
        Ehlo,      // EHLO answered
        Tls,       // TLS started
        Auth,      // logged in
        Mail,      // MAIL FROM accepted
        Rcpt,      // RCPT: accepted of total
        Data,      // DATA's 354: the message was being written (dataBytes so far)
        Dot        // the whole message was written, the server's answer not yet read
    };

    struct LeftOver
    {
        MailMessage message;
        bool html = false;
        QString server;    // the profile: "name (host:port)"
        QDateTime started; // when the send started
        Stage stage = Stage::Started;
        int accepted = 0;       // recipients accepted (Rcpt and later)
        int recipients = 0;     // recipients in the envelope
        qint64 dataBytes = 0;   // message bytes written (Data)
        QString lastCommand;    // masked, as sent (unescaped)
        QString lastReply;      // the server's last reply, as sent (unescaped)
        QString error;          // the last error the session noted, if any
        bool stepKnown = false; // false: the log is missing (it could not be written)
        // Delivered in an earlier transaction of this send (452 4.5.3 split its recipients).
        QStringList deliveredTo;
        int inTransaction = 0; // recipients in the transaction under way (0: all of them)
        // How it ended without an answer: "" (Postel stopped: a crash), "lost" (the connection
        // was lost after the final dot), "stopped" (cancelled or closed after the final dot).
        QString cut;
        // The server may have the whole message: from the first message byte on, or when
        // the log does not say.
        bool mayHaveBeenDelivered() const { return !stepKnown || stage >= Stage::Data; }
    };

    static QString messagePath();
    static QString logPath();
    static std::optional<LeftOver> leftOver();
    static void clear();

    explicit SendJournal(SmtpSession *session, QObject *parent = nullptr);

    // Starts the journal for `message` (whose Date and Message-ID must be set, so that the
    // copy kept is the one that goes out). False (with a reason) when it cannot be written.
    bool begin(const MailMessage &message, bool html, const QString &server,
               QString *error = nullptr);
    // The send ended and the window says how: nothing is left to recover.
    void end();
    // The whole message went out, then the connection was lost (`stopped`: the user
    // cancelled or quit) before the server's reply: the journal stays, saying so, until the
    // user decides (UnknownOutcomeNotice), even across a restart.
    void keepUnknown(bool stopped, const QString &error);
    bool isActive() const { return m_active; }

Q_SIGNALS:
    // The server accepted the final dot and every recipient has the message (QUIT may still
    // be under way): the draft need not be kept.
    void delivered();

private:
    void record(const TranscriptEntry &entry);
    void append(Stage stage, const TranscriptEntry &entry);

    QFile m_log;
    bool m_active = false;
    int m_recipients = 0;
    int m_acceptedNow = 0;      // RCPT accepted in this transaction
    QStringList m_rcptSent;     // this transaction's RCPT addresses, in order
    int m_rcptReplied = 0;      // RCPT replies read in this transaction
    QStringList m_acceptedInTx; // of those, accepted
    bool m_tooMany = false;     // a 452 in this transaction: a following one may come
    QStringList m_deliveredTo;  // delivered in the transactions done
    Stage m_beforeMail = Stage::Started;
    QString m_cut; // see LeftOver::cut
    qint64 m_dataBytes = 0;
    QString m_lastText[3]; // the last command (masked), reply and error
    Stage m_stage = Stage::Started;
    bool m_lastChunk = false; // the last BDAT sent was BDAT … LAST
};

} // namespace postel
