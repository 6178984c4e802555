#include "SendJournal.h"

#include "DraftStore.h"
#include "smtp/SmtpSession.h"
#include "transcript/TranscriptFormat.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <iterator>

namespace postel {

namespace {
// The log's names for the stages (stable: a log may be read by a later Postel).
const char *const StageNames[] = {"started", "connected", "ehlo", "tls", "auth",
                                  "mail",    "rcpt",      "data", "dot"};

QString stageName(SendJournal::Stage stage)
{
    return QString::fromLatin1(StageNames[int(stage)]);
}

SendJournal::Stage stageFrom(const QString &name)
{
    for (int i = 0; i < int(std::size(StageNames)); ++i) {
        if (name == QLatin1String(StageNames[i]))
            return SendJournal::Stage(i);
    }
    return SendJournal::Stage::Started;
}
} // namespace

QString SendJournal::messagePath()
{
    return DraftStore::directory() + QStringLiteral("/sending.json");
}

QString SendJournal::logPath()
{
    return DraftStore::directory() + QStringLiteral("/sending.log");
}

void SendJournal::clear()
{
    QFile::remove(logPath());
    QFile::remove(messagePath());
}

std::optional<SendJournal::LeftOver> SendJournal::leftOver()
{
    QFile f(messagePath());
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    LeftOver left;
    const auto message = DraftStore::fromJson(o[QStringLiteral("message")].toObject(), &left.html);
    if (!message)
        return std::nullopt;
    left.message = *message;
    left.message.setMessageId(o[QStringLiteral("messageId")].toString());
    left.message.setDate(
        QDateTime::fromString(o[QStringLiteral("date")].toString(), Qt::ISODateWithMs));
    left.server = o[QStringLiteral("server")].toString();
    left.started =
        QDateTime::fromString(o[QStringLiteral("started")].toString(), Qt::ISODateWithMs);
    left.recipients = o[QStringLiteral("recipients")].toInt();

    // The last complete line (one cut short by the crash is skipped).
    QFile log(logPath());
    QJsonObject last;
    if (log.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : log.readAll().split('\n')) {
            const QJsonObject step = QJsonDocument::fromJson(line).object();
            if (!step.isEmpty()) {
                last = step;
                left.stepKnown = true;
            }
        }
    }
    left.stage = stageFrom(last[QStringLiteral("stage")].toString());
    left.accepted = last[QStringLiteral("accepted")].toInt();
    left.dataBytes = qint64(last[QStringLiteral("bytes")].toDouble());
    left.lastCommand = last[QStringLiteral("command")].toString();
    left.lastReply = last[QStringLiteral("reply")].toString();
    left.error = last[QStringLiteral("error")].toString();
    left.inTransaction = last[QStringLiteral("of")].toInt();
    for (const QJsonValue &a : last[QStringLiteral("delivered")].toArray())
        left.deliveredTo.append(a.toString());
    left.cut = last[QStringLiteral("cut")].toString();
    return left;
}

SendJournal::SendJournal(SmtpSession *session, QObject *parent) : QObject(parent)
{
    // Direct: written before the bytes the entry describes reach the kernel (see the class).
    connect(session, &SmtpSession::entry, this, &SendJournal::record, Qt::DirectConnection);
}

bool SendJournal::begin(const MailMessage &message, bool html, const QString &server,
                        QString *error)
{
    end();
    QDir().mkpath(DraftStore::directory());
    m_recipients = int(message.envelopeRecipients().size());
    m_acceptedNow = 0;
    m_dataBytes = 0;
    m_stage = Stage::Started;
    m_lastChunk = false;
    m_rcptSent.clear();
    m_rcptReplied = 0;
    m_acceptedInTx.clear();
    m_tooMany = false;
    m_deliveredTo.clear();
    m_cut.clear();
    m_beforeMail = Stage::Started;
    for (QString &text : m_lastText)
        text.clear();

    QJsonObject o;
    o[QStringLiteral("version")] = 1;
    o[QStringLiteral("server")] = server;
    o[QStringLiteral("started")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    o[QStringLiteral("messageId")] = message.messageId();
    o[QStringLiteral("date")] = message.date().toString(Qt::ISODateWithMs);
    o[QStringLiteral("recipients")] = m_recipients;
    o[QStringLiteral("message")] = DraftStore::toJson(message, html);
    QSaveFile f(messagePath());
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson()) < 0 || !f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    m_log.setFileName(logPath());
    if (!m_log.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = m_log.errorString();
        QFile::remove(messagePath());
        return false;
    }
    m_active = true;
    append(Stage::Started, TranscriptEntry());
    return true;
}

void SendJournal::end()
{
    if (!m_active)
        return;
    m_active = false;
    m_log.close();
    clear();
}

void SendJournal::keepUnknown(bool stopped, const QString &error)
{
    if (!m_active)
        return;
    TranscriptEntry e;
    e.direction = error.isEmpty() ? TranscriptEntry::Info : TranscriptEntry::Error;
    e.bytes = error.toUtf8();
    m_cut = stopped ? QStringLiteral("stopped") : QStringLiteral("lost");
    append(m_stage, e);
    m_active = false;
    m_log.close();
}

