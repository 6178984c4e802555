#pragma once

#include <QLoggingCategory>

// One logging category per core area. Off by default except warnings; turn them on with
// QT_LOGGING_RULES, e.g. QT_LOGGING_RULES="postel.smtp.debug=true;postel.tls.debug=true".
// Nothing logged here ever carries a credential: log what the transcript shows, masked.
Q_DECLARE_LOGGING_CATEGORY(lcSmtp)    // postel.smtp: session, commands, replies
Q_DECLARE_LOGGING_CATEGORY(lcTls)     // postel.tls: handshakes, certificates, resumption
Q_DECLARE_LOGGING_CATEGORY(lcMessage) // postel.message: building and parsing messages
Q_DECLARE_LOGGING_CATEGORY(lcSandbox) // postel.sandbox: the built-in server
