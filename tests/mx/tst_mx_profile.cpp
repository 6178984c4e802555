// A profile that sends to the recipient's MX: kept by the profile store, chosen in the
// profile dialog, and followed by the send path (SendController) — which looks up the
// first recipient's domain on the loopback DNS (dnsmasq) and delivers to the real Exim it
// names, verifying the certificate against the MX host's name.

#include "RealServers.h"
#include "common/SendController.h"
#include "i18n/Languages.h"
#include "profiles/PasswordStore.h"
#include "profiles/ProfileDialog.h"
#include "profiles/ProfileStore.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QtTest>

using namespace postel;
using namespace postel::test;

class TestMxProfile : public QObject
{
    Q_OBJECT
private:
    RealServers m_servers;
    QString m_dns;

    ServerProfile mxProfile(const char *portKey = "EXIM_PORT") const
    {
        ServerProfile p;
        p.id = QStringLiteral("mx-test");
        p.name = QStringLiteral("Direct");
        p.route = ServerProfile::Route::RecipientMx;
        p.host = QStringLiteral("unused.invalid"); // must not be used
        p.port = m_servers.port(portKey);
        p.dnsServer = m_dns;
        p.security = SmtpSession::Security::StartTls;
        p.verifyCertificate = true;
        p.caFile = m_servers.value("POSTEL_TEST_CA");
        p.heloName = QStringLiteral("client.example");
        p.timeoutSeconds = 10;
        return p;
    }
    static MailMessage message(const QString &to)
    {
        MailMessage m;
        m.setFrom(*MailAddress::parse(QStringLiteral("Ala <ala@example.org>")));
        m.setTo(parseAddressList(to));
        m.setSubject(QStringLiteral("Direct to the MX"));
        m.setTextBody(QStringLiteral("Delivered by looking up the recipient's MX."));
        m.ensureDateAndMessageId();
        return m;
    }
    struct Run
    {
        SendController::Outcome outcome;
        QStringList steps;
        int connects = 0;
        bool finished = false;
    };
    Run send(SmtpSession &session, const ServerProfile &profile, const MailMessage &m,
             SendController::Mode mode = SendController::Mode::Send)
    {
        SendController controller(&session);
        Run run;
        connect(&controller, &SendController::stepStarted, this,
                [&run](const QString &step) { run.steps << step; });
        connect(&session, &SmtpSession::aboutToConnect, this, [&run] { ++run.connects; });
        QSignalSpy done(&controller, &SendController::finished);
        controller.start(profile, QString(), mode, m);
        if (!done.wait(60000))
            return run;
        run.finished = true;
        run.outcome = done.first().first().value<SendController::Outcome>();
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PostelTest"));
        QCoreApplication::setApplicationName(QStringLiteral("PostelMxProfileTest"));
        Languages::install(QCoreApplication::instance(), QStringLiteral("en"));
        m_servers = RealServers::load();
        QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
        m_dns = qEnvironmentVariable("POSTEL_TEST_DNS");
        QVERIFY2(!m_dns.isEmpty(), "POSTEL_TEST_DNS is not set: run through ctest, whose "
                                   "loopbackdns fixture starts dnsmasq");
        QSettings().clear();
    }

    void storeKeepsTheRoute()
    {
        {
            ProfileStore store;
            store.save(mxProfile());
        }
        ProfileStore again;
        const ServerProfile p = again.profile(QStringLiteral("mx-test"));
        QCOMPARE(p.route, ServerProfile::Route::RecipientMx);
        QCOMPARE(p.dnsServer, m_dns);
        QVERIFY2(p.summary().contains(QLatin1String("recipient's mail server (MX)")),
                 qPrintable(p.summary()));
        // Profiles written before the route existed read as "this server".
        QCOMPARE(ProfileStore::sandboxProfile().route, ServerProfile::Route::Host);
    }

    void dialogOffersTheChoice()
    {
        ProfileStore store;
        ServerProfile plain = mxProfile();
        plain.id = QStringLiteral("plain");
        plain.route = ServerProfile::Route::Host;
        plain.dnsServer.clear();
        plain.host = QStringLiteral("smtp.example.org");
        plain.port = 587;
        store.save(plain);
        PasswordStore passwords;
        passwords.setTimeout(200);
        ProfileDialog dialog(&store, &passwords);
        dialog.selectProfile(QStringLiteral("plain"));
        QComboBox *route = dialog.routePicker();
        auto *dns = dialog.findChild<QLineEdit *>(QStringLiteral("dnsServer"));
        auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("host"));
        QVERIFY(route && dns && host);
        QCOMPARE(route->count(), 2);
        QCOMPARE(ServerProfile::Route(route->currentData().toInt()), ServerProfile::Route::Host);
        // The host is asked for, not a DNS server.
        QVERIFY(host->isVisibleTo(&dialog) && host->isEnabled());
        QVERIFY(!dns->isVisibleTo(&dialog) && !dns->isEnabled());

