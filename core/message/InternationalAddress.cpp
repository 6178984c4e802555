#include "InternationalAddress.h"
#include "MessageText.h"

#include <QUrl>

namespace postel {

namespace {

// The local part may be quoted and hold an "@"; the domain never does.
qsizetype atSign(const QString &address)
{
    return address.lastIndexOf(QLatin1Char('@'));
}

} // namespace

bool InternationalAddress::isAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

std::optional<QString> InternationalAddress::toALabels(const QString &address, QString *error)
{
    const qsizetype at = atSign(address);
    const QString local = at < 0 ? address : address.left(at);
    if (!isAscii(local)) {
        if (error)
            *error = MessageText::tr("The address “%1” has non-ASCII characters before the “@”: "
                                     "only a server that offers SMTPUTF8 can take it.")
                         .arg(address);
        return std::nullopt;
    }
    if (at < 0)
        return address;
    const QString domain = address.mid(at + 1);
    if (isAscii(domain))
        return address;
    // QUrl applies UTS #46 (mapping, then IDNA 2008 Punycode) and says "" when it cannot.
    const QByteArray ace = QUrl::toAce(domain);
    if (ace.isEmpty() || domain.startsWith(QLatin1Char('['))) {
        if (error)
            *error = MessageText::tr("The domain of “%1” is not a valid internationalised "
                                     "domain name.")
                         .arg(address);
        return std::nullopt;
    }
    return local + QLatin1Char('@') + QString::fromLatin1(ace);
}

bool InternationalAddress::needsSmtpUtf8(const QString &address, Domain domain)
{
    if (isAscii(address))
        return false;
    if (domain == Domain::AsIs)
        return true;
    return !toALabels(address).has_value();
}

} // namespace postel
