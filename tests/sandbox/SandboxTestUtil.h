#pragma once

// Shared by the sandbox tests: a server on a free loopback port with its own mailbox, and a
// raw client that reads whole replies.
#include "sandbox/SandboxMailbox.h"
#include "sandbox/SandboxServer.h"

#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// A sandbox on 127.0.0.1:<free port>, with its mailbox in a temporary folder. The
// certificate folder is shared by a test case, so the certificate is made only once.
struct TestSandbox
{
    QTemporaryDir dir;
    postel::SandboxMailbox mailbox{dir.path() + QStringLiteral("/mail")};
    postel::SandboxServer server{&mailbox};

    TestSandbox(const postel::SandboxBehaviour &behaviour, const QString &certDir)
    {
        server.setCertificateDirectory(certDir);
        server.setBehaviour(behaviour);
    }
    bool start() { return server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return server.port(); }
};

// Reads replies line by line; a reply is complete at a line whose fourth byte is a space.
class RawClient
{
public:
    RawClient() : socket(std::make_unique<QSslSocket>()) {}

    bool connectTo(quint16 port, int timeout = 10000)
    {
        socket->connectToHost(QHostAddress::LocalHost, port);
        // A server that refuses the connection may greet and close before we look.
        spin(
            [this] {
                return socket->state() == QAbstractSocket::ConnectedState ||
                       socket->state() == QAbstractSocket::UnconnectedState;
            },
            timeout);
        return socket->state() == QAbstractSocket::ConnectedState || socket->bytesAvailable() > 0;
    }
    void send(const QByteArray &bytes) { socket->write(bytes); }
    // The next complete reply ("250-a\r\n250 b\r\n"), or "" after `timeout` ms.
    QByteArray reply(int timeout = 10000)
    {
        QDeadlineTimer deadline(timeout);
        QByteArray out;
        while (true) {
            while (socket->canReadLine()) {
                const QByteArray line = socket->readLine();
                out += line;
                if (line.size() < 4 || line.at(3) != '-')
                    return out;
            }
            if (deadline.hasExpired())
                return {};
            if (socket->state() != QAbstractSocket::ConnectedState && socket->bytesAvailable() == 0)
                return {};
            // The server runs on this thread's event loop: wait by spinning it, never by blocking.
            QTest::qWait(2);
        }
    }
    // The code of the next reply (0 when none came).
    int code(int timeout = 10000)
    {
        last = reply(timeout);
        return last.size() >= 3 ? last.left(3).toInt() : 0;
    }
    bool waitClosed(int timeout = 10000)
    {
        return spin([this] { return socket->state() == QAbstractSocket::UnconnectedState; },
                    timeout);
    }
    template <typename F> static bool spin(F done, int timeout)
    {
        QDeadlineTimer deadline(timeout);
        while (!done()) {
            if (deadline.hasExpired())
                return false;
            QTest::qWait(2);
        }
        return true;
    }

    std::unique_ptr<QSslSocket> socket;
    QByteArray last;
};
