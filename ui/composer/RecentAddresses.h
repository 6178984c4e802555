#pragma once

#include "message/MailMessage.h"

#include <QStringList>

namespace postel {

// The addresses mail was last delivered to, most recent first ("Name <address>" as typed),
// for completing To, Cc and Bcc. Kept in the settings, at most Limit of them; only
// recipients the server accepted are remembered.
class RecentAddresses
{
public:
    static constexpr int Limit = 200;
    static QStringList load();
    static void remember(const MailAddressList &addresses);
    static void clear();
};

} // namespace postel
