#pragma once

#include "Finding.h"
#include "SessionRecord.h"

#include <QCoreApplication>
#include <optional>

namespace postel {

// The connection itself: it could not be made (connection-refused, connection-timed-out,
// host-not-found), the server said nothing or turned us away (no-greeting, service-refused,
// server-busy, rate-limited), or it went away (server-disconnected, outcome-unknown). A
// silent server may be one that expects TLS from the first byte (implicit-tls-port).
class ConnectionRules
{
    Q_DECLARE_TR_FUNCTIONS(postel::ConnectionRules)
public:
    // A failure without a reply that belongs here; false when it is not one of these.
    static bool diagnose(const SessionRecord &record, QList<Finding> &out);
    // A reply that closes the door at any step: 421, a refused greeting, a blocklist, a
    // sending limit.
    static std::optional<Finding> fromReply(const SessionRecord &record, const Reply &reply,
                                            const QByteArray &verb);

    // The other submission port's probe applied to a finding: what it saw, and the retry
    // that moves there when it answered.
    static void applyOtherPort(const SessionRecord &record, Finding &finding);
    static Finding rateLimited(const Reply &reply);

private:
    static void silentServer(const SessionRecord &record, QList<Finding> &out, bool closed);
    static Finding connectionRefused(const SessionRecord &record);
    static Finding connectionTimedOut(const SessionRecord &record);
    static Finding hostNotFound(const SessionRecord &record);
    static Finding serviceRefused(const Reply &reply, const QByteArray &verb);
    static Finding serverBusy(const Reply &reply);
    static Finding serverDisconnected(const SessionRecord &record, const Reply *reply);
    static Finding outcomeUnknown(const SessionRecord &record);
};

} // namespace postel
