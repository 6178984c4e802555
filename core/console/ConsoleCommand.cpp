#include "ConsoleCommand.h"

#include "smtp/SmtpSession.h"

#include <QBuffer>

namespace postel {

ConsoleCommand::ConsoleCommand(SmtpSession *session, QByteArray line)
    : SmtpOperation(session, QStringLiteral("console")), m_line(std::move(line))
{}

ConsoleCommand *ConsoleCommand::send(SmtpSession *session, const QByteArray &line)
{
    auto *op = new ConsoleCommand(session, line);
    session->enqueue(op);
    return op;
}

QByteArray ConsoleCommand::verbOf(const QByteArray &line)
{
    const QByteArray trimmed = line.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    return (space < 0 ? trimmed : trimmed.left(space)).toUpper();
}

void ConsoleCommand::start()
{
    SmtpOperation::send(m_line);
}

void ConsoleCommand::replyReceived(const Reply &reply)
{
    const QByteArray verb = verbOf(m_line);
    if (verb == "STARTTLS" && reply.code == 220 && !session()->isEncrypted()) {
        m_reply = reply;
        m_tls = true;
        startTlsHandshake();
        return;
    }
    if (verb == "QUIT")
        closeConnection();
    succeed(reply);
}

void ConsoleCommand::tlsEstablished()
{
    succeed(m_reply);
}

ConsoleMessage::ConsoleMessage(SmtpSession *session, QByteArray message, bool dotStuff)
    : SmtpOperation(session, QStringLiteral("console-message")), m_message(std::move(message)),
      m_dotStuff(dotStuff)
{}

ConsoleMessage *ConsoleMessage::send(SmtpSession *session, const QByteArray &message, bool dotStuff)
{
    auto *op = new ConsoleMessage(session, message, dotStuff);
    session->enqueue(op);
    return op;
}

void ConsoleMessage::start()
{
    if (!session()->isConnected()) {
        fail(ErrorKind::ServerDisconnected, tr("Not connected: connect to a server first."));
        return;
    }
    auto *buffer = new QBuffer;
    buffer->setData(m_message);
    buffer->open(QIODevice::ReadOnly);
    MessagePump::Options options;
    options.dotStuffing = m_dotStuff;
    streamMessage(buffer, options);
}

void ConsoleMessage::dataWritten()
{
    expectReply();
}

void ConsoleMessage::replyReceived(const Reply &reply)
{
    succeed(reply);
}

} // namespace postel
