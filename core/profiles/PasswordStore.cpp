#include "PasswordStore.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace postel {

namespace {
const QString Service = QStringLiteral("org.postel.Postel");

QString keyFor(const QString &profileId)
{
    return QStringLiteral("smtp-profile/") + profileId;
}
} // namespace

PasswordStore::PasswordStore(QObject *parent) : QObject(parent)
{
    if (qEnvironmentVariable("POSTEL_KEYCHAIN") == QLatin1String("off")) {
        m_available = false;
        m_reason = tr("The keychain is turned off (POSTEL_KEYCHAIN=off).");
    }
}

void PasswordStore::markUnavailable(const QString &reason)
{
    if (!m_available)
        return;
    m_available = false;
    m_reason = reason;
    Q_EMIT keychainUnavailable(reason);
}

void PasswordStore::read(const QString &profileId, QObject *context, ReadCallback callback)
{
    QPointer<QObject> ctx(context);
    auto done = std::make_shared<bool>(false);
    auto finish = [ctx, callback, done](const QString &password) {
        if (*done)
            return;
        *done = true;
        if (ctx)
            callback(password);
    };
    if (m_session.contains(profileId) || !m_available) {
        const QString pw = m_session.value(profileId);
        QTimer::singleShot(0, this, [finish, pw] { finish(pw); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setKey(keyFor(profileId));
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, finish, profileId](QKeychain::Job *j) {
        auto *rj = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (rj->error() == QKeychain::NoError) {
            m_session.insert(profileId, rj->textData());
            finish(rj->textData());
        } else if (rj->error() == QKeychain::EntryNotFound) {
            finish(QString());
        } else {
            markUnavailable(rj->errorString());
            finish(m_session.value(profileId));
        }
    });
    QTimer::singleShot(m_timeoutMs, this, [this, finish, done, profileId] {
        if (*done)
            return;
        markUnavailable(
            tr("The keychain did not answer within %n second(s).", nullptr, m_timeoutMs / 1000));
        finish(m_session.value(profileId));
    });
    job->start();
}

void PasswordStore::write(const QString &profileId, const QString &password)
{
    m_session.insert(profileId, password);
    if (!m_available)
        return;
    auto *job = new QKeychain::WritePasswordJob(Service, this);
    job->setKey(keyFor(profileId));
    job->setTextData(password);
    job->setAutoDelete(true);
    auto done = std::make_shared<bool>(false);
    connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job *j) {
        *done = true;
        if (j->error() != QKeychain::NoError)
            markUnavailable(j->errorString());
    });
    QTimer::singleShot(m_timeoutMs, this, [this, done] {
        if (!*done)
            markUnavailable(tr("The keychain did not answer within %n second(s).", nullptr,
                               m_timeoutMs / 1000));
    });
    job->start();
}

void PasswordStore::remove(const QString &profileId)
{
    m_session.remove(profileId);
    if (!m_available)
        return;
    auto *job = new QKeychain::DeletePasswordJob(Service, this);
    job->setKey(keyFor(profileId));
    job->setAutoDelete(true);
    job->start();
}

} // namespace postel
