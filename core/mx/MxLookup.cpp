#include "MxLookup.h"

#include <QDnsLookup>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace postel {

MxLookup::MxLookup(QObject *parent) : QObject(parent) {}

QString MxLookup::domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return {};
    QString domain = address.mid(at + 1).trimmed();
    if (domain.endsWith(QLatin1Char('>')))
        domain.chop(1);
    return domain;
}

QDnsLookup *MxLookup::startLookup(int type, const QString &name)
{
    auto *dns = new QDnsLookup(QDnsLookup::Type(type), name, this);
    if (!m_nameserver.isNull())
        dns->setNameserver(m_nameserver);
    ++m_pending;
    dns->lookup();
    return dns;
}

void MxLookup::lookup(const QString &domain)
{
    abort();
    m_status = Status::Pending;
    m_hosts.clear();
    m_v6.clear();
    m_error.clear();
    m_domainMissing = false;
    m_askIfServerAnswers = false;
    m_serverSilent = false;
    m_silenceError.clear();
    m_domain = domain.trimmed();
    if (m_domain.endsWith(QLatin1Char('.')))
        m_domain.chop(1);
    // The ASCII form checks the labels (and is what DNS sees for a Unicode domain).
    const QByteArray ace = QUrl::toAce(m_domain, QUrl::AceProcessingOption::IgnoreIDNWhitelist);
    const bool literal = m_domain.startsWith(QLatin1Char('['));
    bool valid = !literal && !ace.isEmpty() && ace.size() <= 253;
    for (const QByteArray &label : ace.split('.')) {
        if (label.isEmpty() || label.size() > 63)
            valid = false;
    }
    if (!valid) {
        const QString error =
            literal ? tr("%1 is an address, not a domain: there is no MX to look up.").arg(m_domain)
                    : tr("“%1” is not a domain name.").arg(m_domain);
        const quint64 generation = m_generation;
        QTimer::singleShot(0, this, [this, generation, error] {
            if (generation == m_generation)
                finish(Status::InvalidDomain, error);
        });
        return;
    }
    const quint64 generation = m_generation;
    QDnsLookup *dns = startLookup(QDnsLookup::MX, m_domain);
    connect(dns, &QDnsLookup::finished, this, [this, dns, generation] {
        dns->deleteLater();
        if (generation != m_generation)
            return;
        --m_pending;
        onMx(dns);
    });
}

void MxLookup::abort()
{
    ++m_generation;
    m_pending = 0;
    for (QDnsLookup *dns : findChildren<QDnsLookup *>(Qt::FindDirectChildrenOnly)) {
        dns->abort();
        dns->deleteLater();
    }
}

void MxLookup::onMx(QDnsLookup *dns)
{
    switch (dns->error()) {
    case QDnsLookup::NoError:
        break;
    case QDnsLookup::NotFoundError:
        return finish(Status::NoSuchDomain,
                      tr("The domain %1 does not exist (the DNS says NXDOMAIN).").arg(m_domain));
    case QDnsLookup::InvalidReplyError:
        // Qt 6.4 reports an answer without records (NODATA: the name exists, it has no MX)
        // as an invalid reply, because res_nquery() returns -1 for it; but it says the same
        // when no answer came at all. A domain without MX is common (RFC 5321 section
        // 5.1), so this is read as "no MX records", and whether the server answers at all
        // is asked apart (lookUpAddresses()).
        m_askIfServerAnswers = true;
        break;
    default:
        return finish(Status::DnsFailure, tr("The DNS lookup of the MX records of %1 failed: %2")
                                              .arg(m_domain, dns->errorString()));
    }
    const QList<QDnsMailExchangeRecord> records = dns->error() == QDnsLookup::NoError
                                                      ? dns->mailExchangeRecords()
                                                      : QList<QDnsMailExchangeRecord>();
    if (records.isEmpty()) {
        MxHost self;
        self.name = m_domain;
        self.implicit = true;
        m_hosts.append(self);
    }
    bool nullMx = false;
    for (const QDnsMailExchangeRecord &r : records) {
        QString name = r.exchange();
        if (name.endsWith(QLatin1Char('.')))
            name.chop(1);
        // RFC 7505: "0 ." is the null MX. A domain must not publish it beside other MX
        // records; if one does, the real hosts are still the ones to try.
        if (name.isEmpty()) {
            nullMx = true;
            continue;
        }
        MxHost host;
        host.name = name;
        host.preference = r.preference();
        m_hosts.append(host);
    }
    if (nullMx && m_hosts.isEmpty())
        return finish(
            Status::NullMx,
            tr("%1 publishes a null MX (RFC 7505): the domain accepts no mail.").arg(m_domain));
    // Equal preferences keep the order the DNS gave (RFC 5321 would shuffle them; a
    // diagnosis is easier to compare when it does not).
    std::stable_sort(m_hosts.begin(), m_hosts.end(),
                     [](const MxHost &a, const MxHost &b) { return a.preference < b.preference; });
    lookUpAddresses();
}

