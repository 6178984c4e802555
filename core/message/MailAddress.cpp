#include "MailAddress.h"
#include "AddressList.h"
#include "AddressSyntax.h"
#include "InternationalAddress.h"
#include "MessageText.h"

namespace postel {

bool MailAddress::isAsciiAddress() const
{
    return InternationalAddress::isAscii(address);
}

QString MailAddress::toString() const
{
    return formatAddressList({*this});
}

std::optional<MailAddress> MailAddress::parse(const QString &text, QString *error)
{
    QString err;
    const MailAddressList list = parseAddressList(text, &err);
    if (!err.isEmpty()) {
        if (error)
            *error = err;
        return std::nullopt;
    }
    if (list.size() != 1) {
        if (error)
            *error =
                list.isEmpty()
                    ? MessageText::tr("No address was given.")
                    : MessageText::tr("Only one address is allowed here, not %1.").arg(list.size());
        return std::nullopt;
    }
    return list.first();
}

namespace {

// What the session sends for text with angle brackets (CommandOperation::quoteAddr): the
// inside of the last "<...>".
QString insideLastBrackets(const QString &text)
{
    const qsizetype lt = text.lastIndexOf(QLatin1Char('<'));
    const qsizetype gt = text.lastIndexOf(QLatin1Char('>'));
    return lt >= 0 && gt > lt ? text.mid(lt + 1, gt - lt - 1).trimmed() : text;
}

} // namespace

std::optional<QString> MailAddress::envelopeAddress(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed == QLatin1String("<>"))
        return QString();
    if (trimmed.isEmpty()) {
        if (error)
            *error = MessageText::tr("No address was given.");
        return std::nullopt;
    }
    if (!trimmed.contains(QLatin1Char('<')) && !trimmed.contains(QLatin1Char('>')))
        return trimmed; // nothing for the session to strip: the server judges it whole
    auto refuse = [&](const QString &why) -> std::optional<QString> {
        if (error)
            *error = MessageText::tr("“%1” is not a usable address: %2.").arg(trimmed, why);
        return std::nullopt;
    };
    int entries = 0;
    for (const auto &[start, end] : AddressSyntax::layout(trimmed).entries)
        entries += trimmed.mid(start, end - start).trimmed().isEmpty() ? 0 : 1;
    if (entries != 1)
        return refuse(MessageText::tr("it holds %n addresses, not one", nullptr, entries));
    const AddressSyntax::Entry entry = AddressSyntax::read(trimmed);
    if (!entry.problem.isEmpty())
        return refuse(entry.problem);
    if (entry.group || entry.addrSpecs.size() != 1)
        return refuse(MessageText::tr("a group is not one address"));
    // "<a@x> (see <b@y>)" reads as a@x, but the session would send b@y.
    const QString sent = insideLastBrackets(trimmed);
    if (sent != entry.addrSpecs.first())
        return refuse(MessageText::tr("only “%1” would reach the server").arg(sent));
    return entry.addrSpecs.first();
}

} // namespace postel
