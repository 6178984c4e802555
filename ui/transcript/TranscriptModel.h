#pragma once

#include "transcript/TranscriptEntry.h"

#include <QAbstractListModel>
#include <QList>
#include <QTimer>

namespace postel {

// The transcript as a list of lines (a multi-line reply is one line per reply line), so
// that a view can use uniform item sizes. Entries are buffered and inserted in batches on
// a short timer: a million lines arrive without one model signal per line. What a line
// shows — masked, escaped — is TranscriptFormat's; the model only keeps the lines compact.
class TranscriptModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        KindRole = Qt::UserRole + 1, // TranscriptEntry::Direction
        TimeRole,                    // QDateTime
        BodyRole,                    // the line's text, escaped, masked unless revealed
        GlyphRole,                   // "→", "←", …
        ElapsedRole,                 // milliseconds, or -1 (on a reply's last line)
        EncryptedRole,               // bool
        HasSecretRole,               // bool
        CodeRole,                    // a reply's code, or 0
        VerbRole,                    // QByteArray: the command's verb, or the verb a reply answers
        EntryRole,                   // the whole TranscriptEntry the line belongs to
        // What the line's command or reply means in this session (core/explain's
        // SessionExplainer), paragraphs separated by "\n"; "" for Postel's own notes. Also
        // the line's Qt::AccessibleDescriptionRole, for screen readers.
        ExplanationRole,
        EntryIndexRole, // int: which entry of the transcript the line belongs to (0, 1, …)
    };

    explicit TranscriptModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void append(const TranscriptEntry &entry);
    // Inserts what is buffered now (the timer does it otherwise).
    void flush();
    void clear();
    qsizetype pendingCount() const { return m_pending.size(); }

    bool showTimestamps() const { return m_showTimestamps; }
    void setShowTimestamps(bool on);
    bool revealSecrets() const { return m_revealSecrets; }
    void setRevealSecrets(bool on);
    // Batching interval (ms).
    void setBatchInterval(int ms) { m_timer.setInterval(ms); }

    // The entry a row belongs to, rebuilt from its lines; and all of them, in order.
    TranscriptEntry entryAt(int row) const;
    QList<TranscriptEntry> entries() const;
    // The whole text as shown (timestamps as shown, masked unless revealed), for copy and
    // save: TranscriptFormat's export.
    QString toText() const;
    // Who a line is from, in words: "Client", "Server, encrypted", "Note", "Error".
    static QString speaker(TranscriptEntry::Direction direction, bool encrypted);
    // The explanation of the entry a row belongs to (ExplanationRole).
    QString explanationAt(int row) const;
    // The first row of an entry (by its index), or -1.
    int rowOfEntry(int entry) const;
    // Row of the next (or previous) line containing `text`, from `from` (exclusive); -1.
    int find(const QString &text, int from, bool backwards = false) const;

Q_SIGNALS:
    // After a batch was inserted (the view scrolls to the end when it was there).
    void batchInserted(int first, int last);

private:
    struct Line
    {
        qint64 msecs = 0;
        QByteArray bytes; // the line as sent; Data: empty
        qint64 elapsedMs = -1;
        qint64 dataBytes = 0;
        qint32 secretFrom = -1;
        quint16 code = 0;
        quint8 kind = 0;
        qint32 entry = 0; // which entry the line belongs to
        quint8 verb = 0;  // index into m_verbs
        bool encrypted = false;
        bool first = true; // the first line of its entry
        bool last = true;  // the last line of its entry
    };
    QString body(const Line &line) const;
    QString lineText(const Line &line) const;
    int firstRowOf(int row) const;
    quint8 verbIndex(const QByteArray &verb);

    QList<Line> m_lines;
    QList<Line> m_pending;
    qint32 m_entryCount = 0; // entries appended (buffered ones included)
    // The explanations of the first entries, computed when first asked for (a session is
    // explained from its start; see explanationAt()).
    mutable QStringList m_explained;
    QList<QByteArray> m_verbs{QByteArray()};
    QTimer m_timer;
    bool m_showTimestamps = false;
    bool m_revealSecrets = false;
};

} // namespace postel
