// postel-sink: a minimal, fast SMTP sink for benchmarks (not a test server). It accepts
// everything and keeps nothing: EHLO advertises PIPELINING, CHUNKING, 8BITMIME, SIZE and,
// with --cert/--key, STARTTLS. Replies to a pipelined batch go out in one write. One thread
// per connection, blocking sockets, OpenSSL for STARTTLS.
//
//   postel-sink [--port N] [--cert FILE --key FILE]
// prints "PORT <n>" on stdout once listening (port 0 = a free one), runs until killed.

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <thread>

namespace {

SSL_CTX *g_tls = nullptr;
constexpr size_t ReadSize = 1 << 20;

class Conn
{
public:
    explicit Conn(int fd) : m_fd(fd) { m_buf.resize(ReadSize * 2); }
    ~Conn()
    {
        if (m_ssl)
            SSL_free(m_ssl);
        ::close(m_fd);
    }

    void run()
    {
        reply("220 sink.bench ESMTP postel-sink\r\n");
        flush();
        while (true) {
            if (!fill())
                return;
            if (!process())
                return;
            flush();
        }
    }

private:
    // Reads more input; false on EOF or error.
    bool fill()
    {
        if (m_start > 0 && m_start == m_end)
            m_start = m_end = 0;
        if (m_end == m_buf.size()) {
            // Compact, or grow for a command line that does not fit (never in practice).
            if (m_start > 0) {
                std::memmove(m_buf.data(), m_buf.data() + m_start, m_end - m_start);
                m_end -= m_start;
                m_start = 0;
            } else {
                m_buf.resize(m_buf.size() * 2);
            }
        }
        const size_t room = m_buf.size() - m_end;
        long n;
        if (m_ssl) {
            n = SSL_read(m_ssl, m_buf.data() + m_end, int(room > (1u << 30) ? (1u << 30) : room));
        } else {
            n = ::recv(m_fd, m_buf.data() + m_end, room, 0);
        }
        if (n <= 0)
            return false;
        m_end += size_t(n);
        return true;
    }

    // Handles every complete command (and data) in the buffer; false to close.
    bool process()
    {
        while (m_start < m_end) {
            if (m_bdatLeft > 0) {
                const size_t take = std::min<size_t>(m_bdatLeft, m_end - m_start);
                m_bdatLeft -= take;
                m_start += take;
                if (m_bdatLeft == 0)
                    reply("250 2.0.0 chunk ok\r\n");
                continue;
            }
            if (m_inData) {
                // Look for CRLF.CRLF, the CRLF possibly already consumed (m_atLineStart).
                const char *p = m_buf.data() + m_start;
                const size_t len = m_end - m_start;
                if (m_atLineStart && len >= 3 && std::memcmp(p, ".\r\n", 3) == 0) {
                    m_start += 3;
                    m_inData = false;
                    reply("250 2.0.0 queued\r\n");
                    continue;
                }
                const std::string_view v(p, len);
                const size_t at = v.find("\r\n.\r\n");
                if (at != std::string_view::npos) {
                    m_start += at + 5;
                    m_inData = false;
                    reply("250 2.0.0 queued\r\n");
                    continue;
                }
                // Keep the last 4 bytes: the terminator may straddle two reads.
                if (len > 4) {
                    m_start = m_end - 4;
                    m_atLineStart = false;
                }
                return true;
            }
            const std::string_view v(m_buf.data() + m_start, m_end - m_start);
            const size_t eol = v.find("\r\n");
            if (eol == std::string_view::npos)
                return true;
            std::string line(v.substr(0, eol));
            m_start += eol + 2;
            if (!command(line))
                return false;
        }
        return true;
    }

