#pragma once

#include "sandbox/SandboxError.h"
#include "sandbox/SandboxHost.h"

#include <QObject>

namespace postel {

class PasswordStore;
class ProfileStore;
class SendController;
class SmtpSession;
class Transcript;

// The long-lived objects of one Postel: made by the composition root (app/gui/main.cpp) and
// handed to the window, which uses them and owns none of them. The UI tests make them the
// same way, so that they test the window main() shows.
class Services : public QObject
{
    Q_OBJECT
public:
    // Starts the built-in sandbox too, unless the setting "sandbox/autostart" is false.
    explicit Services(QObject *parent = nullptr);
    ~Services() override;

    ProfileStore *profiles() const { return m_profiles; }
    PasswordStore *passwords() const { return m_passwords; }
    SmtpSession *session() const { return m_session; }
    Transcript *transcript() const { return m_transcript; }
    SendController *controller() const { return m_controller; }

    // The built-in sandbox (null until started) and what became of its port.
    SandboxHost *sandbox() const { return m_sandbox; }
    const SandboxError &sandboxStarted() const { return m_sandboxStarted; }
    // The port the sandbox was asked to listen on (it may listen on another: see above).
    quint16 sandboxRequestedPort() const { return m_requestedPort; }
    // The port in the setting "sandbox/port" (2525), mail to *@refused.test refused.
    static SandboxHost::Options sandboxOptions();
    // The Sandbox profile follows the port it really listens on. Does nothing once started.
    void startSandbox(const SandboxHost::Options &options = sandboxOptions());

private:
    ProfileStore *m_profiles;
    PasswordStore *m_passwords;
    SmtpSession *m_session;
    Transcript *m_transcript;
    SendController *m_controller;
    SandboxHost *m_sandbox = nullptr;
    SandboxError m_sandboxStarted;
    quint16 m_requestedPort = 0;
};

} // namespace postel
