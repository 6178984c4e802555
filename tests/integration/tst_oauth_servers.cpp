// OAuth 2.0 end to end, with real parts on loopback: an authorization server on Authlib
// (PKCE, refresh, introspection) and aiosmtpd accepting XOAUTH2 and OAUTHBEARER only for
// tokens that server says are active. Tokens are obtained as the desktop app does (the
// browser step played by the test), sent through postel-cli and through the conversation
// with a refreshing token source; a token never appears in what postel-cli prints.
#include "CliRun.h"
#include "OAuthServers.h"
#include "auth/OAuthClient.h"
#include "conversation/Conversation.h"
#include "profiles/ProfileStore.h"
#include "transcript/Transcript.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace postel;
using postel::test::CliRun;
using postel::test::OAuthServers;
using postel::test::runCli;

class TestOAuthServers : public QObject
{
    Q_OBJECT

    OAuthServers m_servers;

    QString user() const { return m_servers.value("OAUTH_USER"); }

    QTemporaryDir m_config; // the desktop's settings, for --profile

    CliRun cli(const QString &mechanism, const QString &token, const QStringList &extra = {})
    {
        return run(QStringList{QStringLiteral("--server"), m_servers.smtpServer(),
                               QStringLiteral("--starttls"), QStringLiteral("--ca-file"),
                               m_servers.value("OAUTH_SMTP_CA"), QStringLiteral("--auth"),
                               mechanism, QStringLiteral("--auth-user"), user()} +
                       extra,
                   token);
    }
    CliRun run(const QStringList &args, const QString &token)
    {
        return runCli(args + QStringList{QStringLiteral("--from"), user(), QStringLiteral("--to"),
                                         QStringLiteral("bob@postel.test"),
                                         QStringLiteral("--json"), QStringLiteral("--debug-level"),
                                         QStringLiteral("1")},
                      {{QStringLiteral("POSTEL_TOKEN"), token},
                       // The desktop's profiles; no desktop session, so no keychain answers
                       // (as in CI).
                       {QStringLiteral("XDG_CONFIG_HOME"), m_config.path()},
                       {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                        QStringLiteral("unix:path=/nonexistent")}});
    }

    static int authLines(const QJsonObject &json)
    {
        int n = 0;
        for (const QJsonValue &e : json.value(QLatin1String("transcript")).toArray())
            if (e.toObject().value(QLatin1String("direction")).toString() ==
                    QLatin1String("client") &&
                e.toObject()
                    .value(QLatin1String("text"))
                    .toString()
                    .startsWith(QLatin1String("AUTH ")))
                ++n;
        return n;
    }

