// SandboxConnection, part 2: the session and envelope commands -- EHLO/HELO/LHLO, MAIL,
// RCPT, RSET, VRFY/EXPN -- and the parsing of paths and their parameters.
#include "SandboxConnection.h"
#include "SandboxServer.h"

#include <QSslSocket>

namespace postel {

namespace {

// Splits "FROM:<a@b> SIZE=1" into the address and the parameters. `prefix` is "FROM:" or
// "TO:". Returns false on a syntax error. The address keeps its bytes (UTF-8 is checked by
// the caller).
bool parsePath(const QByteArray &arg, const char *prefix, QByteArray &address,
               QList<QByteArray> &params)
{
    const QByteArray p(prefix);
    if (!arg.left(p.size()).toUpper().startsWith(p))
        return false;
    QByteArray rest = arg.mid(p.size());
    // Lenient about a space after the colon, as most servers are.
    while (rest.startsWith(' '))
        rest.remove(0, 1);
    if (!rest.startsWith('<'))
        return false;
    qsizetype i = 1;
    bool quoted = false;
    for (; i < rest.size(); ++i) {
        const char c = rest.at(i);
        if (c == '\\' && quoted) {
            ++i;
            continue;
        }
        if (c == '"')
            quoted = !quoted;
        else if (c == '>' && !quoted)
            break;
    }
    if (i >= rest.size())
        return false;
    address = rest.mid(1, i - 1);
    // A source route ("@a,@b:user@c") is accepted and ignored (RFC 5321 4.1.2).
    if (address.startsWith('@')) {
        const qsizetype colon = address.indexOf(':');
        if (colon < 0)
            return false;
        address = address.mid(colon + 1);
    }
    const QByteArray tail = rest.mid(i + 1);
    if (!tail.isEmpty() && !tail.startsWith(' '))
        return false;
    params.clear();
    for (const QByteArray &param : tail.split(' ')) {
        if (!param.isEmpty())
            params.append(param);
    }
    return true;
}

bool isAscii(const QByteArray &s)
{
    for (char c : s) {
        if (uchar(c) > 0x7f)
            return false;
    }
    return true;
}

bool hasControl(const QByteArray &s)
{
    for (char c : s) {
        if (uchar(c) < 0x20 || c == 0x7f)
            return true;
    }
    return false;
}

bool validUtf8(const QByteArray &s)
{
    return QString::fromUtf8(s).toUtf8() == s;
}

// "local@domain" with both parts present, or "postmaster" alone for recipients.
bool plausibleAddress(const QByteArray &a)
{
    const qsizetype at = a.lastIndexOf('@');
    return at > 0 && at < a.size() - 1 && !a.contains(' ');
}

QByteArray keyOf(const QByteArray &param)
{
    const qsizetype eq = param.indexOf('=');
    return (eq < 0 ? param : param.left(eq)).toUpper();
}

QByteArray valueOf(const QByteArray &param)
{
    const qsizetype eq = param.indexOf('=');
    return eq < 0 ? QByteArray() : param.mid(eq + 1);
}

QStringList toStrings(const QList<QByteArray> &list)
{
    QStringList out;
    for (const QByteArray &b : list)
        out.append(QString::fromUtf8(b));
    return out;
}

} // namespace

void SandboxConnection::cmdHelo(const QByteArray &verb, const QByteArray &arg)
{
    if (arg.isEmpty() || hasControl(arg)) {
        replyError(501, "5.5.4", "Syntax: " + verb + " hostname");
        return;
    }
    resetTransaction();
    m_helo = QString::fromUtf8(arg);
    m_esmtp = verb != "HELO";
    m_lmtp = verb == "LHLO";
    const QByteArray first = m_b.hostname.toUtf8() + " greets " + arg;
    if (!m_esmtp) {
        reply(250, nullptr, m_b.hostname.toUtf8());
        return;
    }
    QList<QByteArray> lines{first};
    for (const QString &ext : std::as_const(m_b.extensions)) {
        const QString e = ext.toUpper();
        if (e == QLatin1String("SIZE")) {
            lines.append(m_b.sizeLimit > 0 ? "SIZE " + QByteArray::number(m_b.sizeLimit)
                                           : QByteArray("SIZE"));
        } else if (e == QLatin1String("STARTTLS")) {
            if (startTlsOffered())
                lines.append("STARTTLS");
        } else if (e == QLatin1String("AUTH")) {
            if (authOffered())
                lines.append("AUTH " + offeredMechanisms().join(QLatin1Char(' ')).toLatin1());
        } else {
            lines.append(e.toLatin1());
        }
    }
    replyLines(250, nullptr, lines);
}

void SandboxConnection::cmdMail(const QByteArray &arg)
{
    if (!ehloDone()) {
        replyError(503, "5.5.1", "Error: send HELO/EHLO first");
        return;
    }
    if (m_b.requireAuth && m_authUser.isEmpty()) {
        replyError(530, "5.7.0", "Authentication required");
        return;
    }
    if (m_inTransaction) {
        replyError(503, "5.5.1", "Error: nested MAIL command");
        return;
    }
    QByteArray address;
    QList<QByteArray> params;
    if (!parsePath(arg, "FROM:", address, params) || hasControl(address)) {
        replyError(501, "5.5.4", "Syntax: MAIL FROM:<address>");
        return;
    }
    if (!params.isEmpty() && !m_esmtp) {
        replyError(555, "5.5.4", "Error: parameters need EHLO");
        return;
    }
    bool utf8 = false;
    for (const QByteArray &p : std::as_const(params)) {
        const QByteArray key = keyOf(p);
        const QByteArray value = valueOf(p);
        if (key == "SIZE" && m_b.advertises(QStringLiteral("SIZE"))) {
            bool ok = false;
            const qint64 size = value.toLongLong(&ok);
            if (!ok || size < 0) {
                replyError(501, "5.5.4", "Error: bad SIZE parameter");
                return;
            }
            if (m_b.sizeLimit > 0 && size > m_b.sizeLimit) {
                reply(552, "5.3.4", "Error: message size exceeds fixed limit");
                return;
            }
        } else if (key == "BODY") {
            const QByteArray v = value.toUpper();
            if (v != "7BIT" && !(v == "8BITMIME" && m_b.advertises(QStringLiteral("8BITMIME")))) {
                replyError(555, "5.5.4", "Error: unsupported BODY parameter " + value);
                return;
            }
        } else if (key == "SMTPUTF8" && value.isEmpty() &&
                   m_b.advertises(QStringLiteral("SMTPUTF8"))) {
            utf8 = true;
        } else if (key == "AUTH" && authOffered()) {
            // RFC 4954 5: accepted, not used (nothing is relayed).
        } else if ((key == "RET" || key == "ENVID") && m_b.advertises(QStringLiteral("DSN"))) {
            if (key == "RET" && value.toUpper() != "FULL" && value.toUpper() != "HDRS") {
                replyError(501, "5.5.4", "Error: bad RET parameter");
                return;
            }
        } else {
            replyError(555, "5.5.4", "Error: unsupported parameter " + p);
            return;
        }
    }
    if (!isAscii(address)) {
        if (!utf8) {
            reply(553, "5.6.7", "Error: non-ASCII address without SMTPUTF8");
            return;
        }
        if (!validUtf8(address)) {
            replyError(501, "5.6.7", "Error: address is not valid UTF-8");
            return;
        }
    }
    if (!address.isEmpty() && !plausibleAddress(address)) {
        replyError(501, "5.1.7", "Error: bad sender address syntax");
        return;
    }
    const QString sender = QString::fromUtf8(address);
    for (const SandboxRule &rule : std::as_const(m_b.refuseSenders)) {
        if (rule.matches(sender)) {
            replyChosen(rule.reply, "<" + address + ">: Sender address rejected");
            if (rule.reply.code == 421)
                close();
            return;
        }
    }
    m_inTransaction = true;
    m_smtpUtf8 = utf8;
    m_envelope.sender = sender;
    m_envelope.mailOptions = toStrings(params);
    reply(250, "2.1.0", "Ok");
}

void SandboxConnection::cmdRcpt(const QByteArray &arg)
{
    if (!m_inTransaction) {
        replyError(503, "5.5.1", "Error: need MAIL command");
        return;
    }
    QByteArray address;
    QList<QByteArray> params;
    if (!parsePath(arg, "TO:", address, params) || hasControl(address)) {
        replyError(501, "5.5.4", "Syntax: RCPT TO:<address>");
        return;
    }
    if (!isAscii(address)) {
        if (!m_smtpUtf8) {
            reply(553, "5.6.7", "Error: non-ASCII address without SMTPUTF8");
            return;
        }
        if (!validUtf8(address)) {
            replyError(501, "5.6.7", "Error: address is not valid UTF-8");
            return;
        }
    }
    if (!plausibleAddress(address) && address.toLower() != "postmaster") {
        replyError(501, "5.1.3", "Error: bad recipient address syntax");
        return;
    }
    if (!params.isEmpty() && !m_esmtp) {
        replyError(555, "5.5.4", "Error: parameters need EHLO");
        return;
    }
    for (const QByteArray &p : std::as_const(params)) {
        const QByteArray key = keyOf(p);
        if (key == "NOTIFY" && m_b.advertises(QStringLiteral("DSN"))) {
            const QList<QByteArray> values = valueOf(p).toUpper().split(',');
            for (const QByteArray &v : values) {
                if ((v != "SUCCESS" && v != "FAILURE" && v != "DELAY" && v != "NEVER") ||
                    (v == "NEVER" && values.size() > 1)) {
                    replyError(501, "5.5.4", "Error: bad NOTIFY parameter");
                    return;
                }
            }
        } else if (key == "ORCPT" && m_b.advertises(QStringLiteral("DSN"))) {
            // kept as sent
        } else {
            replyError(555, "5.5.4", "Error: unsupported parameter " + p);
            return;
        }
    }
    if (m_b.maxRecipients > 0 && m_envelope.recipients.size() >= m_b.maxRecipients) {
        reply(452, "4.5.3", "Error: too many recipients");
        return;
    }
    const QString recipient = QString::fromUtf8(address);
    for (const SandboxRule &rule : std::as_const(m_b.refuseRecipients)) {
        if (rule.matches(recipient)) {
            replyChosen(rule.reply, "<" + address + ">: Recipient address rejected");
            if (rule.reply.code == 421)
                close();
            return;
        }
    }
    m_envelope.recipients.append(recipient);
    m_envelope.rcptOptions.append(toStrings(params));
    reply(250, "2.1.5", "Ok");
}

void SandboxConnection::cmdRset(const QByteArray &arg)
{
    if (!arg.isEmpty()) {
        replyError(501, "5.5.4", "Syntax: RSET");
        return;
    }
    resetTransaction();
    reply(250, "2.0.0", "Ok");
}

void SandboxConnection::cmdVrfy(const QByteArray &verb, const QByteArray &arg)
{
    if (arg.isEmpty()) {
        replyError(501, "5.5.4", "Syntax: " + verb + " address");
        return;
    }
    if (verb == "EXPN") {
        reply(502, "5.5.1", "Error: EXPN is not available here");
        return;
    }
    QByteArray address = arg;
    if (address.startsWith('<') && address.endsWith('>'))
        address = address.mid(1, address.size() - 2);
    for (const SandboxRule &rule : std::as_const(m_b.refuseRecipients)) {
        if (rule.matches(QString::fromUtf8(address)) && rule.reply.code >= 500) {
            replyChosen(rule.reply, "<" + address + ">: Recipient address rejected");
            return;
        }
    }
    reply(252, "2.5.2", "Cannot VRFY user, but will accept message and attempt delivery");
}

} // namespace postel
