#include "SandboxMailbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>
#include <algorithm>
#include <atomic>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace postel {

namespace {

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QStringList toStringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out.append(item.toString());
    return out;
}

// Unique across the processes writing to one directory: time, a counter and a random tag.
QString newId()
{
    static std::atomic<quint32> counter{0};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) +
           QStringLiteral("-%1-%2")
               .arg(++counter, 6, 10, QLatin1Char('0'))
               .arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
}

// Writes `bytes` under a temporary name and renames it to `path`: `path` is whole or absent.
bool writeWhole(const QString &path, const QByteArray &bytes, QString *error)
{
    const QString part = path + QStringLiteral(".part");
    QFile f(part);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size() ||
        !f.flush()) {
        *error = SandboxMailbox::tr("Cannot write %1: %2").arg(path, f.errorString());
        f.close();
        QFile::remove(part);
        return false;
    }
    f.close();
    if (!QFile::rename(part, path)) {
        *error = SandboxMailbox::tr("Cannot write %1: %2").arg(path, f.errorString());
        QFile::remove(part);
        return false;
    }
    return true;
}

// What a crash of the program cannot lose is in the kernel already; this makes it survive a
// crash of the system too.
void syncToDisk(const QStringList &files, const QString &directory)
{
#ifdef Q_OS_UNIX
    for (const QString &path : files + QStringList{directory}) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            ::fsync(fd);
            ::close(fd);
        }
    }
#else
    Q_UNUSED(files);
    Q_UNUSED(directory);
#endif
}

} // namespace

QJsonObject SandboxEnvelope::toJson() const
{
    QJsonArray rcptOpts;
    for (const QStringList &o : rcptOptions)
        rcptOpts.append(QJsonArray::fromStringList(o));
    return QJsonObject{
        {QStringLiteral("sender"), sender},
        {QStringLiteral("recipients"), QJsonArray::fromStringList(recipients)},
        {QStringLiteral("mail_options"), QJsonArray::fromStringList(mailOptions)},
        {QStringLiteral("rcpt_options"), rcptOpts},
        {QStringLiteral("helo"), helo},
        {QStringLiteral("protocol"), protocol},
        {QStringLiteral("tls"), tls},
        {QStringLiteral("auth"), stringOrNull(authUser)},
        {QStringLiteral("peer"), peer},
        {QStringLiteral("received"), received.toUTC().toString(Qt::ISODateWithMs)},
    };
}

SandboxEnvelope SandboxEnvelope::fromJson(const QJsonObject &json)
{
    SandboxEnvelope e;
    e.sender = json.value(QLatin1String("sender")).toString();
    e.recipients = toStringList(json.value(QLatin1String("recipients")));
    e.mailOptions = toStringList(json.value(QLatin1String("mail_options")));
    for (const QJsonValue &o : json.value(QLatin1String("rcpt_options")).toArray())
        e.rcptOptions.append(toStringList(o));
    e.helo = json.value(QLatin1String("helo")).toString();
    e.protocol = json.value(QLatin1String("protocol")).toString();
    e.tls = json.value(QLatin1String("tls")).toBool();
    e.authUser = json.value(QLatin1String("auth")).toString();
    e.peer = json.value(QLatin1String("peer")).toString();
    e.received =
        QDateTime::fromString(json.value(QLatin1String("received")).toString(), Qt::ISODateWithMs);
    return e;
}

QString SandboxMailbox::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/sandbox");
}

struct SandboxMailbox::Syncs
{
    QMutex mutex;
    QStringList files;
    bool running = false; // a task is taking them
};

SandboxMailbox::SandboxMailbox(const QString &directory, QObject *parent)
    : QObject(parent), m_directory(QDir::cleanPath(QDir(directory).absolutePath())),
      m_syncs(std::make_shared<Syncs>()), m_syncer(new QThreadPool(this))
{
    m_syncer->setMaxThreadCount(1);
    reload();
}

SandboxMailbox::~SandboxMailbox()
{
    {
        QMutexLocker lock(&m_syncs->mutex);
        m_syncs->files.clear();
    }
    m_syncer->waitForDone();
}

void SandboxMailbox::reload()
{
    m_messages.clear();
    m_valid = QDir().mkpath(m_directory);
    if (!m_valid) {
        m_error = tr("Cannot create the mailbox folder %1.").arg(m_directory);
    } else {
        const QDir dir(m_directory);
        const QStringList jsons =
            dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &name : jsons)
            loadOne(dir.filePath(name));
    }
    Q_EMIT reset();
}

