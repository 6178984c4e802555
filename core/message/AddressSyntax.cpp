#include "AddressSyntax.h"
#include "MessageText.h"

#include <optional>

namespace postel {

namespace {

enum class Kind
{
    Atom,    // a run of atext (UTF-8 allowed, RFC 6532)
    Quoted,  // a quoted string; text is its content, unescaped
    Literal, // a domain literal, "[...]" as written
    Special, // one of < > @ , ; : .
    Error    // text is the problem
};

struct Token
{
    Kind kind;
    qsizetype pos;
    QString text;
};

bool isAtext(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xa0)
        return true;
    if (u >= 0x7f)
        return false; // DEL and C1 controls
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'))
        return true;
    return QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c);
}

bool isFoldingSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r') ||
           c == QLatin1Char('\n');
}

QString neverClosed(QChar open)
{
    return MessageText::tr("“%1” is never closed").arg(open);
}

QString unmatched(QChar close, QChar open)
{
    return MessageText::tr("“%1” has no matching “%2”").arg(close).arg(open);
}

QString doesNotBelong(const QString &what)
{
    return MessageText::tr("“%1” does not belong here").arg(what);
}

QString notAnAddress()
{
    return MessageText::tr("it is not an address");
}

QString moreThanOne()
{
    return MessageText::tr("it holds more than one address, and Postel does not pick one: "
                           "separate addresses with a comma, and put a name that contains "
                           "“@” in quotes");
}

// Comments and folding white space are dropped. An unclosed quote, comment or literal
// swallows the rest of the text (as typing one does); a stray character is one error token
// and reading goes on, so that what follows can still be laid out.
QList<Token> tokenize(const QString &s)
{
    QList<Token> out;
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = s.at(i);
        if (isFoldingSpace(c)) {
            ++i;
        } else if (c == QLatin1Char('(')) {
            int depth = 1;
            qsizetype j = i + 1;
            for (; j < n && depth > 0; ++j) {
                if (s.at(j) == QLatin1Char('\\'))
                    ++j;
                else if (s.at(j) == QLatin1Char('('))
                    ++depth;
                else if (s.at(j) == QLatin1Char(')'))
                    --depth;
            }
            if (depth > 0) {
                out.append({Kind::Error, i, neverClosed(c)});
                break;
            }
            i = j;
        } else if (c == QLatin1Char('"')) {
            QString content;
            qsizetype j = i + 1;
            bool closed = false;
            for (; j < n; ++j) {
                const QChar d = s.at(j);
                if (d == QLatin1Char('\\') && j + 1 < n) {
                    content += s.at(++j);
                } else if (d == QLatin1Char('"')) {
                    closed = true;
                    break;
                } else {
                    content += d;
                }
            }
            if (!closed) {
                out.append({Kind::Error, i, neverClosed(c)});
                break;
            }
            out.append({Kind::Quoted, i, content});
            i = j + 1;
        } else if (c == QLatin1Char('[')) {
            qsizetype j = i + 1;
            while (j < n && s.at(j) != QLatin1Char(']') && s.at(j) != QLatin1Char('[')) {
                if (s.at(j) == QLatin1Char('\\'))
                    ++j;
                ++j;
            }
            if (j >= n || s.at(j) != QLatin1Char(']')) {
                out.append({Kind::Error, i, neverClosed(c)});
                break;
            }
            out.append({Kind::Literal, i, s.mid(i, j + 1 - i)});
            i = j + 1;
        } else if (c == QLatin1Char(')')) {
            out.append({Kind::Error, i, unmatched(c, QLatin1Char('('))});
            ++i;
        } else if (c == QLatin1Char(']')) {
            out.append({Kind::Error, i, unmatched(c, QLatin1Char('['))});
            ++i;
        } else if (QStringView(u"<>@,;:.").contains(c)) {
            out.append({Kind::Special, i, QString(c)});
            ++i;
        } else if (isAtext(c)) {
            qsizetype j = i;
            while (j < n && isAtext(s.at(j)))
                ++j;
            out.append({Kind::Atom, i, s.mid(i, j - i)});
            i = j;
        } else if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0)) {
            out.append({Kind::Error, i, MessageText::tr("it contains a control character")});
            ++i;
        } else {
            out.append({Kind::Error, i, doesNotBelong(QString(c))}); // a backslash
            ++i;
        }
    }
    return out;
}

