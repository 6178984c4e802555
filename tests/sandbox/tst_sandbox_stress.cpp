// The sandbox under a storm, hosted as the GUI hosts it: a SandboxHost and the inbox panel on
// the GUI thread, the clients on worker threads with plain blocking sockets (StressPeer.h), so
// that the GUI thread does nothing but what Postel's window does while the sandbox is busy.
// A 10 ms timer on the GUI thread measures the longest event-loop gap and samples the live heap
// (ASan's allocator count under ASan, glibc's mallinfo2 otherwise) and VmRSS/VmHWM.
//
// - halfClosedClients: shutdown(SHUT_WR) mid-command, mid-DATA and right after a pipelined
//   message + QUIT (that one must still get its 250 and 221, and the message is kept).
// - oversizedLinesAndUnreadReplies: 8 MB command lines and 8 MB data lines without a line end,
//   and clients that pipeline 1 MiB of HELP without reading the replies for 3 s: the right replies,
//   and the live heap stays flat (the sandbox reads at most 64 KiB at a time and stops reading
//   while 64 KiB of its replies wait to be read).
// - storm: all of it at once, see the function's comment.
#include "sandbox/SandboxHost.h"
#include "sandbox/SandboxInboxPanel.h"
#include "sandbox/SandboxMailbox.h"
#include "sandbox/SandboxServer.h"

#include "StressPeer.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>

#include <atomic>
#include <functional>
#include <malloc.h>
#include <thread>
#include <vector>

#if defined(__SANITIZE_ADDRESS__)
#define POSTEL_STRESS_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define POSTEL_STRESS_ASAN 1
#endif
#endif
#ifdef POSTEL_STRESS_ASAN
// From <sanitizer/allocator_interface.h>, which GCC 12 does not install; libasan has it.
extern "C" size_t __sanitizer_get_current_allocated_bytes(void);
#endif

using namespace postel;

namespace {

// Bytes the program has allocated and not freed (not RSS: ASan's quarantine and glibc's free
// lists keep RSS up after a free, which says nothing about what the sandbox holds).
qint64 heapInUse()
{
#ifdef POSTEL_STRESS_ASAN
    return qint64(__sanitizer_get_current_allocated_bytes());
#else
    const struct mallinfo2 mi = mallinfo2();
    return qint64(mi.uordblks + mi.hblkhd);
#endif
}

// VmRSS and VmHWM of /proc/self/status, in KiB.
QPair<qint64, qint64> rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    qint64 rss = 0, hwm = 0;
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                rss = line.mid(6).trimmed().split(' ').value(0).toLongLong();
            else if (line.startsWith("VmHWM:"))
                hwm = line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return {rss, hwm};
}

// The GUI thread's pulse: a 10 ms timer; the longest gap between two ticks, and the live heap
// and RSS at their highest.
class Monitor : public QObject
{
public:
    void start()
    {
        m_heapBase = m_heapPeak = heapInUse();
        const auto [rss, hwm] = rssKiB();
        m_rssBase = m_rssPeak = rss;
        m_hwmBase = hwm;
        m_maxGap = 0;
        m_ticks = 0;
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.setInterval(10);
        connect(&m_tick, &QTimer::timeout, this, &Monitor::tick, Qt::UniqueConnection);
        m_clock.start();
        m_last = 0;
        m_tick.start();
    }
    void stop()
    {
        m_tick.stop();
        tick();
        m_hwmEnd = rssKiB().second;
    }
    qint64 maxGapMs() const { return m_maxGap; }
    qint64 heapGrowth() const { return m_heapPeak - m_heapBase; }
    qint64 heapBase() const { return m_heapBase; }
    qint64 rssBaseKiB() const { return m_rssBase; }
    qint64 rssPeakKiB() const { return m_rssPeak; }
    qint64 hwmBaseKiB() const { return m_hwmBase; }
    qint64 hwmEndKiB() const { return m_hwmEnd; }
    int ticks() const { return m_ticks; }

private:
    void tick()
    {
        const qint64 now = m_clock.elapsed();
        m_maxGap = qMax(m_maxGap, now - m_last);
        m_last = now;
        ++m_ticks;
#ifndef POSTEL_STRESS_ASAN
        if (m_ticks % 5 == 0) // mallinfo2 walks glibc's free lists: not on every tick
#endif
            m_heapPeak = qMax(m_heapPeak, heapInUse());
        if (m_ticks % 10 == 0)
            m_rssPeak = qMax(m_rssPeak, rssKiB().first);
    }

    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGap = 0;
    qint64 m_heapBase = 0, m_heapPeak = 0;
    qint64 m_rssBase = 0, m_rssPeak = 0, m_hwmBase = 0, m_hwmEnd = 0;
    int m_ticks = 0;
};

// What the clients sent and what the sandbox answered, from every worker thread.
struct Ledger
{
    enum class Outcome
    {
        Accepted, // 250 after the final dot or BDAT LAST
        Refused,  // a 4xx/5xx, or the client never finished the message
        Unknown   // no reply came
    };
    struct Sent
    {
        // What the mailbox must hold, after dot-unstuffing: its SHA-256 and size (the bytes
        // themselves would make the heap figures the test's rather than the sandbox's).
        QByteArray digest;
        qint64 size = 0;
        Outcome outcome = Outcome::Unknown;
        QString queueId;
    };

