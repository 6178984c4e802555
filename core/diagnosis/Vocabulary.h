#pragma once

#include <QString>
#include <QStringList>

namespace postel {

// The failure doctor's finding ids: a contract for scripts (postel-cli's JSON) and for the
// GUI. README.md (postel-cli, "Diagnosis") lists the same ids with what each means;
// tests/diagnosis checks that every id is produced and documented.
class Vocabulary
{
public:
    // Every id, grouped: connection, TLS, authentication, envelope and content, Postel's
    // own checks before sending, and the two for what fits nowhere else.
    static QStringList ids();
    static bool contains(const QString &id) { return ids().contains(id); }
};

} // namespace postel
