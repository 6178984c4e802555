// libFuzzer target: the sandbox's command parser (core/sandbox). The sandbox reads commands
// straight off its socket, so each input is sent over a fresh loopback connection to one
// SandboxServer (a temporary mailbox, default behaviour) and the client half-closes; the
// input is done when the server has closed the connection (or after a bounded wait).
#include "sandbox/SandboxMailbox.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/socket.h>

#include <cstddef>
#include <cstdint>

namespace {

struct Sandbox
{
    int argc = 1;
    char name[16] = "fuzz_sandbox";
    char *argv[2] = {name, nullptr};
    QCoreApplication app{argc, argv};
    QTemporaryDir dir;
    postel::SandboxMailbox mailbox{dir.path()};
    postel::SandboxServer server{&mailbox};
    Sandbox()
    {
        if (!server.listen(QHostAddress::LocalHost, 0))
            __builtin_trap();
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Sandbox sandbox;
    QTcpSocket client;
    // One event loop serves both ends; it ends when the server has closed the connection (or
    // after 500 ms). Waiting in the client's blocking calls instead starved the server and
    // cost 5-10 ms an input.
    QEventLoop loop;
    QObject::connect(&client, &QTcpSocket::connected, &loop,
                     [&] { client.write(reinterpret_cast<const char *>(data), qint64(size)); });
    QObject::connect(&client, &QTcpSocket::bytesWritten, &loop, [&] {
        if (client.bytesToWrite() == 0)
            ::shutdown(int(client.socketDescriptor()), SHUT_WR);
    });
    QObject::connect(&client, &QTcpSocket::readyRead, &loop, [&] { client.readAll(); });
    QObject::connect(&client, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&client, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(500, &loop, &QEventLoop::quit);
    client.connectToHost(QHostAddress::LocalHost, sandbox.server.port());
    if (size == 0)
        QObject::connect(&client, &QTcpSocket::connected, &loop,
                         [&] { ::shutdown(int(client.socketDescriptor()), SHUT_WR); });
    loop.exec();
    client.abort();
    QCoreApplication::processEvents();
    // The connection's objects go with deleteLater(): delete them now, so that each input
    // frees what it allocated and libFuzzer's leak check (which runs whenever the counts of
    // mallocs and frees differ) stays rare.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    if (sandbox.mailbox.count() > 100)
        sandbox.mailbox.clear();
    return 0;
}
