#pragma once

#include <QString>
#include <optional>

namespace postel {

// How an address with non-ASCII characters can travel (RFC 6531, RFC 5890): a non-ASCII
// local part only with SMTPUTF8; a non-ASCII domain (an IDN) either with SMTPUTF8 or as its
// A-labels ("xn--…"), which every server takes.
class InternationalAddress
{
public:
    enum class Domain
    {
        AsIs,     // the domain is sent as written
        ToALabels // the caller sends IDN domains as A-labels (toALabels())
    };

    // The address with its domain as A-labels ("łukasz" stays; "user@bücher.example" ->
    // "user@xn--bcher-kva.example"); an ASCII domain or a domain literal is left as it is.
    // nullopt and *error when the local part is not ASCII (only SMTPUTF8 can carry it) or
    // the domain is not a valid internationalised domain name.
    static std::optional<QString> toALabels(const QString &address, QString *error = nullptr);

    // Whether sending the address needs SMTPUTF8: a non-ASCII local part always; a
    // non-ASCII domain unless the caller converts it (ToALabels) and it can be converted.
    static bool needsSmtpUtf8(const QString &address, Domain domain = Domain::AsIs);

    static bool isAscii(const QString &text);
};

} // namespace postel
