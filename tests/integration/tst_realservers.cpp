// Every row of the seed's SMTP object against real third-party servers: aiosmtpd and Exim,
// started by the ctest fixture on free loopback ports (tests/servers/).

#include "RealServers.h"
#include "SessionResults.h"
#include "auth/AuthMechanism.h"
#include "smtp/SmtpSession.h"
#include "transcript/Transcript.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace postel;
using namespace postel::test;

namespace {
constexpr int Timeout = 20000;

bool waitFor(SmtpOperation *op)
{
    QElapsedTimer t;
    t.start();
    while (!op->isFinished() && t.elapsed() < Timeout)
        QTest::qWait(5);
    return op->isFinished();
}

#define RUN(op)                                                                                    \
    ([&]() -> SmtpOperation * {                                                                    \
        SmtpOperation *o_ = (op);                                                                  \
        if (!waitFor(o_))                                                                          \
            qWarning("operation %s did not finish", qPrintable(o_->name()));                       \
        return o_;                                                                                 \
    }())

// Evaluates `op` once (it may be a RUN(...) that starts an operation).
#define VERIFY_OK(op)                                                                              \
    do {                                                                                           \
        SmtpOperation *v_ = (op);                                                                  \
        QVERIFY2(v_->isFinished(), "operation did not finish");                                    \
        QVERIFY2(!v_->hasError(), qPrintable(v_->error().describe()));                             \
    } while (0)

QByteArray sampleMessage(const QString &from, const QString &to, const QByteArray &extra = {})
{
    return "From: " + from.toUtf8() + "\r\nTo: " + to.toUtf8() +
           "\r\nSubject: real server test\r\nMessage-ID: <" +
           QUuid::createUuid().toString(QUuid::Id128).toLatin1() +
           "@example.org>\r\n\r\nFirst line\r\n.a line starting with a dot\r\n..two dots\r\n" +
           extra + "last line\r\n";
}
} // namespace

class TestRealServers : public QObject
{
    Q_OBJECT
private:
    RealServers m_servers;

    struct Server
    {
        QString name;
        quint16 port;
        bool exim;
    };
    Server server() const
    {
        QFETCH_GLOBAL(QString, serverName);
        const bool exim = serverName == QLatin1String("exim");
        return {serverName, m_servers.port(exim ? "EXIM_PORT" : "AIOSMTPD_PORT"), exim};
    }
    void prepare(SmtpSession &s) const
    {
        s.setTlsConfiguration(m_servers.tlsConfig());
        s.setLocalHostname(QStringLiteral("client.example"));
        s.setTimeout(Timeout);
    }
    // connect + EHLO + STARTTLS + EHLO (+ login)
    bool open(SmtpSession &s, bool tls = true, bool login = false)
    {
        prepare(s);
        SmtpOperation *c = RUN(s.connectToHost(QStringLiteral("localhost"), server().port));
        if (c->hasError())
            return false;
        if (tls) {
            if (RUN(s.starttls())->hasError() || RUN(s.ehlo())->code() != 250)
                return false;
        }
        if (login)
            return !RUN(s.login(m_servers.value("POSTEL_TEST_USER"),
                                m_servers.value("POSTEL_TEST_PASSWORD")))
                        ->hasError();
        return true;
    }
    QByteArray delivered(const Server &srv, const QString &from, const QString &localPart)
    {
        if (srv.exim) {
            const QList<QByteArray> files =
                eximDelivered(m_servers.value("EXIM_MAILDIR"), localPart);
            return files.isEmpty() ? QByteArray() : stripEximTrace(files.first());
        }
        return aiosmtpdDelivered(m_servers.value("AIOSMTPD_MAILDIR"), from);
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("serverName");
        QTest::newRow("aiosmtpd") << QStringLiteral("aiosmtpd");
        QTest::newRow("exim") << QStringLiteral("exim");
    }

    void initTestCase()
    {
        m_servers = RealServers::load();
        QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
        QVERIFY(m_servers.port("EXIM_PORT") > 0);
        QVERIFY(m_servers.port("AIOSMTPD_PORT") > 0);
    }

