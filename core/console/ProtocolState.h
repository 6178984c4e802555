#pragma once

#include "smtp/Capabilities.h"
#include "transcript/TranscriptEntry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace postel {

class SmtpSession;

// Where an SMTP session stands, as a learner's console needs to know it: the states of
// RFC 5321's conversation (connected, greeted, TLS, authenticated, in a transaction,
// recipients given, data sent, closed), which commands the protocol allows from there, and
// the command a client would send next. Fed from the session's transcript entries (and its
// disconnection), so it follows typed operations and raw commands (docmd) alike; no widgets.
class ProtocolState : public QObject
{
    Q_OBJECT
public:
    // The states drawn in the diagram, in the order a session goes through them.
    enum class Step
    {
        Closed,        // no connection (before connecting, after QUIT or a lost connection)
        Connected,     // the TCP (or TLS) connection is up; greeting awaited or received
        Greeted,       // EHLO or HELO was answered 250
        Tls,           // the connection is encrypted (EHLO is due again after STARTTLS)
        Authenticated, // AUTH was answered 235
        Transaction,   // MAIL FROM was accepted
        Recipients,    // at least one RCPT TO was accepted
        DataSent       // DATA was answered 354: the message goes until the final dot
    };
    Q_ENUM(Step)
    static QList<Step> steps();

    // The console's buttons. Connect is not a command on the wire.
    enum class Command
    {
        None,
        Connect,
        Ehlo,
        Helo,
        StartTls,
        Auth,
        Mail,
        Rcpt,
        Data,
        Rset,
        Noop,
        Vrfy,
        Expn,
        Quit
    };
    Q_ENUM(Command)
    static QList<Command> commands();
    // "EHLO", "MAIL" …; "" for None and Connect.
    static QString verb(Command command);

    // What a client would do now: a command and the line it would send (editable by the
    // learner); for None, `hint` says what is awaited instead.
    struct Next
    {
        Command command = Command::None;
        QByteArray line;
        QString hint;
    };

    explicit ProtocolState(QObject *parent = nullptr);

    // Follows a session from now on: its entries and its disconnection.
    void attach(SmtpSession *session);
    // Feeds one entry of a session's record (what attach() does for each).
    void feed(const TranscriptEntry &entry);
    // The connection is gone (the session went Disconnected).
    void disconnected();
    // Back to Closed, forgetting everything.
    void reset();

    // --- the state ---------------------------------------------------------------------
    Step step() const;
    // The steps reached on this connection and still true (Tls, Authenticated …): the
    // diagram lights them too, more faintly than step().
    bool isReached(Step step) const;
    bool isConnected() const { return m_connected; }
    bool greetingReceived() const { return m_greetingReceived; }
    bool greetingRefused() const { return m_greetingRefused; }
    bool isGreeted() const { return m_greeted; }
    bool isEsmtp() const { return m_esmtp; }
    bool isEncrypted() const { return m_encrypted; }
    bool isAuthenticated() const { return m_authenticated; }
    bool inTransaction() const { return m_mail; }
    int recipients() const { return m_recipients; }
    // DATA was answered 354 and the final dot not yet sent: lines are message lines.
    bool inMessage() const { return m_inMessage; }
    // A SASL exchange waits for the client's answer (334 received).
    bool inAuthExchange() const { return m_inAuthExchange; }
    // Commands sent and not yet answered.
    int pendingReplies() const { return int(m_pending.size()); }
    // Messages the server accepted on this connection (250 after the dot).
    int messagesAccepted() const { return m_accepted; }
    // What the last EHLO advertised (empty after STARTTLS until EHLO again).
    const Capabilities &capabilities() const { return m_caps; }

    // --- what may be sent ---------------------------------------------------------------
    // The protocol allows this command now (RFC 5321 §4.1.4, RFC 3207, RFC 4954).
    bool isLegal(Command command) const;
    QList<Command> legalCommands() const;
    // Why a command is not allowed now, in words ("" when it is).
    QString whyNot(Command command) const;
    Next next() const;
    // The line a button for `command` sends now: "EHLO name", "MAIL FROM:<sender>", "RCPT
    // TO:<the next recipient>", "VRFY <first recipient>" …; "" for Connect and None.
    QByteArray lineFor(Command command) const;

    // The envelope Next proposes (the composer's, or what was typed last); empty: the
    // addresses last used on the wire, else example addresses.
    void setEnvelope(const QString &sender, const QStringList &recipients);
    void setHeloName(const QString &name) { m_heloName = name; }

    // Translated names for the diagram ("Connected", "Recipients given" …).
    static QString title(Step step);
    // One sentence on the step, for a tooltip.
    static QString description(Step step);

Q_SIGNALS:
    // Anything above changed.
    void changed();

private:
    void onServer(const TranscriptEntry &entry);
    void onClient(const TranscriptEntry &entry);
    void endTransaction();
    void forgetConnection();
    QString sender() const;
    QStringList envelopeRecipients() const;

    bool m_connected = false;
    bool m_greetingReceived = false;
    bool m_greetingRefused = false;
    bool m_greeted = false;
    bool m_esmtp = false;
    bool m_ehloRefused = false;
    bool m_encrypted = false;
    bool m_authenticated = false;
    bool m_inAuthExchange = false;
    bool m_mail = false;
    bool m_mailTried = false;
    int m_recipients = 0;
    QStringList m_recipientsGiven; // RCPT sent in this transaction (answered)
    bool m_inMessage = false;
    bool m_dataSent = false;
    int m_accepted = 0;
    Capabilities m_caps;
    QList<QByteArray> m_pending; // verbs sent, not yet answered
    QString m_sender, m_lastSender;
    QStringList m_envelopeRecipients, m_lastRecipients;
    QString m_heloName;
};

} // namespace postel
