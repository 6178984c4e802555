#include "Catalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace postel {

namespace {

const char *const Context = "postel::Catalogue";

// Reads the JSON strictly: a missing field is an error, so that a slip in the data shows
// up in the tests instead of as an empty explanation.
class Reader
{
public:
    QString error;

    bool ok() const { return error.isEmpty(); }

    QJsonArray array(const QJsonObject &o, const char *key, const QString &where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isArray())
            fail(where, key, "an array");
        return v.toArray();
    }
    QString string(const QJsonObject &o, const char *key, const QString &where,
                   bool allowEmpty = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isString() || (!allowEmpty && v.toString().isEmpty()))
            fail(where, key, "a non-empty string");
        return v.toString();
    }
    Catalogue::Text text(const QJsonObject &o, const char *key, const QString &where)
    {
        return Catalogue::Text{string(o, key, where).toUtf8()};
    }
    int integer(const QJsonObject &o, const char *key, const QString &where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isDouble())
            fail(where, key, "a number");
        return v.toInt();
    }
    QStringList strings(const QJsonObject &o, const char *key, const QString &where)
    {
        QStringList out;
        for (const QJsonValue &v : array(o, key, where)) {
            if (!v.isString() || v.toString().isEmpty())
                fail(where, key, "a list of strings");
            out.append(v.toString());
        }
        if (out.isEmpty())
            fail(where, key, "a non-empty list");
        return out;
    }

private:
    void fail(const QString &where, const char *key, const char *what)
    {
        if (error.isEmpty())
            error = QStringLiteral("%1: \"%2\" must be %3")
                        .arg(where, QLatin1String(key), QLatin1String(what));
    }
};

QList<Catalogue::Digit> digits(Reader &r, const QJsonObject &root, const char *key, bool named,
                               bool withRfc)
{
    QList<Catalogue::Digit> out;
    for (const QJsonValue &v : r.array(root, key, QStringLiteral("catalogue"))) {
        const QJsonObject o = v.toObject();
        const QString where = QLatin1String(key);
        Catalogue::Digit d;
        d.digit = r.integer(o, "digit", where);
        if (named)
            d.name = r.string(o, "name", where);
        d.title = r.text(o, "title", where);
        d.meaning = r.text(o, "meaning", where);
        if (withRfc)
            d.rfc = r.strings(o, "rfc", where);
        out.append(d);
    }
    return out;
}

template <typename T>
const T *find(const QList<T> &list, const QHash<QString, qsizetype> &index, const QString &key)
{
    const auto it = index.constFind(key);
    return it == index.cend() ? nullptr : &list.at(*it);
}

const Catalogue::Digit *findDigit(const QList<Catalogue::Digit> &list, int digit)
{
    for (const Catalogue::Digit &d : list)
        if (d.digit == digit)
            return &d;
    return nullptr;
}

} // namespace

QString Catalogue::Text::tr() const
{
    return QCoreApplication::translate(Context, english.constData());
}

const Catalogue::Answer *Catalogue::Command::answer(int code) const
{
    for (const Answer &a : answers)
        if (a.code == code)
            return &a;
    return nullptr;
}

const Catalogue &Catalogue::instance()
{
    static const Catalogue catalogue = [] {
        Catalogue c;
        QFile f(QStringLiteral(":/explain/catalogue.json"));
        QString error;
        if (!f.open(QIODevice::ReadOnly))
            error = f.errorString();
        else
            parse(f.readAll(), &c, &error);
        Q_ASSERT_X(error.isEmpty(), "Catalogue", qPrintable(error));
        if (!error.isEmpty())
            qWarning("postel: the explanation catalogue is unusable: %s", qPrintable(error));
        return c;
    }();
    return catalogue;
}

