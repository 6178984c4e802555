#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace postel {

// One mailbox: "Zażółć Gęślą <jaźń@example.pl>" -> {name, address}. The address is kept
// as written (UTF-8 local parts and domains are allowed: they need SMTPUTF8 to be sent, see
// InternationalAddress).
struct MailAddress
{
    QString name;
    QString address;

    bool isEmpty() const { return address.isEmpty(); }
    // True when the address (not the name) is pure ASCII.
    bool isAsciiAddress() const;
    // For people: "Name <addr>", or just "addr" without a name. Not RFC 2047-encoded.
    QString toString() const;
    // Exactly one mailbox; anything else (none, several, a group, junk, text that could be
    // read as two different addresses) is an error.
    static std::optional<MailAddress> parse(const QString &text, QString *error = nullptr);

    // An address given for the envelope (MAIL FROM, RCPT TO; postel-cli's --from and --to),
    // as the session will send it. The session takes what is inside the last "<...>", so
    // text with angle brackets must be exactly "<addr>" or "Name <addr>" (returns addr):
    // "a@x)<b@y>" or "a@x <b@y>" is refused with *error naming it, never cut down to b@y.
    // Text without brackets goes to the server as written, so that malformed addresses can
    // still be tried on purpose (returns it trimmed); "<>" is the null sender (returns "").
    static std::optional<QString> envelopeAddress(const QString &text, QString *error = nullptr);

    bool operator==(const MailAddress &) const = default;
};
using MailAddressList = QList<MailAddress>;

} // namespace postel

Q_DECLARE_METATYPE(postel::MailAddress)
