#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace postel {

// The catalogue of SMTP replies, enhanced status codes (the IANA registry), commands and
// EHLO keywords, read from catalogue.json (embedded at :/explain/catalogue.json).
//
// The data is English. Each text is looked up at run time with
// QCoreApplication::translate("postel::Catalogue", text), so the Polish comes from
// translations/postel_pl.ts like every other string; CatalogueStrings.cpp, generated from
// the JSON by the postel-explain-strings target, lists the texts for lupdate.
class Catalogue
{
public:
    // A text as written in the JSON; tr() gives it in the current language.
    struct Text
    {
        QByteArray english;
        QString tr() const;
        bool isEmpty() const { return english.isEmpty(); }
    };
    struct Digit // a reply class or category, an enhanced class or subject
    {
        int digit = -1;
        QString name; // reply classes: "positive-completion" …, never translated
        Text title;
        Text meaning;
        QStringList rfc;
    };
    struct Reply
    {
        int code = 0;
        Text title;
        Text meaning;
        QStringList rfc;
    };
    struct Enhanced
    {
        QString code;  // "X.7.26"
        Text title;    // the registry's sample text
        Text meaning;  // a plain explanation
        QString basic; // the registry's associated basic codes, as written there
        QStringList rfc;
    };
    struct Answer
    {
        int code = 0;
        Text meaning;
    };
    struct Command
    {
        QString verb;
        QString syntax;
        Text meaning;
        QList<Answer> answers;
        QStringList rfc;
        const Answer *answer(int code) const;
    };
    struct Keyword
    {
        QString keyword;
        Text summary; // one sentence, with the RFC, for lists (Capabilities::describe)
        Text meaning;
        QStringList rfc;
        // MAIL/RCPT parameters that belong to it: "SIZE", or "BODY=BINARYMIME" for a value.
        QStringList parameters;
    };

    // The embedded catalogue, read once. Aborts in a debug build if the resource is
    // malformed (the tests walk it, so that never reaches a user).
    static const Catalogue &instance();
    // Reads a catalogue from JSON bytes; `error` says what is wrong when it fails.
    static bool parse(const QByteArray &json, Catalogue *out, QString *error);

    const QList<Digit> &replyClasses() const { return m_replyClasses; }
    const QList<Digit> &replyCategories() const { return m_replyCategories; }
    const QList<Reply> &replies() const { return m_replies; }
    const QList<Digit> &enhancedClasses() const { return m_enhancedClasses; }
    const QList<Digit> &enhancedSubjects() const { return m_enhancedSubjects; }
    const QList<Enhanced> &enhancedCodes() const { return m_enhancedCodes; }
    const QList<Command> &commands() const { return m_commands; }
    const QList<Keyword> &keywords() const { return m_keywords; }

    const Digit *replyClass(int digit) const;
    const Digit *replyCategory(int digit) const;
    const Reply *reply(int code) const;
    const Digit *enhancedClass(int digit) const;
    const Digit *enhancedSubject(int digit) const;
    // subject.detail, e.g. (7, 26) for X.7.26.
    const Enhanced *enhanced(int subject, int detail) const;
    const Command *command(const QString &verb) const;    // case-insensitive
    const Keyword *keyword(const QString &keyword) const; // case-insensitive
    // The extension a MAIL or RCPT parameter ("SIZE=1000", "BODY=8BITMIME") belongs to.
    const Keyword *keywordOfParameter(const QString &parameter) const;

    // Every translatable text of the catalogue, in order (duplicates included).
    QList<QByteArray> texts() const;
    // The texts CatalogueStrings.cpp lists for lupdate; the tests compare both lists.
    static QList<QByteArray> generatedTexts();

private:
    QList<Digit> m_replyClasses;
    QList<Digit> m_replyCategories;
    QList<Reply> m_replies;
    QList<Digit> m_enhancedClasses;
    QList<Digit> m_enhancedSubjects;
    QList<Enhanced> m_enhancedCodes;
    QList<Command> m_commands;
    QList<Keyword> m_keywords;
    QHash<int, qsizetype> m_replyIndex;
    QHash<QString, qsizetype> m_enhancedIndex; // "7.26"
    QHash<QString, qsizetype> m_commandIndex;  // upper case
    QHash<QString, qsizetype> m_keywordIndex;  // upper case
};

} // namespace postel
