#pragma once

namespace postel {

class Capabilities;

// How to write a message out. Defaults suit a file (.eml): 8-bit text, CRLF, Bcc kept.
struct SerialiseOptions
{
    enum class LineEnding
    {
        Crlf,
        Lf
    };

    // 8-bit text bodies allowed (server advertises 8BITMIME); otherwise quoted-printable
    // or base64, whichever is smaller.
    bool eightBitMime = true;
    // UTF-8 in headers and addresses as is (RFC 6532; server advertises SMTPUTF8);
    // otherwise RFC 2047/2231 encoding and non-ASCII addresses are an error.
    bool smtpUtf8 = false;
    LineEnding lineEnding = LineEnding::Crlf;
    // Write Bcc (and Resent-Bcc). Never when sending; useful for drafts.
    bool includeBcc = true;

    // For the wire: what this server advertised; CRLF; no Bcc.
    static SerialiseOptions forServer(const Capabilities &caps);
    // For the wire, the most conservative form (7-bit, ASCII headers); no Bcc.
    static SerialiseOptions sevenBit();
};

} // namespace postel
