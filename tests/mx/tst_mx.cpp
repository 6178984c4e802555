// core/mx against a real DNS server (dnsmasq, the loopbackdns fixture) whose MX records
// point at the real SMTP servers (aiosmtpd and Exim, the realservers fixture). The zone
// is described in tests/servers/start-dns.sh.

#include "RealServers.h"
#include "mx/MxLookup.h"
#include "mx/MxProbe.h"
#include "mx/MxSurvey.h"

#include <QSignalSpy>
#include <QtTest>

using namespace postel;
using namespace postel::test;

class TestMx : public QObject
{
    Q_OBJECT
private:
    RealServers m_servers;
    QHostAddress m_dns;

    // Resolves `domain` on the test DNS server and waits for the answer.
    void resolve(MxLookup &lookup, const QString &domain)
    {
        lookup.setNameserver(m_dns);
        QSignalSpy done(&lookup, &MxLookup::finished);
        lookup.lookup(domain);
        QVERIFY2(done.wait(20000), qPrintable(domain));
        QCOMPARE(done.size(), 1);
    }
    MxProbeResult probe(const MxHost &host, quint16 port)
    {
        MxProbe p;
        p.session()->setTimeout(10000);
        p.session()->setTlsConfiguration(m_servers.tlsConfig());
        QSignalSpy done(&p, &MxProbe::finished);
        p.start(host, port);
        if (!done.wait(30000))
            return MxProbeResult();
        return p.result();
    }
    static QStringList names(const QList<MxHost> &hosts)
    {
        QStringList out;
        for (const MxHost &h : hosts)
            out << h.name;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_servers = RealServers::load();
        QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
        const QString dns = qEnvironmentVariable("POSTEL_TEST_DNS");
        QVERIFY2(!dns.isEmpty(), "POSTEL_TEST_DNS is not set: run through ctest, whose "
                                 "loopbackdns fixture starts dnsmasq");
        QVERIFY(m_dns.setAddress(dns));
    }

    void oneMx()
    {
        MxLookup lookup;
        resolve(lookup, QStringLiteral("postel.test"));
        QCOMPARE(lookup.status(), MxLookup::Status::Found);
        QVERIFY(lookup.errorString().isEmpty());
        QCOMPARE(lookup.hosts().size(), 1);
        const MxHost &h = lookup.hosts().first();
        QCOMPARE(h.name, QStringLiteral("mx.postel.test"));
        QCOMPARE(h.preference, quint16(10));
        QVERIFY(!h.implicit);
        // A first, then AAAA.
        QCOMPARE(h.addresses, (QList<QHostAddress>{QHostAddress(QStringLiteral("127.0.0.1")),
                                                   QHostAddress(QStringLiteral("::1"))}));
    }

    void preferenceOrder()
    {
        // The zone lists them 30, 10, 20.
        MxLookup lookup;
        resolve(lookup, QStringLiteral("multi.test."));
        QCOMPARE(lookup.status(), MxLookup::Status::Found);
        QCOMPARE(lookup.domain(), QStringLiteral("multi.test"));
        QCOMPARE(names(lookup.hosts()),
                 (QStringList{QStringLiteral("down.multi.test"), QStringLiteral("mx.postel.test"),
                              QStringLiteral("other.multi.test")}));
        QCOMPARE(lookup.hosts().at(0).preference, quint16(10));
        QCOMPARE(lookup.hosts().at(1).preference, quint16(20));
        QCOMPARE(lookup.hosts().at(2).preference, quint16(30));
        QCOMPARE(lookup.hosts().at(0).addresses,
                 QList<QHostAddress>{QHostAddress(QStringLiteral("127.0.0.2"))});
    }

    void implicitMx()
    {
        MxLookup lookup;
        resolve(lookup, QStringLiteral("implicit.test"));
        QCOMPARE(lookup.status(), MxLookup::Status::Found);
        QCOMPARE(lookup.hosts().size(), 1);
        QVERIFY(lookup.hosts().first().implicit);
        QCOMPARE(lookup.hosts().first().name, QStringLiteral("implicit.test"));
        QCOMPARE(lookup.hosts().first().addresses,
                 QList<QHostAddress>{QHostAddress(QStringLiteral("127.0.0.1"))});
    }

