#include "Transcript.h"
#include "../smtp/SmtpSession.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace postel {

namespace {
const QString Mask = QStringLiteral("********");
}

Transcript::Transcript(QObject *parent) : QObject(parent) {}

void Transcript::attach(SmtpSession *session)
{
    m_session = session;
    connect(session, &SmtpSession::commandSent, this, &Transcript::onCommand);
    connect(session, &SmtpSession::replyReceived, this, &Transcript::onReply);
    connect(session, &SmtpSession::tlsStarted, this, &Transcript::onTls);
    connect(session, &SmtpSession::infoMessage, this, [this](const QString &t) { addInfo(t); });
    connect(session, &SmtpSession::aboutToConnect, this, [this](const QString &host, quint16 port) {
        addInfo(QCoreApplication::translate("postel::Transcript", "Connecting to %1 port %2")
                    .arg(host)
                    .arg(port));
    });
    connect(session, &SmtpSession::messageDataSent, this, [this](qint64 n) {
        if (!m_hasPendingData) {
            m_pendingData = TranscriptEntry();
            m_pendingData.time = QDateTime::currentDateTime();
            m_pendingData.direction = TranscriptEntry::Data;
            m_pendingData.encrypted = m_session && m_session->isEncrypted();
            m_hasPendingData = true;
        }
        m_pendingData.dataBytes += n;
    });
    connect(session, &SmtpSession::operationFinished, this, [this](SmtpOperation *op) {
        if (op->hasError() && op->isTopLevel())
            addInfo(op->error().describe(), true);
    });
}

void Transcript::clear()
{
    m_entries.clear();
    m_hasPendingData = false;
}

void Transcript::flushData()
{
    if (!m_hasPendingData)
        return;
    m_hasPendingData = false;
    TranscriptEntry e = m_pendingData;
    m_pendingData = TranscriptEntry();
    append(std::move(e));
}

void Transcript::append(TranscriptEntry entry)
{
    if (entry.direction != TranscriptEntry::Data)
        flushData();
    m_entries.append(entry);
    if (m_maxEntries > 0 && m_entries.size() > m_maxEntries)
        m_entries.remove(0, m_entries.size() - m_maxEntries);
    Q_EMIT entryAdded(entry);
    if (m_debugLevel > 0)
        Q_EMIT debugOutput(format(entry, m_debugLevel, false));
}

void Transcript::addInfo(const QString &text, bool error)
{
    TranscriptEntry e;
    e.time = QDateTime::currentDateTime();
    e.direction = error ? TranscriptEntry::Error : TranscriptEntry::Info;
    e.bytes = text.toUtf8();
    append(std::move(e));
}

void Transcript::onCommand(const QByteArray &line, qsizetype secretFrom)
{
    TranscriptEntry e;
    e.time = QDateTime::currentDateTime();
    e.direction = TranscriptEntry::Client;
    e.bytes = line;
    e.secretFrom = secretFrom;
    e.encrypted = m_session && m_session->isEncrypted();
    m_sinceCommand.start();
    append(std::move(e));
}

void Transcript::onReply(const Reply &reply)
{
    flushData();
    TranscriptEntry e;
    e.time = QDateTime::currentDateTime();
    e.direction = TranscriptEntry::Server;
    e.code = reply.code;
    QByteArray joined;
    for (qsizetype i = 0; i < reply.lines.size(); ++i) {
        if (i)
            joined += "\r\n";
        joined += QByteArray::number(reply.code) + (i + 1 < reply.lines.size() ? '-' : ' ') +
                  reply.lines.at(i);
    }
    e.bytes = joined;
    e.encrypted = m_session && m_session->isEncrypted();
    if (m_sinceCommand.isValid())
        e.elapsedMs = m_sinceCommand.elapsed();
    append(std::move(e));
}

void Transcript::onTls(const TlsInfo &info)
{
    TranscriptEntry e;
    e.time = QDateTime::currentDateTime();
    e.direction = TranscriptEntry::TlsStart;
    QString text =
        QCoreApplication::translate("postel::Transcript", "TLS started: %1, %2, %3")
            .arg(info.protocol, info.cipher,
                 info.verified
                     ? QCoreApplication::translate("postel::Transcript", "certificate verified")
                     : QCoreApplication::translate("postel::Transcript",
                                                   "certificate NOT verified"));
    if (!info.peerChain.isEmpty())
        text += QStringLiteral(" (%1)").arg(info.peerSubject());
    if (info.resumed)
        text += QStringLiteral("; ") +
                QCoreApplication::translate("postel::Transcript",
                                            "earlier session resumed, no certificate exchanged");
    e.bytes = text.toUtf8();
    e.encrypted = true;
    append(std::move(e));
}

QString Transcript::body(const TranscriptEntry &entry, bool revealSecrets)
{
    if (entry.direction == TranscriptEntry::Data) {
        // Computed apart: lupdate 6.4 loops forever on a template call among translate()'s
        // arguments.
        const int bytes = int(std::min<qint64>(entry.dataBytes, INT_MAX));
        return QCoreApplication::translate("postel::Transcript", "[message data: %n bytes]",
                                           nullptr, bytes);
    }
    if (entry.direction == TranscriptEntry::Client && entry.secretFrom >= 0 && !revealSecrets)
        return QString::fromUtf8(entry.bytes.left(entry.secretFrom)) + Mask;
    return QString::fromUtf8(entry.bytes);
}

QString Transcript::format(const TranscriptEntry &entry, int level, bool revealSecrets)
{
    QString prefix;
    switch (entry.direction) {
    case TranscriptEntry::Client:
    case TranscriptEntry::Data:
        prefix = entry.encrypted ? QStringLiteral("~> ") : QStringLiteral("-> ");
        break;
    case TranscriptEntry::Server:
        prefix = entry.encrypted ? QStringLiteral("<~ ") : QStringLiteral("<- ");
        break;
    case TranscriptEntry::TlsStart:
    case TranscriptEntry::Info:
        prefix = QStringLiteral("=== ");
        break;
    case TranscriptEntry::Error:
        prefix = QStringLiteral("*** ");
        break;
    }
    const QString stamp =
        level >= 2 ? entry.time.toString(QStringLiteral("HH:mm:ss.zzz")) + QLatin1Char(' ')
                   : QString();
    const QStringList lines = body(entry, revealSecrets).split(QStringLiteral("\r\n"));
    QStringList out;
    for (const QString &l : lines)
        out.append(stamp + prefix + l);
    return out.join(QLatin1Char('\n'));
}

QString Transcript::toText(int level, bool revealSecrets) const
{
    QString out;
    for (const TranscriptEntry &e : m_entries) {
        out += format(e, level, revealSecrets);
        out += QLatin1Char('\n');
    }
    if (m_hasPendingData)
        out += format(m_pendingData, level, revealSecrets) + QLatin1Char('\n');
    return out;
}

bool Transcript::save(const QString &path, bool revealSecrets, QString *error) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    f.write(toText(2, revealSecrets).toUtf8());
    if (!f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace postel
