// The protocol console (ui/console): its buttons follow the protocol state, against the
// sandbox (in-process, port 0) and against Exim with STARTTLS and AUTH; raw commands appear
// in the transcript; the composer's message goes through DATA.
#include "RealServers.h"
#include "console/ConsolePanel.h"
#include "console/StateDiagram.h"
#include "message/AddressList.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/SandboxMailbox.h"
#include "transcript/Transcript.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace postel;
using namespace postel::test;
using Cmd = ProtocolState::Command;

namespace {

MailMessage composed(const QString &from, const QString &to, const QString &subject)
{
    QString error;
    MailMessage m;
    m.setFrom(parseAddressList(from, &error));
    m.setTo(parseAddressList(to, &error));
    m.setSubject(subject);
    m.setTextBody(QStringLiteral("Sent by hand from the protocol console.\n.A dotted line.\n"));
    m.ensureDateAndMessageId();
    return m;
}

// The commands whose buttons are enabled now.
QSet<Cmd> enabled(const ConsolePanel &panel)
{
    QSet<Cmd> out;
    for (Cmd c : ProtocolState::commands()) {
        if (panel.button(c)->isEnabled())
            out.insert(c);
    }
    return out;
}

void click(ConsolePanel &panel, Cmd c)
{
    QVERIFY2(panel.button(c)->isEnabled(), qPrintable(ProtocolState::verb(c)));
    QTest::mouseClick(panel.button(c), Qt::LeftButton);
}

// Waits for the console to be idle again (its last operation finished).
void settle(ConsolePanel &panel)
{
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 20000);
}

bool hasClientLine(const Transcript &t, const QByteArray &line)
{
    for (const TranscriptEntry &e : t.entries()) {
        if (e.direction == TranscriptEntry::Client && e.bytes == line)
            return true;
    }
    return false;
}

} // namespace

class TestConsolePanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void buttonsFollowTheStateOnTheSandbox();
    void expertSwitchAllowsCommandsOutOfSequence();
    void startTlsAndAuthAgainstExim();

private:
    ServerProfile sandboxProfile() const;

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxHost> m_sandbox;
    RealServers m_servers;
};

void TestConsolePanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    SandboxHost::Options options;
    options.port = 0;
    options.mailboxDirectory = m_dir.filePath(QStringLiteral("mail"));
    options.certificateDirectory = m_dir.filePath(QStringLiteral("tls"));
    options.behaviour.accounts = {{QStringLiteral("alice"), QStringLiteral("wonderland")}};
    m_sandbox = std::make_unique<SandboxHost>(options);
    QVERIFY(!m_sandbox->start().isError());
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->isCertificateReady(), 60000);
    QVERIFY(!m_sandbox->certificateError().isError());
    m_servers = RealServers::load();
    QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
}

ServerProfile TestConsolePanel::sandboxProfile() const
{
    ServerProfile p;
    p.id = QStringLiteral("sandbox-test");
    p.host = QStringLiteral("127.0.0.1");
    p.port = m_sandbox->port();
    p.security = SmtpSession::Security::StartTls;
    p.caFile = m_dir.filePath(QStringLiteral("tls/cert.pem"));
    p.heloName = QStringLiteral("client.example");
    p.user = QStringLiteral("alice");
    return p;
}

