#pragma once

#include "transcript/Transcript.h"

#include <QAbstractListModel>
#include <QList>
#include <QTimer>

namespace postel {

// The transcript as a list of lines (a multi-line reply is one line per reply line), so
// that a view can use uniform item sizes. Entries are buffered and inserted in batches on
// a short timer: a million lines arrive without one model signal per line.
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
        ElapsedRole,                 // milliseconds, or -1
        EncryptedRole,               // bool
        HasSecretRole,               // bool
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

    // The whole text, for "Save as text" (what is shown: masked unless revealed).
    QString toText() const;
    // Row of the next (or previous) line containing `text`, from `from` (exclusive); -1.
    int find(const QString &text, int from, bool backwards = false) const;
    // Control and bidirectional-formatting characters made visible: server text must
    // never pass for Postel's own words.
    static QString escaped(const QString &text);
    static QString glyph(TranscriptEntry::Direction direction, bool encrypted);

Q_SIGNALS:
    // After a batch was inserted (the view scrolls to the end when it was there).
    void batchInserted(int first, int last);

private:
    struct Line
    {
        qint64 msecs = 0;
        QByteArray bytes;
        qint64 elapsedMs = -1;
        qint32 secretFrom = -1;
        quint8 kind = 0;
        bool encrypted = false;
    };
    QString body(const Line &line) const;
    QString lineText(const Line &line) const;

    QList<Line> m_lines;
    QList<Line> m_pending;
    QTimer m_timer;
    bool m_showTimestamps = false;
    bool m_revealSecrets = false;
};

} // namespace postel
