#pragma once

// A blocking SMTP client on a plain POSIX socket, for the stress test's worker threads (the
// sandbox runs on the test's GUI thread, so the clients must not need its event loop).
#include <QByteArray>
#include <QElapsedTimer>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

class StressPeer
{
public:
    StressPeer() = default;
    StressPeer(const StressPeer &) = delete;
    StressPeer &operator=(const StressPeer &) = delete;
    ~StressPeer() { close(); }

    bool open(quint16 port)
    {
        close();
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (m_fd < 0)
            return false;
        // A send that cannot go on for this long is a hung server, not back-pressure.
        timeval tv{60, 0};
        ::setsockopt(m_fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(port);
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        return ::connect(m_fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0;
    }
    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        m_in.clear();
        m_head = 0;
        m_eof = false;
    }
    int fd() const { return m_fd; }

    bool send(const char *p, qsizetype n)
    {
        while (n > 0) {
            const ssize_t w = ::send(m_fd, p, size_t(n), MSG_NOSIGNAL);
            if (w < 0) {
                if (errno == EINTR)
                    continue;
                return false;
            }
            p += w;
            n -= w;
        }
        return true;
    }
    bool send(const QByteArray &bytes) { return send(bytes.constData(), bytes.size()); }
    void shutdownWrite() { ::shutdown(m_fd, SHUT_WR); }

    // The next complete reply (all its lines), or "" on timeout or end of stream.
    QByteArray reply(int timeoutMs = 30000)
    {
        QElapsedTimer t;
        t.start();
        while (true) {
            qsizetype start = m_head;
            while (true) {
                const qsizetype lf = m_in.indexOf('\n', start);
                if (lf < 0)
                    break;
                const bool more = lf - start >= 4 && m_in.at(start + 3) == '-';
                start = lf + 1;
                if (!more) {
                    const QByteArray out = m_in.mid(m_head, start - m_head);
                    m_head = start;
                    return out;
                }
            }
            m_in.remove(0, m_head);
            m_head = 0;
            const qint64 left = timeoutMs - t.elapsed();
            if (left <= 0 || !fill(int(left)))
                return {};
        }
    }
    // The code of the next reply (0 when none came); the reply is in last().
    int code(int timeoutMs = 30000)
    {
        m_last = reply(timeoutMs);
        return m_last.size() >= 3 ? m_last.left(3).toInt() : 0;
    }
    const QByteArray &last() const { return m_last; }

    // Reads (and drops) until the server closes; false after `timeoutMs`.
    bool waitClosed(int timeoutMs = 30000)
    {
        QElapsedTimer t;
        t.start();
        while (!m_eof) {
            m_in.clear();
            m_head = 0;
            const qint64 left = timeoutMs - t.elapsed();
            if (left <= 0)
                return false;
            fill(int(left));
        }
        return true;
    }
    bool eof() const { return m_eof; }

private:
    bool fill(int timeoutMs)
    {
        if (m_eof)
            return false;
        pollfd p{m_fd, POLLIN, 0};
        const int r = ::poll(&p, 1, timeoutMs);
        if (r <= 0)
            return false;
        char buf[16384];
        const ssize_t n = ::recv(m_fd, buf, sizeof buf, 0);
        if (n <= 0) {
            m_eof = true; // closed, or reset: either way nothing more comes
            return false;
        }
        m_in.append(buf, n);
        return true;
    }

    int m_fd = -1;
    QByteArray m_in;
    qsizetype m_head = 0; // where the next reply starts in m_in
    QByteArray m_last;
    bool m_eof = false;
};
