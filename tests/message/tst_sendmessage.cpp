// send_message against real servers (aiosmtpd and Exim, tests/servers): the envelope from
// the right headers, Resent-* blocks, Bcc never transmitted, SMTPUTF8 with and without the
// extension, a 25 MB attachment arriving intact. Needs POSTEL_SERVERS_ENV.
#include "EmailCheck.h"
#include "RealServers.h"
#include "message/MailMessage.h"
#include "message/SendMessage.h"
#include "SessionResults.h"
#include "smtp/SmtpSession.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace postel;

namespace {

struct Delivered
{
    QByteArray message; // as the client sent it (Exim's trace headers removed)
    QJsonObject meta;   // aiosmtpd's .json (mail_from, rcpt_tos, mail_options, ...)
    bool found = false;
};

} // namespace

class TestSendMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void envelopeSender_data();
    void envelopeSender();
    void resentBlock_data();
    void resentBlock();
    void bccNeverTransmitted_data();
    void bccNeverTransmitted();
    void severalResentBlocks();
    void keepsItsPlaceInTheQueue();
    void explicitEnvelope();
    void smtpUtf8_data();
    void smtpUtf8();
    void smtpUtf8NotSupported();
    void eightBitWithout8BitMime();
    void bigAttachment_data();
    void bigAttachment();

private:
    QString env(const char *key) const { return m_env.value(QString::fromLatin1(key)); }
    quint16 port(const QString &server) const;
    // Connects a fresh session; nullptr (and a failed check) on error.
    std::unique_ptr<SmtpSession> connectTo(const QString &server, quint16 port = 0);
    bool waitFor(SmtpOperation *op, int ms = 60000);
    MailMessage baseMessage(const QString &token) const;
    Delivered findAiosmtpd(const QString &token, int ms = 20000) const;
    Delivered findExim(const QString &mailbox, const QString &token, int ms = 20000) const;

    QMap<QString, QString> m_env;
};

void TestSendMessage::initTestCase()
{
    const postel::test::RealServers servers = postel::test::RealServers::load();
    QVERIFY2(servers.error.isEmpty(), qPrintable(servers.error));
    for (auto it = servers.env.cbegin(); it != servers.env.cend(); ++it)
        m_env.insert(it.key(), it.value());
    QVERIFY2(!env("AIOSMTPD_PORT").isEmpty() && !env("EXIM_PORT").isEmpty(),
             "servers.env lacks the ports");
}

quint16 TestSendMessage::port(const QString &server) const
{
    return quint16(
        (server == QLatin1String("exim") ? env("EXIM_PORT") : env("AIOSMTPD_PORT")).toUInt());
}

bool TestSendMessage::waitFor(SmtpOperation *op, int ms)
{
    if (op->isFinished())
        return true;
    QSignalSpy spy(op, &SmtpOperation::finished);
    return spy.wait(ms) || op->isFinished();
}

std::unique_ptr<SmtpSession> TestSendMessage::connectTo(const QString &server, quint16 p)
{
    auto session = std::make_unique<SmtpSession>();
    session->setLocalHostname(QStringLiteral("client.example"));
    session->setTimeout(120000);
    SmtpOperation *op = session->connectToHost(env("POSTEL_TEST_HOST"), p ? p : port(server));
    if (!waitFor(op) || op->hasError()) {
        qWarning() << "connect failed:" << op->error().describe();
        return nullptr;
    }
    return session;
}

MailMessage TestSendMessage::baseMessage(const QString &token) const
{
    MailMessage m;
    m.setFrom(MailAddress{QStringLiteral("Alice Liddell"), QStringLiteral("alice@example.org")});
    m.setTo({MailAddress{QStringLiteral("Bob"), QStringLiteral("bob@example.com")}});
    m.setSubject(QStringLiteral("send_message test ") + token);
    m.setTextBody(QStringLiteral("Token %1\nZażółć gęślą jaźń.\n").arg(token));
    m.setMessageId(token + QStringLiteral("@example.org"));
    return m;
}

