// libFuzzer target: the reply parser (core/smtp/ReplyParser), fed in pieces whose sizes come
// from the input's first byte, as a server's bytes arrive.
#include "smtp/ReplyParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const size_t piece = 1 + data[0] % 64;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    postel::ReplyParser parser(4096, 50); // small limits, so the fuzzer reaches them
    for (qsizetype at = 0; at < bytes.size(); at += qsizetype(piece)) {
        if (!parser.feed(bytes.mid(at, qsizetype(piece))))
            break;
        while (parser.hasReply()) {
            const postel::Reply r = parser.takeReply();
            // What the session asks of every reply.
            (void)r.text();
            (void)r.enhancedStatus().toString();
            if (r.code < 200 || r.code > 599)
                __builtin_trap(); // the parser lets only 2yz-5yz through
        }
    }
    (void)parser.errorString();
    (void)parser.hasPendingBytes();
    return 0;
}
