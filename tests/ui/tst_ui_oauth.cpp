// The desktop's OAuth 2.0 sign-in against the real test servers (the oauthservers fixture:
// an Authlib authorization server, aiosmtpd with XOAUTH2/OAUTHBEARER): the profile dialog's
// "OAuth 2.0" authentication with a custom provider, "Sign in" through the flow (the
// browser played by the test: it visits the authorization URL, the server approves and
// redirects, and the test calls the loopback redirect with the code the server issued),
// the refresh token kept in the keychain and never in the settings file, a send, a send
// after the access token expired (refreshed, the rotated refresh token stored), and "Sign
// out", after which the profile holds no token.
#include "OAuthServers.h"
#include "common/SendController.h"
#include "oauth/OAuthSettings.h"
#include "oauth/OAuthSignIn.h"
#include "profiles/PasswordStore.h"
#include "profiles/ProfileDialog.h"
#include "profiles/ProfileStore.h"
#include "transcript/Transcript.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace postel;
using postel::test::OAuthServers;

class OAuthUiTest : public QObject
{
    Q_OBJECT

    OAuthServers m_servers;
    QString m_profileId;
    QStringList m_seenTokens; // every refresh token the test saw (never in the settings)

    // The keychain entry (the session-only fallback here: POSTEL_KEYCHAIN=off).
    QString readSecret(PasswordStore &store, const QString &id)
    {
        QString value;
        bool done = false;
        store.read(id, this, [&](const QString &v) {
            value = v;
            done = true;
        });
        for (int i = 0; i < 1000 && !done; ++i)
            QTest::qWait(10);
        return done ? value : QStringLiteral("(the keychain did not answer)");
    }

    SendController::Outcome send(const ServerProfile &profile, const QString &secret,
                                 QStringList *rotated, QString *transcriptText)
    {
        SmtpSession session;
        Transcript transcript;
        transcript.attach(&session);
        SendController controller(&session);
        connect(&controller, &SendController::refreshTokenChanged, this,
                [rotated](const QString &, const QString &token) { rotated->append(token); });
        QSignalSpy finished(&controller, &SendController::finished);
        MailMessage message;
        message.setFrom(*MailAddress::parse(profile.user));
        message.setTo({*MailAddress::parse(QStringLiteral("bob@postel.test"))});
        message.setSubject(QStringLiteral("Signed in with OAuth 2.0"));
        message.setTextBody(QStringLiteral("Hello."));
        controller.start(profile, secret, SendController::Mode::Send, message);
        if (!finished.wait(60000))
            return SendController::Outcome();
        *transcriptText = transcript.toText({false, false, false});
        return finished.first().first().value<SendController::Outcome>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PostelTest"));
        QCoreApplication::setApplicationName(QStringLiteral("PostelOAuthUiTest"));
        QSettings().clear();
        qputenv("POSTEL_KEYCHAIN", "off");
        m_servers = OAuthServers::load();
        QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
    }

