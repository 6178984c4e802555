#include "TranscriptModel.h"
#include "explain/SessionExplainer.h"
#include "transcript/TranscriptFormat.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

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

quint8 TranscriptModel::verbIndex(const QByteArray &verb)
{
    if (verb.isEmpty())
        return 0;
    const qsizetype at = m_verbs.indexOf(verb);
    if (at >= 0)
        return quint8(at);
    if (m_verbs.size() >= 255)
        return 0; // a server or a user inventing verbs: the rest go unnamed
    m_verbs.append(verb);
    return quint8(m_verbs.size() - 1);
}

void TranscriptModel::append(const TranscriptEntry &entry)
{
    Line base;
    base.msecs = entry.time.toMSecsSinceEpoch();
    base.kind = quint8(entry.direction);
    base.encrypted = entry.encrypted;
    base.code = quint16(qBound(0, entry.code, 65535));
    base.verb = verbIndex(entry.verb);
    base.entry = m_entryCount;
    if (m_entryCount < std::numeric_limits<qint32>::max())
        ++m_entryCount;
    if (entry.direction == TranscriptEntry::Data) {
        base.dataBytes = entry.dataBytes;
        m_pending.append(base);
    } else {
        const QList<TranscriptFormat::Line> parts = TranscriptFormat::splitLines(entry);
        for (qsizetype i = 0; i < parts.size(); ++i) {
            Line l = base;
            l.bytes = parts.at(i).bytes;
            l.secretFrom = qint32(parts.at(i).secretFrom);
            l.first = i == 0;
            l.last = i == parts.size() - 1;
            if (l.last)
                l.elapsedMs = entry.elapsedMs;
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
    m_explained.clear();
    m_entryCount = 0;
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

QString TranscriptModel::body(const Line &line) const
{
    if (line.kind == TranscriptEntry::Data)
        return TranscriptFormat::dataText(line.dataBytes);
    return TranscriptFormat::displayLine(line.bytes, line.secretFrom, m_revealSecrets);
}

QString TranscriptModel::lineText(const Line &line) const
{
    QString s;
    if (m_showTimestamps)
        s = QDateTime::fromMSecsSinceEpoch(line.msecs).toString(QStringLiteral("HH:mm:ss.zzz")) +
            QLatin1Char(' ');
    s += TranscriptFormat::glyph(TranscriptEntry::Direction(line.kind), line.encrypted) +
         QLatin1Char(' ') + body(line);
    if (line.elapsedMs >= 0)
        s += QStringLiteral("  (") + TranscriptFormat::elapsedText(line.elapsedMs) +
             QLatin1Char(')');
    return s;
}

int TranscriptModel::firstRowOf(int row) const
{
    while (row > 0 && !m_lines.at(row).first)
        --row;
    return row;
}

TranscriptEntry TranscriptModel::entryAt(int row) const
{
    TranscriptEntry e;
    if (row < 0 || row >= m_lines.size())
        return e;
    row = firstRowOf(row);
    const Line &head = m_lines.at(row);
    e.time = QDateTime::fromMSecsSinceEpoch(head.msecs);
    e.direction = TranscriptEntry::Direction(head.kind);
    e.encrypted = head.encrypted;
    e.code = head.code;
    e.verb = m_verbs.value(head.verb);
    e.dataBytes = head.dataBytes;
    for (int r = row; r < m_lines.size(); ++r) {
        const Line &l = m_lines.at(r);
        if (r > row)
            e.bytes += "\r\n";
        if (l.secretFrom >= 0 && e.secretFrom < 0)
            e.secretFrom = e.bytes.size() + l.secretFrom;
        e.bytes += l.bytes;
        if (e.direction == TranscriptEntry::Server) {
            e.reply.code = l.code;
            e.reply.lines.append(l.bytes.size() >= 4 ? l.bytes.mid(4) : QByteArray());
        }
        if (l.last) {
            e.elapsedMs = l.elapsedMs;
            break;
        }
    }
    return e;
}

QList<TranscriptEntry> TranscriptModel::entries() const
{
    QList<TranscriptEntry> out;
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).first)
            out.append(entryAt(row));
    }
    return out;
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
        // Direction, TLS and time are words, not only a glyph or a padlock: "Client: EHLO x"
        // before and after STARTTLS must not sound the same.
        const QString who = speaker(TranscriptEntry::Direction(line.kind), line.encrypted);
        QString text =
            tr("%1 at %2: %3")
                .arg(
                    who,
                    QDateTime::fromMSecsSinceEpoch(line.msecs).toString(QStringLiteral("HH:mm:ss")),
                    body(line));
        if (line.elapsedMs >= 0)
            text += QStringLiteral(" (") + TranscriptFormat::elapsedText(line.elapsedMs) +
                    QLatin1Char(')');
        return text;
    }
    case Qt::AccessibleDescriptionRole:
    case ExplanationRole:
        return explanationAt(index.row());
    case EntryIndexRole:
        return int(line.entry);
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
        return TranscriptFormat::glyph(TranscriptEntry::Direction(line.kind), line.encrypted);
    case ElapsedRole:
        return line.elapsedMs;
    case EncryptedRole:
        return line.encrypted;
    case HasSecretRole:
        return line.secretFrom >= 0;
    case CodeRole:
        return int(line.code);
    case VerbRole:
        return m_verbs.value(line.verb);
    case EntryRole:
        return QVariant::fromValue(entryAt(index.row()));
    default:
        return {};
    }
}