Delivered TestSendMessage::findAiosmtpd(const QString &token, int ms) const
{
    Delivered d;
    const QDir dir(env("AIOSMTPD_MAILDIR"));
    QDeadlineTimer deadline(ms);
    do {
        // The .json is written last: once it exists the .eml is complete.
        for (const QString &json : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            QFile eml(dir.filePath(json.chopped(5) + QStringLiteral(".eml")));
            if (!eml.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = eml.readAll();
            if (!bytes.contains(token.toUtf8()))
                continue;
            QFile meta(dir.filePath(json));
            if (meta.open(QIODevice::ReadOnly))
                d.meta = QJsonDocument::fromJson(meta.readAll()).object();
            d.message = bytes;
            d.found = true;
            return d;
        }
        QTest::qWait(100);
    } while (!deadline.hasExpired());
    return d;
}

Delivered TestSendMessage::findExim(const QString &mailbox, const QString &token, int ms) const
{
    Delivered d;
    const QDir dir(env("EXIM_MAILDIR") + QLatin1Char('/') + mailbox.toLower() +
                   QStringLiteral("/new"));
    QDeadlineTimer deadline(ms);
    do {
        for (const QString &name : dir.entryList(QDir::Files)) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            if (!bytes.contains(token.toUtf8()))
                continue;
            d.meta.insert(QStringLiteral("return_path"),
                          QString::fromUtf8(bytes.mid(bytes.indexOf("Return-path: <") + 14))
                              .section(QLatin1Char('>'), 0, 0));
            d.message = postel::test::stripEximTrace(bytes);
            d.found = true;
            return d;
        }
        QTest::qWait(100);
    } while (!deadline.hasExpired());
    return d;
}

static QString newToken()
{
    return QStringLiteral("pt") + QUuid::createUuid().toString(QUuid::Id128).left(20);
}

static QStringList rcptTos(const Delivered &d)
{
    QStringList out;
    for (const auto &v : d.meta.value("rcpt_tos").toArray())
        out.append(v.toString());
    return out;
}

void TestSendMessage::envelopeSender_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<bool>("withSender");
    for (const char *server : {"aiosmtpd", "exim"}) {
        QTest::addRow("%s From", server) << server << false;
        QTest::addRow("%s Sender", server) << server << true;
    }
}

void TestSendMessage::envelopeSender()
{
    QFETCH(QString, server);
    QFETCH(bool, withSender);
    const QString token = newToken();
    MailMessage m = baseMessage(token);
    if (withSender)
        m.setSender(MailAddress{QStringLiteral("Secretary"), QStringLiteral("sec@example.org")});
    const QString expected = withSender ? "sec@example.org" : "alice@example.org";
    auto session = connectTo(server);
    QVERIFY(session);
    SmtpOperation *op = sendMessage(session.get(), m);
    QVERIFY(waitFor(op));
    QVERIFY2(!op->hasError(), qPrintable(op->error().describe()));
    QCOMPARE(sent(op).accepted, QStringList{"bob@example.com"});
    if (server == QLatin1String("aiosmtpd")) {
        const Delivered d = findAiosmtpd(token);
        QVERIFY(d.found);
        QCOMPARE(d.meta.value("mail_from").toString(), expected);
        QCOMPARE(rcptTos(d), QStringList{"bob@example.com"});
    } else {
        const Delivered d = findExim("bob", token);
        QVERIFY(d.found);
        QCOMPARE(d.meta.value("return_path").toString(), expected);
        const EmailCheck check = EmailCheck::run(d.message);
        QVERIFY2(check.ran && check.defects().isEmpty(), qPrintable(check.defects().join('\n')));
    }
}

void TestSendMessage::resentBlock_data()
{
    QTest::addColumn<QString>("server");
    QTest::newRow("aiosmtpd") << "aiosmtpd";
    QTest::newRow("exim") << "exim";
}