    void nullMxWinsOverAddress()
    {
        MxLookup lookup;
        resolve(lookup, QStringLiteral("nullmx.test"));
        QCOMPARE(lookup.status(), MxLookup::Status::NullMx);
        QVERIFY(lookup.hosts().isEmpty());
        QVERIFY2(lookup.errorString().contains(QLatin1String("RFC 7505")),
                 qPrintable(lookup.errorString()));
    }

    void noMxNoAddress()
    {
        MxLookup lookup;
        resolve(lookup, QStringLiteral("nomail.test"));
        QCOMPARE(lookup.status(), MxLookup::Status::NoMailHost);
        QVERIFY(lookup.hosts().isEmpty());
        QVERIFY(!lookup.errorString().isEmpty());
    }

    void noSuchDomain()
    {
        MxLookup lookup;
        resolve(lookup, QStringLiteral("nosuch.test"));
        QCOMPARE(lookup.status(), MxLookup::Status::NoSuchDomain);
        QVERIFY2(lookup.errorString().contains(QLatin1String("NXDOMAIN")),
                 qPrintable(lookup.errorString()));
    }

    void mxWithoutAddress()
    {
        MxLookup lookup;
        resolve(lookup, QStringLiteral("noaddr.test"));
        QCOMPARE(lookup.status(), MxLookup::Status::Found);
        QCOMPARE(lookup.hosts().size(), 1);
        QVERIFY(lookup.hosts().first().addresses.isEmpty());
        QVERIFY2(lookup.hosts().first().addressError.contains(QLatin1String("ghost.noaddr.test")),
                 qPrintable(lookup.hosts().first().addressError));
    }

    void silentDnsServer()
    {
        // The same loopback network, port 53 of an address where nothing listens: Qt 6.4
        // calls that an "invalid reply", as it does an answer without records.
        QHostAddress silent(m_dns.toIPv4Address() + 1);
        MxLookup lookup;
        lookup.setNameserver(silent);
        QSignalSpy done(&lookup, &MxLookup::finished);
        lookup.lookup(QStringLiteral("postel.test"));
        QVERIFY(done.wait(60000));
        QCOMPARE(lookup.status(), MxLookup::Status::DnsFailure);
        QVERIFY2(lookup.errorString().contains(silent.toString()),
                 qPrintable(lookup.errorString()));
    }