QString quoted(const QString &content)
{
    QString q = content;
    q.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    q.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// A recursive-descent reading of one entry. Each step either advances or sets m_problem.
class EntryReader
{
public:
    explicit EntryReader(QList<Token> tokens) : m_t(std::move(tokens)) {}

    AddressSyntax::Entry read()
    {
        AddressSyntax::Entry e;
        for (const Token &t : std::as_const(m_t)) {
            if (t.kind == Kind::Error) {
                e.problem = t.text;
                return e;
            }
        }
        if (m_t.isEmpty()) {
            e.problem = notAnAddress();
            return e;
        }
        if (!hasSpecial(0, u'@') && !hasSpecial(0, u'<') && !hasSpecial(0, u':')) {
            // No structure at all: a bare local part ("postmaster") or words.
            const std::optional<QString> local = localPart();
            if (local && atEnd())
                e.addrSpecs.append(*local);
            else
                e.problem = notAnAddress();
            return e;
        }
        qsizetype phraseEnd = 0;
        while (isWordOrDot(phraseEnd))
            ++phraseEnd;
        if (phraseEnd > 0 && isSpecial(phraseEnd, u':')) {
            e.group = true;
            m_i = phraseEnd + 1;
            readGroupMembers(e);
        } else if (const std::optional<QString> spec = mailbox(&e.angle)) {
            e.addrSpecs.append(*spec);
            if (!m_problem && !atEnd())
                trailing();
        }
        e.problem = m_problem.value_or(QString());
        if (!e.problem.isEmpty())
            e.addrSpecs.clear();
        return e;
    }

private:
    bool atEnd() const { return m_i >= m_t.size(); }
    bool isSpecial(qsizetype i, char16_t c) const
    {
        return i < m_t.size() && m_t.at(i).kind == Kind::Special && m_t.at(i).text.at(0) == c;
    }
    bool isWord(qsizetype i) const
    {
        return i < m_t.size() && (m_t.at(i).kind == Kind::Atom || m_t.at(i).kind == Kind::Quoted);
    }
    bool isWordOrDot(qsizetype i) const { return isWord(i) || isSpecial(i, u'.'); }
    bool hasSpecial(qsizetype from, char16_t c) const
    {
        for (qsizetype i = from; i < m_t.size(); ++i) {
            if (isSpecial(i, c))
                return true;
        }
        return false;
    }
    void fail(const QString &problem)
    {
        if (!m_problem)
            m_problem = problem;
    }
    void unexpected()
    {
        if (atEnd())
            fail(notAnAddress());
        else if (isSpecial(m_i, u'>'))
            fail(unmatched(QLatin1Char('>'), QLatin1Char('<')));
        else
            fail(doesNotBelong(m_t.at(m_i).kind == Kind::Quoted ? quoted(m_t.at(m_i).text)
                                                                : m_t.at(m_i).text));
    }
    // After a whole mailbox: another address written after it is the confusion this
    // class exists to refuse; anything else is just out of place.
    void trailing()
    {
        if (hasSpecial(m_i, u'@') || hasSpecial(m_i, u'<'))
            fail(moreThanOne());
        else
            unexpected();
    }

    // word *("." word); stops before a dot that no word follows.
    std::optional<QString> localPart()
    {
        if (!isWord(m_i)) {
            unexpected();
            return std::nullopt;
        }
        QString out;
        for (;;) {
            const Token &t = m_t.at(m_i++);
            out += t.kind == Kind::Quoted ? quoted(t.text) : t.text;
            if (!(isSpecial(m_i, u'.') && isWord(m_i + 1)))
                return out;
            out += QLatin1Char('.');
            ++m_i;
        }
    }

    // atom *("." atom) / domain-literal; stops before a dot that no atom follows.
    std::optional<QString> domain()
    {
        if (m_i < m_t.size() && m_t.at(m_i).kind == Kind::Literal)
            return m_t.at(m_i++).text;
        if (m_i >= m_t.size() || m_t.at(m_i).kind != Kind::Atom) {
            unexpected();
            return std::nullopt;
        }
        QString out;
        for (;;) {
            out += m_t.at(m_i++).text;
            if (!(isSpecial(m_i, u'.') && m_i + 1 < m_t.size() &&
                  m_t.at(m_i + 1).kind == Kind::Atom))
                return out;
            out += QLatin1Char('.');
            ++m_i;
        }
    }

    // local-part ["@" domain]. "a@" and "@b" are returned as they are, for the caller to
    // say what is missing.
    std::optional<QString> addrSpec()
    {
        std::optional<QString> local = isSpecial(m_i, u'@') ? QString() : localPart();
        if (!local)
            return std::nullopt;
        if (!isSpecial(m_i, u'@')) {
            if (atEnd() || isSpecial(m_i, u',') || isSpecial(m_i, u';') || isSpecial(m_i, u'>'))
                return local; // no domain: the caller says whether that will do
            if (isWord(m_i) && hasSpecial(m_i, u'@'))
                fail(MessageText::tr("a name must be followed by its address in angle brackets: "
                                     "Name <address>"));
            else
                unexpected();
            return std::nullopt;
        }
        ++m_i;
        if (atEnd())
            return *local + QLatin1Char('@');
        const std::optional<QString> dom = domain();
        if (!dom)
            return std::nullopt;
        return *local + QLatin1Char('@') + *dom;
    }

    // name-addr / addr-spec.
    std::optional<QString> mailbox(bool *angle)
    {
        const qsizetype start = m_i;
        while (isWordOrDot(m_i))
            ++m_i;
        if (!isSpecial(m_i, u'<')) {
            m_i = start;
            return addrSpec();
        }
        *angle = true;
        ++m_i;
        if (isSpecial(m_i, u'>')) {
            fail(notAnAddress()); // "<>": the null sender is no mailbox
            return std::nullopt;
        }
        if (isSpecial(m_i, u'@')) {
            // obs-route ("<@relay.example:user@example.org>"): a path, not an address.
            while (!atEnd() && !isSpecial(m_i, u':') && !isSpecial(m_i, u'>') &&
                   !isSpecial(m_i, u'<'))
                ++m_i;
            if (!isSpecial(m_i, u':')) {
                unexpected();
                return std::nullopt;
            }
            ++m_i;
        }
        const std::optional<QString> spec = addrSpec();
        if (!spec)
            return std::nullopt;
        if (atEnd()) {
            fail(neverClosed(QLatin1Char('<')));
            return std::nullopt;
        }
        if (!isSpecial(m_i, u'>')) {
            unexpected();
            return std::nullopt;
        }
        ++m_i;
        return spec;
    }

    // After "name:": mailboxes separated by commas, up to ";" (a missing final ";" is
    // forgiven: the group plainly ends with the text).
    void readGroupMembers(AddressSyntax::Entry &e)
    {
        while (!atEnd() && !m_problem) {
            if (isSpecial(m_i, u';')) {
                ++m_i;
                if (!atEnd())
                    trailing();
                return;
            }
            if (isSpecial(m_i, u',')) {
                ++m_i;
                continue;
            }
            bool angle = false;
            const std::optional<QString> spec = mailbox(&angle);
            if (!spec)
                return;
            e.addrSpecs.append(*spec);
            if (!atEnd() && !isSpecial(m_i, u',') && !isSpecial(m_i, u';'))
                trailing();
        }
    }

    QList<Token> m_t;
    qsizetype m_i = 0;
    std::optional<QString> m_problem;
};

} // namespace

