// libFuzzer target: the sandbox's command parser (core/sandbox). The sandbox reads commands
// straight off its socket, so each input is sent over a fresh loopback connection to one
// SandboxServer (a temporary mailbox, default behaviour) and the client half-closes; the
// input is done when the server has closed the connection (or after a bounded wait).
#include "sandbox/SandboxMailbox.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTemporaryDir>

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
    client.connectToHost(QHostAddress::LocalHost, sandbox.server.port());
    if (!client.waitForConnected(2000))
        __builtin_trap();
    client.write(reinterpret_cast<const char *>(data), qint64(size));
    client.flush();
    while (client.bytesToWrite() > 0 && client.waitForBytesWritten(100)) {
    }
    ::shutdown(int(client.socketDescriptor()), SHUT_WR);
    QElapsedTimer waited;
    waited.start();
    while (client.state() == QAbstractSocket::ConnectedState && waited.elapsed() < 500) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        client.waitForReadyRead(5);
        client.readAll();
    }
    client.abort();
    QCoreApplication::processEvents();
    if (sandbox.mailbox.count() > 100)
        sandbox.mailbox.clear();
    return 0;
}