void TestSendMessage::resentBlock()
{
    QFETCH(QString, server);
    const QString token = newToken();
    MailMessage m = baseMessage(token);
    m.setSender(MailAddress{QString(), QStringLiteral("sec@example.org")});
    m.addHeader("Resent-Date", QStringLiteral("Mon, 01 Jan 2024 10:00:00 +0000"));
    m.addHeader("Resent-From", QStringLiteral("Forwarder <fwd@example.org>"));
    m.addHeader("Resent-To", QStringLiteral("Carol <carol@example.com>"));
    m.addHeader("Resent-Bcc", QStringLiteral("dave@example.com"));
    m.addHeader("Resent-Message-ID", QStringLiteral("<r") + token + "@example.org>");
    auto session = connectTo(server);
    QVERIFY(session);
    SmtpOperation *op = sendMessage(session.get(), m);
    QVERIFY(waitFor(op));
    QVERIFY2(!op->hasError(), qPrintable(op->error().describe()));
    QCOMPARE(sent(op).accepted, (QStringList{"carol@example.com", "dave@example.com"}));
    if (server == QLatin1String("aiosmtpd")) {
        const Delivered d = findAiosmtpd(token);
        QVERIFY(d.found);
        QCOMPARE(d.meta.value("mail_from").toString(), QStringLiteral("fwd@example.org"));
        QCOMPARE(rcptTos(d), (QStringList{"carol@example.com", "dave@example.com"}));
        QVERIFY(!d.message.contains("Resent-Bcc"));
        QVERIFY(!d.message.contains("dave@example.com"));
        QVERIFY(d.message.contains("Resent-To: Carol <carol@example.com>"));
    } else {
        for (const char *box : {"carol", "dave"}) {
            const Delivered d = findExim(box, token);
            QVERIFY2(d.found, box);
            QCOMPARE(d.meta.value("return_path").toString(), QStringLiteral("fwd@example.org"));
            QVERIFY(!d.message.contains("Resent-Bcc"));
            QVERIFY(!d.message.contains("dave@example.com"));
        }
        QVERIFY(!findExim("bob", token, 500).found); // To is not used with a Resent block
    }
}

void TestSendMessage::bccNeverTransmitted_data()
{
    resentBlock_data();
}

void TestSendMessage::bccNeverTransmitted()
{
    QFETCH(QString, server);
    const QString token = newToken();
    MailMessage m = baseMessage(token);
    m.setCc({MailAddress{QStringLiteral("Carol"), QStringLiteral("carol@example.com")}});
    m.setBcc({MailAddress{QStringLiteral("Hidden Harry"), QStringLiteral("harry@example.com")}});
    auto session = connectTo(server);
    QVERIFY(session);
    SmtpOperation *op = sendMessage(session.get(), m);
    QVERIFY(waitFor(op));
    QVERIFY2(!op->hasError(), qPrintable(op->error().describe()));
    QCOMPARE(sent(op).accepted,
             (QStringList{"bob@example.com", "harry@example.com", "carol@example.com"}));
    QVERIFY(!m.bcc().isEmpty()); // the caller's message is untouched
    QList<Delivered> copies;
    if (server == QLatin1String("aiosmtpd")) {
        copies.append(findAiosmtpd(token));
        QVERIFY(copies.first().found);
        QCOMPARE(rcptTos(copies.first()),
                 (QStringList{"bob@example.com", "harry@example.com", "carol@example.com"}));
    } else {
        for (const char *box : {"bob", "harry", "carol"}) {
            copies.append(findExim(box, token));
            QVERIFY2(copies.last().found, box);
        }
    }
    for (const Delivered &d : std::as_const(copies)) {
        QVERIFY(!d.message.contains("Bcc"));
        QVERIFY(!d.message.contains("harry"));
        QVERIFY(!d.message.contains("Hidden Harry"));
        const EmailCheck check = EmailCheck::run(d.message);
        QVERIFY2(check.ran && check.defects().isEmpty(), qPrintable(check.defects().join('\n')));
        QVERIFY(check.report.value("crlf_only").toBool());
        QString err;
        const auto back = MailMessage::parse(d.message, &err);
        QVERIFY2(back, qPrintable(err));
        QCOMPARE(back->textBody(), m.textBody());
        QCOMPARE(back->subject(), m.subject());
    }
}

// Regression: send_message used to queue its sendmail only after EHLO, behind a quit()
// queued right after it, so the message was never sent.
void TestSendMessage::keepsItsPlaceInTheQueue()
{
    const QString token = newToken();
    SmtpSession session;
    session.setLocalHostname(QStringLiteral("client.example"));
    SmtpOperation *connect =
        session.connectToHost(env("POSTEL_TEST_HOST"), port(QStringLiteral("aiosmtpd")));
    SmtpOperation *op = sendMessage(&session, baseMessage(token));
    SmtpOperation *quit = session.quit();
    QVERIFY(waitFor(quit));
    QVERIFY(connect->isFinished() && !connect->hasError());
    QVERIFY(op->isFinished());
    QVERIFY2(!op->hasError(), qPrintable(op->error().describe()));
    QCOMPARE(quit->code(), 221);
    QVERIFY(findAiosmtpd(token).found);
}

