#include "MailMessage.h"
#include "MessageReader.h"
#include "MessageText.h"
#include "MessageWriter.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTimeZone>

namespace postel {

QString MailMessage::generateMessageId(const QString &senderAddress)
{
    QString domain = senderAddress.mid(senderAddress.lastIndexOf(QLatin1Char('@')) + 1);
    if (!senderAddress.contains(QLatin1Char('@')) || domain.isEmpty())
        domain = QStringLiteral("localhost");
    const quint64 r = QRandomGenerator::global()->generate64();
    return QStringLiteral("%1.%2@%3")
        .arg(QDateTime::currentMSecsSinceEpoch(), 0, 36)
        .arg(r, 0, 36)
        .arg(domain);
}

void MailMessage::ensureDateAndMessageId()
{
    if (!m_date.isValid()) {
        const QDateTime now = QDateTime::currentDateTime();
        // RFC 5322 dates have whole seconds: keep what is written and what is held equal.
        m_date =
            QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), QTimeZone(now.offsetFromUtc()));
    }
    if (m_messageId.isEmpty()) {
        QString address = m_sender.address;
        if (address.isEmpty() && !m_from.isEmpty())
            address = m_from.first().address;
        m_messageId = generateMessageId(address);
    }
}

QStringList MailMessage::headerValues(const QByteArray &name) const
{
    QStringList values;
    for (const MailHeader &h : m_extraHeaders) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            values.append(h.value);
    }
    return values;
}

void MailMessage::removeHeaders(const QByteArray &name)
{
    m_extraHeaders.removeIf(
        [&](const MailHeader &h) { return h.name.compare(name, Qt::CaseInsensitive) == 0; });
}

QByteArray MailMessage::serialise(const SerialiseOptions &options, QString *error) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!serialise(&buffer, options, error))
        return {};
    return bytes;
}

bool MailMessage::serialise(QIODevice *out, const SerialiseOptions &options, QString *error) const
{
    MessageWriter writer(options);
    if (writer.write(*this, out))
        return true;
    if (error)
        *error = writer.errorString();
    return false;
}

bool MailMessage::save(const QString &path, QString *error, const SerialiseOptions &options) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = MessageText::tr("Cannot write “%1”: %2").arg(path, file.errorString());
        return false;
    }
    if (!serialise(&file, options, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = MessageText::tr("Cannot write “%1”: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<MailMessage> MailMessage::parse(const QByteArray &bytes, QString *error)
{
    return MessageReader::read(bytes, error);
}

std::optional<MailMessage> MailMessage::load(const QString &path, QString *error)
{
    return MessageReader::load(path, error);
}

std::optional<MailEnvelope> MailMessage::envelope(QString *error) const
{
    return EnvelopeRules::envelope(*this, error);
}

QString MailMessage::envelopeSender(QString *error) const
{
    const auto env = envelope(error);
    return env ? env->sender : QString();
}

QStringList MailMessage::envelopeRecipients(QString *error) const
{
    const auto env = envelope(error);
    return env ? env->recipients : QStringList();
}

int MailMessage::resentBlockCount() const
{
    return EnvelopeRules::resentBlockCount(*this);
}

bool MailMessage::hasNonAsciiAddress() const
{
    return EnvelopeRules::hasNonAsciiAddress(*this);
}

} // namespace postel
