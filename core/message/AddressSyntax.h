#pragma once

// Private to core/message: the RFC 5322 address-list syntax, read strictly enough that one
// address is never taken for another (the class of CVE-2023-27043: "a@x)<b@y>" must not
// become a@x or b@y). GMime is lenient and "repairs" such text; every address text goes
// through this reading first, and GMime only decodes what passed it.

#include <QList>
#include <QString>
#include <QStringList>

namespace postel {

class AddressSyntax
{
public:
    // Where the entries of an address list are. An entry is one mailbox or one whole group
    // ("Team: a@x, b@y;"). Entries are separated by commas and, as people type them, by
    // semicolons outside a group; a group's closing ";" ends its entry. Nothing inside
    // quotes, comments, angle brackets or domain literals separates anything.
    struct Layout
    {
        QList<qsizetype> separators;                // the top-level "," and ";"
        QList<QPair<qsizetype, qsizetype>> entries; // [start, end) of each, blanks too
        QList<qsizetype> mailboxStarts;             // 0, after a separator, after a group's
                                                    // ":" and after a comma inside a group
    };
    // Never fails: text being typed (an open quote, a half group) is laid out as far as it
    // goes.
    static Layout layout(const QString &text);

    // One entry, read strictly.
    struct Entry
    {
        // local@domain of each mailbox (a group: of each member), comments and folding
        // removed, quoted local parts kept quoted. A mailbox without "@domain" is allowed
        // here (RCPT TO:<postmaster>); whoever needs a domain checks for it.
        QStringList addrSpecs;
        bool group = false;
        bool angle = false; // written in angle brackets (with or without a name)
        QString problem;    // empty when the entry reads as above; else what is wrong
    };
    static Entry read(const QString &entry);
};

} // namespace postel
