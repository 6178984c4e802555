#pragma once

#include "sandbox/SandboxBehaviour.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace postel {

class SandboxServer;

// "Play a fault: …": makes the built-in sandbox play one of the failure doctor's findings
// (core/sandbox/SandboxScenario), so that it can be seen in the composer's send, the
// transcript and the diagnosis. "None" gives the sandbox back the behaviour it had when the
// picker was made. A fault applies to the connections that start after it is chosen.
class SandboxFaultPicker : public QWidget
{
    Q_OBJECT
public:
    explicit SandboxFaultPicker(SandboxServer *server, QWidget *parent = nullptr);

    QComboBox *combo() const { return m_combo; }
    // The scenario being played ("" for none).
    QString scenario() const;
    void play(const QString &id);

Q_SIGNALS:
    void scenarioChanged(const QString &id);

private:
    void apply();

    SandboxServer *m_server;
    SandboxBehaviour m_normal;
    QComboBox *m_combo;
    QLabel *m_about;
};

} // namespace postel