    QMutex mutex;
    QHash<QString, Sent> sent; // by tag: the local part of MAIL FROM
    QStringList errors;
    int accepted = 0, refused = 0, unknown = 0;
    qint64 acceptedBytes = 0;
    int connections = 0;

    void record(const QString &tag, const QByteArray &stored, Outcome outcome,
                const QByteArray &reply = {})
    {
        record(tag, QCryptographicHash::hash(stored, QCryptographicHash::Sha256), stored.size(),
               outcome, reply);
    }
    void record(const QString &tag, const QByteArray &digest, qint64 size, Outcome outcome,
                const QByteArray &reply)
    {
        QMutexLocker lock(&mutex);
        Sent s{digest, size, outcome, {}};
        const qsizetype at = reply.indexOf("queued as ");
        if (at >= 0)
            s.queueId = QString::fromLatin1(reply.mid(at + 10).trimmed());
        sent.insert(tag, s);
        if (outcome == Outcome::Accepted) {
            ++accepted;
            acceptedBytes += size;
        } else if (outcome == Outcome::Refused) {
            ++refused;
        } else {
            ++unknown;
        }
    }
    void error(const QString &what)
    {
        QMutexLocker lock(&mutex);
        if (errors.size() < 50)
            errors.append(what);
    }
    void connected()
    {
        QMutexLocker lock(&mutex);
        ++connections;
    }
};

// Bytes 1..255 but CR and LF: legal in a line of 8-bit data (RFC 6152).
QByteArray lineBytes(QRandomGenerator &rng, int n)
{
    QByteArray out(n, Qt::Uninitialized);
    for (char &c : out) {
        int v;
        do
            v = int(rng.bounded(1, 256));
        while (v == '\r' || v == '\n');
        c = char(v);
    }
    return out;
}

// A legal 8-bit body of about `size` bytes with what trips naive receivers: lone dots, lines
// that start with dots, lines of exactly 998 octets, empty lines, every byte but NUL, CR, LF.
QByteArray legalBody(quint32 seed, int size)
{
    QRandomGenerator rng(seed);
    QByteArray b = "MIME-Version: 1.0\r\nContent-Type: application/octet-stream\r\n"
                   "Content-Transfer-Encoding: 8bit\r\n\r\n";
    while (b.size() < size) {
        switch (rng.bounded(8)) {
        case 0:
            b += ".\r\n";
            break;
        case 1:
            b += "..\r\n";
            break;
        case 2:
            b += "." + lineBytes(rng, int(rng.bounded(1, 80))) + "\r\n";
            break;
        case 3:
            b += lineBytes(rng, 998) + "\r\n"; // the longest legal line
            break;
        case 4:
            b += "\r\n";
            break;
        default:
            b += lineBytes(rng, int(rng.bounded(1, 300))) + "\r\n";
        }
    }
    return b;
}

// DATA's transparency (RFC 5321 4.5.2) and the end of data.
QByteArray dotStuffed(const QByteArray &body)
{
    QByteArray out = body;
    out.replace("\r\n.", "\r\n..");
    if (out.startsWith('.'))
        out.prepend('.');
    return out + ".\r\n";
}

// A body as it is kept and as DATA sends it, made before the storm.
struct Body
{
    QByteArray raw;
    QByteArray stuffed; // with the final dot
};

Body makeBody(const QByteArray &raw)
{
    return {raw, dotStuffed(raw)};
}

QString tagged(const QString &tag)
{
    return tag + QStringLiteral("@stress.test");
}

// Runs the functions on threads while the GUI thread's event loop goes on; false after
// `timeoutMs` (the threads are still joined: each has its own timeouts).
bool runThreads(const std::vector<std::function<void()>> &work, int timeoutMs)
{
    std::atomic<int> left{int(work.size())};
    std::vector<std::thread> threads;
    threads.reserve(work.size());
    for (const auto &w : work) {
        threads.emplace_back([&left, w] {
            w();
            --left;
        });
    }
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (left == 0)
            loop.quit();
    });
    poll.start();
    QElapsedTimer t;
    t.start();
    while (left > 0 && t.elapsed() < timeoutMs) {
        QTimer::singleShot(int(qMax<qint64>(1, timeoutMs - t.elapsed())), &loop, &QEventLoop::quit);
        loop.exec();
    }
    const bool done = left == 0;
    // Threads still running are stuck in their own timeouts; the event loop must go on for them.
    while (left > 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    for (std::thread &th : threads)
        th.join();
    return done;
}

QByteArray greetAndEhlo(StressPeer &p, quint16 port, Ledger &l, const QString &who,
                        const QByteArray &ehlo = "EHLO stress.test\r\n")
{
    if (!p.open(port)) {
        l.error(who + QStringLiteral(": cannot connect"));
        return {};
    }
    l.connected();
    if (p.code() != 220) {
        l.error(who + QStringLiteral(": no greeting: ") + QString::fromLatin1(p.last()));
        return {};
    }
    p.send(ehlo);
    if (p.code() != 250) {
        l.error(who + QStringLiteral(": EHLO: ") + QString::fromLatin1(p.last()));
        return {};
    }
    return p.last();
}

