#pragma once

#include <QStringList>

namespace postel {

// `postel-cli explain [--json] [--kind KIND] TEXT…`: explains a reply, a reply code, an
// enhanced status code, a command or an EHLO keyword from the catalogue (core/explain), in
// the user's language. `arguments` starts with "explain". Returns the exit code: 0, or 8
// (usage) for unknown input.
int runExplain(const QStringList &arguments);

} // namespace postel