bool Catalogue::parse(const QByteArray &json, Catalogue *out, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject()) {
        *error = pe.errorString();
        return false;
    }
    const QJsonObject root = doc.object();
    Reader r;
    Catalogue c;
    c.m_replyClasses = digits(r, root, "reply_classes", true, true);
    c.m_replyCategories = digits(r, root, "reply_categories", false, false);
    c.m_enhancedClasses = digits(r, root, "enhanced_classes", false, false);
    c.m_enhancedSubjects = digits(r, root, "enhanced_subjects", false, false);
    for (const QJsonValue &v : r.array(root, "replies", QStringLiteral("catalogue"))) {
        const QJsonObject o = v.toObject();
        Reply rep;
        rep.code = r.integer(o, "code", QStringLiteral("replies"));
        const QString where = QStringLiteral("reply %1").arg(rep.code);
        rep.title = r.text(o, "title", where);
        rep.meaning = r.text(o, "meaning", where);
        rep.rfc = r.strings(o, "rfc", where);
        if (c.m_replyIndex.contains(rep.code) && r.ok())
            r.error = where + QStringLiteral(": listed twice");
        c.m_replyIndex.insert(rep.code, c.m_replies.size());
        c.m_replies.append(rep);
    }
    for (const QJsonValue &v : r.array(root, "enhanced_codes", QStringLiteral("catalogue"))) {
        const QJsonObject o = v.toObject();
        Enhanced e;
        e.code = r.string(o, "code", QStringLiteral("enhanced_codes"));
        const QString where = QStringLiteral("enhanced code %1").arg(e.code);
        e.title = r.text(o, "title", where);
        e.meaning = r.text(o, "meaning", where);
        e.basic = r.string(o, "basic", where);
        e.rfc = r.strings(o, "rfc", where);
        if (!e.code.startsWith(QLatin1String("X.")) && r.ok())
            r.error = where + QStringLiteral(": must start with X.");
        const QString key = e.code.mid(2);
        if (c.m_enhancedIndex.contains(key) && r.ok())
            r.error = where + QStringLiteral(": listed twice");
        c.m_enhancedIndex.insert(key, c.m_enhancedCodes.size());
        c.m_enhancedCodes.append(e);
    }
    for (const QJsonValue &v : r.array(root, "commands", QStringLiteral("catalogue"))) {
        const QJsonObject o = v.toObject();
        Command cmd;
        cmd.verb = r.string(o, "verb", QStringLiteral("commands"));
        const QString where = QStringLiteral("command %1").arg(cmd.verb);
        cmd.syntax = r.string(o, "syntax", where);
        cmd.meaning = r.text(o, "meaning", where);
        cmd.rfc = r.strings(o, "rfc", where);
        for (const QJsonValue &av : r.array(o, "answers", where)) {
            const QJsonObject ao = av.toObject();
            Answer a;
            a.code = r.integer(ao, "code", where);
            a.meaning = r.text(ao, "meaning", where);
            cmd.answers.append(a);
        }
        c.m_commandIndex.insert(cmd.verb.toUpper(), c.m_commands.size());
        c.m_commands.append(cmd);
    }
    for (const QJsonValue &v : r.array(root, "keywords", QStringLiteral("catalogue"))) {
        const QJsonObject o = v.toObject();
        Keyword k;
        k.keyword = r.string(o, "keyword", QStringLiteral("keywords"));
        const QString where = QStringLiteral("keyword %1").arg(k.keyword);
        k.summary = r.text(o, "summary", where);
        k.meaning = r.text(o, "meaning", where);
        k.rfc = r.strings(o, "rfc", where);
        for (const QJsonValue &pv : o.value(QLatin1String("parameters")).toArray())
            k.parameters.append(pv.toString().toUpper());
        c.m_keywordIndex.insert(k.keyword.toUpper(), c.m_keywords.size());
        c.m_keywords.append(k);
    }
    if (!r.ok()) {
        *error = r.error;
        return false;
    }
    *out = std::move(c);
    return true;
}

const Catalogue::Digit *Catalogue::replyClass(int digit) const
{
    return findDigit(m_replyClasses, digit);
}

const Catalogue::Digit *Catalogue::replyCategory(int digit) const
{
    return findDigit(m_replyCategories, digit);
}

const Catalogue::Reply *Catalogue::reply(int code) const
{
    const auto it = m_replyIndex.constFind(code);
    return it == m_replyIndex.cend() ? nullptr : &m_replies.at(*it);
}

const Catalogue::Digit *Catalogue::enhancedClass(int digit) const
{
    return findDigit(m_enhancedClasses, digit);
}

const Catalogue::Digit *Catalogue::enhancedSubject(int digit) const
{
    return findDigit(m_enhancedSubjects, digit);
}

const Catalogue::Enhanced *Catalogue::enhanced(int subject, int detail) const
{
    return find(m_enhancedCodes, m_enhancedIndex, QStringLiteral("%1.%2").arg(subject).arg(detail));
}

const Catalogue::Command *Catalogue::command(const QString &verb) const
{
    return find(m_commands, m_commandIndex, verb.toUpper());
}

const Catalogue::Keyword *Catalogue::keyword(const QString &keyword) const
{
    return find(m_keywords, m_keywordIndex, keyword.toUpper());
}

const Catalogue::Keyword *Catalogue::keywordOfParameter(const QString &parameter) const
{
    const QString p = parameter.toUpper();
    const QString name = p.section(QLatin1Char('='), 0, 0);
    const Keyword *byName = nullptr;
    for (const Keyword &k : m_keywords) {
        if (k.parameters.contains(p))
            return &k;
        if (!byName && k.parameters.contains(name))
            byName = &k;
    }
    return byName;
}

QList<QByteArray> Catalogue::texts() const
{
    QList<QByteArray> out;
    auto digits = [&out](const QList<Digit> &list) {
        for (const Digit &d : list)
            out << d.title.english << d.meaning.english;
    };
    digits(m_replyClasses);
    digits(m_replyCategories);
    for (const Reply &r : m_replies)
        out << r.title.english << r.meaning.english;
    digits(m_enhancedClasses);
    digits(m_enhancedSubjects);
    for (const Enhanced &e : m_enhancedCodes)
        out << e.title.english << e.meaning.english;
    for (const Command &c : m_commands) {
        out << c.meaning.english;
        for (const Answer &a : c.answers)
            out << a.meaning.english;
    }
    for (const Keyword &k : m_keywords)
        out << k.summary.english << k.meaning.english;
    return out;
}

} // namespace postel