bool expect(StressPeer &p, Ledger &l, const QString &who, int code, const char *startsWith = "")
{
    const int got = p.code();
    if (got == code && p.last().startsWith(startsWith))
        return true;
    l.error(QStringLiteral("%1: expected %2 %3, got \"%4\"")
                .arg(who)
                .arg(code)
                .arg(QString::fromLatin1(startsWith), QString::fromLatin1(p.last().trimmed())));
    return false;
}

enum class Way
{
    Data,
    Bdat,
    RefusedRecipient,
    LineTooLong,
    TooBig
};

// One transaction on an open session (after EHLO): `head` (a header line naming the message)
// and `body`; the outcome goes to the ledger, and a reply other than the one this way must
// get is an error. Sends from the prepared buffers, so that the client allocates nothing big.
void sendMessage(StressPeer &p, Ledger &l, const QString &tag, const QByteArray &head,
                 const Body &body, Way way, quint32 seed)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(head);
    hash.addData(body.raw);
    const QByteArray digest = hash.result();
    const qint64 size = head.size() + body.raw.size();
    const QByteArray mail = "MAIL FROM:<" + tagged(tag).toLatin1() + "> BODY=8BITMIME\r\n";
    if (way == Way::RefusedRecipient) {
        p.send(mail + "RCPT TO:<nobody@refused.test>\r\nDATA\r\n");
        expect(p, l, tag, 250);
        expect(p, l, tag, 550);
        expect(p, l, tag, 554); // pipelined DATA without a recipient
        p.send("RSET\r\n");
        expect(p, l, tag, 250);
        l.record(tag, digest, size, Ledger::Outcome::Refused, {});
        return;
    }
    p.send(mail + "RCPT TO:<inbox@stress.test>\r\n");
    if (!expect(p, l, tag, 250) || !expect(p, l, tag, 250)) {
        l.record(tag, digest, size, Ledger::Outcome::Refused, {});
        return;
    }
    if (way == Way::Bdat) {
        // Pipelined chunks of random sizes, cutting CRLFs and dots apart.
        QRandomGenerator rng(seed);
        p.send("BDAT " + QByteArray::number(head.size()) + "\r\n" + head);
        int chunks = 1;
        for (qsizetype at = 0; at < body.raw.size();) {
            const qsizetype n = qMin<qsizetype>(body.raw.size() - at, rng.bounded(1, 40000));
            const bool last = at + n == body.raw.size();
            p.send("BDAT " + QByteArray::number(n) + (last ? " LAST\r\n" : "\r\n"));
            p.send(body.raw.constData() + at, n);
            at += n;
            ++chunks;
        }
        for (int i = 0; i + 1 < chunks; ++i)
            expect(p, l, tag, 250, "250 2.0.0");
    } else {
        p.send("DATA\r\n");
        if (!expect(p, l, tag, 354)) {
            l.record(tag, digest, size, Ledger::Outcome::Refused, {});
            return;
        }
        p.send(head); // a header line: nothing to stuff
        p.send(body.stuffed);
    }
    const int code = p.code(60000);
    const QByteArray reply = p.last();
    const Ledger::Outcome outcome = code == 250 ? Ledger::Outcome::Accepted
                                    : code == 0 ? Ledger::Outcome::Unknown
                                                : Ledger::Outcome::Refused;
    l.record(tag, digest, size, outcome, reply);
    const QByteArray want = way == Way::LineTooLong ? "500 5.5.2 Error: line too long"
                            : way == Way::TooBig    ? "552 5.3.4"
                                                    : "250 2.0.0 Ok: queued as ";
    if (!reply.startsWith(want))
        l.error(QStringLiteral("%1: expected \"%2\", got \"%3\"")
                    .arg(tag, QString::fromLatin1(want), QString::fromLatin1(reply.trimmed())));
}

// Streams `total` bytes of `fill` (no line end in it) in 64 KiB writes.
bool stream(StressPeer &p, qint64 total, char fill)
{
    static const QByteArray pieces[2] = {QByteArray(64 * 1024, 'A'), QByteArray(64 * 1024, 'x')};
    const QByteArray &piece = pieces[fill == 'A' ? 0 : 1];
    for (qint64 sent = 0; sent < total; sent += piece.size()) {
        if (!p.send(piece.constData(), qMin<qint64>(piece.size(), total - sent)))
            return false;
    }
    return true;
}

// A command line of `size` bytes (no CRLF in it), then NOOP: one 500 5.5.2, then 250.
void oversizedCommand(quint16 port, Ledger &l, const QString &who, qint64 size)
{
    StressPeer p;
    if (greetAndEhlo(p, port, l, who).isEmpty())
        return;
    p.send("NOOP ");
    stream(p, size, 'A');
    p.send("\r\nNOOP\r\n");
    expect(p, l, who, 500, "500 5.5.2 Error: line too long");
    expect(p, l, who, 250, "250 2.0.0 Ok");
    p.send("QUIT\r\n");
    expect(p, l, who, 221);
}

