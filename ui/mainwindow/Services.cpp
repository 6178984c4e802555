#include "Services.h"

#include "common/SendController.h"
#include "profiles/PasswordStore.h"
#include "profiles/ProfileStore.h"
#include "transcript/Transcript.h"

#include <QSettings>

namespace postel {

Services::Services(QObject *parent)
    : QObject(parent), m_profiles(new ProfileStore(this)), m_passwords(new PasswordStore(this)),
      m_session(new SmtpSession(this)), m_transcript(new Transcript(this)),
      m_controller(new SendController(m_session, this))
{
    m_transcript->setMaxEntries(1000); // the panel's model keeps the whole record
    m_transcript->attach(m_session);
    // A refresh token the provider rotated goes back to the keychain.
    connect(m_controller, &SendController::refreshTokenChanged, m_passwords, &PasswordStore::write);
    if (QSettings().value(QStringLiteral("sandbox/autostart"), true).toBool())
        startSandbox();
}

Services::~Services() = default;

SandboxHost::Options Services::sandboxOptions()
{
    // The first-run profile points here, so that Postel can send at once; mail stays on
    // this computer (AppDataLocation/sandbox).
    SandboxHost::Options options = SandboxHost::defaultOptions();
    options.port = quint16(
        QSettings().value(QStringLiteral("sandbox/port"), ProfileStore::SandboxPort).toUInt());
    // Where it listened the last time that port was taken: the same again when it is free.
    options.fallbackPort =
        quint16(QSettings().value(QStringLiteral("sandbox/fallbackPort")).toUInt());
    options.behaviour.refuseRecipients.append(
        {QStringLiteral("*@refused.test"), SandboxBehaviour::defaultRecipientRefusal()});
    return options;
}

void Services::startSandbox(const SandboxHost::Options &options)
{
    if (m_sandbox)
        return;
    m_sandbox = new SandboxHost(options, this);
    m_sandboxStarted = m_sandbox->start();
    m_requestedPort = options.port;
    if (m_sandboxStarted.kind == SandboxError::Kind::PortTaken)
        QSettings().setValue(QStringLiteral("sandbox/fallbackPort"), m_sandbox->port());
    // The Sandbox profile follows the port the sandbox really listens on: when another
    // program has the usual one, the profile must not talk to it.
    ServerProfile sandboxProfile = m_profiles->profile(QStringLiteral("sandbox"));
    if (m_sandbox->isListening() && sandboxProfile.isValid() &&
        sandboxProfile.port != m_sandbox->port()) {
        sandboxProfile.port = m_sandbox->port();
        m_profiles->save(sandboxProfile);
    }
}

} // namespace postel
