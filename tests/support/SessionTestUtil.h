#pragma once

// Helpers shared by the session tests: a QSignalSpy on every operation's finished(), and
// macros that wait for it and check the scripted peer's record.
#include "ScriptedPeer.h"
#include "smtp/SmtpSession.h"

#include <QSignalSpy>
#include <QTest>
#include <map>
#include <memory>

class OpTracker
{
public:
    // Starts spying on `op` at once (operations start on the next event-loop turn).
    postel::SmtpOperation *operator()(postel::SmtpOperation *op)
    {
        m_spies[op] = std::make_unique<QSignalSpy>(op, &postel::SmtpOperation::finished);
        return op;
    }
    qsizetype finishedCount(postel::SmtpOperation *op) const
    {
        const auto it = m_spies.find(op);
        return it == m_spies.end() ? -1 : it->second->size();
    }
    void clear() { m_spies.clear(); }

private:
    std::map<postel::SmtpOperation *, std::unique_ptr<QSignalSpy>> m_spies;
};

inline void prepareSession(postel::SmtpSession &session)
{
    session.setLocalHostname(QStringLiteral("client.test"));
    session.setTimeout(10000);
}

inline QString describeError(postel::SmtpOperation *op)
{
    return QStringLiteral("%1: %2").arg(postel::SmtpError::kindName(op->error().kind),
                                        op->error().describe());
}

// Waits until `op` emitted finished() exactly once. `op` is evaluated once.
#define AWAIT(op)                                                                                  \
    do {                                                                                           \
        postel::SmtpOperation *const awaited_ = (op);                                              \
        QTRY_COMPARE_WITH_TIMEOUT(ops.finishedCount(awaited_), qsizetype(1), 10000);               \
    } while (0)
#define AWAIT_OK(op)                                                                               \
    do {                                                                                           \
        postel::SmtpOperation *const awaitedOk_ = (op);                                            \
        AWAIT(awaitedOk_);                                                                         \
        QVERIFY2(!awaitedOk_->hasError(), qPrintable(describeError(awaitedOk_)));                  \
    } while (0)
#define AWAIT_ERROR(op, errorKind)                                                                 \
    do {                                                                                           \
        postel::SmtpOperation *const awaitedErr_ = (op);                                           \
        AWAIT(awaitedErr_);                                                                        \
        QVERIFY2(awaitedErr_->hasError(), "the operation succeeded");                              \
        QCOMPARE(awaitedErr_->error().kind, errorKind);                                            \
    } while (0)

#define START_PEER(peer, script)                                                                   \
    do {                                                                                           \
        QVERIFY2((peer).loadScript(script), qPrintable((peer).failures().join('\n')));             \
        QVERIFY2((peer).start(), qPrintable((peer).failures().join('\n')));                        \
    } while (0)
// Nothing unexpected reached the peer.
#define CHECK_PEER(peer)                                                                           \
    QVERIFY2((peer).failures().isEmpty(), qPrintable((peer).failures().join('\n')))
// Every step of the script ran, and nothing unexpected reached the peer.
#define PEER_DONE(peer)                                                                            \
    do {                                                                                           \
        QTRY_VERIFY2_WITH_TIMEOUT(                                                                 \
            (peer).isDone(),                                                                       \
            qPrintable((peer).events().join('\n') + "\n--\n" + (peer).failures().join('\n')),      \
            10000);                                                                                \
        CHECK_PEER(peer);                                                                          \
    } while (0)