void TestSendMessage::severalResentBlocks()
{
    const QString token = newToken();
    MailMessage m = baseMessage(token);
    for (int i = 1; i <= 2; ++i) {
        m.addHeader("Resent-Date", QStringLiteral("Mon, 0%1 Jan 2024 10:00:00 +0000").arg(i));
        m.addHeader("Resent-From", QStringLiteral("fwd%1@example.org").arg(i));
        m.addHeader("Resent-To", QStringLiteral("carol%1@example.com").arg(i));
    }
    for (const char *server : {"aiosmtpd", "exim"}) {
        auto session = connectTo(server);
        QVERIFY(session);
        SmtpOperation *op = sendMessage(session.get(), m);
        QVERIFY(waitFor(op));
        QVERIFY(op->hasError());
        QCOMPARE(op->error().kind, ErrorKind::Usage);
        QVERIFY2(op->error().message.contains("Resent"), qPrintable(op->error().message));
        // Even with an explicit envelope, as smtplib.
        op = sendMessage(session.get(), m, "a@example.org", {"bob@example.com"});
        QVERIFY(waitFor(op));
        QCOMPARE(op->error().kind, ErrorKind::Usage);
        // Nothing was sent and the session is still usable.
        SmtpOperation *noop = session->noop();
        QVERIFY(waitFor(noop));
        QCOMPARE(noop->code(), 250);
    }
    QVERIFY(!findAiosmtpd(token, 500).found);
}

void TestSendMessage::explicitEnvelope()
{
    const QString token = newToken();
    MailMessage m = baseMessage(token);
    m.setBcc({MailAddress{QString(), QStringLiteral("harry@example.com")}});
    auto session = connectTo("aiosmtpd");
    QVERIFY(session);
    // Already greeted: send_message decides at once, without another EHLO.
    SmtpOperation *ehlo = session->ehlo();
    QVERIFY(waitFor(ehlo));
    QVERIFY(!ehlo->hasError());
    SmtpOperation *op =
        sendMessage(session.get(), m, "bounce@example.org", {"erin@example.com"}, {"SIZE=100000"});
    QVERIFY(waitFor(op));
    QVERIFY2(!op->hasError(), qPrintable(op->error().describe()));
    const Delivered d = findAiosmtpd(token);
    QVERIFY(d.found);
    QCOMPARE(d.meta.value("mail_from").toString(), QStringLiteral("bounce@example.org"));
    QCOMPARE(rcptTos(d), QStringList{"erin@example.com"});
    QVERIFY(!d.message.contains("harry"));
}

void TestSendMessage::smtpUtf8_data()
{
    resentBlock_data();
}

void TestSendMessage::smtpUtf8()
{
    QFETCH(QString, server);
    const QString token = newToken();
    MailMessage m = baseMessage(token);
    m.setFrom(MailAddress{QStringLiteral("Łukasz Żółć"), QStringLiteral("łukasz@example.org")});
    m.setTo({MailAddress{QStringLiteral("用户"), QStringLiteral("用户@postel.test")},
             MailAddress{QStringLiteral("Bob"), QStringLiteral("bob@example.com")}});
    m.setSubject(QStringLiteral("Γειά σου 🎉 ") + token);
    auto session = connectTo(server);
    QVERIFY(session);
    SmtpOperation *op = sendMessage(session.get(), m);
    QVERIFY(waitFor(op));
    QVERIFY2(!op->hasError(), qPrintable(op->error().describe()));
    QCOMPARE(sent(op).accepted, (QStringList{"用户@postel.test", "bob@example.com"}));
    Delivered d;
    if (server == QLatin1String("aiosmtpd")) {
        d = findAiosmtpd(token);
        QVERIFY(d.found);
        QCOMPARE(d.meta.value("mail_from").toString(), QStringLiteral("łukasz@example.org"));
        QVERIFY(d.meta.value("smtp_utf8").toBool());
        QStringList options;
        for (const auto &v : d.meta.value("mail_options").toArray())
            options.append(v.toString());
        QVERIFY2(options.contains("SMTPUTF8") && options.contains("BODY=8BITMIME"),
                 qPrintable(options.join(' ')));
    } else {
        d = findExim("用户", token);
        QVERIFY(d.found);
        QCOMPARE(d.meta.value("return_path").toString(), QStringLiteral("łukasz@example.org"));
    }
    QVERIFY(d.message.contains("łukasz@example.org"));
    const EmailCheck check = EmailCheck::run(d.message, true);
    QVERIFY2(check.ran && check.defects().isEmpty(), qPrintable(check.defects().join('\n')));
    QString err;
    const auto back = MailMessage::parse(d.message, &err);
    QVERIFY2(back, qPrintable(err));
    QCOMPARE(back->from().first().address, QStringLiteral("łukasz@example.org"));
    QCOMPARE(back->from().first().name, QStringLiteral("Łukasz Żółć"));
    QCOMPARE(back->to().first().address, QStringLiteral("用户@postel.test"));
    QCOMPARE(back->subject(), m.subject());
}