// A data line of `size` bytes: the message is read to its end and refused with 500 5.5.2;
// then a proper message goes through on the same connection.
void oversizedDataLine(quint16 port, Ledger &l, const QString &tag, qint64 size,
                       const Body &goodBody)
{
    StressPeer p;
    if (greetAndEhlo(p, port, l, tag).isEmpty())
        return;
    p.send("MAIL FROM:<" + tagged(tag).toLatin1() + ">\r\nRCPT TO:<inbox@stress.test>\r\nDATA\r\n");
    expect(p, l, tag, 250);
    expect(p, l, tag, 250);
    if (!expect(p, l, tag, 354))
        return;
    p.send("Subject: long\r\n\r\n");
    stream(p, size, 'x');
    p.send("\r\n.\r\n");
    const int code = p.code(60000);
    l.record(tag, {}, code == 250 ? Ledger::Outcome::Accepted : Ledger::Outcome::Refused);
    if (!p.last().startsWith("500 5.5.2 Error: line too long"))
        l.error(tag + QStringLiteral(": ") + QString::fromLatin1(p.last()));
    const QString after = tag + QStringLiteral("-after");
    sendMessage(p, l, after, "X-Tag: " + after.toLatin1() + "\r\n", goodBody, Way::Data, 0);
    p.send("QUIT\r\n");
    expect(p, l, tag, 221);
}

// Pipelines `blocks` times 64 KiB of HELP (each answered with 100 octets) and reads nothing
// for `quietMs`; then reads every reply.
void unreadReplies(quint16 port, Ledger &l, const QString &who, int blocks, int quietMs)
{
    StressPeer p;
    if (!p.open(port)) {
        l.error(who + QStringLiteral(": cannot connect"));
        return;
    }
    l.connected();
    static const QByteArray block = QByteArray("HELP\r\n").repeated(65536 / 6);
    const int commands = blocks * int(block.size() / 6);
    // The writer blocks once the sandbox stops reading: that is the point.
    std::thread writer([&] {
        for (int i = 0; i < blocks; ++i)
            p.send(block);
        p.send("QUIT\r\n");
    });
    QThread::msleep(quietMs);
    if (p.code() != 220)
        l.error(who + QStringLiteral(": no greeting"));
    int help = 0;
    while (p.code(60000) == 214)
        ++help;
    if (help != commands || !p.last().startsWith("221"))
        l.error(QStringLiteral("%1: %2 HELP replies of %3, then \"%4\"")
                    .arg(who)
                    .arg(help)
                    .arg(commands)
                    .arg(QString::fromLatin1(p.last().trimmed())));
    writer.join();
}

} // namespace

class TestSandboxStress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void halfClosedClients();
    void oversizedLinesAndUnreadReplies();
    void manySmallMessages();
    void storm();

private:
    // The sandbox as MainWindow hosts it, with the inbox panel showing its mailbox.
    void host(const SandboxBehaviour &behaviour);
    quint16 port() const { return m_host->port(); }
    void checkMailbox(Ledger &l);
    void report(const char *what, const Monitor &m);

    QTemporaryDir m_certDir;
    std::unique_ptr<QTemporaryDir> m_mailDir;
    std::unique_ptr<SandboxHost> m_host;
    std::unique_ptr<SandboxInboxPanel> m_panel;
};

void TestSandboxStress::initTestCase()
{
    QVERIFY(m_certDir.isValid());
}

void TestSandboxStress::init()
{
    m_mailDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_mailDir->isValid());
}

void TestSandboxStress::cleanup()
{
    m_panel.reset();
    m_host.reset();
    m_mailDir.reset();
}

void TestSandboxStress::host(const SandboxBehaviour &behaviour)
{
    SandboxHost::Options o;
    o.mailboxDirectory = m_mailDir->path() + QStringLiteral("/mail");
    o.certificateDirectory = m_certDir.path();
    o.port = 0;
    o.behaviour = behaviour;
    m_host = std::make_unique<SandboxHost>(o);
    QCOMPARE(m_host->start().kind, SandboxError::Kind::None);
    QTRY_VERIFY_WITH_TIMEOUT(m_host->isCertificateReady(), 60000);
    QCOMPARE(m_host->certificateError().kind, SandboxError::Kind::None);
    m_panel = std::make_unique<SandboxInboxPanel>(m_host->mailbox(), m_host->server());
    m_panel->resize(900, 600);
    m_panel->show();
}

// Every accepted message is in the mailbox byte for byte under the id its 250 named; nothing
// refused or unfinished is; nothing else is; and the panel lists every message.
void TestSandboxStress::checkMailbox(Ledger &l)
{
    QMutexLocker lock(&l.mutex);
    SandboxMailbox *mailbox = m_host->mailbox();
    QSet<QString> seen;
    for (const SandboxMessage &m : mailbox->messages()) {
        const QString tag = m.envelope.sender.section(QLatin1Char('@'), 0, 0);
        const auto it = l.sent.constFind(tag);
        QVERIFY2(it != l.sent.cend(), qPrintable(QStringLiteral("stored but never sent: ") + tag));
        QVERIFY2(it->outcome != Ledger::Outcome::Refused,
                 qPrintable(QStringLiteral("refused but stored: ") + tag));
        const QByteArray raw = mailbox->rawMessage(m.id);
        QVERIFY2(raw.size() == it->size &&
                     QCryptographicHash::hash(raw, QCryptographicHash::Sha256) == it->digest,
                 qPrintable(QStringLiteral("not byte-exact: ") + tag));
        if (it->outcome == Ledger::Outcome::Accepted)
            QCOMPARE(m.id, it->queueId);
        seen.insert(tag);
    }
    for (auto it = l.sent.cbegin(); it != l.sent.cend(); ++it) {
        if (it->outcome == Ledger::Outcome::Accepted)
            QVERIFY2(seen.contains(it.key()),
                     qPrintable(QStringLiteral("accepted, not stored: ") + it.key()));
    }
    lock.unlock();
    // The panel lists new messages in batches, a moment after they came.
    QTRY_COMPARE(m_panel->list()->topLevelItemCount(), mailbox->count());
}

