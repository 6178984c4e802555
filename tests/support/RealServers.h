#pragma once

// The servers.env written by tests/servers/start-servers.sh (the `realservers` fixture),
// and what the tests read back from the servers' mailboxes.

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QTest>
#include <QUuid>

#include "EnvFile.h"

namespace postel::test {

struct RealServers
{
    QHash<QString, QString> env;
    QString error;

    static RealServers load()
    {
        RealServers s;
        loadEnvFile("POSTEL_SERVERS_ENV", "realservers fixture starts aiosmtpd and Exim", &s.env,
                    &s.error);
        return s;
    }

    QString value(const char *key) const { return env.value(QString::fromLatin1(key)); }
    quint16 port(const char *key) const { return quint16(value(key).toUInt()); }

    QSslConfiguration tlsConfig() const
    {
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setCaCertificates(QSslCertificate::fromPath(value("POSTEL_TEST_CA")));
        return c;
    }
};

inline QString uniqueLocalPart(const char *prefix)
{
    return QString::fromLatin1(prefix) +
           QUuid::createUuid().toString(QUuid::Id128).left(12).toLower();
}

// Exim: one maildir per recipient local part (lower-cased); waits for the delivery.
inline QList<QByteArray> eximDelivered(const QString &maildir, const QString &localPart,
                                       int expected = 1, int timeoutMs = 15000)
{
    QElapsedTimer t;
    t.start();
    QDir dir(maildir + QLatin1Char('/') + localPart.toLower() + QStringLiteral("/new"));
    while (t.elapsed() < timeoutMs) {
        const QStringList files = dir.entryList(QDir::Files, QDir::Time | QDir::Reversed);
        if (files.size() >= expected) {
            QList<QByteArray> out;
            for (const QString &name : files) {
                QFile f(dir.filePath(name));
                if (f.open(QIODevice::ReadOnly))
                    out.append(f.readAll());
            }
            return out;
        }
        QTest::qWait(50);
    }
    return {};
}

// Exim prepends Return-path, Envelope-to, Delivery-date and a folded Received header.
inline QByteArray stripEximTrace(const QByteArray &delivered)
{
    QByteArray rest = delivered;
    const QList<QByteArray> trace{"return-path:", "envelope-to:", "delivery-date:", "received:"};
    while (true) {
        bool stripped = false;
        for (const QByteArray &h : trace) {
            if (rest.left(h.size()).toLower() == h) {
                qsizetype end = rest.indexOf("\r\n");
                // continuation lines start with white space
                while (end >= 0 && end + 2 < rest.size() &&
                       (rest.at(end + 2) == ' ' || rest.at(end + 2) == '\t'))
                    end = rest.indexOf("\r\n", end + 2);
                rest = end < 0 ? QByteArray() : rest.mid(end + 2);
                stripped = true;
            }
        }
        if (!stripped)
            return rest;
    }
}

// aiosmtpd: <n>.eml and <n>.json; finds the message whose envelope sender is `from`.
inline QByteArray aiosmtpdDelivered(const QString &maildir, const QString &from,
                                    QJsonObject *envelope = nullptr, int timeoutMs = 15000)
{
    QElapsedTimer t;
    t.start();
    QDir dir(maildir);
    while (t.elapsed() < timeoutMs) {
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            QFile jf(dir.filePath(name));
            if (!jf.open(QIODevice::ReadOnly))
                continue;
            const QJsonObject env = QJsonDocument::fromJson(jf.readAll()).object();
            if (env.value(QStringLiteral("mail_from")).toString() != from)
                continue;
            if (envelope)
                *envelope = env;
            QFile ef(dir.filePath(name.chopped(5) + QStringLiteral(".eml")));
            if (ef.open(QIODevice::ReadOnly))
                return ef.readAll();
        }
        QTest::qWait(50);
    }
    return {};
}

} // namespace postel::test