void TestConsolePanel::buttonsFollowTheStateOnTheSandbox()
{
    ConsolePanel panel;
    Transcript transcript;
    panel.setTranscript(&transcript);
    const ServerProfile profile = sandboxProfile();
    panel.setProfileSource([profile] { return profile; });
    panel.setPasswordSource([](const ServerProfile &, std::function<void(const QString &)> done) {
        done(QStringLiteral("wonderland"));
    });
    const MailMessage message =
        composed(QStringLiteral("teacher@example.org"), QStringLiteral("learner@example.org"),
                 QStringLiteral("Console on the sandbox"));
    panel.setMessageSource([message](QString *problem) -> std::optional<MailMessage> {
        if (problem)
            problem->clear();
        return message;
    });
    panel.show();

    QCOMPARE(enabled(panel), QSet<Cmd>{Cmd::Connect});
    QVERIFY(!panel.messageButton()->isEnabled());
    click(panel, Cmd::Connect);
    QTRY_VERIFY_WITH_TIMEOUT(panel.state()->greetingReceived(), 20000);
    settle(panel);
    QCOMPARE(panel.state()->step(), ProtocolState::Step::Connected);
    QCOMPARE(enabled(panel), (QSet<Cmd>{Cmd::Connect, Cmd::Ehlo, Cmd::Helo, Cmd::Rset, Cmd::Noop,
                                        Cmd::Vrfy, Cmd::Expn, Cmd::Quit}));

    // Next proposes EHLO; the line is sent as typed and shows in the transcript.
    QTest::mouseClick(panel.nextButton(), Qt::LeftButton);
    QCOMPARE(panel.commandLine()->text(), QStringLiteral("EHLO client.example"));
    QTest::keyClick(panel.commandLine(), Qt::Key_Return);
    settle(panel);
    QVERIFY(hasClientLine(transcript, "EHLO client.example"));
    QVERIFY(panel.state()->isGreeted());
    QVERIFY(panel.button(Cmd::StartTls)->isEnabled());
    QVERIFY(panel.button(Cmd::Mail)->isEnabled());
    QVERIFY(!panel.button(Cmd::Rcpt)->isEnabled());
    QVERIFY(!panel.button(Cmd::Data)->isEnabled());

    // A raw command of one's own.
    panel.commandLine()->setText(QStringLiteral("NOOP just checking"));
    QTest::keyClick(panel.commandLine(), Qt::Key_Return);
    settle(panel);
    QVERIFY(hasClientLine(transcript, "NOOP just checking"));
    QVERIFY(panel.logText().contains(QStringLiteral("NOOP just checking")));

    click(panel, Cmd::StartTls);
    settle(panel);
    QVERIFY(panel.session()->isEncrypted());
    QCOMPARE(panel.state()->step(), ProtocolState::Step::Tls);
    QVERIFY(!panel.button(Cmd::StartTls)->isEnabled());
    QVERIFY(!panel.button(Cmd::Mail)->isEnabled()); // EHLO again first (RFC 3207 §4.2)
    QVERIFY(panel.button(Cmd::Ehlo)->isEnabled());
    click(panel, Cmd::Ehlo);
    settle(panel);
    QVERIFY(panel.button(Cmd::Auth)->isEnabled());
    panel.mechanismPicker()->setCurrentIndex(
        panel.mechanismPicker()->findData(QStringLiteral("PLAIN")));
    click(panel, Cmd::Auth);
    settle(panel);
    QVERIFY(panel.state()->isAuthenticated());
    QVERIFY(!panel.button(Cmd::Auth)->isEnabled());
    QVERIFY(!panel.logText().contains(QStringLiteral("wonderland")));

    click(panel, Cmd::Mail);
    settle(panel);
    QVERIFY(hasClientLine(transcript, "MAIL FROM:<teacher@example.org>"));
    QVERIFY(panel.button(Cmd::Rcpt)->isEnabled());
    QVERIFY(!panel.button(Cmd::Data)->isEnabled());
    QVERIFY(!panel.button(Cmd::Mail)->isEnabled());
    click(panel, Cmd::Rcpt);
    settle(panel);
    QVERIFY(hasClientLine(transcript, "RCPT TO:<learner@example.org>"));
    QVERIFY(panel.button(Cmd::Data)->isEnabled());
    QCOMPARE(panel.state()->step(), ProtocolState::Step::Recipients);
    click(panel, Cmd::Data);
    settle(panel);
    QVERIFY(panel.state()->inMessage());
    QCOMPARE(enabled(panel), QSet<Cmd>{Cmd::Connect}); // Disconnect only
    QVERIFY(panel.messageButton()->isEnabled());
    QTest::mouseClick(panel.messageButton(), Qt::LeftButton);
    settle(panel);
    QCOMPARE(panel.state()->messagesAccepted(), 1);
    QVERIFY(panel.logText().contains(QStringLiteral("354")));
    QTRY_COMPARE(m_sandbox->mailbox()->messages().size(), 1);
    const QByteArray raw =
        m_sandbox->mailbox()->rawMessage(m_sandbox->mailbox()->messages().first().id);
    QVERIFY(raw.contains("Subject: Console on the sandbox"));
    QVERIFY(raw.contains("\r\n.A dotted line.\r\n")); // stuffed on the wire, unstuffed there

    QTest::mouseClick(panel.nextButton(), Qt::LeftButton);
    QCOMPARE(panel.commandLine()->text(), QStringLiteral("QUIT"));
    click(panel, Cmd::Quit);
    settle(panel);
    QTRY_COMPARE(panel.state()->step(), ProtocolState::Step::Closed);
    QTRY_COMPARE(enabled(panel), QSet<Cmd>{Cmd::Connect});
    QVERIFY(panel.diagram()->summary().contains(QStringLiteral("Closed")));
}

void TestConsolePanel::expertSwitchAllowsCommandsOutOfSequence()
{
    ConsolePanel panel;
    const ServerProfile profile = sandboxProfile();
    panel.setProfileSource([profile] { return profile; });
    panel.show();
    click(panel, Cmd::Connect);
    QTRY_VERIFY_WITH_TIMEOUT(panel.state()->greetingReceived(), 20000);
    settle(panel);
    QVERIFY(!panel.button(Cmd::Rcpt)->isEnabled());
    panel.expertSwitch()->setChecked(true);
    QVERIFY(panel.button(Cmd::Rcpt)->isEnabled());
    QVERIFY(panel.button(Cmd::Data)->isEnabled());
    click(panel, Cmd::Rcpt);
    settle(panel);
    // The server's answer to a command out of sequence: 503, explained; nothing changed.
    QVERIFY2(panel.logText().contains(QStringLiteral("503")), qPrintable(panel.logText()));
    QCOMPARE(panel.state()->recipients(), 0);
    panel.expertSwitch()->setChecked(false);
    QVERIFY(!panel.button(Cmd::Rcpt)->isEnabled());
    click(panel, Cmd::Connect); // Disconnect
    QTRY_COMPARE(panel.state()->step(), ProtocolState::Step::Closed);
}