    void signInSendRefreshSignOut()
    {
        ProfileStore profiles;
        PasswordStore passwords;
        {
            ProfileDialog dialog(&profiles, &passwords);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::mouseClick(dialog.findChild<QPushButton *>(), Qt::LeftButton); // "Add"
            m_profileId = dialog.selectedId();
            QVERIFY(!m_profileId.isEmpty());
            auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("host"));
            host->setText(m_servers.value("OAUTH_SMTP_TLS_NAME"));
            dialog.findChild<QSpinBox *>()->setValue(m_servers.value("OAUTH_SMTP_PORT").toInt());
            // The user, and OAuth 2.0 (OAUTHBEARER) as the authentication.
            for (QLineEdit *e : dialog.findChildren<QLineEdit *>())
                if (e->placeholderText().contains(QStringLiteral("without logging in")))
                    e->setText(m_servers.value("OAUTH_USER"));
            QComboBox *auth = dialog.authPicker();
            auth->setCurrentIndex(
                auth->findData(QStringLiteral("OAUTHBEARER"), ProfileDialog::MechanismRole));
            OAuthSettings *oauth = dialog.oauthSettings();
            QVERIFY(oauth->isVisible());
            QComboBox *provider = oauth->providerPicker();
            provider->setCurrentIndex(provider->findData(QStringLiteral("custom")));
            oauth->findChild<QLineEdit *>(QStringLiteral("oauthAuthUrl"))
                ->setText(m_servers.value("OAUTH_AUTHORIZE_URL"));
            oauth->findChild<QLineEdit *>(QStringLiteral("oauthTokenUrl"))
                ->setText(m_servers.value("OAUTH_TOKEN_URL"));
            oauth->findChild<QLineEdit *>(QStringLiteral("oauthClientId"))
                ->setText(m_servers.value("OAUTH_CLIENT_ID"));
            oauth->findChild<QLineEdit *>(QStringLiteral("oauthScope"))
                ->setText(m_servers.value("OAUTH_SCOPE"));
            QVERIFY(!oauth->isSignedIn());

            // The browser: visit the authorization URL as a browser would, then call the
            // loopback redirect with the code the server issued.
            QUrl authorizationUrl, redirect;
            QNetworkAccessManager nam;
            oauth->signIn()->setBrowser([&](const QUrl &url) {
                authorizationUrl = url;
                QTimer::singleShot(0, this, [&, url] {
                    QString error;
                    redirect = OAuthServers::visit(url, &error);
                    QVERIFY2(error.isEmpty(), qPrintable(error));
                    nam.get(QNetworkRequest(redirect));
                });
            });
            QSignalSpy signedIn(oauth->signIn(), &OAuthSignIn::signedIn);
            QVERIFY(oauth->signInButton()->isEnabled());
            QTest::mouseClick(oauth->signInButton(), Qt::LeftButton);
            QVERIFY(signedIn.wait(30000));
            // PKCE (S256) and the loopback redirect were asked for.
            const QUrlQuery asked(authorizationUrl);
            QCOMPARE(asked.queryItemValue(QStringLiteral("code_challenge_method")),
                     QStringLiteral("S256"));
            QVERIFY(!asked.queryItemValue(QStringLiteral("code_challenge")).isEmpty());
            QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
            QVERIFY(oauth->isSignedIn());
            QVERIFY(oauth->signOutButton()->isEnabled());
            dialog.accept();
        }
        const ServerProfile profile = [&] {
            for (const ServerProfile &p : profiles.profiles())
                if (p.id == m_profileId)
                    return p;
            return ServerProfile();
        }();
        QVERIFY(profile.usesOAuth());
        QCOMPARE(profile.oauth.clientId, m_servers.value("OAUTH_CLIENT_ID"));
        ServerProfile sending = profile;
        sending.caFile = m_servers.value("OAUTH_SMTP_CA");
        sending.security = SmtpSession::Security::StartTls;
        const QString refreshToken = readSecret(passwords, profile.oauthSecretId());
        QVERIFY(refreshToken.startsWith(QStringLiteral("rt-")));
        m_seenTokens.append(refreshToken);

        // A send: the first access token comes from the refresh token.
        QStringList rotated;
        QString transcript;
        SendController::Outcome first = send(sending, refreshToken, &rotated, &transcript);
        QVERIFY2(first.ok, qPrintable(first.error.describe() + QLatin1Char('\n') + transcript));
        QVERIFY(!transcript.contains(refreshToken));

        // The access token expires on the server: the send refreshes and succeeds, and the
        // rotated refresh token is handed over to be stored.
        QVERIFY(m_servers.expireAllOf(m_servers.value("OAUTH_USER")));
        const QString current = rotated.isEmpty() ? refreshToken : rotated.last();
        rotated.clear();
        SendController::Outcome second = send(sending, current, &rotated, &transcript);
        QVERIFY2(second.ok, qPrintable(second.error.describe() + QLatin1Char('\n') + transcript));
        QCOMPARE(rotated.size(), 1);
        m_seenTokens += rotated;

        // Nothing of it is in the settings file.
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains(m_servers.value("OAUTH_CLIENT_ID").toUtf8()));
        for (const QString &t : std::as_const(m_seenTokens))
            QVERIFY2(!stored.contains(t.toUtf8()), stored.constData());
        QVERIFY(!stored.contains("at-"));

        // Sign out: the keychain forgets the token, and a send says to sign in.
        {
            ProfileDialog dialog(&profiles, &passwords);
            dialog.selectProfile(m_profileId);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            OAuthSettings *oauth = dialog.oauthSettings();
            QVERIFY(oauth->isVisible());
            QTRY_VERIFY_WITH_TIMEOUT(oauth->isSignedIn(), 10000);
            QTest::mouseClick(oauth->signOutButton(), Qt::LeftButton);
            QVERIFY(!oauth->isSignedIn());
            dialog.accept();
        }
        QCOMPARE(readSecret(passwords, profile.oauthSecretId()), QString());
        SendController::Outcome after = send(sending, QString(), &rotated, &transcript);
        QVERIFY(!after.ok);
        QCOMPARE(after.error.kind, ErrorKind::Authentication);
        QVERIFY2(after.error.message.contains(QStringLiteral("sign in")),
                 qPrintable(after.error.message));
    }
};

QTEST_MAIN(OAuthUiTest)
#include "tst_ui_oauth.moc"
