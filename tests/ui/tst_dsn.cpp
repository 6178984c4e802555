// Message → Delivery reports: the composer's DSN request (RFC 3461) goes to Exim, which
// advertises DSN and reports back, and is left out, with a word in the transcript, for
// aiosmtpd, which does not. The choice is kept for the next start.

#include "RealServers.h"
#include "common/DraftStore.h"
#include "composer/AddressField.h"
#include "composer/ComposerWidget.h"
#include "composer/DsnMenu.h"
#include "i18n/Languages.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Services.h"
#include "profiles/PasswordStore.h"
#include "profiles/ProfileStore.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptPanel.h"

#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTextEdit>
#include <QtTest>

using namespace postel;
using namespace postel::test;

class DsnUiTest : public QObject
{
    Q_OBJECT
private:
    RealServers m_servers;

    ServerProfile profile(const char *portKey) const
    {
        ServerProfile p;
        p.name = QString::fromLatin1(portKey);
        p.host = m_servers.value("POSTEL_TEST_HOST");
        p.port = quint16(m_servers.value(portKey).toUInt());
        p.security = SmtpSession::Security::StartTls;
        p.caFile = m_servers.value("POSTEL_TEST_CA");
        p.heloName = QStringLiteral("client.example");
        p.timeoutSeconds = 20;
        p.user = m_servers.value("POSTEL_TEST_USER");
        return p;
    }
    static QAction *actionNamed(QMenu *menu, const QString &text)
    {
        for (QAction *a : menu->actions())
            if (a->text() == text)
                return a;
        return nullptr;
    }
    SendController::Outcome send(MainWindow &w, const char *portKey, const QString &from,
                                 const QString &to)
    {
        ServerProfile p = profile(portKey);
        p.id = w.profileStore()->save(p);
        w.profileStore()->setCurrentId(p.id);
        w.passwordStore()->write(p.id, m_servers.value("POSTEL_TEST_PASSWORD"));
        ComposerWidget *c = w.composer();
        c->fromField()->lineEdit()->setText(from);
        c->toField()->lineEdit()->setText(to);
        c->subjectField()->setText(QStringLiteral("DSN"));
        c->bodyEdit()->setPlainText(QStringLiteral("Report back, please."));
        QSignalSpy finished(&w, &MainWindow::sendFinished);
        w.send();
        if (!finished.wait(40000))
            return SendController::Outcome();
        return finished.first().first().value<SendController::Outcome>();
    }
    static QString transcriptText(MainWindow &w)
    {
        TranscriptModel *model = w.transcriptPanel()->model();
        model->flush();
        return model->toText();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PostelTest"));
        QCoreApplication::setApplicationName(QStringLiteral("PostelDsnTest"));
        QCOMPARE(Languages::install(QCoreApplication::instance(), QStringLiteral("en")),
                 QStringLiteral("en"));
        m_servers = RealServers::load();
        QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
    }
    void init()
    {
        QSettings s;
        s.clear();
        s.setValue(QStringLiteral("sandbox/autostart"), false);
        DraftStore::discard();
    }

    void eximGetsTheRequestAndReports()
    {
        Services services;
        MainWindow w(&services);
        w.show();
        auto *menu = w.findChild<DsnMenu *>();
        QVERIFY(menu);
        QVERIFY(menu->request().isEmpty()); // nothing asked for by default
        QAction *success = actionNamed(menu, QStringLiteral("On &success"));
        QAction *headers = actionNamed(menu, QStringLiteral("Return &headers only"));
        QVERIFY(success && headers);
        success->trigger();
        headers->trigger();

        const QString sender = uniqueLocalPart("guidsnfrom");
        const QString rcpt = uniqueLocalPart("guidsnto");
        const SendController::Outcome out =
            send(w, "EXIM_PORT", sender + QStringLiteral("@example.org"),
                 rcpt + QStringLiteral("@example.org"));
        QVERIFY2(out.ok, qPrintable(out.error.describe()));
        QVERIFY(out.warnings.isEmpty());
        const QString text = transcriptText(w);
        QVERIFY2(text.contains(QStringLiteral(" RET=HDRS")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(" NOTIFY=SUCCESS")), qPrintable(text));
        QCOMPARE(eximDelivered(m_servers.value("EXIM_MAILDIR"), rcpt).size(), 1);
        const QList<QByteArray> reports = eximDelivered(m_servers.value("EXIM_MAILDIR"), sender);
        QCOMPARE(reports.size(), 1);
        QVERIFY2(reports.first().contains("Action: delivered"), reports.first().constData());
        w.composer()->setModified(false);

        // Kept for the next start.
        DsnMenu again;
        QCOMPARE(again.request().notify, QStringList{QStringLiteral("SUCCESS")});
        QCOMPARE(again.request().ret, DsnRequest::Ret::Headers);
    }

    void withoutDsnTheTranscriptSaysSo()
    {
        Services services;
        MainWindow w(&services);
        w.show();
        auto *menu = w.findChild<DsnMenu *>();
        QVERIFY(menu);
        actionNamed(menu, QStringLiteral("On &failure"))->trigger();
        const SendController::Outcome out =
            send(w, "AIOSMTPD_PORT", QStringLiteral("a@example.org"),
                 uniqueLocalPart("guinodsn") + QStringLiteral("@example.org"));
        QVERIFY2(out.ok, qPrintable(out.error.describe()));
        QCOMPARE(out.warnings.size(), 1);
        const QString text = transcriptText(w);
        QVERIFY2(text.contains(QStringLiteral("does not advertise DSN")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("NOTIFY=")));
        w.composer()->setModified(false);
    }
};

QTEST_MAIN(DsnUiTest)
#include "tst_dsn.moc"
