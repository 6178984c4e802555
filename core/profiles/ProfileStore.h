#pragma once

#include "ServerProfile.h"

#include <QList>
#include <QObject>

class QSettings;

namespace postel {

// Server profiles in QSettings. The first run gets the built-in sandbox profile, so that
// Postel can send at once.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    static constexpr quint16 SandboxPort = 2525;

    explicit ProfileStore(QObject *parent = nullptr);

    QList<ServerProfile> profiles() const { return m_profiles; }
    ServerProfile profile(const QString &id) const;
    // Adds or replaces (by id; a profile without id gets a new one). Saved at once.
    QString save(ServerProfile profile);
    void remove(const QString &id);
    QString currentId() const { return m_currentId; }
    void setCurrentId(const QString &id);
    ServerProfile current() const { return profile(m_currentId); }

    static ServerProfile sandboxProfile();
    static bool isSandbox(const ServerProfile &p) { return p.id == QLatin1String("sandbox"); }

    // The profiles kept in `s` (the sandbox profile when there are none) and the current
    // one's id, without writing anything: for postel-cli, which reads the desktop's.
    static QList<ServerProfile> read(QSettings &s, QString *currentId);
    // The desktop app's settings (organisation and application "Postel"), for programs
    // with another name. The caller owns it.
    static QSettings *desktopSettings();

Q_SIGNALS:
    void changed();

private:
    void load();
    void write();

    QList<ServerProfile> m_profiles;
    QString m_currentId;
};

} // namespace postel
