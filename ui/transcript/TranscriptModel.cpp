#include "TranscriptModel.h"

#include <QDateTime>
#include <QLocale>

namespace postel {

TranscriptModel::TranscriptModel(QObject *parent) : QAbstractListModel(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(40);
    connect(&m_timer, &QTimer::timeout, this, &TranscriptModel::flush);
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

void TranscriptModel::append(const TranscriptEntry &entry)
{
    Line base;
    base.msecs = entry.time.toMSecsSinceEpoch();
    base.kind = quint8(entry.direction);
    base.encrypted = entry.encrypted;
    if (entry.direction == TranscriptEntry::Data) {
        base.bytes = QByteArray::number(entry.dataBytes);
        m_pending.append(base);
    } else {
        const QList<QByteArray> parts = entry.bytes.split('\n');
        qsizetype offset = 0;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            Line l = base;
            l.bytes = parts.at(i);
            if (l.bytes.endsWith('\r'))
                l.bytes.chop(1);
            if (entry.secretFrom >= 0 && entry.secretFrom < offset + parts.at(i).size() + 1)
                l.secretFrom = qint32(qMax<qsizetype>(0, entry.secretFrom - offset));
            if (i == parts.size() - 1)
                l.elapsedMs = entry.elapsedMs;
            offset += parts.at(i).size() + 1;
            m_pending.append(std::move(l));
        }
    }
    if (!m_timer.isActive())
        m_timer.start();
}

void TranscriptModel::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return;
    const int first = int(m_lines.size());
    const int last = first + int(m_pending.size()) - 1;
    beginInsertRows({}, first, last);
    if (m_lines.isEmpty())
        m_lines.swap(m_pending);
    else
        m_lines.append(m_pending);
    m_pending.clear();
    endInsertRows();
    Q_EMIT batchInserted(first, last);
}

void TranscriptModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_pending.clear();
    m_timer.stop();
    endResetModel();
}

void TranscriptModel::setShowTimestamps(bool on)
{
    if (on == m_showTimestamps)
        return;
    m_showTimestamps = on;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_lines.size()) - 1));
}

void TranscriptModel::setRevealSecrets(bool on)
{
    if (on == m_revealSecrets)
        return;
    m_revealSecrets = on;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_lines.size()) - 1));
}

QString TranscriptModel::escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '\t') {
            out += QLatin1Char(' ');
        } else if (u < 0x20 || u == 0x7f) {
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        } else if (u == 0x061c || u == 0x200e || u == 0x200f || (u >= 0x202a && u <= 0x202e) ||
                   (u >= 0x2066 && u <= 0x2069) || u == 0xfeff) {
            out += QStringLiteral("<U+%1>").arg(int(u), 4, 16, QLatin1Char('0')).toUpper();
        } else {
            out += c;
        }
    }
    return out;
}

QString TranscriptModel::glyph(TranscriptEntry::Direction direction, bool encrypted)
{
    switch (direction) {
    case TranscriptEntry::Client:
    case TranscriptEntry::Data:
        return encrypted ? QStringLiteral("⇒") : QStringLiteral("→");
    case TranscriptEntry::Server:
        return encrypted ? QStringLiteral("⇐") : QStringLiteral("←");
    case TranscriptEntry::TlsStart:
        return QStringLiteral("═");
    case TranscriptEntry::Info:
        return QStringLiteral("•");
    case TranscriptEntry::Error:
        return QStringLiteral("✖");
    }
    return {};
}

QString TranscriptModel::body(const Line &line) const
{
    if (line.kind == TranscriptEntry::Data)
        return tr("[message data: %n byte(s)]", nullptr, line.bytes.toInt());
    if (line.secretFrom >= 0 && !m_revealSecrets)
        return escaped(QString::fromUtf8(line.bytes.left(line.secretFrom))) +
               QStringLiteral("********");
    return escaped(QString::fromUtf8(line.bytes));
}

QString TranscriptModel::lineText(const Line &line) const
{
    QString s;
    if (m_showTimestamps)
        s = QDateTime::fromMSecsSinceEpoch(line.msecs).toString(QStringLiteral("HH:mm:ss.zzz")) +
            QLatin1Char(' ');
    s += glyph(TranscriptEntry::Direction(line.kind), line.encrypted) + QLatin1Char(' ') +
         body(line);
    if (line.elapsedMs >= 0)
        s += QStringLiteral("  (") + tr("%1 ms").arg(line.elapsedMs) + QLatin1Char(')');
    return s;
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return lineText(line);
    case Qt::AccessibleTextRole: {
        switch (line.kind) {
        case TranscriptEntry::Client:
        case TranscriptEntry::Data:
            return tr("Client: %1").arg(body(line));
        case TranscriptEntry::Server:
            return tr("Server: %1").arg(body(line));
        case TranscriptEntry::Error:
            return tr("Error: %1").arg(body(line));
        default:
            return body(line);
        }
    }
    case KindRole:
        return int(line.kind);
    case TimeRole:
        return QDateTime::fromMSecsSinceEpoch(line.msecs);
    case BodyRole:
        return body(line);
    case Qt::ToolTipRole: {
        // A line cut short on screen ("…") can be read whole by pointing at it.
        const QString text = body(line);
        return text.size() > 60 ? QVariant(text) : QVariant();
    }
    case GlyphRole:
        return glyph(TranscriptEntry::Direction(line.kind), line.encrypted);
    case ElapsedRole:
        return line.elapsedMs;
    case EncryptedRole:
        return line.encrypted;
    case HasSecretRole:
        return line.secretFrom >= 0;
    default:
        return {};
    }
}

QString TranscriptModel::toText() const
{
    QString out;
    for (const Line &l : m_lines) {
        out += lineText(l);
        out += QLatin1Char('\n');
    }
    return out;
}

int TranscriptModel::find(const QString &text, int from, bool backwards) const
{
    if (text.isEmpty() || m_lines.isEmpty())
        return -1;
    const int n = int(m_lines.size());
    for (int step = 1; step <= n; ++step) {
        const int row = backwards ? ((from - step) % n + n) % n : (from + step) % n;
        const Line &l = m_lines.at(row);
        const bool plain = l.secretFrom < 0 && l.kind != TranscriptEntry::Data;
        if ((plain ? QString::fromUtf8(l.bytes) : body(l)).contains(text, Qt::CaseInsensitive))
            return row;
    }
    return -1;
}

} // namespace postel
