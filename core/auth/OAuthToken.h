#pragma once

#include <QDateTime>
#include <QString>
#include <functional>
#include <memory>

namespace postel {

// Where XOAUTH2 and OAUTHBEARER get their bearer token: the access token, when it expires,
// and a way to get a new one. The conversation asks for a refresh when the token is about to
// expire, and at most once more when the server refuses it — never in a loop.
class OAuthTokenSource
{
public:
    struct Refreshed
    {
        QString accessToken;
        QDateTime expiresAt; // invalid: unknown
        QString error;       // empty on success; else a sentence for people
        bool ok() const { return error.isEmpty() && !accessToken.isEmpty(); }
    };
    using Done = std::function<void(const Refreshed &)>;

    virtual ~OAuthTokenSource() = default;
    virtual QString accessToken() const = 0;
    virtual QDateTime expiresAt() const = 0;
    virtual bool canRefresh() const = 0;
    // Gets a new access token; `done` is called exactly once, possibly later from the event
    // loop. On success the source holds the new token.
    virtual void refresh(Done done) = 0;

    // The token expires within `seconds` of `now` (false when the expiry is unknown).
    bool expiresWithin(qint64 seconds,
                       const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
};

using OAuthTokenSourcePtr = std::shared_ptr<OAuthTokenSource>;

// A token and a refresh function: what postel-cli, the desktop app and the tests hand the
// conversation. Without a function the token cannot be refreshed (postel-cli --auth-token).
class OAuthToken : public OAuthTokenSource
{
public:
    using RefreshFn = std::function<void(Done)>;
    explicit OAuthToken(QString accessToken, QDateTime expiresAt = {}, RefreshFn refresh = {})
        : m_accessToken(std::move(accessToken)), m_expiresAt(std::move(expiresAt)),
          m_refresh(std::move(refresh))
    {}
    QString accessToken() const override { return m_accessToken; }
    QDateTime expiresAt() const override { return m_expiresAt; }
    bool canRefresh() const override { return bool(m_refresh); }
    void refresh(Done done) override;
    // How many refreshes were asked for (the conversation's "once" is testable).
    int refreshCount() const { return m_refreshCount; }

private:
    QString m_accessToken;
    QDateTime m_expiresAt;
    RefreshFn m_refresh;
    int m_refreshCount = 0;
};

} // namespace postel
