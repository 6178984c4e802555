#pragma once

#include "SandboxBehaviour.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace postel {

// A fault the sandbox plays on purpose, named after the finding of the failure doctor
// (core/diagnosis's vocabulary) that a client meeting it should get: so that every finding
// can be reproduced in the GUI ("Play a fault") and by postel-sandbox --fault ID, and
// tested. The replies are the words real servers send (Gmail, Microsoft 365, Postfix,
// Spamhaus, milter-greylist, RFC 4954), as tests/data/diagnosis/*.script quote them.
//
//     SandboxBehaviour b = server.behaviour();
//     SandboxScenario::find(QStringLiteral("recipient-unknown"))->apply(b);
//     server.setBehaviour(b);
struct SandboxScenario
{
    Q_DECLARE_TR_FUNCTIONS(postel::SandboxScenario)

public:
    // What a client has to do to meet the fault (the sandbox cannot make a client do it).
    struct Client
    {
        enum class Security
        {
            None,       // no encryption (also: plain text to a port that wants TLS)
            StartTls,   // STARTTLS, as the Sandbox profile does
            ImplicitTls // TLS from the first byte
        };
        Security security = Security::StartTls;
        bool login = false; // log in (any name and password: the fault answers)
        QString mechanism;  // the AUTH mechanism to ask for; empty: the best offered
        bool send = true;   // send a message (otherwise: connect, or connect and log in)
        bool nonAsciiRecipient = false;
        // The finding needs the probes (postel-cli --diagnose, the GUI's "Diagnose").
        bool probe = false;
    };

    QString id; // the finding id, from core/diagnosis/Vocabulary
    Client client;

    // A short name for people, translated ("Recipient unknown").
    QString name() const;
    // Whose words or what the server does, translated ("Gmail's 550-5.1.1 to RCPT").
    QString description() const;
    // What to do in the client to meet it, translated ("Send a message").
    QString clientHint() const;
    // Changes `behaviour` so that the sandbox plays this fault (on top of what it was).
    void apply(SandboxBehaviour &behaviour) const;

    // Every scenario, in the vocabulary's order.
    static const QList<SandboxScenario> &all();
    static std::optional<SandboxScenario> find(const QString &id);

    // A finding the sandbox cannot play, and why (translated).
    struct NotPlayable
    {
        QString id;
        QString reason;
    };
    static QList<NotPlayable> notPlayable();
};

} // namespace postel
