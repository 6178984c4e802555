#include "EnvelopeRules.h"
#include "HeaderNames.h"
#include "InternationalAddress.h"
#include "MailMessage.h"
#include "MessageText.h"

namespace postel {

namespace {

// Values of the headers that may carry an envelope address, checked one address at a time.
struct EnvelopeReader
{
    const MailMessage &message;
    QString error;

    MailAddressList list(const QByteArray &name)
    {
        MailAddressList all;
        for (const QString &v : message.headerValues(name)) {
            QString e;
            all += parseAddressList(v, &e);
            if (!e.isEmpty())
                fail(name, e);
        }
        return all;
    }

    // Built in code, an address may hold anything, and the session would send what is
    // inside the last "<...>": an address it would cut down to one part is refused.
    QStringList addresses(const QByteArray &header, const MailAddressList &list)
    {
        QStringList out;
        for (const MailAddress &a : list) {
            QString why;
            if (a.address.isEmpty())
                fail(header, MessageText::tr("the address is empty"));
            else if (!MailAddress::envelopeAddress(a.address, &why))
                fail(header, why);
            out.append(a.address);
        }
        return out;
    }

    void fail(const QByteArray &header, const QString &why)
    {
        if (error.isEmpty())
            error = MessageText::tr("Header %1: %2").arg(QString::fromLatin1(header), why);
    }
};

} // namespace

bool MailEnvelope::needsSmtpUtf8() const
{
    if (InternationalAddress::needsSmtpUtf8(sender))
        return true;
    for (const QString &r : recipients) {
        if (InternationalAddress::needsSmtpUtf8(r))
            return true;
    }
    return false;
}

int EnvelopeRules::resentBlockCount(const MailMessage &message)
{
    // Each block has at most one of each field (RFC 5322 3.6.6), so the most repeated one
    // counts the blocks (smtplib counts Resent-Date, the field every block must have).
    static const char *const names[] = {"Resent-Date",      "Resent-From", "Resent-Sender",
                                        "Resent-To",        "Resent-Cc",   "Resent-Bcc",
                                        "Resent-Message-ID"};
    int blocks = 0;
    for (const char *n : names)
        blocks = qMax(blocks, int(message.headerValues(n).size()));
    return blocks;
}

std::optional<MailEnvelope> EnvelopeRules::envelope(const MailMessage &message, QString *error)
{
    const int blocks = resentBlockCount(message);
    if (blocks > 1) {
        if (error)
            *error = MessageText::tr("The message has %1 blocks of Resent-* headers: it is "
                                     "ambiguous which one gives the sender and recipients.")
                         .arg(blocks);
        return std::nullopt;
    }
    MailEnvelope env;
    EnvelopeReader r{message, {}};
    if (blocks == 1) {
        env.fromResentBlock = true;
        QByteArray senderHeader = "Resent-Sender";
        MailAddressList senders = r.list(senderHeader);
        if (senders.isEmpty()) {
            senderHeader = "Resent-From";
            senders = r.list(senderHeader);
        }
        if (!senders.isEmpty())
            env.sender = r.addresses(senderHeader, {senders.first()}).first();
        // smtplib's order: To, Bcc, Cc.
        for (const char *name : {"Resent-To", "Resent-Bcc", "Resent-Cc"})
            env.recipients += r.addresses(name, r.list(name));
    } else {
        if (!message.sender().isEmpty())
            env.sender = r.addresses("Sender", {message.sender()}).first();
        else if (!message.from().isEmpty())
            env.sender = r.addresses("From", {message.from().first()}).first();
        env.recipients = r.addresses("To", message.to()) + r.addresses("Bcc", message.bcc()) +
                         r.addresses("Cc", message.cc());
    }
    if (!r.error.isEmpty()) {
        if (error)
            *error = r.error;
        return std::nullopt;
    }
    return env;
}

bool EnvelopeRules::hasNonAsciiAddress(const MailMessage &message)
{
    const QList<MailAddressList> lists = {message.from(), {message.sender()}, message.replyTo(),
                                          message.to(),   message.cc(),       message.bcc()};
    for (const MailAddressList &list : lists) {
        for (const MailAddress &a : list) {
            if (!a.isAsciiAddress())
                return true;
        }
    }
    for (const MailHeader &h : message.extraHeaders()) {
        if (HeaderNames::isResentAddress(h.name)) {
            for (const MailAddress &a : parseAddressList(h.value)) {
                if (!a.isAsciiAddress())
                    return true;
            }
        }
    }
    return false;
}

} // namespace postel
