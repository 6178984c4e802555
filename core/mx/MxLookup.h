#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

class QDnsLookup;

namespace postel {

// One host that takes mail for a domain, as DNS names it.
struct MxHost
{
    QString name;                  // without the trailing dot
    quint16 preference = 0;        // lower is tried first
    bool implicit = false;         // no MX: the domain itself (RFC 5321 section 5.1)
    QList<QHostAddress> addresses; // A records first, then AAAA
    QString addressError;          // why no address was found, when none was
};

// Where mail for a domain goes: its MX records in preference order, each with its
// addresses (A, then AAAA); the domain itself when it has no MX but an address (the
// implicit MX of RFC 5321 section 5.1); nothing when it publishes a null MX (RFC 7505)
// or does not exist. Asks the system's resolver, or one DNS server given by address
// (QDnsLookup: always on port 53).
class MxLookup : public QObject
{
    Q_OBJECT
public:
    enum class Status
    {
        Pending,
        InvalidDomain, // not a domain name (empty, an address literal, bad labels)
        Found,         // hosts() lists at least one host
        NullMx,        // "0 ." : the domain says it takes no mail
        NoMailHost,    // no MX and no address
        NoSuchDomain,  // NXDOMAIN
        DnsFailure     // the DNS server failed, refused or did not answer
    };
    Q_ENUM(Status)

    explicit MxLookup(QObject *parent = nullptr);

    // Empty (null) address: the system's resolver.
    void setNameserver(const QHostAddress &address) { m_nameserver = address; }
    QHostAddress nameserver() const { return m_nameserver; }

    // Starts resolving; finished() follows (also for a domain that is not valid).
    void lookup(const QString &domain);
    void abort();

    QString domain() const { return m_domain; }
    Status status() const { return m_status; }
    const QList<MxHost> &hosts() const { return m_hosts; }
    // Says what went wrong in words (empty when Found).
    QString errorString() const { return m_error; }

    // The domain of an address ("bob@example.org" → "example.org"; an address literal
    // "[192.0.2.1]" is returned as it is); empty when there is none.
    static QString domainOf(const QString &address);

Q_SIGNALS:
    void finished();

private:
    void onMx(QDnsLookup *dns);
    void lookUpAddresses();
    void onAddresses(QDnsLookup *dns, qsizetype host, bool v6);
    void addressesDone();
    void finish(Status status, const QString &error = {});
    QDnsLookup *startLookup(int type, const QString &name);

    QHostAddress m_nameserver;
    QString m_domain;
    Status m_status = Status::Pending;
    QList<MxHost> m_hosts;
    QList<QList<QHostAddress>> m_v6; // per host, merged behind the A records at the end
    QString m_error;
    bool m_domainMissing = false; // the implicit MX's own lookups said NXDOMAIN
    bool m_askIfServerAnswers = false;
    bool m_serverSilent = false;
    QString m_silenceError;
    int m_pending = 0;
    quint64 m_generation = 0;
};

} // namespace postel
