#pragma once

#include "Finding.h"
#include "SessionRecord.h"

#include <QCoreApplication>
#include <QList>

namespace postel {

// The failure doctor: reads one session's record and names the fault, what shows it, the
// fix, and the change of settings a retry needs. Pure: the same record gives the same
// findings (in the language installed). The first finding is the primary cause; after a
// success the list is empty, or holds warnings for recipients that were refused.
class Doctor
{
    Q_DECLARE_TR_FUNCTIONS(postel::Doctor)
public:
    static QList<Finding> diagnose(const SessionRecord &record);

    // The verb of the command the failing reply answered ("" for the greeting).
    static QByteArray failingVerb(const SessionRecord &record);
    // What one refusing reply means: `verb` is the command it answered, `addresses` whom it
    // was about (the recipient of an RCPT, the sender of a MAIL).
    static Finding fromReply(const SessionRecord &record, const Reply &reply,
                             const QByteArray &verb, const QStringList &addresses = {});
};

} // namespace postel
