#pragma once

// The KEY=VALUE file a CTest fixture writes (servers.env, oauth.env), found through the
// environment variable the fixture sets for the tests that declare it.

#include <QFile>
#include <QHash>
#include <QString>

namespace postel::test {

// Reads the file `variable` names into `env` (comments skipped, values trimmed and
// unquoted). On failure `error` says why, naming the fixture that `starts` describes.
inline bool loadEnvFile(const char *variable, const char *starts, QHash<QString, QString> *env,
                        QString *error)
{
    const QString path = qEnvironmentVariable(variable);
    if (path.isEmpty()) {
        *error = QStringLiteral("%1 is not set: run through ctest, whose %2")
                     .arg(QString::fromLatin1(variable), QString::fromLatin1(starts));
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    for (const QByteArray &line : f.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0 || line.startsWith('#'))
            continue;
        QString value = QString::fromUtf8(line.mid(eq + 1)).trimmed();
        if (value.size() >= 2 &&
            (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))))
            value = value.mid(1, value.size() - 2);
        env->insert(QString::fromUtf8(line.left(eq)).trimmed(), value);
    }
    return true;
}

} // namespace postel::test
