#pragma once

#include "MxLookup.h"
#include "MxProbe.h"

#include <QList>
#include <QObject>

namespace postel {

// A domain's mail hosts, each tested in preference order: the MX lookup, then one probe
// per host (postel-cli --mx; the GUI's "Recipient's mail server" test).
class MxSurvey : public QObject
{
    Q_OBJECT
public:
    explicit MxSurvey(QObject *parent = nullptr);

    MxLookup *lookup() { return &m_lookup; }
    const MxLookup *lookup() const { return &m_lookup; }
    // The probe's session is the one every host is tested on: configure it (timeout, TLS
    // trust, EHLO name) and attach a transcript before start().
    SmtpSession *session() { return m_probe.session(); }

    void start(const QString &domain, quint16 port = 25);
    void abort();
    bool isRunning() const { return m_running; }

    const QList<MxProbeResult> &results() const { return m_results; }
    // How many hosts greeted with 220.
    int greetedCount() const;

Q_SIGNALS:
    void lookedUp();
    void hostStarted(const postel::MxHost &host);
    void hostFinished(const postel::MxProbeResult &result);
    void finished();

private:
    void probeNext();

    MxLookup m_lookup;
    MxProbe m_probe;
    quint16 m_port = 25;
    QList<MxProbeResult> m_results;
    bool m_running = false;
    bool m_aborted = false;
};

} // namespace postel