    bool command(const std::string &line)
    {
        std::string verb = line.substr(0, line.find(' '));
        for (char &c : verb)
            c = char(std::toupper(static_cast<unsigned char>(c)));
        if (verb == "EHLO" || verb == "LHLO") {
            reply("250-sink.bench\r\n250-PIPELINING\r\n250-CHUNKING\r\n250-8BITMIME\r\n"
                  "250-SIZE 0\r\n");
            reply(g_tls && !m_ssl ? "250-STARTTLS\r\n250 HELP\r\n" : "250 HELP\r\n");
        } else if (verb == "HELO") {
            reply("250 sink.bench\r\n");
        } else if (verb == "MAIL" || verb == "RCPT" || verb == "RSET" || verb == "NOOP") {
            reply("250 2.0.0 ok\r\n");
        } else if (verb == "DATA") {
            reply("354 go ahead\r\n");
            m_inData = true;
            m_atLineStart = true;
        } else if (verb == "BDAT") {
            const size_t sp = line.find(' ');
            m_bdatLeft =
                sp == std::string::npos ? 0 : std::strtoull(line.c_str() + sp + 1, nullptr, 10);
            if (m_bdatLeft == 0)
                reply("250 2.0.0 chunk ok\r\n");
        } else if (verb == "QUIT") {
            reply("221 2.0.0 bye\r\n");
            flush();
            return false;
        } else if (verb == "STARTTLS" && g_tls && !m_ssl) {
            reply("220 2.0.0 ready\r\n");
            flush();
            m_start = m_end = 0;
            m_ssl = SSL_new(g_tls);
            SSL_set_fd(m_ssl, m_fd);
            if (SSL_accept(m_ssl) != 1)
                return false;
        } else {
            reply("502 5.5.2 not implemented\r\n");
        }
        return true;
    }

    void reply(const char *text) { m_out += text; }
    void flush()
    {
        size_t off = 0;
        while (off < m_out.size()) {
            long n = m_ssl ? SSL_write(m_ssl, m_out.data() + off, int(m_out.size() - off))
                           : ::send(m_fd, m_out.data() + off, m_out.size() - off, MSG_NOSIGNAL);
            if (n <= 0)
                break;
            off += size_t(n);
        }
        m_out.clear();
    }

    int m_fd;
    SSL *m_ssl = nullptr;
    std::string m_buf;
    size_t m_start = 0, m_end = 0;
    std::string m_out;
    bool m_inData = false;
    bool m_atLineStart = true;
    unsigned long long m_bdatLeft = 0;
};

} // namespace

int main(int argc, char **argv)
{
    int port = 0;
    const char *cert = nullptr;
    const char *key = nullptr;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--port" && i + 1 < argc)
            port = std::atoi(argv[++i]);
        else if (a == "--cert" && i + 1 < argc)
            cert = argv[++i];
        else if (a == "--key" && i + 1 < argc)
            key = argv[++i];
        else {
            std::fprintf(stderr, "usage: postel-sink [--port N] [--cert FILE --key FILE]\n");
            return 2;
        }
    }
    if (cert && key) {
        g_tls = SSL_CTX_new(TLS_server_method());
        if (SSL_CTX_use_certificate_chain_file(g_tls, cert) != 1 ||
            SSL_CTX_use_PrivateKey_file(g_tls, key, SSL_FILETYPE_PEM) != 1) {
            ERR_print_errors_fp(stderr);
            return 1;
        }
    }
    const int ls = ::socket(AF_INET, SOCK_STREAM, 0);
    const int one = 1;
    ::setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(uint16_t(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(ls, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
        ::listen(ls, 512) != 0) {
        std::perror("postel-sink: listen");
        return 1;
    }
    socklen_t len = sizeof addr;
    ::getsockname(ls, reinterpret_cast<sockaddr *>(&addr), &len);
    std::printf("PORT %d\n", ntohs(addr.sin_port));
    std::fflush(stdout);
    while (true) {
        const int fd = ::accept(ls, nullptr, nullptr);
        if (fd < 0)
            continue;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        std::thread([fd] { Conn(fd).run(); }).detach();
    }
}
