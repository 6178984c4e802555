#pragma once

// Shared by the failure doctor's tests: the recorded sessions of tests/data/diagnosis, and
// the findings' ids.
#include "diagnosis/Doctor.h"
#include "diagnosis/SessionRecord.h"
#include "i18n/Languages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

namespace postel::test {

inline QString recordingsDir()
{
    return qEnvironmentVariable("POSTEL_SOURCE_DIR") + QStringLiteral("/tests/data/diagnosis");
}

inline QStringList recordingNames()
{
    QStringList names;
    for (const QString &f :
         QDir(recordingsDir()).entryList({QStringLiteral("*.json")}, QDir::Files))
        names.append(f.chopped(5));
    return names;
}

inline std::optional<SessionRecord> loadRecording(const QString &name, QString *error = nullptr)
{
    QFile f(recordingsDir() + QLatin1Char('/') + name + QStringLiteral(".json"));
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.fileName() + QStringLiteral(": ") + f.errorString();
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parse);
    if (doc.isNull()) {
        if (error)
            *error = f.fileName() + QStringLiteral(": ") + parse.errorString();
        return std::nullopt;
    }
    return SessionRecord::fromJson(doc.object(), error);
}

// Postel's own refusals before MAIL (SmtpError::reason, set by the session's preflight
// checks): the session up to the refusal is a real one (aiosmtpd, recorded), the refusal is
// put in the record as the session reports it.
inline SessionRecord preflightRecord(const QString &reason, const QString &message,
                                     const QString &base = QStringLiteral("exim-sent"))
{
    SessionRecord r = loadRecording(base).value_or(SessionRecord());
    // Keep what happened up to MAIL: the greeting, EHLO, TLS, AUTH.
    while (!r.transcript.isEmpty() && r.transcript.last().verb != "AUTH")
        r.transcript.removeLast();
    r.error = SmtpError();
    r.error.kind = ErrorKind::NotSupported;
    r.error.reason = reason;
    r.error.message = message;
    r.failedStep = Conversation::Step::Send;
    r.outcome = Conversation::Outcome::NotSent;
    r.accepted.clear();
    r.deriveFromTranscript();
    return r;
}

inline QStringList idsOf(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out.append(f.id);
    return out;
}

inline void useLanguage(const QString &lang)
{
    Languages::install(QCoreApplication::instance(), lang);
}

} // namespace postel::test
