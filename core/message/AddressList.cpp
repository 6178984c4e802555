#include "AddressList.h"
#include "AddressSyntax.h"
#include "GMimeSupport.h"
#include "MessageText.h"

namespace postel {

namespace {

GPtr<InternetAddressList> gmimeParseAddresses(const QString &text)
{
    ParserOptionsPtr po(g_mime_parser_options_new());
    g_mime_parser_options_set_allow_addresses_without_domain(po.get(), TRUE);
    return GPtr<InternetAddressList>(
        internet_address_list_parse(po.get(), base64WordsToQ(text.toUtf8()).constData()));
}

QString mailboxProblem(const MailAddress &a)
{
    const qsizetype at = a.address.lastIndexOf(QLatin1Char('@'));
    if (a.address.isEmpty())
        return MessageText::tr("the address is empty");
    if (at < 0)
        return MessageText::tr("“%1” has no “@domain”").arg(a.address);
    if (at == 0)
        return MessageText::tr("“%1” has nothing before the “@”").arg(a.address);
    if (at == a.address.size() - 1)
        return MessageText::tr("“%1” has no domain after the “@”").arg(a.address);
    for (QChar c : a.address) {
        if (c.isSpace() || c.unicode() < 0x20 || c == QLatin1Char('<') || c == QLatin1Char('>'))
            return MessageText::tr("“%1” contains a space or a character not allowed in an "
                                   "address")
                .arg(a.address);
    }
    return {};
}

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1);
}

// The strict reading decides what the entry is; GMime then decodes names (RFC 2047,
// comments, quoting). Should GMime ever read the entry as other mailboxes than the strict
// reading found, the entry is refused rather than one reading picked.
AddressListEntry readEntry(const QString &text, qsizetype start, qsizetype end)
{
    AddressListEntry e;
    const QString raw = text.mid(start, end - start);
    e.text = raw.trimmed();
    e.start = start;
    while (e.start < end && text.at(e.start).isSpace())
        ++e.start;
    const AddressSyntax::Entry syntax = AddressSyntax::read(e.text);
    if (!syntax.problem.isEmpty()) {
        e.problem = syntax.problem;
        return e;
    }
    for (const QString &spec : syntax.addrSpecs) {
        e.problem = mailboxProblem({QString(), spec});
        if (!e.problem.isEmpty())
            return e;
    }
    GPtr<InternetAddressList> list = gmimeParseAddresses(e.text);
    MailAddressList got;
    collectMailboxes(list.get(), &got);
    bool agree = list && internet_address_list_length(list.get()) == 1 &&
                 got.size() == syntax.addrSpecs.size();
    for (qsizetype i = 0; agree && i < got.size(); ++i)
        agree = domainOf(got.at(i).address)
                    .compare(domainOf(syntax.addrSpecs.at(i)), Qt::CaseInsensitive) == 0;
    if (!agree) {
        e.problem = MessageText::tr("it is not an address");
        return e;
    }
    for (const MailAddress &a : std::as_const(got)) {
        e.problem = mailboxProblem(a);
        if (!e.problem.isEmpty())
            return e;
    }
    e.mailboxes = got;
    return e;
}

QString describe(int number, const QString &entry, qsizetype start, const QString &problem)
{
    return MessageText::tr("Address %1 (“%2”, at character %3): %4.")
        .arg(number)
        .arg(entry)
        .arg(start + 1)
        .arg(problem);
}

} // namespace

QList<AddressListEntry> AddressList::entries(const QString &text)
{
    ensureGMimeInitialised();
    QList<AddressListEntry> out;
    for (const auto &[start, end] : AddressSyntax::layout(text).entries) {
        if (!text.mid(start, end - start).trimmed().isEmpty())
            out.append(readEntry(text, start, end));
    }
    return out;
}

QList<qsizetype> AddressList::separators(const QString &text)
{
    return AddressSyntax::layout(text).separators;
}

qsizetype AddressList::mailboxStart(const QString &text, qsizetype position)
{
    qsizetype start = 0;
    for (const qsizetype s : AddressSyntax::layout(text).mailboxStarts) {
        if (s <= position)
            start = qMax(start, s);
    }
    return start;
}

QString AddressList::syntaxProblem(const QString &text)
{
    int number = 0;
    for (const auto &[start, end] : AddressSyntax::layout(text).entries) {
        const QString raw = text.mid(start, end - start);
        const QString entry = raw.trimmed();
        if (entry.isEmpty())
            continue;
        ++number;
        const QString problem = AddressSyntax::read(entry).problem;
        if (!problem.isEmpty())
            return describe(number, entry, start + raw.indexOf(entry.at(0)), problem);
    }
    return {};
}

MailAddressList parseAddressList(const QString &text, QString *error)
{
    MailAddressList result;
    QString firstProblem;
    int number = 0;
    for (const AddressListEntry &e : AddressList::entries(text)) {
        ++number;
        if (e.isValid())
            result += e.mailboxes;
        else if (firstProblem.isEmpty())
            firstProblem = describe(number, e.text, e.start, e.problem);
    }
    if (error)
        *error = firstProblem;
    return result;
}

QString formatAddressList(const MailAddressList &list)
{
    // For people and for parseAddressList(): names quoted when RFC 5322 needs it, not
    // encoded (GMime encodes when it writes the real header).
    static const QString specials = QStringLiteral("()<>[]:;@\\,.\"");
    QStringList out;
    for (const MailAddress &a : list) {
        if (a.name.isEmpty()) {
            out.append(a.address);
            continue;
        }
        bool quote = a.name != a.name.trimmed();
        for (QChar c : a.name)
            quote = quote || specials.contains(c);
        QString name = a.name;
        if (quote) {
            name.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
            name.replace(QLatin1Char('"'), QLatin1String("\\\""));
            name = QLatin1Char('"') + name + QLatin1Char('"');
        }
        out.append(name + QLatin1String(" <") + a.address + QLatin1Char('>'));
    }
    return out.join(QLatin1String(", "));
}

} // namespace postel
