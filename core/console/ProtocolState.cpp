#include "ProtocolState.h"

#include "smtp/SmtpSession.h"

#include <QHostInfo>

namespace postel {

namespace {

// The address between < and > of "MAIL FROM:<a@b> SIZE=1" or "RCPT TO:<c@d>".
QString pathOf(const QByteArray &line)
{
    const qsizetype open = line.indexOf('<');
    const qsizetype close = line.indexOf('>', open + 1);
    if (open < 0 || close < 0)
        return {};
    return QString::fromUtf8(line.mid(open + 1, close - open - 1));
}

QByteArray verbOf(const QByteArray &line)
{
    const qsizetype space = line.indexOf(' ');
    return (space < 0 ? line : line.left(space)).trimmed().toUpper();
}

} // namespace

ProtocolState::ProtocolState(QObject *parent) : QObject(parent) {}

QList<ProtocolState::Step> ProtocolState::steps()
{
    return {Step::Closed,        Step::Connected,   Step::Greeted,    Step::Tls,
            Step::Authenticated, Step::Transaction, Step::Recipients, Step::DataSent};
}

QList<ProtocolState::Command> ProtocolState::commands()
{
    return {Command::Connect, Command::Ehlo, Command::Helo, Command::StartTls, Command::Auth,
            Command::Mail,    Command::Rcpt, Command::Data, Command::Rset,     Command::Noop,
            Command::Vrfy,    Command::Expn, Command::Quit};
}

QString ProtocolState::verb(Command command)
{
    switch (command) {
    case Command::None:
    case Command::Connect:
        return {};
    case Command::Ehlo:
        return QStringLiteral("EHLO");
    case Command::Helo:
        return QStringLiteral("HELO");
    case Command::StartTls:
        return QStringLiteral("STARTTLS");
    case Command::Auth:
        return QStringLiteral("AUTH");
    case Command::Mail:
        return QStringLiteral("MAIL");
    case Command::Rcpt:
        return QStringLiteral("RCPT");
    case Command::Data:
        return QStringLiteral("DATA");
    case Command::Rset:
        return QStringLiteral("RSET");
    case Command::Noop:
        return QStringLiteral("NOOP");
    case Command::Vrfy:
        return QStringLiteral("VRFY");
    case Command::Expn:
        return QStringLiteral("EXPN");
    case Command::Quit:
        return QStringLiteral("QUIT");
    }
    return {};
}

void ProtocolState::attach(SmtpSession *session)
{
    connect(session, &SmtpSession::entry, this, &ProtocolState::feed);
    connect(session, &SmtpSession::stateChanged, this, [this](SmtpSession::State s) {
        if (s == SmtpSession::State::Disconnected)
            disconnected();
        else if (s == SmtpSession::State::Connecting && m_connected) {
            // A new connection on the same session.
            forgetConnection();
            Q_EMIT changed();
        }
    });
}

void ProtocolState::reset()
{
    forgetConnection();
    m_lastSender.clear();
    m_lastRecipients.clear();
    Q_EMIT changed();
}

void ProtocolState::forgetConnection()
{
    m_connected = m_greetingReceived = m_greetingRefused = false;
    m_greeted = m_esmtp = m_ehloRefused = m_encrypted = m_authenticated = false;
    m_inAuthExchange = m_mailTried = false;
    m_caps = Capabilities();
    m_pending.clear();
    m_accepted = 0;
    endTransaction();
}

void ProtocolState::endTransaction()
{
    m_mail = false;
    m_recipients = 0;
    m_recipientsGiven.clear();
    m_inMessage = false;
    m_dataSent = false;
}

void ProtocolState::disconnected()
{
    if (!m_connected && m_pending.isEmpty())
        return;
    forgetConnection();
    Q_EMIT changed();
}

void ProtocolState::feed(const TranscriptEntry &entry)
{
    switch (entry.direction) {
    case TranscriptEntry::Client:
        onClient(entry);
        break;
    case TranscriptEntry::Server:
        onServer(entry);
        break;
    case TranscriptEntry::TlsStart:
        // RFC 3207 §4.2: everything learnt before the handshake is forgotten.
        m_connected = true;
        m_encrypted = true;
        m_greeted = m_esmtp = m_ehloRefused = false;
        m_authenticated = m_inAuthExchange = false;
        m_caps = Capabilities();
        m_pending.clear();
        endTransaction();
        break;
    case TranscriptEntry::Info:
    case TranscriptEntry::Error:
    case TranscriptEntry::Data:
        return;
    }
    Q_EMIT changed();
}

void ProtocolState::onClient(const TranscriptEntry &entry)
{
    m_connected = true;
    const QByteArray verb = entry.verb.isEmpty() ? verbOf(entry.bytes) : entry.verb;
    // A secret is never kept: an answer to a challenge is remembered as "AUTH" only.
    m_pending.append(entry.secretFrom >= 0 ? entry.bytes.left(entry.secretFrom) : entry.bytes);
    if (verb == ".")
        m_inMessage = false;
    if (verb == "MAIL")
        m_mailTried = true;
}

void ProtocolState::onServer(const TranscriptEntry &entry)
{
    m_connected = true;
    const int code = entry.code ? entry.code : entry.reply.code;
    QByteArray line;
    if (!entry.verb.isEmpty() || !m_pending.isEmpty())
        line = m_pending.isEmpty() ? QByteArray() : m_pending.takeFirst();
    const QByteArray verb = !entry.verb.isEmpty() ? entry.verb.toUpper() : verbOf(line);
    const bool ok = code >= 200 && code < 300;

    if (code == 421) {
        // RFC 5321 §3.8: the server is closing the transmission channel.
        m_greetingReceived = true;
        m_greeted = false;
        endTransaction();
        return;
    }
    if (verb.isEmpty() && !m_greetingReceived) {
        m_greetingReceived = true;
        m_greetingRefused = code != 220;
        return;
    }
    if (m_inAuthExchange && (verb == "AUTH" || verb.isEmpty())) {
        m_inAuthExchange = code == 334;
        m_authenticated = m_authenticated || code == 235;
        return;
    }
    if (verb == "EHLO" || verb == "HELO" || verb == "LHLO") {
        if (ok) {
            // RFC 5321 §4.1.4: EHLO in a session resets it as RSET does.
            m_greeted = true;
            m_esmtp = verb != "HELO";
            m_ehloRefused = false;
            m_caps = m_esmtp ? Capabilities::fromEhloReply(entry.reply) : Capabilities();
            endTransaction();
        } else if (verb != "HELO") {
            m_ehloRefused = true;
        }
    } else if (verb == "STARTTLS") {
        // The handshake follows a 220 (the TlsStart entry says when it is done).
    } else if (verb == "AUTH") {
        m_inAuthExchange = code == 334;
        m_authenticated = m_authenticated || code == 235;
    } else if (verb == "MAIL") {
        if (ok) {
            endTransaction();
            m_mail = true;
            m_sender = pathOf(line);
            m_lastSender = m_sender;
        }
    } else if (verb == "RCPT") {
        if (m_mail)
            m_recipientsGiven.append(pathOf(line)); // tried: Next moves on to the next one
        if (ok && m_mail) {
            ++m_recipients;
            if (!m_lastRecipients.contains(pathOf(line)))
                m_lastRecipients.append(pathOf(line));
        }
    } else if (verb == "DATA") {
        if (code == 354) {
            m_inMessage = true;
            m_dataSent = true;
        }
    } else if (verb == "." || verb == "BDAT") {
        // The reply to the final dot (or BDAT LAST) ends the transaction either way.
        if (verb == "." || line.toUpper().contains(" LAST") || !ok) {
            endTransaction();
            if (ok) {
                // Lit as "data sent" until the next transaction or RSET.
                ++m_accepted;
                m_dataSent = true;
            }
        } else {
            m_dataSent = true;
        }
    } else if (verb == "RSET") {
        if (ok)
            endTransaction();
    } else if (verb == "QUIT") {
        m_greeted = false;
        endTransaction();
    }
}

ProtocolState::Step ProtocolState::step() const
{
    if (!m_connected)
        return Step::Closed;
    if (m_dataSent)
        return Step::DataSent;
    if (m_recipients > 0)
        return Step::Recipients;
    if (m_mail)
        return Step::Transaction;
    if (m_authenticated)
        return Step::Authenticated;
    if (m_encrypted)
        return Step::Tls;
    if (m_greeted)
        return Step::Greeted;
    return Step::Connected;
}

bool ProtocolState::isReached(Step s) const
{
    switch (s) {
    case Step::Closed:
        return !m_connected;
    case Step::Connected:
        return m_connected;
    case Step::Greeted:
        return m_connected && m_greeted;
    case Step::Tls:
        return m_connected && m_encrypted;
    case Step::Authenticated:
        return m_connected && m_authenticated;
    case Step::Transaction:
        return m_mail;
    case Step::Recipients:
        return m_recipients > 0;
    case Step::DataSent:
        return m_dataSent;
    }
    return false;
}

QString ProtocolState::whyNot(Command command) const
{
    if (command == Command::Connect)
        return m_connected ? tr("Already connected.") : QString();
    if (command == Command::None)
        return tr("Nothing to send.");
    if (!m_connected)
        return tr("Not connected: connect to a server first.");
    if (!m_greetingReceived)
        return tr("The server has not sent its greeting yet: a client waits for it (RFC 5321 "
                  "§3.1).");
    if (m_inMessage)
        return tr("The server is reading the message: only message lines and the final dot "
                  "may follow DATA's 354.");
    if (m_inAuthExchange)
        return tr("The server waits for the answer to its AUTH challenge (or \"*\" to cancel "
                  "it).");
    if (m_greetingRefused && command != Command::Quit)
        return tr("The server refused the session in its greeting: only QUIT makes sense now "
                  "(RFC 5321 §3.1).");
    switch (command) {
    case Command::Ehlo:
    case Command::Helo:
    case Command::Rset:
    case Command::Noop:
    case Command::Vrfy:
    case Command::Expn:
    case Command::Quit:
        // RFC 5321 §4.1.4: these may be sent at any time.
        return {};
    case Command::StartTls:
        if (m_encrypted)
            return tr("The connection is already encrypted.");
        if (!m_greeted || !m_esmtp)
            return tr("STARTTLS is an extension: send EHLO first to learn whether the server "
                      "offers it.");
        if (!m_caps.startTls())
            return tr("The server did not offer STARTTLS in its EHLO reply.");
        if (m_mail)
            return tr("Not in the middle of a mail transaction (finish it or send RSET).");
        return {};
    case Command::Auth:
        if (m_authenticated)
            return tr("Already authenticated: RFC 4954 allows one successful AUTH per session.");
        if (!m_greeted || !m_esmtp)
            return tr("AUTH is an extension: send EHLO first to learn whether the server "
                      "offers it.");
        if (!m_caps.has(QStringLiteral("auth")))
            return tr("The server did not offer AUTH in its EHLO reply.");
        if (m_mail)
            return tr("AUTH is not allowed during a mail transaction (RFC 4954 §4).");
        return {};
    case Command::Mail:
        if (!m_greeted)
            return tr("Greet the server with EHLO or HELO first (RFC 5321 §4.1.4).");
        if (m_mail)
            return tr("A transaction is already open: send RCPT, DATA, or RSET to abandon it.");
        return {};
    case Command::Rcpt:
        if (!m_mail)
            return tr("RCPT needs an accepted MAIL FROM first (RFC 5321 §3.3).");
        return {};
    case Command::Data:
        if (!m_mail)
            return tr("DATA needs an accepted MAIL FROM first (RFC 5321 §3.3).");
        if (m_recipients == 0)
            return tr("DATA needs at least one accepted recipient (RFC 5321 §3.3).");
        return {};
    case Command::None:
    case Command::Connect:
        break;
    }
    return {};
}

bool ProtocolState::isLegal(Command command) const
{
    return whyNot(command).isEmpty();
}

QList<ProtocolState::Command> ProtocolState::legalCommands() const
{
    QList<Command> out;
    for (Command c : commands()) {
        if (isLegal(c))
            out.append(c);
    }
    return out;
}

void ProtocolState::setEnvelope(const QString &sender, const QStringList &recipients)
{
    m_sender = sender;
    m_envelopeRecipients = recipients;
    Q_EMIT changed();
}

ProtocolState::Next ProtocolState::next() const
{
    Next n;
    if (!m_connected) {
        n.command = Command::Connect;
        return n;
    }
    if (!m_pending.isEmpty() && !m_inAuthExchange) {
        n.hint = tr("Wait for the server's reply.");
        return n;
    }
    if (!m_greetingReceived) {
        n.hint = tr("Wait for the server's greeting.");
        return n;
    }
    if (m_inMessage) {
        n.line = ".";
        n.hint = tr("Send the message, then a line with a single dot to end it.");
        return n;
    }
    if (m_inAuthExchange) {
        n.hint = tr("Answer the server's challenge (base64), or send \"*\" to cancel.");
        return n;
    }
    if (m_greetingRefused) {
        n.command = Command::Quit;
        n.line = "QUIT";
        return n;
    }
    if (!m_greeted) {
        n.command = m_ehloRefused ? Command::Helo : Command::Ehlo;
        n.line = lineFor(n.command);
        return n;
    }
    if (isLegal(Command::StartTls)) {
        n.command = Command::StartTls;
    } else if (isLegal(Command::Auth) && !m_mailTried) {
        n.command = Command::Auth;
    } else if (!m_mail) {
        n.command = m_accepted > 0 ? Command::Quit : Command::Mail;
    } else {
        n.command = Command::Data;
        for (const QString &r : envelopeRecipients()) {
            if (!m_recipientsGiven.contains(r))
                n.command = Command::Rcpt;
        }
        if (n.command == Command::Data && m_recipients == 0)
            n.command = Command::Rset;
    }
    n.line = lineFor(n.command);
    return n;
}

QString ProtocolState::sender() const
{
    return !m_sender.isEmpty()       ? m_sender
           : !m_lastSender.isEmpty() ? m_lastSender
                                     : QStringLiteral("sender@example.org");
}

QStringList ProtocolState::envelopeRecipients() const
{
    const QStringList r = !m_envelopeRecipients.isEmpty() ? m_envelopeRecipients : m_lastRecipients;
    return r.isEmpty() ? QStringList{QStringLiteral("recipient@example.org")} : r;
}

QByteArray ProtocolState::lineFor(Command command) const
{
    const QByteArray name =
        (m_heloName.isEmpty() ? QHostInfo::localHostName() : m_heloName).toUtf8();
    const QStringList recipients = envelopeRecipients();
    switch (command) {
    case Command::None:
    case Command::Connect:
        return {};
    case Command::Ehlo:
        return "EHLO " + name;
    case Command::Helo:
        return "HELO " + name;
    case Command::Auth: {
        const QStringList mechs = m_caps.authMechanisms();
        const QString mech = mechs.contains(QStringLiteral("PLAIN")) || mechs.isEmpty()
                                 ? QStringLiteral("PLAIN")
                                 : mechs.first();
        return "AUTH " + mech.toLatin1();
    }
    case Command::Mail:
        return "MAIL FROM:<" + sender().toUtf8() + ">";
    case Command::Rcpt:
        for (const QString &r : recipients) {
            if (!m_recipientsGiven.contains(r))
                return "RCPT TO:<" + r.toUtf8() + ">";
        }
        return "RCPT TO:<" + recipients.first().toUtf8() + ">";
    case Command::Vrfy:
        return "VRFY " + recipients.first().toUtf8();
    case Command::Expn:
        return "EXPN " + recipients.first().toUtf8();
    case Command::StartTls:
    case Command::Data:
    case Command::Rset:
    case Command::Noop:
    case Command::Quit:
        return verb(command).toLatin1();
    }
    return {};
}

QString ProtocolState::title(Step step)
{
    switch (step) {
    case Step::Closed:
        return tr("Closed");
    case Step::Connected:
        return tr("Connected");
    case Step::Greeted:
        return tr("Greeted");
    case Step::Tls:
        return tr("TLS");
    case Step::Authenticated:
        return tr("Authenticated");
    case Step::Transaction:
        return tr("In a transaction");
    case Step::Recipients:
        return tr("Recipients given");
    case Step::DataSent:
        return tr("Data sent");
    }
    return {};
}

QString ProtocolState::description(Step step)
{
    switch (step) {
    case Step::Closed:
        return tr("No connection: connect to a server to begin.");
    case Step::Connected:
        return tr("The connection is open; the server greets first with 220, then the client "
                  "introduces itself with EHLO (or HELO).");
    case Step::Greeted:
        return tr("EHLO or HELO was accepted: the server has listed its extensions and a mail "
                  "transaction may begin.");
    case Step::Tls:
        return tr("The connection is encrypted. After STARTTLS the client forgets what it "
                  "learnt and sends EHLO again (RFC 3207 §4.2).");
    case Step::Authenticated:
        return tr("AUTH succeeded (235): the server knows who is sending.");
    case Step::Transaction:
        return tr("MAIL FROM was accepted: a mail transaction is open; recipients come next.");
    case Step::Recipients:
        return tr("At least one RCPT TO was accepted: DATA may follow. Accepting a recipient "
                  "is not delivery yet.");
    case Step::DataSent:
        return tr("DATA was answered 354: the message follows, ended by a line with a single "
                  "dot; the reply to the dot decides.");
    }
    return {};
}

} // namespace postel