void MxLookup::lookUpAddresses()
{
    m_v6.resize(m_hosts.size());
    const quint64 generation = m_generation;
    if (m_askIfServerAnswers) {
        // A name that cannot exist (RFC 6761): any server that answers says NXDOMAIN or
        // refuses; only silence comes back as Qt 6.4's "invalid reply" (or a resolver
        // error).
        QDnsLookup *dns = startLookup(QDnsLookup::A, QStringLiteral("postel-dns-check.invalid"));
        connect(dns, &QDnsLookup::finished, this, [this, dns, generation] {
            dns->deleteLater();
            if (generation != m_generation)
                return;
            --m_pending;
            m_serverSilent = dns->error() == QDnsLookup::InvalidReplyError ||
                             dns->error() == QDnsLookup::ResolverError;
            m_silenceError = dns->errorString();
            if (m_pending == 0)
                addressesDone();
        });
    }
    for (qsizetype i = 0; i < m_hosts.size(); ++i) {
        for (const bool v6 : {false, true}) {
            QDnsLookup *dns =
                startLookup(v6 ? QDnsLookup::AAAA : QDnsLookup::A, m_hosts.at(i).name);
            connect(dns, &QDnsLookup::finished, this, [this, dns, generation, i, v6] {
                dns->deleteLater();
                if (generation != m_generation)
                    return;
                --m_pending;
                onAddresses(dns, i, v6);
            });
        }
    }
}

void MxLookup::onAddresses(QDnsLookup *dns, qsizetype index, bool v6)
{
    MxHost &host = m_hosts[index];
    QList<QHostAddress> &into = v6 ? m_v6[index] : host.addresses;
    for (const QDnsHostAddressRecord &r : dns->hostAddressRecords()) {
        if (!into.contains(r.value()))
            into.append(r.value());
    }
    const QDnsLookup::Error error = dns->error();
    if (error == QDnsLookup::NotFoundError && host.implicit)
        m_domainMissing = true;
    if (error == QDnsLookup::NotFoundError && host.addressError.isEmpty())
        host.addressError = tr("%1 does not exist (NXDOMAIN).").arg(host.name);
    else if (error != QDnsLookup::NoError && error != QDnsLookup::NotFoundError &&
             error != QDnsLookup::InvalidReplyError) // see onMx(): "no records" in Qt 6.4
        host.addressError =
            tr("The DNS lookup of %1 failed: %2").arg(host.name, dns->errorString());
    if (m_pending == 0)
        addressesDone();
}

void MxLookup::addressesDone()
{
    bool anyAddress = false;
    for (qsizetype i = 0; i < m_hosts.size(); ++i) {
        MxHost &h = m_hosts[i];
        h.addresses += m_v6.at(i);
        if (h.addresses.isEmpty() && h.addressError.isEmpty())
            h.addressError = tr("%1 has no address (no A or AAAA record).").arg(h.name);
        if (!h.addresses.isEmpty())
            h.addressError.clear();
        anyAddress = anyAddress || !h.addresses.isEmpty();
    }
    m_v6.clear();
    if (m_hosts.size() == 1 && m_hosts.first().implicit && !anyAddress) {
        m_hosts.clear();
        if (m_serverSilent)
            return finish(Status::DnsFailure,
                          m_nameserver.isNull()
                              ? tr("The DNS lookup of %1 failed: no DNS server answered (%2).")
                                    .arg(m_domain, m_silenceError)
                              : tr("The DNS lookup of %1 failed: the DNS server %2 did not "
                                   "answer (%3).")
                                    .arg(m_domain, m_nameserver.toString(), m_silenceError));
        if (m_domainMissing)
            return finish(
                Status::NoSuchDomain,
                tr("The domain %1 does not exist (the DNS says NXDOMAIN).").arg(m_domain));
        return finish(
            Status::NoMailHost,
            tr("%1 has no MX record and no address: no host takes mail for it.").arg(m_domain));
    }
    finish(Status::Found);
}

void MxLookup::finish(Status status, const QString &error)
{
    m_status = status;
    m_error = error;
    Q_EMIT finished();
}

} // namespace postel
