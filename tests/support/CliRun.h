#pragma once

// Runs postel-cli (from POSTEL_BINARY_DIR) the way a script does, for the tests of its
// subcommands and options: arguments, environment, and what came out.

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

namespace postel::test {

struct CliRun
{
    int exitCode = -1; // -1: still running after the time limit (killed); -2: crashed
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

inline QString cliPath()
{
    return qEnvironmentVariable("POSTEL_BINARY_DIR") + QStringLiteral("/app/postel-cli");
}

// Runs `program` as runCli() runs postel-cli (for a command line pasted into a shell:
// runProgram("/bin/sh", {"-c", line}, ...)).
inline CliRun runProgram(const QString &program, const QStringList &args,
                         const QHash<QString, QString> &env = {}, const QByteArray &stdinBytes = {},
                         int timeoutMs = 60000)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    e.remove(QStringLiteral("LC_ALL"));
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        if (it.value().isEmpty())
            e.remove(it.key());
        else
            e.insert(it.key(), it.value());
    }
    p.setProcessEnvironment(e);
    p.start(program, args);
    if (!stdinBytes.isEmpty())
        p.write(stdinBytes);
    p.closeWriteChannel();
    CliRun r;
    QElapsedTimer t;
    t.start();
    while (p.state() != QProcess::NotRunning && t.elapsed() < timeoutMs)
        QTest::qWait(10);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// `env` entries are added to the test's own environment (LANGUAGE=en unless given; an
// empty value removes the variable). The event loop keeps running while it waits, so an
// in-process peer can answer.
inline CliRun runCli(const QStringList &args, const QHash<QString, QString> &env = {},
                     const QByteArray &stdinBytes = {}, int timeoutMs = 60000)
{
    return runProgram(cliPath(), args, env, stdinBytes, timeoutMs);
}

} // namespace postel::test