bool SandboxMailbox::loadOne(const QString &jsonPath)
{
    QFile f(jsonPath);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject())
        return false;
    const QFileInfo info(jsonPath);
    SandboxMessage m;
    m.id = info.completeBaseName();
    m.envelope = SandboxEnvelope::fromJson(doc.object());
    m.jsonPath = info.absoluteFilePath();
    m.emlPath = info.absolutePath() + QLatin1Char('/') + m.id + QStringLiteral(".eml");
    const QFileInfo eml(m.emlPath);
    if (!eml.exists())
        return false;
    m.size = eml.size();
    m_messages.append(m);
    return true;
}

QList<SandboxMessage> SandboxMailbox::messages() const
{
    return m_messages;
}

std::optional<SandboxMessage> SandboxMailbox::message(const QString &id) const
{
    for (const SandboxMessage &m : m_messages) {
        if (m.id == id)
            return m;
    }
    return std::nullopt;
}

QByteArray SandboxMailbox::rawMessage(const QString &id) const
{
    const auto m = message(id);
    if (!m)
        return {};
    QFile f(m->emlPath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString SandboxMailbox::store(const SandboxEnvelope &envelope, const QByteArray &raw)
{
    if (!QDir().mkpath(m_directory)) {
        m_error = tr("Cannot create the mailbox folder %1.").arg(m_directory);
        return {};
    }
    SandboxMessage m;
    m.id = newId();
    m.envelope = envelope;
    m.size = raw.size();
    m.emlPath = m_directory + QLatin1Char('/') + m.id + QStringLiteral(".eml");
    m.jsonPath = m_directory + QLatin1Char('/') + m.id + QStringLiteral(".json");

    if (!writeWhole(m.emlPath, raw, &m_error))
        return {};
    // Written last: once the .json is there, the .eml is complete.
    const QByteArray jsonBytes = QJsonDocument(envelope.toJson()).toJson(QJsonDocument::Indented);
    if (!writeWhole(m.jsonPath, jsonBytes, &m_error)) {
        QFile::remove(m.emlPath);
        return {};
    }
    // fsync can take long on a busy disk: not on this thread (the GUI's, for the sandbox),
    // and in batches (the folder once for all the files that came meanwhile).
    QMutexLocker lock(&m_syncs->mutex);
    m_syncs->files << m.emlPath << m.jsonPath;
    if (!m_syncs->running) {
        m_syncs->running = true;
        m_syncer->start([syncs = m_syncs, directory = m_directory] {
            while (true) {
                QStringList files;
                {
                    QMutexLocker lock(&syncs->mutex);
                    files.swap(syncs->files);
                    if (files.isEmpty()) {
                        syncs->running = false;
                        return;
                    }
                }
                syncToDisk(files, directory);
            }
        });
    }
    lock.unlock();
    m_messages.append(m);
    Q_EMIT messageAdded(m);
    return m.id;
}

bool SandboxMailbox::remove(const QString &id)
{
    const auto it = std::find_if(m_messages.begin(), m_messages.end(),
                                 [&](const SandboxMessage &m) { return m.id == id; });
    if (it == m_messages.end())
        return false;
    // The .json goes first, so a half-deleted message is never listed.
    const bool ok = QFile::remove(it->jsonPath);
    QFile::remove(it->emlPath);
    if (!ok) {
        m_error = tr("Cannot delete %1.").arg(it->jsonPath);
        return false;
    }
    m_messages.erase(it);
    Q_EMIT messageRemoved(id);
    return true;
}

void SandboxMailbox::clear()
{
    for (const SandboxMessage &m : std::as_const(m_messages)) {
        QFile::remove(m.jsonPath);
        QFile::remove(m.emlPath);
    }
    m_messages.clear();
    Q_EMIT reset();
}

bool SandboxMailbox::saveAs(const QString &id, const QString &path)
{
    const auto m = message(id);
    if (!m) {
        m_error = tr("There is no message %1.").arg(id);
        return false;
    }
    QFile in(m->emlPath);
    if (!in.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read %1: %2").arg(m->emlPath, in.errorString());
        return false;
    }
    QSaveFile out(path);
    const QByteArray raw = in.readAll();
    if (!out.open(QIODevice::WriteOnly) || out.write(raw) != raw.size() || !out.commit()) {
        m_error = tr("Cannot write %1: %2").arg(path, out.errorString());
        return false;
    }
    return true;
}

} // namespace postel
