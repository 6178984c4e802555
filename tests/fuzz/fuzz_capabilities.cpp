// libFuzzer target: the EHLO capability parser (core/smtp/Capabilities) on the lines of
// one reply (the input split at LF), and every question the session asks of it.
#include "smtp/Capabilities.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    postel::Reply reply;
    reply.code = 250;
    reply.lines = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).split('\n');
    const postel::Capabilities caps = postel::Capabilities::fromEhloReply(reply);
    (void)caps.sizeLimit();
    (void)caps.authMechanisms();
    for (const QString &k : caps.keywords()) {
        (void)caps.has(k);
        (void)caps.parameters(k);
    }
    (void)caps.pipelining();
    (void)caps.smtpUtf8();
    return 0;
}
