#include "RecentAddresses.h"

#include <QSettings>

namespace postel {

namespace {
const QString Key = QStringLiteral("composer/recentAddresses");
}

QStringList RecentAddresses::load()
{
    return QSettings().value(Key).toStringList();
}

void RecentAddresses::remember(const MailAddressList &addresses)
{
    if (addresses.isEmpty())
        return;
    QStringList list = load();
    for (const MailAddress &a : addresses) {
        // One entry per address: the newest form (a name added later replaces none).
        const QString bare = a.address;
        list.erase(std::remove_if(list.begin(), list.end(),
                                  [&bare](const QString &entry) {
                                      const auto parsed = MailAddress::parse(entry);
                                      return parsed && parsed->address.compare(
                                                           bare, Qt::CaseInsensitive) == 0;
                                  }),
                   list.end());
        list.prepend(a.toString());
    }
    while (list.size() > Limit)
        list.removeLast();
    QSettings().setValue(Key, list);
}

void RecentAddresses::clear()
{
    QSettings().remove(Key);
}

} // namespace postel
