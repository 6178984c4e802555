#pragma once

#include "Explanation.h"

#include <QCoreApplication>
#include <QString>

namespace postel {

struct Reply;

// Explains one reply, enhanced status code, command or EHLO keyword from the catalogue
// (core/explain/catalogue.json), in the current language. Pure functions: no state.
class Explainer
{
public:
    // Decides what `text` is — a reply line ("550 5.1.1 <x@y>: User unknown"), a reply
    // code ("421"), an enhanced code ("5.7.26"), a command line ("MAIL FROM:<a@b>") or an
    // EHLO keyword ("PIPELINING", "SIZE 1000") — and explains it. A word that is both a
    // command and a keyword (AUTH, STARTTLS, VRFY …) is taken as the command unless
    // `preferred` says Extension. Invalid, with a reason, when it is none of these.
    static Explanation explain(const QString &text,
                               Explanation::Kind preferred = Explanation::Kind::Invalid);
    // A reply: its code, and the text after it (where an enhanced code may start).
    static Explanation explainReply(int code, const QString &text = {});
    static Explanation explainReply(const Reply &reply);
    // "5.7.26"; Invalid unless the class is 2, 4 or 5.
    static Explanation explainEnhanced(const QString &code);
    // A command line; AUTH's initial response is neither read nor repeated.
    static Explanation explainCommand(const QString &line);
    // An EHLO line ("SIZE 10240000", "AUTH PLAIN LOGIN", "AUTH=LOGIN").
    static Explanation explainKeyword(const QString &line);

    // The enhanced code at the start of a reply's text ("5.1.1 <x@y>…" -> "5.1.1"), "" if none.
    static QString enhancedCodeIn(const QString &text);
    // The one-sentence description of an EHLO keyword, "" when unknown.
    static QString keywordSummary(const QString &keyword);
    // "positive-completion", "positive-intermediate", "transient-negative",
    // "permanent-negative" (and "positive-preliminary" for 1xx), from the first digit.
    static QString replyClassName(int code);
    // Control and bidirectional-formatting characters made visible, so that text from a
    // server (or pasted from one) never passes for Postel's own words on a terminal.
    static QString escaped(const QString &text);

    Q_DECLARE_TR_FUNCTIONS(postel::Explainer)
};

} // namespace postel
