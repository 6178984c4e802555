#pragma once

#include <QString>
#include <QStringList>

namespace postel {

// `postel-cli shell --server HOST[:PORT] [--tls-on-connect] [--ca-file FILE] [--no-verify]`:
// the protocol console on a terminal. Reads lines from standard input (a terminal or a
// pipe) and sends each as typed; STARTTLS answered 220 starts the TLS handshake; after
// DATA's 354 the lines are the message until a lone "."; every reply is printed with its
// explanation; dot-commands (.help, .next, .state, .explain, .login) talk to the shell
// itself. `arguments` starts with "shell". Returns the exit code (0, 5, 6 or 8).
int runShell(const QStringList &arguments);

// The paragraph postel-cli --help shows about the subcommand.
QString shellHelpText();

} // namespace postel
