// postel-cli against a hostile scripted peer: nothing a server sends reaches the terminal
// raw (control characters, bidi overrides), at --debug-level 2 and under --explain.
#include "CliRun.h"
#include "ScriptedPeer.h"

#include <QtTest>

using postel::test::CliRun;
using postel::test::runCli;

class TestCliHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void serverWordsEscapedInDebugOutput()
    {
        ScriptedPeer peer;
        QVERIFY(peer.loadScript(QStringLiteral("cli-terminal-injection")));
        QVERIFY(peer.start());
        const CliRun r = runCli(
            {QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(peer.port()),
             QStringLiteral("--debug-level"), QStringLiteral("2"), QStringLiteral("--explain"),
             QStringLiteral("--quit-after"), QStringLiteral("ehlo")},
            {}, {}, 30000);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(peer.failures().isEmpty(), qPrintable(peer.failures().join('\n')));
        const QString err = QString::fromUtf8(r.err);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(err.contains(QLatin1String("TLS VERIFIED")), qPrintable(err));
        for (const QChar c : err + out) {
            QVERIFY2(c == QLatin1Char('\n') ||
                         (c.unicode() >= 0x20 && c.unicode() != 0x7f && c.unicode() != 0x202e),
                     qPrintable(QStringLiteral("U+%1 in:\n%2")
                                    .arg(int(c.unicode()), 4, 16, QLatin1Char('0'))
                                    .arg(err)));
        }
        QVERIFY(err.contains(QLatin1String("\\x1b[2J")));
        QVERIFY(err.contains(QLatin1String("<U+202E>")));
    }
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_cli_hostile.moc"