        route->setCurrentIndex(route->findData(int(ServerProfile::Route::RecipientMx)));
        QVERIFY(dns->isVisibleTo(&dialog) && dns->isEnabled());
        QVERIFY(!host->isVisibleTo(&dialog));
        // Mail servers meet on port 25, not on the submission port.
        QCOMPARE(dialog.findChild<QSpinBox *>()->value(), 25);
        dns->setText(m_dns);
        dialog.accept();
        const ServerProfile saved = store.profile(QStringLiteral("plain"));
        QCOMPARE(saved.route, ServerProfile::Route::RecipientMx);
        QCOMPARE(saved.dnsServer, m_dns);
        QCOMPARE(saved.port, quint16(25));
        QCOMPARE(saved.host, QStringLiteral("smtp.example.org")); // kept for switching back
    }

    void sendsToTheRecipientsMx()
    {
        const QString local = uniqueLocalPart("mx");
        SmtpSession session;
        const Run run = send(session, mxProfile(), message(local + QStringLiteral("@postel.test")));
        QVERIFY(run.finished);
        QVERIFY2(run.outcome.ok, qPrintable(run.outcome.error.describe()));
        QCOMPARE(run.outcome.recipients.size(), 1);
        QVERIFY(run.outcome.recipients.first().accepted);
        // It asked the DNS, then went to the address it gave, verifying the MX host's name.
        QVERIFY2(run.steps.value(0).contains(QLatin1String("postel.test")),
                 qPrintable(run.steps.join(QLatin1Char('|'))));
        QVERIFY2(run.steps.value(1).contains(QLatin1String("mx.postel.test (127.0.0.1)")),
                 qPrintable(run.steps.join(QLatin1Char('|'))));
        QCOMPARE(session.peerName(), QStringLiteral("127.0.0.1"));
        QCOMPARE(session.tlsPeerName(), QStringLiteral("mx.postel.test"));
        QVERIFY(session.tlsInfo().verified);
        const QList<QByteArray> delivered = eximDelivered(m_servers.value("EXIM_MAILDIR"), local);
        QCOMPARE(delivered.size(), 1);
        QVERIFY(stripEximTrace(delivered.first()).contains("Subject: Direct to the MX"));
    }

    void testConnectionUsesTheRecipientsDomain()
    {
        SmtpSession session;
        const Run run =
            send(session, mxProfile("AIOSMTPD_PORT"), message(QStringLiteral("bob@multi.test")),
                 SendController::Mode::TestConnection);
        // multi.test's most preferred host, down.multi.test, has nothing listening: the
        // minimal send path tries only that one and says so.
        QVERIFY(run.finished);
        QVERIFY(!run.outcome.ok);
        QCOMPARE(run.outcome.error.kind, ErrorKind::Connect);
        QVERIFY2(run.steps.join(QLatin1Char('|')).contains(QLatin1String("down.multi.test")),
                 qPrintable(run.steps.join(QLatin1Char('|'))));
    }

    void nullMxIsRefusedBeforeConnecting()
    {
        SmtpSession session;
        const Run run = send(session, mxProfile(), message(QStringLiteral("x@nullmx.test")));
        QVERIFY(run.finished);
        QVERIFY(!run.outcome.ok);
        QCOMPARE(run.connects, 0);
        QVERIFY2(run.outcome.error.message.contains(QLatin1String("RFC 7505")),
                 qPrintable(run.outcome.error.message));
        QVERIFY(!run.outcome.failedStep.isEmpty());
    }

    void noRecipientNoLookup()
    {
        SmtpSession session;
        const Run run =
            send(session, mxProfile(), MailMessage(), SendController::Mode::TestConnection);
        QVERIFY(run.finished);
        QVERIFY(!run.outcome.ok);
        QCOMPARE(run.outcome.error.kind, ErrorKind::Usage);
        QCOMPARE(run.connects, 0);
    }

    void hostProfileAfterwardsVerifiesItsOwnName()
    {
        SmtpSession session;
        session.setTlsPeerName(QStringLiteral("mx.postel.test"));
        ServerProfile p = mxProfile("AIOSMTPD_PORT");
        p.route = ServerProfile::Route::Host;
        p.host = QStringLiteral("localhost");
        const Run run = send(session, p, MailMessage(), SendController::Mode::TestConnection);
        QVERIFY(run.finished);
        QVERIFY2(run.outcome.ok, qPrintable(run.outcome.error.describe()));
        QVERIFY(session.tlsPeerName().isEmpty());
        QCOMPARE(session.peerName(), QStringLiteral("localhost"));
    }
};

QTEST_MAIN(TestMxProfile)
#include "tst_mx_profile.moc"