    // The conversation with a token source that refreshes at the token endpoint.
    struct Sent
    {
        bool finished = false;
        SmtpError error;
        Conversation::AuthResult auth;
        QString transcript;
        int refreshTokenChanges = 0;
    };
    Sent sendWithSource(const std::shared_ptr<ProviderTokenSource> &source, OAuthClient *client)
    {
        Q_UNUSED(client);
        SmtpSession session;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_servers.value("OAUTH_SMTP_CA")));
        session.setTlsConfiguration(tls);
        session.setTimeout(20000);
        Transcript transcript;
        transcript.attach(&session);
        Conversation c(&session);
        Sent s;
        source->refreshTokenChanged = [&s](const QString &) { ++s.refreshTokenChanges; };
        Conversation::Plan plan;
        plan.host = m_servers.value("OAUTH_SMTP_HOST");
        plan.port = quint16(m_servers.value("OAUTH_SMTP_PORT").toUInt());
        plan.startTls = true;
        plan.authUser = user();
        plan.authMechanism = QStringLiteral("OAUTHBEARER");
        plan.oauthToken = source;
        plan.from = user();
        plan.to = {QStringLiteral("bob@postel.test")};
        plan.bytes = QByteArray("Subject: oauth\r\n\r\nrefreshed\r\n");
        QSignalSpy finished(&c, &Conversation::finished);
        c.start(plan);
        s.finished = finished.wait(60000);
        s.error = c.error();
        s.auth = c.auth();
        s.transcript = transcript.toText({false, false, false});
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_servers = OAuthServers::load();
        QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
    }

    void freshTokenSendsThroughCli_data()
    {
        QTest::addColumn<QString>("mechanism");
        QTest::newRow("XOAUTH2") << QStringLiteral("XOAUTH2");
        QTest::newRow("OAUTHBEARER") << QStringLiteral("OAUTHBEARER");
    }
    void freshTokenSendsThroughCli()
    {
        QFETCH(QString, mechanism);
        QString error;
        const OAuthTokenResponse tokens = m_servers.signIn(&error);
        QVERIFY2(tokens.ok(), qPrintable(error));
        QVERIFY(!tokens.refreshToken.isEmpty());
        const CliRun r = cli(mechanism, tokens.accessToken);
        QVERIFY2(r.exitCode == 0, r.out + r.err);
        const QJsonObject auth = r.json().value(QLatin1String("auth")).toObject();
        QCOMPARE(auth.value(QLatin1String("mechanism")).toString(), mechanism);
        QVERIFY(auth.value(QLatin1String("ok")).toBool());
        QCOMPARE(auth.value(QLatin1String("token_refreshed")).toBool(true), false);
        QCOMPARE(r.json().value(QLatin1String("accepted")).toArray().size(), 1);
        // The token is in neither the JSON nor the debug output on stderr.
        QVERIFY2(!r.out.contains(tokens.accessToken.toUtf8()), r.out);
        QVERIFY2(!r.err.contains(tokens.accessToken.toUtf8()), r.err);
        QVERIFY(r.err.contains("AUTH " + mechanism.toUtf8()));
    }

    void revokedTokenRefusedWithTheJsonErrorOnce_data() { freshTokenSendsThroughCli_data(); }
    void revokedTokenRefusedWithTheJsonErrorOnce()
    {
        QFETCH(QString, mechanism);
        QString error;
        const OAuthTokenResponse tokens = m_servers.signIn(&error);
        QVERIFY2(tokens.ok(), qPrintable(error));
        QVERIFY(m_servers.revoke(tokens.accessToken));
        const CliRun r = cli(mechanism, tokens.accessToken);
        QCOMPARE(r.exitCode, 4); // authentication failed
        const QJsonObject e = r.json().value(QLatin1String("error")).toObject();
        QCOMPARE(e.value(QLatin1String("kind")).toString(), QStringLiteral("authentication"));
        QCOMPARE(e.value(QLatin1String("code")).toInt(), 535);
        // The server's JSON error, decoded: XOAUTH2 as Google sends it, OAUTHBEARER per RFC 7628.
        const QString message = e.value(QLatin1String("message")).toString();
        QVERIFY2(message.contains(mechanism == QLatin1String("XOAUTH2")
                                      ? QStringLiteral("\"status\":\"401\"")
                                      : QStringLiteral("\"status\":\"invalid_token\"")),
                 qPrintable(message));
        // One AUTH: nothing to refresh with, and never a loop.
        QCOMPARE(authLines(r.json()), 1);
        QVERIFY2(!r.out.contains(tokens.accessToken.toUtf8()), r.out);
        QVERIFY2(!r.err.contains(tokens.accessToken.toUtf8()), r.err);
    }

    void expiredTokenRefreshedThenSent()
    {
        QString error;
        const OAuthTokenResponse tokens = m_servers.signIn(&error);
        QVERIFY2(tokens.ok(), qPrintable(error));
        QVERIFY(m_servers.expire(tokens.accessToken));
        OAuthClient client;
        // The expiry the client knows is still ahead: only the server's refusal tells it.
        auto source = std::make_shared<ProviderTokenSource>(
            &client, m_servers.provider(), tokens.refreshToken, tokens.accessToken,
            QDateTime::currentDateTimeUtc().addSecs(3600));
        const Sent s = sendWithSource(source, &client);
        QVERIFY(s.finished);
        QVERIFY2(!s.error.isError(), qPrintable(s.error.describe() + "\n" + s.transcript));
        QVERIFY(s.auth.ok);
        QVERIFY(s.auth.tokenRefreshed);
        QVERIFY(source->accessToken() != tokens.accessToken);
        // The server rotates refresh tokens: the new one is handed over to be stored.
        QCOMPARE(s.refreshTokenChanges, 1);
        QVERIFY(source->refreshToken() != tokens.refreshToken);
        QCOMPARE(s.transcript.count(QStringLiteral("~> AUTH OAUTHBEARER")), 2);
        QVERIFY(!s.transcript.contains(tokens.accessToken));
        QVERIFY(!s.transcript.contains(source->accessToken()));
    }

    void revokedGrantRefreshFailsOnceClearly()
    {
        QString error;
        const OAuthTokenResponse tokens = m_servers.signIn(&error);
        QVERIFY2(tokens.ok(), qPrintable(error));
        QVERIFY(m_servers.revoke(tokens.refreshToken)); // revokes the grant's access token too
        OAuthClient client;
        auto source = std::make_shared<ProviderTokenSource>(
            &client, m_servers.provider(), tokens.refreshToken, tokens.accessToken);
        const Sent s = sendWithSource(source, &client);
        QVERIFY(s.finished);
        QCOMPARE(s.error.kind, ErrorKind::Authentication);
        QCOMPARE(s.error.code, 535);
        QVERIFY2(s.error.message.contains(QStringLiteral("invalid_token")),
                 qPrintable(s.error.message));
        QVERIFY2(s.error.message.contains(QStringLiteral("invalid_grant")),
                 qPrintable(s.error.message));
        QVERIFY(s.auth.tokenRefreshed);
        // One AUTH, one refresh that failed, no second AUTH.
        QCOMPARE(s.transcript.count(QStringLiteral("~> AUTH OAUTHBEARER")), 1);
    }

    void profileGivesServerAndMechanism()
    {
        // An OAuth 2.0 profile of the desktop's, as ProfileStore writes it.
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        {
            std::unique_ptr<QSettings> settings(ProfileStore::desktopSettings());
            settings->beginWriteArray(QStringLiteral("profiles"), 1);
            settings->setArrayIndex(0);
            settings->setValue(QStringLiteral("id"), QStringLiteral("p-oauth"));
            settings->setValue(QStringLiteral("name"), QStringLiteral("Signed in"));
            settings->setValue(QStringLiteral("host"), m_servers.value("OAUTH_SMTP_HOST"));
            settings->setValue(QStringLiteral("port"), m_servers.value("OAUTH_SMTP_PORT").toInt());
            settings->setValue(QStringLiteral("security"), QStringLiteral("starttls"));
            settings->setValue(QStringLiteral("caFile"), m_servers.value("OAUTH_SMTP_CA"));
            settings->setValue(QStringLiteral("user"), user());
            settings->setValue(QStringLiteral("authMechanism"), QStringLiteral("XOAUTH2"));
            settings->setValue(QStringLiteral("oauthProvider"), QStringLiteral("custom"));
            settings->setValue(QStringLiteral("oauthAuthorizationUrl"),
                               m_servers.value("OAUTH_AUTHORIZE_URL"));
            settings->setValue(QStringLiteral("oauthTokenUrl"), m_servers.value("OAUTH_TOKEN_URL"));
            settings->setValue(QStringLiteral("oauthClientId"), m_servers.value("OAUTH_CLIENT_ID"));
            settings->endArray();
            settings->sync();
            QCOMPARE(settings->status(), QSettings::NoError);
        }
        QString error;
        const OAuthTokenResponse tokens = m_servers.signIn(&error);
        QVERIFY2(tokens.ok(), qPrintable(error));
        // With an access token given, the profile names the server, the user and XOAUTH2.
        const CliRun r =
            run({QStringLiteral("--profile"), QStringLiteral("Signed in")}, tokens.accessToken);
        QVERIFY2(r.exitCode == 0, r.out + r.err);
        QCOMPARE(r.json().value(QLatin1String("auth")).toObject().value(QLatin1String("mechanism")),
                 QJsonValue(QStringLiteral("XOAUTH2")));
        QVERIFY(!r.out.contains(tokens.accessToken.toUtf8()));
        // Without one, and with no keychain to hold the refresh token: a usage error that
        // says how to sign in, and nothing sent.
        const CliRun none = run({QStringLiteral("--profile"), QStringLiteral("Signed in")}, {});
        QCOMPARE(none.exitCode, 8);
        QVERIFY2((none.out + none.err).contains("Sign in from the desktop app"),
                 none.out + none.err);
    }

    void pkceRequiredByTheServer()
    {
        // The authorization server is strict about PKCE (so the sign-in's PKCE is tested
        // for real): without a challenge it refuses.
        QUrl url(m_servers.value("OAUTH_AUTHORIZE_URL"));
        url.setQuery(QStringLiteral("response_type=code&client_id=postel-desktop&"
                                    "redirect_uri=http://127.0.0.1:1/&scope=smtp"));
        QString error;
        const QUrl back = OAuthServers::visit(url, &error);
        QVERIFY(back.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("400")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestOAuthServers)
#include "tst_oauth_servers.moc"
