#include "Explainer.h"
#include "Catalogue.h"
#include "smtp/Reply.h"

#include <QRegularExpression>

namespace postel {

namespace {

Explanation invalid(const QString &why)
{
    Explanation e;
    e.error = why;
    return e;
}

// The first word of a command or EHLO line: "MAIL FROM:<a>" -> "MAIL", "AUTH=LOGIN" -> "AUTH".
QString firstWord(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("^([A-Za-z0-9][A-Za-z0-9-]*)"));
    const auto m = re.match(line);
    return m.hasMatch() ? m.captured(1).toUpper() : QString();
}

// MAIL and RCPT parameters after the address: "MAIL FROM:<a> SIZE=10 BODY=8BITMIME".
QStringList parameters(const QString &line)
{
    const qsizetype close = line.indexOf(QLatin1Char('>'));
    const QString rest = close < 0 ? line.section(QLatin1Char(' '), 2) : line.mid(close + 1);
    return rest.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

QString Explainer::escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0)) {
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        } else if (u == 0x061c || u == 0x200e || u == 0x200f || (u >= 0x202a && u <= 0x202e) ||
                   (u >= 0x2066 && u <= 0x2069) || u == 0xfeff) {
            out += QStringLiteral("<U+%1>").arg(QString::number(int(u), 16).toUpper());
        } else {
            out += c;
        }
    }
    return out;
}

QString Explainer::replyClassName(int code)
{
    const Catalogue::Digit *d = Catalogue::instance().replyClass(code / 100);
    return d ? d->name : QString();
}

