#include "Explanation.h"

#include <QJsonArray>

namespace postel {

namespace {

QJsonArray jsonList(const QStringList &list)
{
    QJsonArray out;
    for (const QString &s : list)
        out.append(s);
    return out;
}

QString seeAlso(const QStringList &rfc)
{
    return Explanation::tr("See %1.").arg(rfc.join(QStringLiteral(", ")));
}

} // namespace

QJsonObject EnhancedExplanation::toJson() const
{
    return QJsonObject{{QStringLiteral("code"), code},
                       {QStringLiteral("class_title"), classTitle},
                       {QStringLiteral("subject_title"), subjectTitle},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("meaning"), meaning},
                       {QStringLiteral("rfc"), jsonList(rfc)}};
}

QString EnhancedExplanation::brief() const
{
    return Explanation::tr("%1 %2 — %3 (%4; the registry's meaning, servers vary)")
        .arg(code, title, meaning, rfc.join(QStringLiteral(", ")));
}

QString Explanation::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Reply:
        return QStringLiteral("reply");
    case Kind::EnhancedCode:
        return QStringLiteral("enhanced-code");
    case Kind::Command:
        return QStringLiteral("command");
    case Kind::Extension:
        return QStringLiteral("extension");
    case Kind::Invalid:
        break;
    }
    return {};
}

QJsonObject Explanation::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kindName(kind)}};
    switch (kind) {
    case Kind::Reply:
        o.insert(QStringLiteral("code"), code);
        o.insert(QStringLiteral("class"), replyClass);
        o.insert(QStringLiteral("meaning"), tr("%1 — %2").arg(title, meaning));
        o.insert(QStringLiteral("rfc"), jsonList(rfc));
        if (enhanced)
            o.insert(QStringLiteral("enhanced"), enhanced->toJson());
        break;
    case Kind::EnhancedCode:
        if (enhanced)
            o.insert(QStringLiteral("enhanced"), enhanced->toJson());
        break;
    case Kind::Command:
        o.insert(QStringLiteral("verb"), verb);
        o.insert(QStringLiteral("meaning"), meaning);
        o.insert(QStringLiteral("rfc"), jsonList(rfc));
        break;
    case Kind::Extension:
        o.insert(QStringLiteral("keyword"), keyword);
        o.insert(QStringLiteral("meaning"), meaning);
        o.insert(QStringLiteral("rfc"), jsonList(rfc));
        break;
    case Kind::Invalid:
        o.insert(QStringLiteral("error"), error);
        break;
    }
    return o;
}

namespace {

QStringList enhancedLines(const EnhancedExplanation &e)
{
    QStringList out;
    out << Explanation::tr("%1 — %2 (the registry's meaning; servers vary)").arg(e.code, e.title);
    out << e.meaning;
    out << Explanation::tr("Class %1: %2. Subject %3: %4.")
               .arg(e.code.section(QLatin1Char('.'), 0, 0), e.classTitle,
                    e.code.section(QLatin1Char('.'), 1, 1), e.subjectTitle);
    out << seeAlso(e.rfc);
    return out;
}

} // namespace

QString Explanation::toText() const
{
    QStringList lines;
    switch (kind) {
    case Kind::Invalid:
        return error;
    case Kind::Reply:
        lines << tr("%1 — %2").arg(QString::number(code), title);
        lines << meaning;
        lines
            << tr("Class %1xx (%2): %3").arg(QString::number(code / 100), classTitle, classMeaning);
        lines << tr("Category x%1x (%2): %3")
                     .arg(QString::number(code / 10 % 10), categoryTitle, categoryMeaning);
        lines << seeAlso(rfc);
        if (enhanced) {
            lines << QString();
            lines << enhancedLines(*enhanced);
        }
        break;
    case Kind::EnhancedCode:
        if (enhanced)
            lines << enhancedLines(*enhanced);
        break;
    case Kind::Command:
        lines << tr("%1 — command: %2").arg(verb, syntax);
        lines << meaning;
        if (!answers.isEmpty()) {
            lines << tr("The server may answer:");
            for (const Answer &a : answers)
                lines << QStringLiteral("  %1  %2").arg(a.code).arg(a.meaning);
        }
        lines << seeAlso(rfc);
        break;
    case Kind::Extension:
        lines << tr("%1 — EHLO keyword: %2").arg(keyword, summary);
        lines << meaning;
        lines << seeAlso(rfc);
        break;
    }
    return lines.join(QLatin1Char('\n'));
}

QString Explanation::brief() const
{
    switch (kind) {
    case Kind::Invalid:
        return error;
    case Kind::Reply:
        return tr("%1 %2 — %3 (%4)")
            .arg(QString::number(code), title, meaning, rfc.join(QStringLiteral(", ")));
    case Kind::EnhancedCode:
        return enhanced ? enhanced->brief() : QString();
    case Kind::Command:
        return tr("%1 — %2 (%3)").arg(verb, meaning, rfc.join(QStringLiteral(", ")));
    case Kind::Extension:
        return tr("%1 — %2").arg(keyword, summary);
    }
    return {};
}

} // namespace postel
