#pragma once

#include "MailAddress.h"

#include <QList>
#include <QString>

namespace postel {

// An address list as found in To/Cc/From (RFC 5322): display names, quoted strings,
// comments, groups ("Team: a@x, b@y;" -> its members) and RFC 2047 encoded words. As people
// type them, ";" also separates addresses outside a group.
// Returns the mailboxes; on a syntax error returns what could be read and sets *error to a
// sentence naming what is wrong and where. An empty or blank text is an empty list.
// Text that could be read as two different addresses ("a@x)<b@y>", "a@x <b@y>": the class of
// CVE-2023-27043) is an error naming it, never one of the two.
MailAddressList parseAddressList(const QString &text, QString *error = nullptr);
// For people (edit fields): "A <a@x>, B <b@y>". parseAddressList() reads it back.
QString formatAddressList(const MailAddressList &list);

// One entry of an address list as written: a mailbox, or a whole group.
struct AddressListEntry
{
    qsizetype start = 0;       // where its text starts in the list
    QString text;              // as written, without surrounding white space
    MailAddressList mailboxes; // what it reads as (a group: its members, maybe none)
    QString problem;           // empty when readable; else what is wrong, for people

    bool isValid() const { return problem.isEmpty(); }
};

// The address-list scanner parseAddressList() reads with, for whoever needs to know where
// the entries are (the composer's address field: what to mark, what to complete).
class AddressList
{
public:
    // Every non-blank entry, read.
    static QList<AddressListEntry> entries(const QString &text);
    // The positions of the separators between entries: commas, and semicolons outside a
    // group; none inside quotes, comments, angle brackets, domain literals or groups.
    static QList<qsizetype> separators(const QString &text);
    // Where the mailbox under `position` starts: after the last separator, group ":" or
    // comma inside a group before it (0 if none).
    static qsizetype mailboxStart(const QString &text, qsizetype position);
    // The first reason text cannot be read unambiguously, as a sentence naming the entry
    // ("Address 2 (“a@x)<b@y>”, at character 12): ..."), or empty. Syntax only: an address
    // without a domain passes (as messages read from files may hold one).
    static QString syntaxProblem(const QString &text);
};

} // namespace postel
