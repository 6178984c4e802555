#pragma once

#include "transcript/TranscriptEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace postel {

// Explains a session's record entry by entry, with what only the session knows: which
// command a reply answers (pipelined ones included), that EHLO is sent again after STARTTLS,
// that AUTH appeared only once TLS was on, that a 250 to RCPT is not delivery yet, what a
// server's SASL challenge says once decoded. The client's SASL answers and the credentials
// after AUTH's mechanism are never read, decoded or repeated.
//
// Pure functions of the entries; reads only their time, direction, bytes, code, encrypted
// and elapsedMs.
class SessionExplainer
{
public:
    // For each entry (same index): the context notes only, in the current language.
    static QList<QStringList> notes(const QList<TranscriptEntry> &entries);
    // For each entry: the explanation of its command or reply in this session (what the
    // reply means after that command, its enhanced code), then its notes, one per line;
    // "" for Postel's own information lines.
    static QStringList explain(const QList<TranscriptEntry> &entries);
    // The explanation of the last entry alone (explain(entries).last()).
    static QString explainLast(const QList<TranscriptEntry> &entries);

    Q_DECLARE_TR_FUNCTIONS(postel::SessionExplainer)
};

} // namespace postel
