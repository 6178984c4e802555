#pragma once

// Reading what operations and the session's transcript pipeline yield, in tests.
#include "smtp/SmtpSession.h"
#include "smtp/operations/AuthOperation.h"
#include "smtp/operations/TransactionOperation.h"

#include <QList>

// A mail transaction's result (sendmail, send_message); an empty one for anything else.
inline const postel::SendResult &sent(postel::SmtpOperation *op)
{
    static const postel::SendResult none;
    const auto *t = qobject_cast<postel::TransactionOperation *>(op);
    return t ? t->result() : none;
}

// The mechanism a login() or auth() used (or tried last).
inline QString mechanismOf(postel::SmtpOperation *op)
{
    const auto *a = qobject_cast<postel::AuthenticationOperation *>(op);
    return a ? a->mechanism() : QString();
}

// Every entry a session emits, recorded as they come.
class EntryLog
{
public:
    explicit EntryLog(postel::SmtpSession &session)
    {
        QObject::connect(&session, &postel::SmtpSession::entry, &session,
                         [this](const postel::TranscriptEntry &e) { entries.append(e); });
    }
    QList<postel::TranscriptEntry> of(postel::TranscriptEntry::Direction d) const
    {
        QList<postel::TranscriptEntry> out;
        for (const postel::TranscriptEntry &e : entries) {
            if (e.direction == d)
                out.append(e);
        }
        return out;
    }
    qsizetype commands() const { return of(postel::TranscriptEntry::Client).size(); }
    QList<postel::Reply> replies() const
    {
        QList<postel::Reply> out;
        for (const postel::TranscriptEntry &e : of(postel::TranscriptEntry::Server))
            out.append(e.reply);
        return out;
    }
    QList<postel::TranscriptEntry> entries;
};
