#include "SendMessage.h"
#include "MessageText.h"
#include "MessageWriter.h"
#include "smtp/SmtpOperation.h"
#include "smtp/SmtpSession.h"
#include "smtp/operations/SendMailOperation.h"

#include <QPointer>
#include <QTemporaryFile>

namespace postel {

namespace {

bool hasOption(const QStringList &options, const QString &keyword)
{
    for (const QString &o : options) {
        const QString k = o.section(QLatin1Char('='), 0, 0);
        if (k.compare(keyword, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// send_message as an operation of its own, queued in order with the session's others: it
// runs EHLO/HELO if needed and then sendmail as its own steps.
class SendMessageOperation : public TransactionOperation
{
public:
    SendMessageOperation(SmtpSession *session, const MailMessage &message, const QString &from,
                         const QStringList &to, const QStringList &mailOptions,
                         const QStringList &rcptOptions)
        : TransactionOperation(session, QStringLiteral("send_message")), m_message(message),
          m_from(from), m_to(to), m_mailOptions(mailOptions), m_rcptOptions(rcptOptions)
    {}

protected:
    void start() override
    {
        // Without EHLO/HELO yet, what may be sent (SMTPUTF8, 8BITMIME) is unknown.
        greetThen([this] { sendNow(); });
    }
    void replyReceived(const Reply &) override {}
    // Failed from outside (a cancel aborts the outermost operation) while the transaction
    // ran: what it got to (the final dot sent, the recipients taken) is the result.
    const SendResult &result() const override { return m_inner ? m_inner->result() : m_result; }
    void childFinished(SmtpOperation *child) override
    {
        m_inner = nullptr;
        child->deleteLater();
        m_result = static_cast<SendMailOperation *>(child)->result();
        m_reply = child->reply();
        if (child->hasError())
            fail(child->error());
        else
            succeed(child->reply());
    }

private:
    void sendNow()
    {
        SmtpSession *s = session();
        const Capabilities &caps = s->esmtpFeatures();
        const bool esmtp = s->doesEsmtp();
        auto *file = new QTemporaryFile;
        if (!file->open()) {
            const QString why = file->errorString();
            delete file;
            fail(ErrorKind::General,
                 MessageText::tr("Cannot create a temporary file for the message: %1").arg(why));
            return;
        }
        const PreparedMessage prepared =
            prepareForSending(m_message, esmtp && caps.smtpUtf8(), esmtp && caps.eightBitMime(),
                              file, m_from, m_to, m_mailOptions);
        if (!prepared.ok) {
            delete file;
            fail(prepared.notSupported ? ErrorKind::NotSupported : ErrorKind::Usage,
                 prepared.error);
            return;
        }
        file->flush();
        file->seek(0);
        auto *inner = new SendMailOperation(s, prepared.sender, prepared.recipients, file,
                                            prepared.mailOptions, m_rcptOptions);
        connect(inner, &SmtpOperation::dataProgress, this, &SmtpOperation::dataProgress);
        m_inner = inner;
        runChild(inner);
    }

    QPointer<SendMailOperation> m_inner; // the transaction under way
    MailMessage m_message;
    QString m_from;
    QStringList m_to;
    QStringList m_mailOptions, m_rcptOptions;
};

} // namespace

PreparedMessage prepareForSending(const MailMessage &message, bool smtpUtf8, bool eightBitMime,
                                  QIODevice *out, const QString &from, const QStringList &to,
                                  const QStringList &mailOptions)
{
    PreparedMessage p;
    p.mailOptions = mailOptions;
    // As smtplib: several Resent-* blocks are an error even when from/to are given.
    if (message.resentBlockCount() > 1) {
        message.envelope(&p.error);
        return p;
    }
    // What the caller gives goes on as given, and the session keeps what is inside the last
    // "<...>": an address it would cut down to one part ("a@x)<b@y>") is refused.
    for (const QString &address : (from.isEmpty() ? QStringList() : QStringList{from}) + to) {
        if (!MailAddress::envelopeAddress(address, &p.error))
            return p;
    }
    p.error.clear();
    if (from.isEmpty() || to.isEmpty()) {
        QString err;
        const auto env = message.envelope(&err);
        if (!env) {
            p.error = err;
            return p;
        }
        p.sender = from.isEmpty() ? env->sender : from;
        p.recipients = to.isEmpty() ? env->recipients : to;
    } else {
        p.sender = from;
        p.recipients = to;
    }

    MailEnvelope env{p.sender, p.recipients, false};
    const bool international = env.needsSmtpUtf8() || message.hasNonAsciiAddress();
    if (international && !smtpUtf8) {
        p.notSupported = true;
        p.error = MessageText::tr("An address is not ASCII, and the server does not offer "
                                  "SMTPUTF8: the message cannot be sent to this server as "
                                  "it is.");
        return p;
    }

    SerialiseOptions options;
    options.lineEnding = SerialiseOptions::LineEnding::Crlf;
    options.includeBcc = false; // Bcc and Resent-Bcc are never transmitted
    options.smtpUtf8 = international;
    options.eightBitMime = international || eightBitMime;
    MessageWriter writer(options);
    if (!writer.write(message, out)) {
        p.error = writer.errorString();
        return p;
    }
    const bool used8bit = writer.used8bit();
    if (international) {
        if (!hasOption(p.mailOptions, QStringLiteral("SMTPUTF8")))
            p.mailOptions.append(QStringLiteral("SMTPUTF8"));
        if (!hasOption(p.mailOptions, QStringLiteral("BODY")))
            p.mailOptions.append(QStringLiteral("BODY=8BITMIME"));
    } else if (used8bit && !hasOption(p.mailOptions, QStringLiteral("BODY"))) {
        // RFC 6152: 8-bit content must be declared.
        p.mailOptions.append(QStringLiteral("BODY=8BITMIME"));
    }
    p.ok = true;
    return p;
}

TransactionOperation *sendMessage(SmtpSession *session, const MailMessage &message,
                                  const QString &from, const QStringList &to,
                                  const QStringList &mailOptions, const QStringList &rcptOptions)
{
    auto *op = new SendMessageOperation(session, message, from, to, mailOptions, rcptOptions);
    session->enqueue(op);
    return op;
}

} // namespace postel
