#include "HeaderNames.h"

namespace postel {

namespace {

bool isOneOf(const QByteArray &name, std::initializer_list<const char *> names)
{
    const QByteArray lower = name.toLower();
    for (const char *n : names) {
        if (lower == n)
            return true;
    }
    return false;
}

} // namespace

bool HeaderNames::isStructural(const QByteArray &name)
{
    return isOneOf(name, {"from", "sender", "reply-to", "to", "cc", "bcc", "subject", "date",
                          "message-id", "mime-version"}) ||
           name.toLower().startsWith("content-");
}

bool HeaderNames::isResentAddress(const QByteArray &name)
{
    return isOneOf(name, {"resent-from", "resent-sender", "resent-to", "resent-cc", "resent-bcc",
                          "resent-reply-to"});
}

bool HeaderNames::isAddress(const QByteArray &name)
{
    return isOneOf(name, {"from", "sender", "reply-to", "to", "cc", "bcc"}) ||
           isResentAddress(name);
}

bool HeaderNames::isBcc(const QByteArray &name)
{
    return isOneOf(name, {"bcc", "resent-bcc"});
}

} // namespace postel
