// libFuzzer target: SASL challenge decoding (core/auth). The input is what a server sends
// after "334 ": base64-decoded as the session does, then handed to each mechanism — the
// first challenge to CRAM-MD5, LOGIN and PLAIN, and to SCRAM as its server-first and (after
// a well-formed first step) server-final message. The iteration limit is lowered to 64 so
// that an input asking for many PBKDF2 rounds is refused at once: the derivation itself is
// Qt's, and letting it run thousands of rounds per input made the target ~1 000 times slower
// (3 inputs a second) without reaching any more of our code.
#include "auth/AuthMechanism.h"
#include "auth/ScramMechanism.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray wire(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray challenge = QByteArray::fromBase64(wire);
    for (const char *name : {"CRAM-MD5", "LOGIN", "PLAIN", "XOAUTH2", "OAUTHBEARER"}) {
        postel::AuthMechanismPtr m = postel::createMechanism(
            QString::fromLatin1(name), QStringLiteral("user"), QStringLiteral("secret"));
        if (!m)
            continue;
        (void)m->initialResponse();
        for (int count = 1; count <= 3; ++count)
            (void)m->respond(challenge, count);
    }
    for (auto hash : {postel::ScramMechanism::Sha1, postel::ScramMechanism::Sha256}) {
        // As the server's first message.
        postel::ScramMechanism first(hash, QStringLiteral("user"), QStringLiteral("pencil"),
                                     "fyko+d2lbbFgONRv9qkxdawL");
        first.setMaxIterations(64);
        (void)first.initialResponse();
        (void)first.respond(challenge, 1);
        (void)first.respond(challenge, 2);
        // As the server's final message, after a first message that parses.
        postel::ScramMechanism final(hash, QStringLiteral("user"), QStringLiteral("pencil"),
                                     "fyko+d2lbbFgONRv9qkxdawL");
        final.setMaxIterations(64);
        (void) final.initialResponse();
        if (final.respond("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,"
                          "s=QSXCR+Q6sek8bf92,i=2",
                          1))
            (void) final.respond(challenge, 2);
        (void) final.serverVerified();
    }
    return 0;
}