QString TranscriptModel::speaker(TranscriptEntry::Direction direction, bool encrypted)
{
    switch (direction) {
    case TranscriptEntry::Client:
    case TranscriptEntry::Data:
        return encrypted ? tr("Client, encrypted") : tr("Client");
    case TranscriptEntry::Server:
        return encrypted ? tr("Server, encrypted") : tr("Server");
    case TranscriptEntry::Error:
        return tr("Error");
    default:
        return tr("Note");
    }
}

int TranscriptModel::rowOfEntry(int entry) const
{
    const auto it = std::lower_bound(m_lines.cbegin(), m_lines.cend(), entry,
                                     [](const Line &l, int e) { return l.entry < e; });
    if (it == m_lines.cend() || it->entry != entry)
        return -1;
    return int(it - m_lines.cbegin());
}

QString TranscriptModel::explanationAt(int row) const
{
    // A session's entries are explained in order from its start (what a reply means depends
    // on the commands before it). The first ExplainedFromStart entries are explained once
    // and kept; a later one from the Context entries before it, so that a long transcript
    // never costs more than that per question.
    constexpr int ExplainedFromStart = 5000;
    constexpr int Context = 500;
    if (row < 0 || row >= m_lines.size())
        return {};
    const int entry = m_lines.at(row).entry;
    auto collect = [this](int from, int to) {
        QList<TranscriptEntry> out;
        for (int r = rowOfEntry(from); r >= 0 && r < m_lines.size(); ++r) {
            const Line &l = m_lines.at(r);
            if (l.entry > to)
                break;
            if (l.first)
                out.append(entryAt(r));
        }
        return out;
    };
    if (entry < ExplainedFromStart) {
        if (entry >= m_explained.size()) {
            const int last = std::min(m_lines.last().entry, ExplainedFromStart - 1);
            m_explained = SessionExplainer::explain(collect(0, last));
        }
        return m_explained.value(entry);
    }
    const QStringList recent = SessionExplainer::explain(collect(entry - Context, entry));
    return recent.isEmpty() ? QString() : recent.last();
}

QString TranscriptModel::toText() const
{
    TranscriptFormat::Options options;
    options.timestamps = m_showTimestamps;
    options.elapsed = true;
    options.revealSecrets = m_revealSecrets;
    return TranscriptFormat::toText(entries(), options);
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
