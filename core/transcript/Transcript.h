#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>

namespace postel {

class SmtpSession;
struct Reply;
struct TlsInfo;

struct TranscriptEntry
{
    enum Direction
    {
        Client,
        Server,
        TlsStart,
        Info,
        Error,
        Data
    };
    QDateTime time;
    Direction direction = Info;
    QByteArray bytes;          // a command line, a reply's lines joined with CRLF, or a note
    int code = 0;              // server replies
    qsizetype secretFrom = -1; // client lines: where a credential starts
    qint64 elapsedMs = -1;     // server replies: time since the command they answer
    qint64 dataBytes = 0;      // Data entries: message bytes written
    bool encrypted = false;    // sent or received under TLS
};

// The record of a session, and smtplib's debug output: level 0 says nothing, level 1 every
// command and reply, level 2 the same with a timestamp. Credentials are masked unless
// revealing is asked for explicitly.
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

    void addInfo(const QString &text, bool error = false);

    // One entry as text: "-> EHLO x", "<- 250-..." ("~>"/"<~" under TLS, "===" info,
    // "***" error), with a timestamp first at level 2.
    static QString format(const TranscriptEntry &entry, int level, bool revealSecrets);
    // The command or reply text alone, masked unless revealed.
    static QString body(const TranscriptEntry &entry, bool revealSecrets);
    QString toText(int level = 2, bool revealSecrets = false) const;
    bool save(const QString &path, bool revealSecrets = false, QString *error = nullptr) const;

Q_SIGNALS:
    void entryAdded(const postel::TranscriptEntry &entry);
    // smtplib's debug output at the current level (one line per entry line).
    void debugOutput(const QString &text);

private:
    void append(TranscriptEntry entry);
    void flushData();
    void onCommand(const QByteArray &line, qsizetype secretFrom);
    void onReply(const Reply &reply);
    void onTls(const TlsInfo &info);

    QList<TranscriptEntry> m_entries;
    int m_debugLevel = 0;
    qsizetype m_maxEntries = 0;
    SmtpSession *m_session = nullptr;
    QElapsedTimer m_sinceCommand;
    TranscriptEntry m_pendingData;
    bool m_hasPendingData = false;
};

} // namespace postel