void TestConsolePanel::startTlsAndAuthAgainstExim()
{
    ConsolePanel panel;
    Transcript transcript;
    panel.setTranscript(&transcript);
    ServerProfile p;
    p.id = QStringLiteral("exim-test");
    p.host = m_servers.value("POSTEL_TEST_HOST");
    p.port = m_servers.port("EXIM_PORT");
    p.caFile = m_servers.value("POSTEL_TEST_CA");
    p.heloName = QStringLiteral("client.example");
    p.user = m_servers.value("POSTEL_TEST_USER");
    const QString password = m_servers.value("POSTEL_TEST_PASSWORD");
    panel.setProfileSource([p] { return p; });
    panel.setPasswordSource(
        [password](const ServerProfile &, std::function<void(const QString &)> done) {
            done(password);
        });
    const QString local = uniqueLocalPart("console");
    const MailMessage message =
        composed(QStringLiteral("teacher@postel.test"), local + QStringLiteral("@postel.test"),
                 QStringLiteral("Console on Exim"));
    panel.setMessageSource([message](QString *) -> std::optional<MailMessage> { return message; });
    panel.show();

    click(panel, Cmd::Connect);
    QTRY_VERIFY_WITH_TIMEOUT(panel.state()->greetingReceived(), 20000);
    settle(panel);
    click(panel, Cmd::Ehlo);
    settle(panel);
    QVERIFY(panel.button(Cmd::StartTls)->isEnabled());
    click(panel, Cmd::StartTls);
    settle(panel);
    QVERIFY(panel.session()->isEncrypted());
    QVERIFY(!panel.button(Cmd::Auth)->isEnabled());
    click(panel, Cmd::Ehlo);
    settle(panel);
    QVERIFY(!panel.button(Cmd::StartTls)->isEnabled()); // Exim offers it no more
    QVERIFY(panel.mechanismPicker()->findData(QStringLiteral("CRAM-MD5")) > 0);
    panel.mechanismPicker()->setCurrentIndex(
        panel.mechanismPicker()->findData(QStringLiteral("LOGIN")));
    click(panel, Cmd::Auth);
    settle(panel);
    QVERIFY(panel.state()->isAuthenticated());
    QCOMPARE(panel.state()->step(), ProtocolState::Step::Authenticated);
    QVERIFY(!panel.button(Cmd::Auth)->isEnabled());
    // The decoded challenge is explained; the answers never shown.
    QVERIFY(panel.logText().contains(QStringLiteral("Password:")));
    QVERIFY(!panel.logText().contains(password));
    QVERIFY(!panel.logText().contains(QString::fromLatin1(password.toUtf8().toBase64())));

    // Raw commands after TLS and AUTH: typed MAIL, RCPT by button, DATA by Next.
    panel.commandLine()->setText(QStringLiteral("MAIL FROM:<teacher@postel.test>"));
    QTest::mouseClick(panel.sendButton(), Qt::LeftButton);
    settle(panel);
    QVERIFY(hasClientLine(transcript, "MAIL FROM:<teacher@postel.test>"));
    QVERIFY(panel.state()->inTransaction());
    click(panel, Cmd::Rcpt);
    settle(panel);
    QCOMPARE(panel.state()->recipients(), 1);
    QTest::mouseClick(panel.nextButton(), Qt::LeftButton);
    QCOMPARE(panel.commandLine()->text(), QStringLiteral("DATA"));
    QTest::keyClick(panel.commandLine(), Qt::Key_Return);
    settle(panel);
    QVERIFY(panel.state()->inMessage());
    QTest::mouseClick(panel.messageButton(), Qt::LeftButton);
    settle(panel);
    QCOMPARE(panel.state()->messagesAccepted(), 1);
    click(panel, Cmd::Quit);
    settle(panel);
    QTRY_COMPARE(panel.state()->step(), ProtocolState::Step::Closed);

    const QList<QByteArray> got = eximDelivered(m_servers.value("EXIM_MAILDIR"), local);
    QCOMPARE(got.size(), 1);
    QVERIFY(got.first().contains("with esmtpsa"));
    QVERIFY(got.first().contains("Subject: Console on Exim"));
}

QTEST_MAIN(TestConsolePanel)
#include "tst_consolepanel.moc"
