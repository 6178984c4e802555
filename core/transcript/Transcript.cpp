#include "Transcript.h"
#include "../smtp/SmtpSession.h"

#include <QSaveFile>

namespace postel {

Transcript::Transcript(QObject *parent) : QObject(parent) {}

void Transcript::attach(SmtpSession *session)
{
    connect(session, &SmtpSession::entry, this, &Transcript::append);
}

void Transcript::clear()
{
    m_entries.clear();
}

void Transcript::append(const TranscriptEntry &entry)
{
    m_entries.append(entry);
    if (m_maxEntries > 0 && m_entries.size() > m_maxEntries)
        m_entries.remove(0, m_entries.size() - m_maxEntries);
    Q_EMIT entryAdded(entry);
    if (m_debugLevel > 0)
        Q_EMIT debugOutput(TranscriptFormat::debugText(entry, m_debugLevel));
}

void Transcript::addInfo(const QString &text, bool error)
{
    TranscriptEntry e;
    e.time = QDateTime::currentDateTime();
    e.direction = error ? TranscriptEntry::Error : TranscriptEntry::Info;
    e.bytes = text.toUtf8();
    append(e);
}

QString Transcript::toText(const TranscriptFormat::Options &options) const
{
    return TranscriptFormat::toText(m_entries, options);
}

bool Transcript::save(const QString &path, const TranscriptFormat::Options &options,
                      QString *error) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    f.write(toText(options).toUtf8());
    if (!f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace postel
