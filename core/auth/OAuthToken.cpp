#include "OAuthToken.h"

#include <QCoreApplication>

namespace postel {

bool OAuthTokenSource::expiresWithin(qint64 seconds, const QDateTime &now) const
{
    const QDateTime at = expiresAt();
    return at.isValid() && now.secsTo(at) <= seconds;
}

void OAuthToken::refresh(Done done)
{
    ++m_refreshCount;
    if (!m_refresh) {
        done({{},
              {},
              QCoreApplication::translate("postel::OAuthToken",
                                          "The access token cannot be refreshed.")});
        return;
    }
    m_refresh([this, done = std::move(done)](const Refreshed &r) {
        if (r.ok()) {
            m_accessToken = r.accessToken;
            m_expiresAt = r.expiresAt;
        }
        done(r);
    });
}

} // namespace postel
