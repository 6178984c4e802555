#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace postel {

// What an enhanced status code (RFC 3463, e.g. 5.7.26) means according to the IANA
// registry. Servers use the codes loosely, so it is the registry's meaning, not a promise.
struct EnhancedExplanation
{
    QString code;       // as given: "5.7.26"
    QString classTitle; // "Permanent Failure"
    QString classMeaning;
    QString subjectTitle; // "Security or Policy Status"
    QString subjectMeaning;
    QString title; // the registry's title, or a note that it has none
    QString meaning;
    QStringList rfc;
    bool registered = false;

    // {code, class_title, subject_title, title, meaning, rfc}
    QJsonObject toJson() const;
    // One paragraph: the code, its title and meaning, labelled as the registry's.
    QString brief() const;
};

// One explained item: a reply, an enhanced code, a command or an EHLO keyword. Texts are in
// the current language; codes, verbs, keywords, kinds and reply classes never are.
struct Explanation
{
    enum class Kind
    {
        Invalid,
        Reply,
        EnhancedCode,
        Command,
        Extension
    };
    Kind kind = Kind::Invalid;
    QString error; // Invalid: why, in words

    int code = 0;          // Reply
    QString replyClass;    // Reply: "positive-completion" …
    QString classTitle;    // Reply: "Positive completion"
    QString classMeaning;  // Reply
    QString categoryTitle; // Reply: the second digit's group
    QString categoryMeaning;
    bool known = false; // Reply: the code is in the catalogue (otherwise only its digits are)

    QString verb;    // Command, upper case
    QString keyword; // Extension, upper case
    QString syntax;  // Command
    QString summary; // Extension: one sentence
    struct Answer
    {
        int code;
        QString meaning;
    };
    QList<Answer> answers; // Command: what the server may answer

    QString title; // Reply: its name in the RFC
    QString meaning;
    QStringList rfc;
    std::optional<EnhancedExplanation> enhanced;

    bool isValid() const { return kind != Kind::Invalid; }
    // "reply", "enhanced-code", "command", "extension" ("" when invalid).
    static QString kindName(Kind kind);
    // The `postel-cli explain --json` object: kind; reply: code, class, meaning, rfc,
    // enhanced; enhanced-code: enhanced; command: verb, meaning, rfc; extension: keyword,
    // meaning, rfc.
    QJsonObject toJson() const;
    // Readable text, several lines, for a terminal or a tooltip.
    QString toText() const;
    // One paragraph: the name and the meaning (what the explained transcript shows); for a
    // reply without its enhanced code, which EnhancedExplanation::brief() gives.
    QString brief() const;

    Q_DECLARE_TR_FUNCTIONS(postel::Explanation)
};

} // namespace postel