void TestSendMessage::smtpUtf8NotSupported()
{
    const QString token = newToken();
    MailMessage m = baseMessage(token);
    m.setTo({MailAddress{QString(), QStringLiteral("użytkownik@example.com")}});
    auto session = connectTo("aiosmtpd", quint16(env("AIOSMTPD_NOUTF8_PORT").toUInt()));
    QVERIFY(session);
    SmtpOperation *op = sendMessage(session.get(), m);
    QVERIFY(waitFor(op));
    QVERIFY(op->hasError());
    QCOMPARE(op->error().kind, ErrorKind::NotSupported);
    QVERIFY2(op->error().message.contains("SMTPUTF8"), qPrintable(op->error().message));
    QVERIFY(!session->esmtpFeatures().smtpUtf8());
    QVERIFY(!findAiosmtpd(token, 500).found);
    // The same message with ASCII addresses goes through the same session.
    m.setTo({MailAddress{QString(), QStringLiteral("bob@example.com")}});
    op = sendMessage(session.get(), m);
    QVERIFY(waitFor(op));
    QVERIFY2(!op->hasError(), qPrintable(op->error().describe()));
    QVERIFY(findAiosmtpd(token).found);
}

void TestSendMessage::eightBitWithout8BitMime()
{
    // Both servers offer 8BITMIME; the 8-bit body must then be declared (RFC 6152).
    const QString token = newToken();
    const MailMessage m = baseMessage(token);
    auto session = connectTo("aiosmtpd");
    QVERIFY(session);
    SmtpOperation *op = sendMessage(session.get(), m);
    QVERIFY(waitFor(op));
    QVERIFY2(!op->hasError(), qPrintable(op->error().describe()));
    const Delivered d = findAiosmtpd(token);
    QVERIFY(d.found);
    QStringList options;
    for (const auto &v : d.meta.value("mail_options").toArray())
        options.append(v.toString());
    QVERIFY2(options.contains("BODY=8BITMIME"), qPrintable(options.join(' ')));
    QVERIFY(!options.contains("SMTPUTF8"));
    QVERIFY(d.message.contains("Content-Transfer-Encoding: 8bit"));
    // The 7-bit form, as for a server without 8BITMIME: no byte above 127.
    const QByteArray sevenBit = m.serialise(SerialiseOptions::sevenBit());
    for (char c : sevenBit)
        QVERIFY(static_cast<unsigned char>(c) < 0x80);
}

void TestSendMessage::bigAttachment_data()
{
    resentBlock_data();
}

void TestSendMessage::bigAttachment()
{
    QFETCH(QString, server);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("duży załącznik.bin"));
    QCryptographicHash sha(QCryptographicHash::Sha256);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        for (int i = 0; i < 25; ++i) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(chunk.data()),
                                                  chunk.size() / 4);
            sha.addData(chunk);
            QCOMPARE(f.write(chunk), chunk.size());
        }
    }
    const QByteArray expected = sha.result();
    const QString token = newToken();
    MailMessage m = baseMessage(token);
    auto attachment = MailAttachment::fromFile(path);
    QVERIFY(attachment);
    m.addAttachment(*attachment);
    auto session = connectTo(server);
    QVERIFY(session);
    SmtpOperation *op = sendMessage(session.get(), m);
    QVERIFY(waitFor(op, 240000));
    QVERIFY2(!op->hasError(), qPrintable(op->error().describe()));
    const Delivered d = server == QLatin1String("exim") ? findExim("bob", token, 60000)
                                                        : findAiosmtpd(token, 60000);
    QVERIFY(d.found);
    QString err;
    const auto back = MailMessage::parse(d.message, &err);
    QVERIFY2(back, qPrintable(err));
    QCOMPARE(back->attachments().size(), 1);
    const MailAttachment got = back->attachments().first();
    QCOMPARE(got.fileName, QStringLiteral("duży załącznik.bin"));
    QCOMPARE(got.data.size(), 25 << 20);
    QCOMPARE(QCryptographicHash::hash(got.data, QCryptographicHash::Sha256), expected);
}

QTEST_GUILESS_MAIN(TestSendMessage)
#include "tst_sendmessage.moc"
