#pragma once

#include "Reply.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace postel {

// The EHLO reply as smtplib reads it: keyword (lower-cased) -> parameters.
class Capabilities
{
public:
    Capabilities() = default;
    static Capabilities fromEhloReply(const Reply &reply);

    bool isEmpty() const { return m_features.isEmpty(); }
    bool has(const QString &keyword) const;           // case-insensitive
    QString parameters(const QString &keyword) const; // "" when absent or bare
    const QMap<QString, QString> &features() const { return m_features; }
    // Keywords in the order the server listed them.
    QStringList keywords() const { return m_order; }

    // SIZE: the limit in bytes, 0 when advertised without a number (no fixed limit),
    // nullopt when SIZE is not advertised.
    std::optional<qint64> sizeLimit() const;
    // AUTH mechanisms, upper-cased, de-duplicated, in advertised order (AUTH= merged).
    QStringList authMechanisms() const;
    bool pipelining() const { return has(QStringLiteral("pipelining")); }
    bool chunking() const { return has(QStringLiteral("chunking")); }
    bool eightBitMime() const { return has(QStringLiteral("8bitmime")); }
    bool binaryMime() const { return has(QStringLiteral("binarymime")); }
    bool smtpUtf8() const { return has(QStringLiteral("smtputf8")); }
    bool startTls() const { return has(QStringLiteral("starttls")); }
    bool dsn() const { return has(QStringLiteral("dsn")); }
    bool enhancedStatusCodes() const { return has(QStringLiteral("enhancedstatuscodes")); }

    // A one-sentence description of a well-known extension, for the UI ("" if unknown),
    // from the explanation catalogue (core/explain).
    static QString describe(const QString &keyword);

private:
    void add(const QString &keyword, const QString &params);
    QMap<QString, QString> m_features;
    QStringList m_order;
};

} // namespace postel