void TestSandboxStress::report(const char *what, const Monitor &m)
{
    qInfo("%s: longest GUI event-loop gap %lld ms (%d ticks of 10 ms); live heap %.1f MiB at "
          "start, at most +%.1f MiB; VmRSS %lld -> at most %lld KiB; VmHWM %lld -> %lld KiB",
          what, m.maxGapMs(), m.ticks(), m.heapBase() / 1048576.0, m.heapGrowth() / 1048576.0,
          m.rssBaseKiB(), m.rssPeakKiB(), m.hwmBaseKiB(), m.hwmEndKiB());
}

void TestSandboxStress::halfClosedClients()
{
    host(SandboxBehaviour());
    const quint16 p = port();
    const QByteArray body = legalBody(7, 20000);
    Ledger l;
    std::vector<std::function<void()>> work;
    for (int w = 0; w < 4; ++w) {
        work.emplace_back([&, w] {
            for (int i = 0; i < 10; ++i) {
                const QString tag = QStringLiteral("h%1-%2").arg(w).arg(i);
                const QByteArray envelope = "EHLO half\r\nMAIL FROM:<" + tagged(tag).toLatin1() +
                                            ">\r\nRCPT TO:<inbox@stress.test>\r\nDATA\r\n";
                StressPeer c;
                if (!c.open(p)) {
                    l.error(tag + QStringLiteral(": cannot connect"));
                    return;
                }
                expect(c, l, tag, 220);
                switch (i % 3) {
                case 0: // mid-command: the EHLO is answered, the half MAIL is not
                    c.send("EHLO half\r\nMAIL FROM:<" + tagged(tag).toLatin1() + ">");
                    c.shutdownWrite();
                    expect(c, l, tag, 250);
                    l.record(tag, {}, Ledger::Outcome::Refused);
                    break;
                case 1: // mid-DATA: nothing of it may be kept
                    c.send(envelope + dotStuffed(body).left(body.size() / 2));
                    c.shutdownWrite();
                    for (int code : {250, 250, 250, 354})
                        expect(c, l, tag, code);
                    l.record(tag, {}, Ledger::Outcome::Refused);
                    break;
                default: { // all of it and QUIT: the replies still come, the message is kept
                    const QByteArray mine = "X-Tag: " + tag.toLatin1() + "\r\n" + body;
                    c.send(envelope + dotStuffed(mine) + "QUIT\r\n");
                    c.shutdownWrite();
                    for (int code : {250, 250, 250, 354})
                        expect(c, l, tag, code);
                    const int code = c.code();
                    l.record(tag, mine,
                             code == 250 ? Ledger::Outcome::Accepted
                             : code == 0 ? Ledger::Outcome::Unknown
                                         : Ledger::Outcome::Refused,
                             c.last());
                    if (code != 250)
                        l.error(tag + QStringLiteral(": no 250 after the final dot: ") +
                                QString::fromLatin1(c.last()));
                    expect(c, l, tag, 221);
                }
                }
                if (!c.waitClosed(20000))
                    l.error(tag + QStringLiteral(": the sandbox kept the connection open"));
            }
        });
    }
    QVERIFY(runThreads(work, 120000));
    QVERIFY2(l.errors.isEmpty(), qPrintable(l.errors.join(QLatin1Char('\n'))));
    QTRY_COMPARE_WITH_TIMEOUT(m_host->server()->connectionCount(), 0, 20000);
    checkMailbox(l);
    QCOMPARE(l.accepted, 4 * 3);
    QCOMPARE(m_host->mailbox()->count(), 4 * 3);
}

void TestSandboxStress::oversizedLinesAndUnreadReplies()
{
    host(SandboxBehaviour());
    const quint16 p = port();
    const Body good = makeBody(legalBody(11, 4000));
    Ledger l;
    constexpr qint64 Line = 8 * 1024 * 1024;
    std::vector<std::function<void()>> work;
    for (int i = 0; i < 4; ++i) {
        work.emplace_back([&, i] { oversizedCommand(p, l, QStringLiteral("cmd%1").arg(i), Line); });
        work.emplace_back(
            [&, i] { oversizedDataLine(p, l, QStringLiteral("data%1").arg(i), Line, good); });
    }
    for (int i = 0; i < 2; ++i)
        work.emplace_back(
            [&, i] { unreadReplies(p, l, QStringLiteral("help%1").arg(i), 16, 3000); });
    Monitor m;
    m.start();
    const bool finished = runThreads(work, 180000);
    m.stop();
    report("oversized lines and unread replies", m);
    QVERIFY(finished);
    QVERIFY2(l.errors.isEmpty(), qPrintable(l.errors.join(QLatin1Char('\n'))));
    checkMailbox(l);
    QCOMPARE(m_host->mailbox()->count(), 4);
    // 8 clients sent 64 MiB of over-long lines and 2 asked for 35 MiB of replies they did not
    // read for 3 s; what the sandbox holds meanwhile is at most 64 KiB in Qt's read buffer,
    // 80 KiB of input and 64 KiB of replies per connection, about 3 MiB in all. 8 MiB leaves
    // room for Qt, the panel and the allocator.
    QVERIFY2(m.maxGapMs() < 250, qPrintable(QString::number(m.maxGapMs())));
    QVERIFY2(m.heapGrowth() < 8 * 1024 * 1024,
             qPrintable(QStringLiteral("the live heap grew by %1 MiB")
                            .arg(m.heapGrowth() / 1048576.0, 0, 'f', 1)));
}

