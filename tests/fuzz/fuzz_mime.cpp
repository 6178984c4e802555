// libFuzzer target: the MIME parser (core/message's GMime wrapper, MessageReader).
#include "message/MailMessage.h"
#include "message/MessageReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const std::optional<postel::MailMessage> m = postel::MessageReader::read(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (m) {
        QString err;
        (void)m->envelope(&err);
        (void)m->hasNonAsciiAddress();
    }
    return 0;
}
