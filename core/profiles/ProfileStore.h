#pragma once

#include "ServerProfile.h"

#include <QList>
#include <QObject>

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

Q_SIGNALS:
    void changed();

private:
    void load();
    void write();

    QList<ServerProfile> m_profiles;
    QString m_currentId;
};

} // namespace postel
