#include "MxSurvey.h"

namespace postel {

MxSurvey::MxSurvey(QObject *parent) : QObject(parent)
{
    connect(&m_lookup, &MxLookup::finished, this, [this] {
        if (!m_running)
            return;
        Q_EMIT lookedUp();
        probeNext();
    });
    connect(&m_probe, &MxProbe::finished, this, [this] {
        m_results.append(m_probe.result());
        Q_EMIT hostFinished(m_results.last());
        probeNext();
    });
}

void MxSurvey::start(const QString &domain, quint16 port)
{
    if (m_running)
        return;
    m_running = true;
    m_aborted = false;
    m_port = port;
    m_results.clear();
    m_lookup.lookup(domain);
}

void MxSurvey::abort()
{
    if (!m_running)
        return;
    m_aborted = true;
    if (m_probe.isRunning())
        return m_probe.abort(); // its finished() ends the survey
    m_lookup.abort();
    m_running = false;
    Q_EMIT finished();
}

void MxSurvey::probeNext()
{
    if (!m_running)
        return;
    const QList<MxHost> &hosts = m_lookup.hosts();
    if (m_aborted || m_lookup.status() != MxLookup::Status::Found ||
        m_results.size() >= hosts.size()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    const MxHost &host = hosts.at(m_results.size());
    Q_EMIT hostStarted(host);
    m_probe.start(host, m_port);
}

int MxSurvey::greetedCount() const
{
    int n = 0;
    for (const MxProbeResult &r : m_results)
        n += r.greeted() ? 1 : 0;
    return n;
}

} // namespace postel
