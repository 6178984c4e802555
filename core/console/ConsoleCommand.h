#pragma once

#include "smtp/SmtpOperation.h"

#include <QByteArray>

namespace postel {

class SmtpSession;

// A command line sent exactly as typed (as docmd() does), for the protocol console and
// postel-cli shell, with what a terminal cannot do: a STARTTLS answered 220 starts the TLS
// handshake (verified as everywhere) and the operation finishes once the session is
// encrypted; a QUIT closes the connection after its reply. Any reply is a result, as with
// docmd(); a refused handshake, a lost connection or a control character is an error.
class ConsoleCommand : public SmtpOperation
{
    Q_OBJECT
public:
    // Queues `line` (without CRLF) on the session; the session owns the operation.
    static ConsoleCommand *send(SmtpSession *session, const QByteArray &line);
    // The verb of `line`, upper case ("MAIL").
    static QByteArray verbOf(const QByteArray &line);
    // Whether the TLS handshake followed the reply (STARTTLS answered 220).
    bool startedTls() const { return m_tls; }

protected:
    ConsoleCommand(SmtpSession *session, QByteArray line);
    void start() override;
    void replyReceived(const Reply &reply) override;
    void tlsEstablished() override;

private:
    QByteArray m_line;
    bool m_tls = false;
};

// The message after DATA's 354, for the console: `message` goes on the wire with its line
// ends made CRLF, then the final "."; the reply to the dot is the result. With
// `dotStuff` false the lines go exactly as typed (the learner stuffs the dots, as with
// telnet); with it true a leading dot is doubled (a message from the composer).
class ConsoleMessage : public SmtpOperation
{
    Q_OBJECT
public:
    static ConsoleMessage *send(SmtpSession *session, const QByteArray &message, bool dotStuff);

protected:
    ConsoleMessage(SmtpSession *session, QByteArray message, bool dotStuff);
    void start() override;
    void replyReceived(const Reply &reply) override;
    void dataWritten() override;

private:
    QByteArray m_message;
    bool m_dotStuff;
};

} // namespace postel
