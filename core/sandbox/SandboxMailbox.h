#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class QThreadPool;

namespace postel {

// The SMTP envelope of an accepted message: what the client said around the message.
struct SandboxEnvelope
{
    QString sender;                 // MAIL FROM, without <>; "" for the null sender
    QStringList recipients;         // accepted RCPT TO addresses, in order
    QStringList mailOptions;        // MAIL FROM parameters as sent, e.g. "SIZE=381"
    QList<QStringList> rcptOptions; // RCPT TO parameters, one list per recipient
    QString helo;                   // the EHLO/HELO/LHLO name
    QString protocol;               // "SMTP", "ESMTP", "ESMTPS", "ESMTPA", "ESMTPSA", "LMTP"
    bool tls = false;               // the message came over TLS
    QString authUser;               // the AUTH user, "" when not authenticated
    QString peer;                   // the client's address and port, "127.0.0.1:40112"
    QDateTime received;             // when the final dot (or BDAT LAST) arrived, UTC

    bool operator==(const SandboxEnvelope &) const = default;
    // The JSON file next to the .eml (see core/sandbox/README.md for the keys).
    QJsonObject toJson() const;
    static SandboxEnvelope fromJson(const QJsonObject &json);
};

// One message of the sandbox mailbox.
struct SandboxMessage
{
    QString id; // file name without extension; sorts in arrival order
    SandboxEnvelope envelope;
    qint64 size = 0;  // bytes of the .eml
    QString emlPath;  // the raw message, exactly as received (after dot-unstuffing)
    QString jsonPath; // the envelope
    bool operator==(const SandboxMessage &) const = default;
};

// The messages the sandbox accepted, kept on disk: `<id>.eml` holds the raw bytes and
// `<id>.json` the envelope. The .json is written last (atomically), so a message whose
// .json exists is complete. All calls are synchronous and cheap: store() writes each file
// under a temporary name and renames it into place, and a worker thread then syncs them to
// disk, so that the thread that stores (the GUI's) never waits for a busy disk.
class SandboxMailbox : public QObject
{
    Q_OBJECT
public:
    // QStandardPaths::AppDataLocation + "/sandbox".
    static QString defaultDirectory();

    // Opens (and creates) `directory` and reads the messages already there.
    explicit SandboxMailbox(const QString &directory = defaultDirectory(),
                            QObject *parent = nullptr);
    // Waits for the sync under way; files not synced yet are left to the kernel (they are
    // written, and reach the disk within its writeback time).
    ~SandboxMailbox() override;

    QString directory() const { return m_directory; }
    // False when the directory could not be created; see errorString().
    bool isValid() const { return m_valid; }
    QString errorString() const { return m_error; }

    // Oldest first.
    QList<SandboxMessage> messages() const;
    int count() const { return int(m_messages.size()); }
    std::optional<SandboxMessage> message(const QString &id) const;
    // The raw message as received; empty when unknown or unreadable.
    QByteArray rawMessage(const QString &id) const;

    // Keeps a message; returns its id, or "" on failure (see errorString()).
    QString store(const SandboxEnvelope &envelope, const QByteArray &raw);
    // Deletes a message (both files).
    bool remove(const QString &id);
    // Deletes every message.
    void clear();
    // Copies the raw message to `path` (an .eml file).
    bool saveAs(const QString &id, const QString &path);
    // Reads the directory again (e.g. after another process wrote to it).
    void reload();

Q_SIGNALS:
    void messageAdded(const postel::SandboxMessage &message);
    void messageRemoved(const QString &id);
    // After reload() or clear().
    void reset();

private:
    bool loadOne(const QString &jsonPath);

    QString m_directory;
    bool m_valid = false;
    QString m_error;
    QList<SandboxMessage> m_messages;
    struct Syncs;
    std::shared_ptr<Syncs> m_syncs; // files store() wrote, to sync to disk
    QThreadPool *m_syncer;          // one thread, syncing them in batches
};

} // namespace postel

Q_DECLARE_METATYPE(postel::SandboxMessage)
