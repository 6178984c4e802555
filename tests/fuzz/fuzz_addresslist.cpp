// libFuzzer target: the address-list parser (core/message): parseAddressList(), the entry
// scanner behind it, and the envelope address check (CVE-2023-27043's class).
#include "message/AddressList.h"
#include "message/MailAddress.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const postel::MailAddressList list = postel::parseAddressList(text, &error);
    (void)list;
    for (const postel::AddressListEntry &e : postel::AddressList::entries(text))
        (void)e.isValid();
    (void)postel::AddressList::separators(text);
    (void)postel::AddressList::syntaxProblem(text);
    (void)postel::MailAddress::parse(text, &error);
    (void)postel::MailAddress::envelopeAddress(text, &error);
    return 0;
}