    void notADomain_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::newRow("empty") << QString();
        QTest::newRow("address literal") << QStringLiteral("[192.0.2.1]");
        QTest::newRow("empty label") << QStringLiteral("a..test");
        QTest::newRow("long label") << QString(64, QLatin1Char('a')) + QStringLiteral(".test");
    }
    void notADomain()
    {
        QFETCH(QString, domain);
        MxLookup lookup;
        resolve(lookup, domain);
        QCOMPARE(lookup.status(), MxLookup::Status::InvalidDomain);
        QVERIFY(!lookup.errorString().isEmpty());
    }

    void domainOf()
    {
        QCOMPARE(MxLookup::domainOf(QStringLiteral("bob@postel.test")),
                 QStringLiteral("postel.test"));
        QCOMPARE(MxLookup::domainOf(QStringLiteral("<a@b@x.test>")), QStringLiteral("x.test"));
        QCOMPARE(MxLookup::domainOf(QStringLiteral("nobody")), QString());
    }

    // --- the probe on the real servers ------------------------------------------------

    void probeAiosmtpd()
    {
        MxLookup lookup;
        resolve(lookup, QStringLiteral("postel.test"));
        const MxProbeResult r = probe(lookup.hosts().first(), m_servers.port("AIOSMTPD_PORT"));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.describe()));
        QVERIFY(r.greeted());
        QCOMPARE(r.address, QHostAddress(QStringLiteral("127.0.0.1")));
        QVERIFY(r.startTlsOffered);
        QVERIFY(r.tls.protocol.startsWith(QLatin1String("TLSv1.")));
        // Verified against mx.postel.test, the MX host's name, not against 127.0.0.1.
        QVERIFY(r.tls.verified);
        QVERIFY(r.tlsErrors.isEmpty());
        QVERIFY(r.capabilities.smtpUtf8());
        QVERIFY(!r.capabilities.startTls()); // the EHLO after TLS
    }

    void probeExim()
    {
        MxLookup lookup;
        resolve(lookup, QStringLiteral("postel.test"));
        const MxProbeResult r = probe(lookup.hosts().first(), m_servers.port("EXIM_PORT"));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.describe()));
        QVERIFY(r.greeting.text().startsWith("exim.test ESMTP Exim"));
        QVERIFY(r.tls.verified);
        QVERIFY(r.capabilities.dsn());
        QVERIFY(r.capabilities.chunking());
    }

    void probeNameNotInCertificate()
    {
        MxHost host;
        host.name = QStringLiteral("other.multi.test");
        host.addresses = {QHostAddress(QStringLiteral("127.0.0.1"))};
        const MxProbeResult r = probe(host, m_servers.port("EXIM_PORT"));
        QVERIFY(r.greeted());
        QVERIFY(r.startTlsOffered);
        QCOMPARE(r.error.kind, ErrorKind::Tls);
        QVERIFY(r.tls.protocol.isEmpty());
        QVERIFY(!r.tlsErrors.isEmpty());
        QCOMPARE(r.rejectedCertificate.subjectInfo(QSslCertificate::CommonName),
                 QStringList{QStringLiteral("localhost")});
        QVERIFY(r.capabilities.startTls()); // what it offered before the handshake
    }

    void probeNextAddress()
    {
        // Nothing listens on 127.0.0.2: the next address is tried, as a sending server would.
        MxHost host;
        host.name = QStringLiteral("mx.postel.test");
        host.addresses = {QHostAddress(QStringLiteral("127.0.0.2")),
                          QHostAddress(QStringLiteral("127.0.0.1"))};
        const MxProbeResult r = probe(host, m_servers.port("AIOSMTPD_PORT"));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.describe()));
        QCOMPARE(r.address, QHostAddress(QStringLiteral("127.0.0.1")));
        QVERIFY(r.greeted());
    }

    void probeUnreachable()
    {
        MxHost host;
        host.name = QStringLiteral("down.multi.test");
        host.addresses = {QHostAddress(QStringLiteral("127.0.0.2"))};
        const MxProbeResult r = probe(host, m_servers.port("AIOSMTPD_PORT"));
        QCOMPARE(r.error.kind, ErrorKind::Connect);
        QVERIFY(!r.greeting.isValid());
        QVERIFY(!r.greeted());
    }

    void probeWithoutAddress()
    {
        MxHost host;
        host.name = QStringLiteral("ghost.test");
        host.addressError = QStringLiteral("no address for ghost.test");
        const MxProbeResult r = probe(host, 25);
        QCOMPARE(r.error.kind, ErrorKind::Connect);
        QCOMPARE(r.error.message, host.addressError);
    }

    void surveyInPreferenceOrder()
    {
        MxSurvey survey;
        survey.lookup()->setNameserver(m_dns);
        survey.session()->setTimeout(10000);
        survey.session()->setTlsConfiguration(m_servers.tlsConfig());
        QSignalSpy started(&survey, &MxSurvey::hostStarted);
        QSignalSpy done(&survey, &MxSurvey::finished);
        survey.start(QStringLiteral("multi.test"), m_servers.port("AIOSMTPD_PORT"));
        QVERIFY(done.wait(60000));
        QCOMPARE(started.size(), 3);
        const QList<MxProbeResult> &r = survey.results();
        QCOMPARE(r.size(), 3);
        QCOMPARE(r.at(0).host.name, QStringLiteral("down.multi.test"));
        QCOMPARE(r.at(0).error.kind, ErrorKind::Connect);
        QCOMPARE(r.at(1).host.name, QStringLiteral("mx.postel.test"));
        QVERIFY(r.at(1).tls.verified);
        QCOMPARE(r.at(2).host.name, QStringLiteral("other.multi.test"));
        QCOMPARE(r.at(2).error.kind, ErrorKind::Tls);
        QCOMPARE(survey.greetedCount(), 2);
        QVERIFY(!survey.isRunning());
    }

    void surveyOfNullMxTestsNothing()
    {
        MxSurvey survey;
        survey.lookup()->setNameserver(m_dns);
        QSignalSpy started(&survey, &MxSurvey::hostStarted);
        QSignalSpy done(&survey, &MxSurvey::finished);
        survey.start(QStringLiteral("nullmx.test"), m_servers.port("AIOSMTPD_PORT"));
        QVERIFY(done.wait(20000));
        QCOMPARE(started.size(), 0);
        QCOMPARE(survey.lookup()->status(), MxLookup::Status::NullMx);
        QCOMPARE(survey.greetedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMx)
#include "tst_mx.moc"