// One client pipelines 1500 whole transactions at once: the sandbox keeps each message, and
// its work comes in slices (64 commands a turn), so the GUI thread never waits long.
void TestSandboxStress::manySmallMessages()
{
    host(SandboxBehaviour());
    const quint16 p = port();
    constexpr int N = 1500;
    Ledger l;
    std::vector<std::function<void()>> work;
    work.emplace_back([&] {
        StressPeer c;
        if (greetAndEhlo(c, p, l, QStringLiteral("small")).isEmpty())
            return;
        const auto body = [](int i) { return "X-Tag: small" + QByteArray::number(i) + "\r\n"; };
        QByteArray batch;
        for (int i = 0; i < N; ++i) {
            batch += "MAIL FROM:<small" + QByteArray::number(i) +
                     "@stress.test>\r\nRCPT TO:<inbox@stress.test>\r\nBDAT " +
                     QByteArray::number(body(i).size()) + " LAST\r\n" + body(i);
        }
        batch += "QUIT\r\n";
        std::thread writer([&] { c.send(batch); });
        for (int i = 0; i < N; ++i) {
            const QString tag = QStringLiteral("small%1").arg(i);
            expect(c, l, tag, 250);
            expect(c, l, tag, 250);
            const int code = c.code();
            l.record(tag, body(i),
                     code == 250 ? Ledger::Outcome::Accepted : Ledger::Outcome::Unknown, c.last());
        }
        expect(c, l, QStringLiteral("small"), 221);
        writer.join();
    });
    Monitor m;
    m.start();
    const bool finished = runThreads(work, 120000);
    m.stop();
    report("1500 pipelined messages", m);
    QVERIFY(finished);
    QVERIFY2(l.errors.isEmpty(), qPrintable(l.errors.join(QLatin1Char('\n'))));
    checkMailbox(l);
    QCOMPARE(l.accepted, N);
    QCOMPARE(m_host->mailbox()->count(), N);
    QVERIFY2(m.maxGapMs() < 250, qPrintable(QString::number(m.maxGapMs())));
}

