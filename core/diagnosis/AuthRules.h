#pragma once

#include "Finding.h"
#include "SessionRecord.h"

#include <QCoreApplication>
#include <optional>

namespace postel {

// Logging in: no login when one is needed (auth-required), none offered (auth-not-offered),
// no common method (auth-mechanism-not-offered), the password refused in its forms
// (auth-credentials-rejected, auth-app-password-required, auth-disabled,
// auth-mechanism-too-weak, auth-temporary-failure), and Postel's own refusal to send a
// password in clear text (cleartext-auth).
class AuthRules
{
    Q_DECLARE_TR_FUNCTIONS(postel::AuthRules)
public:
    // The login failed before any reply said why (nothing offered, nothing usable).
    static bool diagnose(const SessionRecord &record, QList<Finding> &out);
    // A reply to AUTH, or a refusal of MAIL or RCPT because there was no login.
    static std::optional<Finding> fromReply(const SessionRecord &record, const Reply &reply,
                                            const QByteArray &verb);
    static Finding cleartextAuth(const SessionRecord &record);
    static Finding authRequired(const SessionRecord &record, const Reply &reply,
                                const QByteArray &verb);

private:
    static Finding notOffered(const SessionRecord &record);
    static Finding mechanismNotOffered(const SessionRecord &record, const Reply *reply);
};

} // namespace postel
