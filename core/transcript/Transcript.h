#pragma once

#include "TranscriptEntry.h"
#include "TranscriptFormat.h"

#include <QList>
#include <QObject>
#include <QString>

namespace postel {

class SmtpSession;

// The record of a session: the entries the session emits, kept in order, and smtplib's
// debug output (level 0 says nothing, level 1 every command and reply, level 2 the same
// with a timestamp). It adds nothing of its own to what the session said: formatting and
// masking are TranscriptFormat's.
class Transcript : public QObject
{
    Q_OBJECT
public:
    explicit Transcript(QObject *parent = nullptr);

    void attach(SmtpSession *session);
    const QList<TranscriptEntry> &entries() const { return m_entries; }
    void clear();
    void setDebugLevel(int level) { m_debugLevel = level; }
    int debugLevel() const { return m_debugLevel; }
    // Cap the entries kept (oldest dropped); 0 = no cap.
    void setMaxEntries(qsizetype n) { m_maxEntries = n; }

    // A note from the application itself (not from the session), as an Info/Error entry.
    void addInfo(const QString &text, bool error = false);
    void append(const TranscriptEntry &entry);

    // The whole transcript as text (the one export: TranscriptFormat::toText), and saved.
    QString toText(const TranscriptFormat::Options &options = {}) const;
    bool save(const QString &path, const TranscriptFormat::Options &options = {},
              QString *error = nullptr) const;

Q_SIGNALS:
    void entryAdded(const postel::TranscriptEntry &entry);
    // smtplib's debug output at the current level (one line per entry line).
    void debugOutput(const QString &text);

private:
    QList<TranscriptEntry> m_entries;
    int m_debugLevel = 0;
    qsizetype m_maxEntries = 0;
};

} // namespace postel