// The storm. At the same time, against one sandbox (idle timeout 4 s, size limit 2 MB):
// - 6 slow clients: the EHLO line at one byte a second (9 s; the idle timeout is 4 s, so each
//   byte must count as activity), then MAIL, RCPT, DATA and a 6 KB body in pieces of 1 to 64
//   bytes a millisecond or two apart; the message must be accepted and kept;
// - 2 silent clients: nothing after the greeting; 421 4.4.2 after the idle timeout;
// - 8 mail clients, in rounds until the slow clients are done (at most 12 rounds): EHLO and
//   three transactions each round: DATA or BDAT (pipelined chunks of random sizes) with legal
//   8-bit bodies of 2 KB to 1 MB (lone dots, dot-led lines, 998-octet lines), a refused
//   recipient (550, then 554 for the pipelined DATA), a 1001-octet line (500 after the dot)
//   and, once each, a 2.5 MB message (552 after the dot);
// - 3 half-closing clients in rounds: shutdown(SHUT_WR) mid-command, mid-DATA, and after a
//   pipelined message + QUIT (which must still get 250 and 221);
// - 3 clients with over-long lines in rounds: a 20 KB command line, a 4 MB command line and
//   a 4 MB data line without line ends (500 5.5.2 each, then the connection goes on);
// - 2 garbage clients in rounds: 32 KB of random bytes until the 421 after 20 errors;
// - 1 client pipelining 256 KiB of HELP and reading nothing for 2 s;
// - a probe: every 100 ms a fresh connection, greeting and EHLO; the slowest must take < 1 s.
// Then: every message the sandbox accepted is in the mailbox byte-exact, nothing refused is,
// the panel lists them all, the GUI thread never stalled for 250 ms, the live heap stayed
// within 64 MiB of where it started.
void TestSandboxStress::storm()
{
    SandboxBehaviour b;
    b.idleTimeoutMs = 4000;
    b.sizeLimit = 2 * 1024 * 1024;
    b.refuseRecipients = {*SandboxRule::parse(QStringLiteral("*@refused.test"),
                                              SandboxBehaviour::defaultRecipientRefusal())};
    host(b);
    const quint16 p = port();

    // The bodies are made before the storm, so that the heap figures are the sandbox's.
    std::vector<Body> bodies;
    for (int i = 0; i < 12; ++i)
        bodies.push_back(makeBody(legalBody(100 + i, i == 11 ? 1024 * 1024 : 2000 + i * 16000)));
    const Body tooBig = makeBody(legalBody(200, 2500 * 1024));
    // 1001 octets with the CRLF (a leading dot would not count).
    const Body overlong = makeBody(legalBody(300, 3000) + QByteArray(999, 'y') + "\r\n");

    Ledger l;
    std::atomic<bool> slowDone{false};
    std::atomic<int> slowLeft{6};
    std::atomic<qint64> probeMax{0};
    std::atomic<int> probes{0};
    std::vector<std::function<void()>> work;

    for (int s = 0; s < 6; ++s) {
        work.emplace_back([&, s] {
            const QString tag = QStringLiteral("slow%1").arg(s);
            StressPeer c;
            if (!c.open(p) || c.code() != 220) {
                l.error(tag + QStringLiteral(": no greeting"));
            } else {
                l.connected();
                const QByteArray ehlo = "EHLO s" + QByteArray::number(s) + "\r\n";
                for (qsizetype i = 0; i < ehlo.size(); ++i) {
                    c.send(ehlo.mid(i, 1));
                    if (i + 1 < ehlo.size())
                        QThread::msleep(1000);
                }
                expect(c, l, tag, 250);
                const QByteArray body =
                    "X-Tag: " + tag.toLatin1() + "\r\n" + legalBody(50 + s, 6000);
                const QByteArray wire = "MAIL FROM:<" + tagged(tag).toLatin1() +
                                        "> BODY=8BITMIME\r\nRCPT TO:<inbox@stress.test>\r\n" +
                                        "DATA\r\n";
                QRandomGenerator rng(s);
                auto trickle = [&](const QByteArray &bytes) {
                    for (qsizetype at = 0; at < bytes.size();) {
                        const qsizetype n = qMin<qsizetype>(bytes.size() - at, rng.bounded(1, 65));
                        c.send(bytes.constData() + at, n);
                        at += n;
                        QThread::usleep(rng.bounded(500, 2000));
                    }
                };
                trickle(wire);
                for (int code : {250, 250, 354})
                    expect(c, l, tag, code);
                trickle(dotStuffed(body));
                const int code = c.code(60000);
                l.record(tag, body,
                         code == 250 ? Ledger::Outcome::Accepted : Ledger::Outcome::Unknown,
                         c.last());
                if (code != 250)
                    l.error(tag + QStringLiteral(": ") + QString::fromLatin1(c.last()));
                c.send("QUIT\r\n");
                expect(c, l, tag, 221);
            }
            if (--slowLeft == 0)
                slowDone = true;
        });
    }
    for (int s = 0; s < 2; ++s) {
        work.emplace_back([&, s] {
            const QString who = QStringLiteral("silent%1").arg(s);
            StressPeer c;
            if (!c.open(p) || c.code() != 220)
                return l.error(who + QStringLiteral(": no greeting"));
            QElapsedTimer t;
            t.start();
            expect(c, l, who, 421, "421 4.4.2");
            if (t.elapsed() < 3500)
                l.error(who + QStringLiteral(": timed out after %1 ms").arg(t.elapsed()));
            if (!c.waitClosed(10000))
                l.error(who + QStringLiteral(": not closed after the 421"));
        });
    }
    for (int w = 0; w < 8; ++w) {
        work.emplace_back([&, w] {
            for (int round = 0; round < 12 && (round == 0 || !slowDone); ++round) {
                const QString who = QStringLiteral("v%1-%2").arg(w).arg(round);
                StressPeer c;
                if (greetAndEhlo(c, p, l, who).isEmpty())
                    return;
                for (int m = 0; m < 3; ++m) {
                    const QString tag = who + QStringLiteral("-%1").arg(m);
                    const int pick = (w * 7 + round * 3 + m) % 10;
                    const QByteArray head = "X-Tag: " + tag.toLatin1() + "\r\n";
                    if (round == 0 && m == 0 && w % 2 == 0)
                        sendMessage(c, l, tag, head, tooBig, Way::TooBig, 0);
                    else if (pick == 8)
                        sendMessage(c, l, tag, head, bodies[0], Way::RefusedRecipient, 0);
                    else if (pick == 9)
                        sendMessage(c, l, tag, head, overlong, Way::LineTooLong, 0);
                    else
                        sendMessage(c, l, tag, head, bodies[(w + round + m) % bodies.size()],
                                    pick % 2 ? Way::Bdat : Way::Data, quint32(w * 1000 + round));
                }
                c.send("QUIT\r\n");
                expect(c, l, who, 221);
                QThread::msleep(50);
            }
        });
    }
    for (int w = 0; w < 3; ++w) {
        work.emplace_back([&, w] {
            for (int round = 0; round < 12 && (round == 0 || !slowDone); ++round) {
                const QString tag = QStringLiteral("half%1-%2").arg(w).arg(round);
                StressPeer c;
                if (!c.open(p) || c.code() != 220)
                    return l.error(tag + QStringLiteral(": no greeting"));
                l.connected();
                const QByteArray envelope = "EHLO half\r\nMAIL FROM:<" + tagged(tag).toLatin1() +
                                            ">\r\nRCPT TO:<inbox@stress.test>\r\nDATA\r\n";
                const QByteArray body = "X-Tag: " + tag.toLatin1() + "\r\n" + bodies[round % 6].raw;
                if (round % 3 == 0) {
                    c.send("EHLO half\r\nMAIL FROM:<" + tagged(tag).toLatin1() + ">");
                    c.shutdownWrite();
                    expect(c, l, tag, 250);
                    l.record(tag, {}, Ledger::Outcome::Refused);
                } else if (round % 3 == 1) {
                    c.send(envelope + dotStuffed(body).left(body.size() / 2));
                    c.shutdownWrite();
                    for (int code : {250, 250, 250, 354})
                        expect(c, l, tag, code);
                    l.record(tag, {}, Ledger::Outcome::Refused);
                } else {
                    c.send(envelope + dotStuffed(body) + "QUIT\r\n");
                    c.shutdownWrite();
                    for (int code : {250, 250, 250, 354})
                        expect(c, l, tag, code);
                    const int code = c.code(60000);
                    l.record(tag, body,
                             code == 250 ? Ledger::Outcome::Accepted : Ledger::Outcome::Unknown,
                             c.last());
                    if (code != 250)
                        l.error(tag + QStringLiteral(": ") + QString::fromLatin1(c.last()));
                    expect(c, l, tag, 221);
                }
                if (!c.waitClosed(20000))
                    l.error(tag + QStringLiteral(": not closed"));
                QThread::msleep(100);
            }
        });
    }
    for (int w = 0; w < 3; ++w) {
        work.emplace_back([&, w] {
            for (int round = 0; round < 12 && (round == 0 || !slowDone); ++round) {
                const QString who = QStringLiteral("long%1-%2").arg(w).arg(round);
                if (w == 0)
                    oversizedCommand(p, l, who, 20 * 1024);
                else if (w == 1)
                    oversizedCommand(p, l, who, 4 * 1024 * 1024);
                else
                    oversizedDataLine(p, l, who, 4 * 1024 * 1024, bodies[1]);
                QThread::msleep(200);
            }
        });
    }
    for (int w = 0; w < 2; ++w) {
        work.emplace_back([&, w] {
            QRandomGenerator rng(quint32(1000 + w));
            for (int round = 0; round < 12 && (round == 0 || !slowDone); ++round) {
                const QString who = QStringLiteral("garbage%1-%2").arg(w).arg(round);
                StressPeer c;
                if (!c.open(p) || c.code() != 220)
                    return l.error(who + QStringLiteral(": no greeting"));
                l.connected();
                QByteArray junk(32 * 1024, Qt::Uninitialized);
                for (char &ch : junk)
                    ch = char(rng.bounded(256));
                c.send(junk);
                int last = 0;
                for (int code; (code = c.code(30000)) != 0;)
                    last = code;
                if (last != 421 || !c.eof())
                    l.error(who + QStringLiteral(": ended with %1").arg(last));
                QThread::msleep(200);
            }
        });
    }
    work.emplace_back([&] { unreadReplies(p, l, QStringLiteral("help"), 4, 2000); });
    work.emplace_back([&] {
        // The probe: a fresh client every 100 ms while the storm lasts.
        while (!slowDone) {
            StressPeer c;
            QElapsedTimer t;
            t.start();
            if (greetAndEhlo(c, p, l, QStringLiteral("probe")).isEmpty())
                return;
            const qint64 took = t.elapsed();
            if (took > probeMax)
                probeMax = took;
            ++probes;
            c.send("QUIT\r\n");
            c.code();
            QThread::msleep(100);
        }
    });

    Monitor m;
    m.start();
    QElapsedTimer wall;
    wall.start();
    const bool finished = runThreads(work, 240000);
    m.stop();
    const qint64 took = wall.elapsed();
    QTRY_COMPARE_WITH_TIMEOUT(m_host->server()->connectionCount(), 0, 20000);
    report("storm", m);
    qInfo("storm: %lld ms, %d connections, %d messages accepted (%.1f MiB), %d refused or "
          "unfinished, %d without a reply; %d probes, the slowest greeting+EHLO %lld ms",
          took, l.connections, l.accepted, l.acceptedBytes / 1048576.0, l.refused, l.unknown,
          int(probes), qint64(probeMax));
    QVERIFY(finished);
    QVERIFY2(l.errors.isEmpty(), qPrintable(l.errors.join(QLatin1Char('\n'))));
    checkMailbox(l);
    QCOMPARE(l.unknown, 0);
    QCOMPARE(m_host->mailbox()->count(), l.accepted);
    QVERIFY(probes >= 10);
    QVERIFY2(probeMax < 1000, qPrintable(QString::number(qint64(probeMax))));
    QVERIFY2(m.maxGapMs() < 250, qPrintable(QString::number(m.maxGapMs())));
    QVERIFY2(m.heapGrowth() < 64 * 1024 * 1024,
             qPrintable(QStringLiteral("the live heap grew by %1 MiB")
                            .arg(m.heapGrowth() / 1048576.0, 0, 'f', 1)));
    // And the mailbox on disk says the same after a reload.
    m_host->mailbox()->reload();
    QCOMPARE(m_host->mailbox()->count(), l.accepted);
}

QTEST_MAIN(TestSandboxStress)
#include "tst_sandbox_stress.moc"