QString Explainer::enhancedCodeIn(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([245]\\.\\d{1,3}\\.\\d{1,3})(?:\\s|$)"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString Explainer::keywordSummary(const QString &keyword)
{
    const Catalogue::Keyword *k = Catalogue::instance().keyword(keyword);
    return k ? k->summary.tr() : QString();
}

Explanation Explainer::explain(const QString &input, Explanation::Kind preferred)
{
    QString line = input.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.isEmpty())
        return invalid(tr("Nothing to explain: give a reply, a reply code, an enhanced status "
                          "code, a command or an EHLO keyword."));
    static const QRegularExpression replyRe(QStringLiteral("^([1-5][0-5][0-9])(?:[ -](.*))?$"));
    static const QRegularExpression enhancedRe(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"));
    if (const auto m = replyRe.match(line); m.hasMatch() &&
                                            preferred != Explanation::Kind::Command &&
                                            preferred != Explanation::Kind::Extension)
        return explainReply(m.captured(1).toInt(), m.captured(2).trimmed());
    if (enhancedRe.match(line).hasMatch())
        return explainEnhanced(line);
    if (line == QLatin1String("."))
        return explainCommand(line);
    const QString word = firstWord(line);
    const Catalogue &c = Catalogue::instance();
    const bool isCommand = c.command(word);
    const bool isKeyword = c.keyword(word);
    if (isKeyword && (!isCommand || preferred == Explanation::Kind::Extension))
        return explainKeyword(line);
    if (isCommand)
        return explainCommand(line);
    return invalid(tr("“%1” is not a reply, a reply code, an enhanced status code, a command or "
                      "an EHLO keyword that Postel knows.")
                       .arg(escaped(line.left(80))));
}

Explanation Explainer::explainReply(const Reply &reply)
{
    const QString text = reply.lines.isEmpty() ? QString() : QString::fromUtf8(reply.lines.first());
    return explainReply(reply.code, text);
}

Explanation Explainer::explainReply(int code, const QString &text)
{
    const Catalogue &c = Catalogue::instance();
    const Catalogue::Digit *klass = c.replyClass(code / 100);
    const Catalogue::Digit *category = c.replyCategory(code / 10 % 10);
    if (code < 100 || code > 599 || !klass || !category)
        return invalid(tr("%1 is not a reply code: a reply code has three digits, the first "
                          "from 2 to 5 and the second from 0 to 5.")
                           .arg(code));
    Explanation e;
    e.kind = Explanation::Kind::Reply;
    e.code = code;
    e.replyClass = klass->name;
    e.classTitle = klass->title.tr();
    e.classMeaning = klass->meaning.tr();
    e.categoryTitle = category->title.tr();
    e.categoryMeaning = category->meaning.tr();
    if (const Catalogue::Reply *r = c.reply(code)) {
        e.known = true;
        e.title = r->title.tr();
        e.meaning = r->meaning.tr();
        e.rfc = r->rfc;
    } else {
        e.title = tr("a code that neither RFC 5321 nor the extensions Postel knows define");
        e.meaning =
            tr("Its digits still say something. %1 %2").arg(e.classMeaning, e.categoryMeaning);
        e.rfc = klass->rfc;
    }
    const QString enhanced = enhancedCodeIn(text);
    if (!enhanced.isEmpty()) {
        const Explanation en = explainEnhanced(enhanced);
        if (en.enhanced)
            e.enhanced = en.enhanced;
    }
    return e;
}

Explanation Explainer::explainEnhanced(const QString &input)
{
    static const QRegularExpression re(QStringLiteral("^([245])\\.(\\d{1,3})\\.(\\d{1,3})$"));
    const QString code = input.trimmed();
    const auto m = re.match(code);
    if (!m.hasMatch())
        return invalid(tr("%1 is not an enhanced status code: it takes the form class.subject."
                          "detail, with the class 2, 4 or 5 (such as 5.1.1).")
                           .arg(escaped(code.left(40))));
    const Catalogue &c = Catalogue::instance();
    const int klass = m.captured(1).toInt();
    const int subject = m.captured(2).toInt();
    const int detail = m.captured(3).toInt();
    EnhancedExplanation en;
    en.code = QStringLiteral("%1.%2.%3").arg(klass).arg(subject).arg(detail);
    const Catalogue::Digit *k = c.enhancedClass(klass);
    en.classTitle = k ? k->title.tr() : QString();
    en.classMeaning = k ? k->meaning.tr() : QString();
    if (const Catalogue::Digit *s = c.enhancedSubject(subject)) {
        en.subjectTitle = s->title.tr();
        en.subjectMeaning = s->meaning.tr();
    } else {
        en.subjectTitle = tr("Unknown subject");
        en.subjectMeaning = tr("The registry defines the subjects 0 to 7 only.");
    }
    if (const Catalogue::Enhanced *r = c.enhanced(subject, detail)) {
        en.registered = true;
        en.title = r->title.tr();
        en.meaning = r->meaning.tr();
        en.rfc = r->rfc;
    } else {
        en.title = tr("Not in the registry");
        en.meaning = tr("The IANA registry lists no X.%1.%2, so only its class and subject say "
                        "something. %3 %4")
                         .arg(subject)
                         .arg(detail)
                         .arg(en.classMeaning, en.subjectMeaning);
        en.rfc = QStringList{QStringLiteral("RFC 3463 §2"), QStringLiteral("RFC 5248")};
    }
    Explanation e;
    e.kind = Explanation::Kind::EnhancedCode;
    e.enhanced = en;
    return e;
}

Explanation Explainer::explainCommand(const QString &line)
{
    const QString verb =
        line.trimmed() == QLatin1String(".") ? QStringLiteral(".") : firstWord(line);
    const Catalogue::Command *cmd = Catalogue::instance().command(verb);
    if (!cmd)
        return invalid(tr("%1 is not an SMTP command that Postel knows.").arg(escaped(verb)));
    Explanation e;
    e.kind = Explanation::Kind::Command;
    e.verb = cmd->verb;
    e.syntax = cmd->syntax;
    e.meaning = cmd->meaning.tr();
    e.rfc = cmd->rfc;
    for (const Catalogue::Answer &a : cmd->answers)
        e.answers.append({a.code, a.meaning.tr()});
    if (cmd->verb == QLatin1String("AUTH")) {
        // Only the mechanism: whatever follows it carries credentials.
        const QString mechanism = line.section(QLatin1Char(' '), 1, 1, QString::SectionSkipEmpty);
        if (!mechanism.isEmpty())
            e.meaning += QLatin1Char(' ') + tr("Mechanism: %1.").arg(escaped(mechanism.toUpper()));
    } else if (cmd->verb == QLatin1String("MAIL") || cmd->verb == QLatin1String("RCPT")) {
        for (const QString &p : parameters(line)) {
            const Catalogue::Keyword *k = Catalogue::instance().keywordOfParameter(p);
            const QString name = escaped(p.section(QLatin1Char('='), 0, 0).toUpper());
            e.meaning += QLatin1Char(' ');
            e.meaning += k ? tr("%1: a parameter of the %2 extension. %3")
                                 .arg(name, k->keyword, k->summary.tr())
                           : tr("%1: a parameter Postel does not know.").arg(name);
        }
    }
    return e;
}

Explanation Explainer::explainKeyword(const QString &line)
{
    const QString word = firstWord(line);
    const Catalogue::Keyword *k = Catalogue::instance().keyword(word);
    if (!k)
        return invalid(tr("%1 is not an EHLO keyword that Postel knows.").arg(escaped(word)));
    Explanation e;
    e.kind = Explanation::Kind::Extension;
    e.keyword = k->keyword;
    e.summary = k->summary.tr();
    e.meaning = k->meaning.tr();
    e.rfc = k->rfc;
    return e;
}

} // namespace postel