    void connectGreetsAndAnnounces()
    {
        SmtpSession s;
        prepare(s);
        QSignalSpy about(&s, &SmtpSession::aboutToConnect);
        // "host:port" in the host string is split off (the seed's connect()).
        SmtpOperation *op = RUN(s.connectToHost(QStringLiteral("127.0.0.1:%1").arg(server().port)));
        VERIFY_OK(op);
        QCOMPARE(op->code(), 220);
        QCOMPARE(about.size(), 1);
        QCOMPARE(about.at(0).at(0).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(about.at(0).at(1).value<quint16>(), server().port);
        QCOMPARE(s.state(), SmtpSession::State::Connected);
        QVERIFY(s.isConnected());
    }

    void ehloParsesFeaturesAndHeloKeepsReply()
    {
        SmtpSession s;
        QVERIFY(open(s, false));
        SmtpOperation *e = RUN(s.ehlo());
        VERIFY_OK(e);
        QCOMPARE(e->code(), 250);
        QVERIFY(s.doesEsmtp());
        QVERIFY(s.ehloResp().startsWith(server().exim ? "exim.test" : ""));
        QVERIFY(s.hasExtn(QStringLiteral("SIZE")));
        QVERIFY(s.hasExtn(QStringLiteral("size")));
        QVERIFY(s.hasExtn(QStringLiteral("StartTLS")));
        QVERIFY(!s.hasExtn(QStringLiteral("x-no-such-thing")));
        QCOMPARE(s.esmtpFeatures().sizeLimit().value_or(-1), 62914560);
        QVERIFY(s.esmtpFeatures().authMechanisms().contains(QStringLiteral("PLAIN")));
        QCOMPARE(s.esmtpFeatures().pipelining(), server().exim);
        QCOMPARE(s.esmtpFeatures().chunking(), server().exim);
        SmtpOperation *h = RUN(s.helo(QStringLiteral("client.example")));
        VERIFY_OK(h);
        QCOMPARE(h->code(), 250);
        QCOMPARE(s.heloResp(), h->text());
    }

    void ehloOrHeloIfNeededGreetsOnce()
    {
        SmtpSession s;
        QVERIFY(open(s, false));
        Transcript t;
        t.attach(&s);
        VERIFY_OK(RUN(s.ehloOrHeloIfNeeded()));
        VERIFY_OK(RUN(s.ehloOrHeloIfNeeded()));
        int ehlos = 0;
        for (const TranscriptEntry &e : t.entries())
            ehlos += e.direction == TranscriptEntry::Client && e.bytes.startsWith("EHLO");
        QCOMPARE(ehlos, 1);
        QVERIFY(s.doesEsmtp());
    }

    void docmdJoinsLinesAndNoop()
    {
        SmtpSession s;
        QVERIFY(open(s, false));
        RUN(s.ehlo());
        SmtpOperation *n = RUN(s.docmd("NOOP"));
        VERIFY_OK(n);
        QCOMPARE(n->code(), 250);
        SmtpOperation *e = RUN(s.docmd("EHLO", "client.example"));
        VERIFY_OK(e);
        QCOMPARE(e->code(), 250);
        // A multi-line reply comes back as one text, lines joined with "\n".
        QVERIFY(e->text().contains('\n'));
        QVERIFY(e->text().toUpper().contains("\nSIZE"));
        QCOMPARE(RUN(s.noop())->code(), 250);
    }

    void verifyAndExpnAreResults()
    {
        SmtpSession s;
        QVERIFY(open(s, false));
        RUN(s.ehlo());
        SmtpOperation *v = RUN(s.verify(QStringLiteral("Alice <alice@example.org>")));
        VERIFY_OK(v);
        SmtpOperation *x = RUN(s.expn(QStringLiteral("staff@example.org")));
        VERIFY_OK(x);
        if (server().exim) {
            QCOMPARE(v->code(), 250);
            QVERIFY(v->text().contains("alice@example.org"));
            QCOMPARE(x->code(), 250);
            QCOMPARE(x->text(), QByteArray("<alice@postel.test>\n<bob@postel.test>"));
        } else {
            // aiosmtpd disables VRFY and EXPN: a result, not a failure.
            QCOMPARE(v->code(), 252);
            QCOMPARE(x->code(), 502);
        }
    }

    void starttlsVerifiesAndForgetsEhlo()
    {
        SmtpSession s;
        QVERIFY(open(s, false));
        QSignalSpy tls(&s, &SmtpSession::tlsStarted);
        RUN(s.ehlo());
        QVERIFY(s.hasExtn(QStringLiteral("starttls")));
        SmtpOperation *st = RUN(s.starttls());
        VERIFY_OK(st);
        QCOMPARE(st->code(), 220);
        QCOMPARE(tls.size(), 1);
        QVERIFY(s.isEncrypted());
        QVERIFY(s.tlsInfo().verified);
        QVERIFY(s.tlsInfo().protocol.startsWith(QStringLiteral("TLSv1.")));
        QCOMPARE(s.tlsInfo().peerSubject(), QStringLiteral("localhost"));
        // All EHLO knowledge is gone until the next EHLO.
        QVERIFY(!s.doesEsmtp());
        QVERIFY(s.esmtpFeatures().isEmpty());
        QVERIFY(s.ehloResp().isEmpty());
        QCOMPARE(RUN(s.ehlo())->code(), 250);
        QVERIFY(!s.hasExtn(QStringLiteral("starttls")));
        QVERIFY(s.hasExtn(QStringLiteral("auth")));
    }

    // A second connection of the same session object resumes the TLS session it verified
    // (no certificate exchanged); other settings or another session object do not.
    void tlsSessionResumedOnReconnect()
    {
        SmtpSession s;
        QVERIFY(open(s));
        QVERIFY(s.tlsInfo().verified);
        QVERIFY(!s.tlsInfo().resumed);
        const QList<QSslCertificate> chain = s.tlsInfo().peerChain;
        QVERIFY(!chain.isEmpty());
        // The server's ticket arrives after the handshake, with its first reply.
        VERIFY_OK(RUN(s.noop()));
        VERIFY_OK(RUN(s.quit()));
        Transcript transcript;
        transcript.attach(&s);
        QVERIFY(open(s));
        QVERIFY2(s.tlsInfo().resumed, "the server did not resume the session");
        // The transcript says so, next to the certificate it was verified with.
        QVERIFY2(transcript.toText().contains(QStringLiteral(
                     "(localhost); earlier session resumed, no certificate exchanged")),
                 qPrintable(transcript.toText()));
        QVERIFY(s.tlsInfo().verified);
        QCOMPARE(s.tlsInfo().peerChain, chain); // the chain verified when it was made
        QCOMPARE(s.tlsInfo().peerSubject(), QStringLiteral("localhost"));
        // In step after resumption: a message goes through.
        const QString to = uniqueLocalPart("resumed") + QStringLiteral("@postel.test");
        VERIFY_OK(RUN(s.sendmail(QStringLiteral("resume@example.org"), {to},
                                 QByteArray("Subject: resumed\r\n\r\nbody\r\n"))));
        VERIFY_OK(RUN(s.quit()));
        // New TLS settings: nothing verified under them yet, a full handshake.
        QSslConfiguration other = m_servers.tlsConfig();
        other.setPeerVerifyDepth(5);
        s.setTlsConfiguration(other);
        QVERIFY(open(s));
        QVERIFY(!s.tlsInfo().resumed);
        QVERIFY(s.tlsInfo().verified);
        VERIFY_OK(RUN(s.quit()));
        // Resumption off: a full handshake every time.
        SmtpSession off;
        off.setTlsSessionResumption(false);
        QVERIFY(open(off));
        VERIFY_OK(RUN(off.noop()));
        VERIFY_OK(RUN(off.quit()));
        QVERIFY(open(off));
        QVERIFY(!off.tlsInfo().resumed);
        QCOMPARE(off.tlsInfo().peerChain.size(), chain.size());
    }

    // A session accepted through an exception (a pin) is never resumed: the next connection
    // faces the certificate again.
    void pinnedSessionIsNotResumed()
    {
        SmtpSession s;
        s.setTimeout(Timeout);
        QSslCertificate shown;
        connect(
            &s, &SmtpSession::sslErrors, &s,
            [&](const QList<QSslError> &) { shown = s.peerCertificate(); }, Qt::DirectConnection);
        VERIFY_OK(RUN(s.connectToHost(QStringLiteral("localhost"), server().port)));
        QCOMPARE(RUN(s.starttls())->error().kind, ErrorKind::Tls);
        QVERIFY(!shown.isNull());
        s.setPinnedCertificate(shown.digest(QCryptographicHash::Sha256));
        for (int i = 0; i < 2; ++i) {
            VERIFY_OK(RUN(s.connectToHost(QStringLiteral("localhost"), server().port)));
            VERIFY_OK(RUN(s.starttls()));
            QVERIFY(!s.tlsInfo().resumed);
            QVERIFY(!s.tlsInfo().ignoredErrors.isEmpty()); // the pin was needed each time
            VERIFY_OK(RUN(s.ehlo()));
            VERIFY_OK(RUN(s.quit()));
        }
    }

    // LMTP (RFC 2033) against aiosmtpd's LMTP server: LHLO (it refuses EHLO), and after the
    // data one reply per accepted recipient, each landing in accepted or refused.
    void lmtpOneReplyPerRecipient()
    {
        if (server().exim)
            QSKIP("Exim has no LMTP server; aiosmtpd's row covers LMTP");
        SmtpSession s;
        prepare(s);
        s.setLmtp(true);
        Transcript transcript;
        transcript.attach(&s);
        VERIFY_OK(RUN(s.connectToHost(m_servers.value("POSTEL_TEST_HOST"),
                                      m_servers.port("AIOSMTPD_LMTP_PORT"))));
        const QString from = uniqueLocalPart("lmtp") + QStringLiteral("@example.org");
        const QString ok = uniqueLocalPart("ok") + QStringLiteral("@postel.test");
        const QString full = uniqueLocalPart("full") + QStringLiteral("@postel.test");
        const QString refused = uniqueLocalPart("x") + QStringLiteral("@refused.test");
        const QByteArray msg = "Subject: lmtp\r\n\r\nper recipient\r\n";
        SmtpOperation *op = RUN(s.sendmail(from, {ok, full, refused}, msg));
        VERIFY_OK(op);
        QCOMPARE(sent(op).accepted, QStringList{ok});
        QCOMPARE(sent(op).refused.value(full).code, 452);
        QCOMPARE(sent(op).refused.value(refused).code, 550);
        QVERIFY(transcript.toText().contains(QStringLiteral("LHLO client.example")));
        QCOMPARE(delivered(server(), from, {}), msg);
        // Every accepted recipient failing after the data is a data error with the map.
        const QString full2 = uniqueLocalPart("full") + QStringLiteral("@postel.test");
        SmtpOperation *none = RUN(s.sendmail(from, {full, full2}, msg));
        QVERIFY(none->hasError());
        QCOMPARE(none->error().kind, ErrorKind::Data);
        QCOMPARE(sent(none).refused.size(), 2);
        QCOMPARE(sent(none).refused.value(full2).code, 452);
        // Still in step.
        VERIFY_OK(RUN(s.noop()));
        VERIFY_OK(RUN(s.quit()));
    }

    void untrustedCertificateFailsWithoutFallback()
    {
        SmtpSession s;
        s.setTimeout(Timeout);
        SmtpOperation *c = RUN(s.connectToHost(QStringLiteral("localhost"), server().port));
        VERIFY_OK(c);
        // System CAs only: the run's own CA is unknown to them.
        SmtpOperation *st = RUN(s.starttls());
        QVERIFY(st->hasError());
        QCOMPARE(st->error().kind, ErrorKind::Tls);
        QVERIFY(!s.isEncrypted());
        // Nothing goes on in clear text after a failed handshake.
        SmtpOperation *m = RUN(s.mail(QStringLiteral("a@example.org")));
        QVERIFY(m->hasError());
        QCOMPARE(m->error().kind, ErrorKind::ServerDisconnected);
    }

    void pinnedCertificateIsTheOnlyException()
    {
        // First attempt: untrusted (system CAs only); the certificate is shown while the
        // errors are handled, as the UI's "trust for this profile" dialog needs it.
        QSslCertificate shown;
        {
            SmtpSession s;
            s.setTimeout(Timeout);
            connect(
                &s, &SmtpSession::sslErrors, &s,
                [&](const QList<QSslError> &) { shown = s.peerCertificate(); },
                Qt::DirectConnection);
            VERIFY_OK(RUN(s.connectToHost(QStringLiteral("localhost"), server().port)));
            QCOMPARE(RUN(s.starttls())->error().kind, ErrorKind::Tls);
        }
        QVERIFY(!shown.isNull());
        QCOMPARE(shown.subjectDisplayName(), QStringLiteral("localhost"));
        // Pinned by its SHA-256: accepted, and reported as not verified.
        SmtpSession pinned;
        pinned.setTimeout(Timeout);
        pinned.setPinnedCertificate(shown.digest(QCryptographicHash::Sha256));
        VERIFY_OK(RUN(pinned.connectToHost(QStringLiteral("localhost"), server().port)));
        VERIFY_OK(RUN(pinned.starttls()));
        QVERIFY(pinned.isEncrypted());
        QVERIFY(!pinned.tlsInfo().verified);
        QVERIFY(!pinned.tlsInfo().ignoredErrors.isEmpty());
        // Another pin does not open the door.
        SmtpSession other;
        other.setTimeout(Timeout);
        other.setPinnedCertificate(QByteArray(32, '\x42'));
        VERIFY_OK(RUN(other.connectToHost(QStringLiteral("localhost"), server().port)));
        QCOMPARE(RUN(other.starttls())->error().kind, ErrorKind::Tls);
        // A caller may accept the errors from inside the slot (QNetworkReply's pattern).
        SmtpSession accepting;
        accepting.setTimeout(Timeout);
        connect(
            &accepting, &SmtpSession::sslErrors, &accepting,
            [&](const QList<QSslError> &errors) { accepting.ignoreSslErrors(errors); },
            Qt::DirectConnection);
        VERIFY_OK(RUN(accepting.connectToHost(QStringLiteral("localhost"), server().port)));
        VERIFY_OK(RUN(accepting.starttls()));
        QVERIFY(!accepting.tlsInfo().verified);
    }

    void loginWithEachMechanism()
    {
        const QStringList mechs =
            server().exim ? QStringList{QStringLiteral("CRAM-MD5"), QStringLiteral("PLAIN"),
                                        QStringLiteral("LOGIN")}
                          : QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
        for (const QString &mech : mechs) {
            for (bool initial : {true, false}) {
                SmtpSession s;
                QVERIFY(open(s));
                Transcript t;
                t.attach(&s);
                SmtpOperation *a =
                    RUN(s.auth(createMechanism(mech, m_servers.value("POSTEL_TEST_USER"),
                                               m_servers.value("POSTEL_TEST_PASSWORD")),
                               initial));
                QVERIFY2(!a->hasError(),
                         qPrintable(mech + QLatin1String(": ") + a->error().describe()));
                QCOMPARE(a->code(), 235);
                // The password never shows in the transcript.
                QVERIFY(!t.toText().contains(m_servers.value("POSTEL_TEST_PASSWORD")));
                QVERIFY(!t.toText().contains(
                    QString::fromLatin1((QByteArray("\0alice\0wonderland", 17)).toBase64())));
            }
        }
        SmtpSession s;
        QVERIFY(open(s));
        SmtpOperation *l = RUN(
            s.login(m_servers.value("POSTEL_TEST_USER"), m_servers.value("POSTEL_TEST_PASSWORD")));
        VERIFY_OK(l);
        QCOMPARE(mechanismOf(l),
                 server().exim ? QStringLiteral("CRAM-MD5") : QStringLiteral("PLAIN"));
    }

    void loginWrongPasswordIsAuthenticationError()
    {
        SmtpSession s;
        QVERIFY(open(s));
        SmtpOperation *l = RUN(s.login(QStringLiteral("alice"), QStringLiteral("wrong")));
        QVERIFY(l->hasError());
        QCOMPARE(l->error().kind, ErrorKind::Authentication);
        QCOMPARE(l->error().code, 535);
        QCOMPARE(RUN(s.noop())->code(), 250); // still usable
    }

    void cleartextPasswordRefusedUnlessAllowed()
    {
        SmtpSession s;
        QVERIFY(open(s, false));
        Transcript t;
        t.attach(&s);
        const QStringList mechs = {QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
        SmtpOperation *l = RUN(s.login(QStringLiteral("alice"), QStringLiteral("wonderland")));
        if (server().exim) {
            // Exim also offers CRAM-MD5, which does not reveal the password: login uses it.
            VERIFY_OK(l);
            QCOMPARE(mechanismOf(l), QStringLiteral("CRAM-MD5"));
        } else {
            QVERIFY(l->hasError());
            QCOMPARE(l->error().kind, ErrorKind::General);
            for (const TranscriptEntry &e : t.entries())
                QVERIFY(!(e.direction == TranscriptEntry::Client && e.bytes.startsWith("AUTH")));
        }
        SmtpSession s2;
        s2.setAllowCleartextAuth(true);
        QVERIFY(open(s2, false));
        QCOMPARE(RUN(s2.ehlo())->code(), 250);
        SmtpOperation *a = RUN(s2.auth(createMechanism(
            QStringLiteral("PLAIN"), QStringLiteral("alice"), QStringLiteral("wonderland"))));
        VERIFY_OK(a);
        QCOMPARE(a->code(), 235);
    }

    void customAuthObjectWithoutInitialResponse()
    {
        SmtpSession s;
        QVERIFY(open(s));
        int calls = 0;
        auto mech = std::make_shared<FunctionMechanism>(
            "PLAIN",
            [&calls](const std::optional<QByteArray> &challenge) -> std::optional<QByteArray> {
                ++calls;
                if (!challenge)
                    return std::nullopt; // needs a challenge first
                return QByteArray("\0alice\0wonderland", 17);
            });
        SmtpOperation *a = RUN(s.auth(mech, false));
        VERIFY_OK(a);
        QCOMPARE(a->code(), 235);
        QCOMPARE(calls, 1); // initial_response_ok=false: never called without a challenge
    }

    void sendmailReturnsRefusedMapAndDeliversExactBytes()
    {
        const Server srv = server();
        SmtpSession s;
        QVERIFY(open(s, true, true));
        const QString local = uniqueLocalPart("rcpt");
        const QString from = uniqueLocalPart("from") + QStringLiteral("@example.org");
        const QString to = local + QStringLiteral("@example.org");
        const QString refused = QStringLiteral("nobody@refused.test");
        // Lone LF and lone CR become CRLF on the wire; the rest arrives as it was.
        QByteArray msg = sampleMessage(from, to, "bare LF line\nbare CR line\r");
        SmtpOperation *op = RUN(s.sendmail(from, {to, refused}, msg));
        VERIFY_OK(op);
        QCOMPARE(sent(op).refused.size(), 1);
        QCOMPARE(sent(op).refused.value(refused).code, 550);
        QVERIFY(sent(op).refused.value(refused).text.contains("5.1.1"));
        QCOMPARE(sent(op).accepted, QStringList{to});
        QCOMPARE(sent(op).recipientReplies.size(), 2);
        QCOMPARE(sent(op).recipientReplies.value(to).code, 250);
        QCOMPARE(sent(op).recipientReplies.value(refused).code, 550);
        QByteArray expected = msg;
        expected.replace("bare LF line\nbare CR line\r", "bare LF line\r\nbare CR line\r\n");
        QCOMPARE(delivered(srv, from, local), expected);
        QCOMPARE(RUN(s.quit())->code(), 221);
        QCOMPARE(s.state(), SmtpSession::State::Disconnected);
    }

    // Issue 10: every byte on the wire is in the transcript. aiosmtpd has no CHUNKING: DATA,
    // the message data and the final "." as a command of its own, its reply timed from it.
    // Exim offers CHUNKING: each chunk is a "BDAT n" line followed by its data, the last
    // one "BDAT n LAST", and no "." at all.
    void transcriptShowsEveryCommandOnTheWire()
    {
        const Server srv = server();
        SmtpSession s;
        EntryLog log(s);
        QVERIFY(open(s, true, true));
        const QString local = uniqueLocalPart("wire");
        const QString from = uniqueLocalPart("from") + QStringLiteral("@example.org");
        const QString to = local + QStringLiteral("@example.org");
        // Big enough for two BDAT chunks (SendMailOperation::ChunkSize is 4 MiB).
        QByteArray body;
        const QByteArray line(76, 'x');
        while (body.size() < 5 * 1024 * 1024)
            body += line + "\r\n";
        const QByteArray msg = sampleMessage(from, to, body);
        SmtpOperation *op = RUN(s.sendmail(from, {to}, msg));
        VERIFY_OK(op);
        QVERIFY(sent(op).dataTerminatorSent);
        VERIFY_OK(RUN(s.quit()));
        QByteArrayList commands;
        for (const TranscriptEntry &e : log.of(TranscriptEntry::Client))
            commands.append(e.bytes);
        qint64 dataBytes = 0;
        for (const TranscriptEntry &e : log.of(TranscriptEntry::Data))
            dataBytes += e.dataBytes;
        QVERIFY(dataBytes >= msg.size());
        const QList<TranscriptEntry> &all = log.entries;
        if (!srv.exim) {
            QVERIFY2(commands.contains("DATA"), commands.join(' ').constData());
            QVERIFY2(commands.contains("."), commands.join(' ').constData());
            // ... "." comes after the data, and the 250 that follows answers it.
            qsizetype dot = -1;
            for (qsizetype i = 0; i < all.size(); ++i) {
                if (all.at(i).direction == TranscriptEntry::Client && all.at(i).bytes == ".")
                    dot = i;
            }
            QVERIFY(dot > 0);
            QCOMPARE(all.at(dot - 1).direction, TranscriptEntry::Data);
            QCOMPARE(all.at(dot).verb, QByteArray("."));
            const TranscriptEntry &after = all.at(dot + 1);
            QCOMPARE(after.direction, TranscriptEntry::Server);
            QCOMPARE(after.code, 250);
            QCOMPARE(after.verb, QByteArray("."));
            QVERIFY(after.elapsedMs >= 0);
        } else {
            QVERIFY2(!commands.contains("."), commands.join(' ').constData());
            QByteArrayList bdat;
            for (const QByteArray &c : std::as_const(commands)) {
                if (c.startsWith("BDAT "))
                    bdat.append(c);
            }
            QVERIFY2(bdat.size() >= 2, commands.join(' ').constData());
            QVERIFY(!bdat.first().endsWith(" LAST"));
            QVERIFY(bdat.last().endsWith(" LAST"));
            // Each chunk's line is followed (at once or after a reply) by its data.
            qint64 announced = 0;
            for (const QByteArray &b : std::as_const(bdat))
                announced += b.split(' ').at(1).toLongLong();
            QCOMPARE(announced, dataBytes);
        }
        // Every reply names what it answers; the greeting answers nothing.
        const QList<TranscriptEntry> replies = log.of(TranscriptEntry::Server);
        QVERIFY(replies.first().verb.isEmpty());
        for (qsizetype i = 1; i < replies.size(); ++i)
            QVERIFY2(!replies.at(i).verb.isEmpty(), replies.at(i).bytes.constData());
        QCOMPARE(delivered(srv, from, local), msg);
    }

    void sendmailAllRefusedKeepsSessionUsable()
    {
        SmtpSession s;
        QVERIFY(open(s, true, true));
        Transcript t;
        t.attach(&s);
        const QStringList to{QStringLiteral("a@refused.test"), QStringLiteral("b@refused.test")};
        SmtpOperation *op =
            RUN(s.sendmail(QStringLiteral("x@example.org"), to,
                           sampleMessage(QStringLiteral("x@example.org"), to.first())));
        QVERIFY(op->hasError());
        QCOMPARE(op->error().kind, ErrorKind::RecipientsRefused);
        QCOMPARE(op->error().recipients.size(), 2);
        QCOMPARE(op->error().recipients.value(to.at(1)).code, 550);
        QVERIFY(t.toText().contains(QStringLiteral("RSET")));
        QCOMPARE(RUN(s.noop())->code(), 250);
    }

    void senderRefusedSendsRsetAndStaysOpen()
    {
        SmtpSession s;
        QVERIFY(open(s, true, true));
        Transcript t;
        t.attach(&s);
        SmtpOperation *op = RUN(s.sendmail(
            QStringLiteral("a@@b"), {QStringLiteral("c@example.org")}, "Subject: x\r\n\r\nx\r\n"));
        QVERIFY(op->hasError());
        QCOMPARE(op->error().kind, ErrorKind::SenderRefused);
        QCOMPARE(op->error().code, server().exim ? 501 : 553);
        QCOMPARE(op->error().sender, QStringLiteral("a@@b"));
        QVERIFY(t.toText().contains(QStringLiteral("RSET")));
        QCOMPARE(RUN(s.noop())->code(), 250);
    }

    void lowLevelMailRcptDataRset()
    {
        const Server srv = server();
        SmtpSession s;
        QVERIFY(open(s, true, true));
        const QString local = uniqueLocalPart("low");
        const QString from = uniqueLocalPart("lowfrom") + QStringLiteral("@example.org");
        const QString to = local + QStringLiteral("@example.org");
        QCOMPARE(RUN(s.mail(from))->code(), 250);
        QCOMPARE(RUN(s.rset())->code(), 250);
        QCOMPARE(RUN(s.mail(from))->code(), 250);
        QCOMPARE(RUN(s.rcpt(to))->code(), 250);
        QCOMPARE(RUN(s.rcpt(QStringLiteral("x@refused.test")))->code(), 550);
        const QByteArray msg = sampleMessage(from, to);
        SmtpOperation *d = RUN(s.data(msg));
        VERIFY_OK(d);
        QCOMPARE(d->code(), 250);
        QCOMPARE(delivered(srv, from, local), msg);
    }

    void dataErrorAfterFinalDot()
    {
        SmtpSession s;
        QVERIFY(open(s, true, true));
        QByteArray msg;
        if (server().exim) {
            // Larger than Exim's limit, announced nowhere: refused after the final dot.
            QCOMPARE(RUN(s.mail(QStringLiteral("big@example.org")))->code(), 250);
            QCOMPARE(RUN(s.rcpt(QStringLiteral("big@example.org")))->code(), 250);
            QByteArray line(998, 'x');
            line += "\r\n";
            msg = "Subject: big\r\n\r\n" + line.repeated(63 * 1024);
            SmtpOperation *d = RUN(s.data(msg));
            VERIFY_OK(d); // data() returns the final reply whatever its code, as smtplib
            QCOMPARE(d->code(), 552);
            return;
        }
        // aiosmtpd refuses lines over 1000 octets after the final dot: data() sends the line
        // as it is (sendmail() refuses it before MAIL, see below) and returns that reply.
        msg = "Subject: long\r\n\r\n" + QByteArray(1200, 'y') + "\r\n";
        QCOMPARE(RUN(s.mail(QStringLiteral("d@example.org")))->code(), 250);
        QCOMPARE(RUN(s.rcpt(QStringLiteral("d@example.org")))->code(), 250);
        SmtpOperation *d = RUN(s.data(msg));
        QCOMPARE(d->code(), 500);
        QCOMPARE(RUN(s.rset())->code(), 250);
        // sendmail(): the line the wire cannot carry is refused before MAIL, and named.
        SmtpOperation *op = RUN(
            s.sendmail(QStringLiteral("d@example.org"), {QStringLiteral("d@example.org")}, msg));
        QVERIFY(op->hasError());
        QCOMPARE(op->error().kind, ErrorKind::NotSupported);
        QCOMPARE(op->error().reason, QStringLiteral("line-too-long"));
        QVERIFY(op->error().message.contains(QLatin1String("3")));
        QVERIFY(!sent(op).dataTerminatorSent);
        QCOMPARE(RUN(s.noop())->code(), 250);
    }

    void textMessageMustBeAscii()
    {
        SmtpSession s;
        QVERIFY(open(s, true, true));
        Transcript t;
        t.attach(&s);
        SmtpOperation *op =
            RUN(s.sendmailText(QStringLiteral("a@example.org"), {QStringLiteral("b@example.org")},
                               QStringLiteral("Subject: zażółć\r\n\r\ngęślą jaźń\r\n")));
        QVERIFY(op->hasError());
        QCOMPARE(op->error().kind, ErrorKind::Usage);
        QVERIFY(!t.toText().contains(QStringLiteral("MAIL FROM")));
    }

    void smtputf8Addresses()
    {
        const Server srv = server();
        SmtpSession s;
        QVERIFY(open(s, true, true));
        const QString local = QStringLiteral("łukasz") + uniqueLocalPart("");
        const QString from =
            QStringLiteral("żaneta") + uniqueLocalPart("") + QStringLiteral("@example.org");
        const QString to = local + QStringLiteral("@example.org");
        const QByteArray msg = "Subject: UTF-8\r\n\r\nZażółć gęślą jaźń\r\n";
        // Needed and offered: SMTPUTF8 is used without being asked for, and the 8-bit body
        // is declared (issue 15).
        Transcript t;
        t.attach(&s);
        SmtpOperation *op = RUN(s.sendmail(from, {to}, msg));
        VERIFY_OK(op);
        QVERIFY2(t.toText().contains(QStringLiteral(" SMTPUTF8")), qPrintable(t.toText()));
        QVERIFY2(t.toText().contains(QStringLiteral("BODY=8BITMIME")), qPrintable(t.toText()));
        QCOMPARE(delivered(srv, from, local), msg);
        if (srv.exim)
            return;
        // The aiosmtpd twin without SMTPUTF8: not supported, nothing sent.
        SmtpSession s2;
        prepare(s2);
        VERIFY_OK(RUN(
            s2.connectToHost(QStringLiteral("localhost"), m_servers.port("AIOSMTPD_NOUTF8_PORT"))));
        SmtpOperation *op2 = RUN(s2.sendmail(from, {to}, msg, {QStringLiteral("SMTPUTF8")}));
        QVERIFY(op2->hasError());
        QCOMPARE(op2->error().kind, ErrorKind::NotSupported);
    }

    void implicitTlsFromTheFirstByte()
    {
        if (server().exim)
            return; // the implicit-TLS listener is aiosmtpd's; Exim's row covers STARTTLS
        SmtpSession s;
        prepare(s);
        QSignalSpy tls(&s, &SmtpSession::tlsStarted);
        SmtpOperation *c =
            RUN(s.connectToHost(QStringLiteral("localhost"), m_servers.port("AIOSMTPD_TLS_PORT"),
                                SmtpSession::Security::ImplicitTls));
        VERIFY_OK(c);
        QCOMPARE(c->code(), 220);
        QCOMPARE(tls.size(), 1);
        QVERIFY(s.isEncrypted());
        VERIFY_OK(RUN(s.login(QStringLiteral("alice"), QStringLiteral("wonderland"))));
    }

    void connectErrorAndQuit()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        SmtpSession s;
        s.setTimeout(Timeout);
        SmtpOperation *c = RUN(s.connectToHost(QStringLiteral("127.0.0.1"), port));
        QVERIFY(c->hasError());
        QCOMPARE(c->error().kind, ErrorKind::Connect);

        SmtpSession q;
        QVERIFY(open(q, false));
        SmtpOperation *quit = RUN(q.quit());
        VERIFY_OK(quit);
        QCOMPARE(quit->code(), 221);
        QVERIFY(!q.isConnected());
        SmtpOperation *after = RUN(q.noop());
        QCOMPARE(after->error().kind, ErrorKind::ServerDisconnected);
    }

    void requireTlsRefusesClearText()
    {
        SmtpSession s;
        s.setRequireTls(true);
        QVERIFY(open(s, false));
        Transcript t;
        t.attach(&s);
        SmtpOperation *op =
            RUN(s.sendmail(QStringLiteral("a@example.org"), {QStringLiteral("b@example.org")},
                           "Subject: x\r\n\r\nx\r\n"));
        QVERIFY(op->hasError());
        QCOMPARE(op->error().kind, ErrorKind::Tls);
        QVERIFY(!t.toText().contains(QStringLiteral("MAIL FROM")));
        SmtpOperation *l = RUN(s.login(QStringLiteral("alice"), QStringLiteral("wonderland")));
        QCOMPARE(l->error().kind, ErrorKind::Tls);
    }
};

QTEST_GUILESS_MAIN(TestRealServers)
#include "tst_realservers.moc"