AddressSyntax::Layout AddressSyntax::layout(const QString &text)
{
    Layout l;
    l.mailboxStarts.append(0);
    qsizetype entryStart = 0;
    int angle = 0;
    bool group = false;
    for (const Token &t : tokenize(text)) {
        if (t.kind != Kind::Special)
            continue;
        const QChar c = t.text.at(0);
        if (c == QLatin1Char('<')) {
            ++angle;
        } else if (c == QLatin1Char('>')) {
            angle = qMax(0, angle - 1);
        } else if (angle > 0) {
            continue; // an obs-route's "," and ":" stay inside the brackets
        } else if (c == QLatin1Char(':') && !group) {
            group = true;
            l.mailboxStarts.append(t.pos + 1);
        } else if (c == QLatin1Char(',') && group) {
            l.mailboxStarts.append(t.pos + 1);
        } else if (c == QLatin1Char(';') && group) {
            group = false;
            l.entries.append({entryStart, t.pos + 1});
            entryStart = t.pos + 1;
            l.mailboxStarts.append(entryStart);
        } else if (c == QLatin1Char(',') || c == QLatin1Char(';')) {
            l.separators.append(t.pos);
            l.entries.append({entryStart, t.pos});
            entryStart = t.pos + 1;
            l.mailboxStarts.append(entryStart);
        }
    }
    l.entries.append({entryStart, text.size()});
    return l;
}

AddressSyntax::Entry AddressSyntax::read(const QString &entry)
{
    return EntryReader(tokenize(entry)).read();
}

} // namespace postel