void SendJournal::record(const TranscriptEntry &e)
{
    if (!m_active)
        return;
    Stage stage = m_stage;
    switch (e.direction) {
    case TranscriptEntry::Client:
        if (e.verb == "MAIL") {
            if (m_deliveredTo.isEmpty())
                m_beforeMail = m_stage;
            m_acceptedNow = 0;
            m_rcptReplied = 0;
            m_rcptSent.clear();
            m_acceptedInTx.clear();
            m_tooMany = false;
        } else if (e.verb == "RCPT") {
            const QByteArray &b = e.bytes;
            const qsizetype open = b.indexOf('<'), close = b.indexOf('>', open);
            m_rcptSent.append(open >= 0 && close > open
                                  ? QString::fromUtf8(b.mid(open + 1, close - open - 1))
                                  : QString());
        } else if (e.verb == ".") {
            stage = Stage::Dot;
        } else if (e.verb == "BDAT") {
            // Its chunk follows at once; the last one ends the message.
            m_lastChunk = e.bytes.toUpper().contains(" LAST");
            stage = m_lastChunk ? Stage::Dot : Stage::Data;
        }
        break;
    case TranscriptEntry::Server: {
        const bool ok = e.code >= 200 && e.code < 300;
        if (e.verb.isEmpty() && m_stage == Stage::Started && ok) {
            stage = Stage::Connected;
        } else if ((e.verb == "EHLO" || e.verb == "HELO") && ok) {
            stage = qMax(m_stage, Stage::Ehlo);
        } else if (e.verb == "AUTH" && ok) {
            stage = Stage::Auth;
        } else if (e.verb == "MAIL" && ok) {
            stage = Stage::Mail;
        } else if (e.verb == "RCPT") {
            const QString rcpt = m_rcptSent.value(m_rcptReplied++);
            if (ok) {
                ++m_acceptedNow;
                m_acceptedInTx.append(rcpt);
            }
            m_tooMany = m_tooMany || e.code == 452;
            stage = Stage::Rcpt;
        } else if (e.verb == "DATA" && e.code == 354) {
            stage = Stage::Data;
        } else if (e.verb == "." || (e.verb == "BDAT" && m_lastChunk)) {
            // This transaction's outcome is known: delivered (to those accepted), or refused.
            if (ok)
                m_deliveredTo += m_acceptedInTx;
            const bool everyone = m_deliveredTo.size() >= m_recipients;
            if (ok && !everyone && m_tooMany) {
                // 452 4.5.3: the rest may follow in another transaction on this connection
                // (RFC 5321 §4.5.3.1.10). The send goes on, and so does the journal.
                m_acceptedNow = 0;
                m_rcptReplied = 0;
                m_rcptSent.clear();
                m_acceptedInTx.clear();
                m_tooMany = false;
                m_dataBytes = 0;
                append(m_beforeMail, e);
                return;
            }
            // One transaction, or the last: what the window reports next is the outcome.
            end();
            if (ok && everyone)
                Q_EMIT delivered();
            return;
        }
        break;
    }
    case TranscriptEntry::TlsStart:
        stage = Stage::Tls;
        break;
    case TranscriptEntry::Data:
        m_dataBytes += e.dataBytes;
        stage = qMax(m_stage, Stage::Data);
        break;
    case TranscriptEntry::Error:
        break;
    case TranscriptEntry::Info:
        return;
    }
    append(stage, e);
}

void SendJournal::append(Stage stage, const TranscriptEntry &e)
{
    m_stage = stage;
    // What the last line said, carried on: each line is the whole state.
    static const QString commandKey = QStringLiteral("command");
    static const QString replyKey = QStringLiteral("reply");
    static const QString errorKey = QStringLiteral("error");
    QJsonObject line;
    line[QStringLiteral("time")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    line[QStringLiteral("stage")] = stageName(stage);
    line[QStringLiteral("accepted")] = m_acceptedNow;
    line[QStringLiteral("bytes")] = double(m_dataBytes);
    if (e.direction == TranscriptEntry::Client)
        m_lastText[0] = TranscriptFormat::text(e); // masked
    else if (e.direction == TranscriptEntry::Server)
        m_lastText[1] = TranscriptFormat::text(e);
    else if (e.direction == TranscriptEntry::Error)
        m_lastText[2] = TranscriptFormat::text(e);
    if (!m_lastText[0].isEmpty())
        line[commandKey] = m_lastText[0];
    if (!m_lastText[1].isEmpty())
        line[replyKey] = m_lastText[1];
    if (!m_lastText[2].isEmpty())
        line[errorKey] = m_lastText[2];
    if (!m_deliveredTo.isEmpty()) {
        line[QStringLiteral("delivered")] = QJsonArray::fromStringList(m_deliveredTo);
        if (!m_rcptSent.isEmpty())
            line[QStringLiteral("of")] = int(m_rcptSent.size());
    }
    if (!m_cut.isEmpty())
        line[QStringLiteral("cut")] = m_cut;
    // Flushed to the kernel: it outlives the process. A log that cannot be written is
    // removed, so that it never claims less than happened (no log: the step is not known).
    if (m_log.isOpen() &&
        (m_log.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n') < 0 ||
         !m_log.flush())) {
        m_log.close();
        m_log.remove();
    }
}

} // namespace postel
