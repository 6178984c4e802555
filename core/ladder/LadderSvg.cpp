#include "LadderSvg.h"
#include "LadderStyle.h"

#include <QXmlStreamWriter>

namespace postel {

namespace {

QString num(qreal v)
{
    return QString::number(v, 'f', 1);
}

QString colour(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

class Writer
{
public:
    explicit Writer(QString *out) : m_xml(out) { m_xml.setAutoFormatting(true); }

    void start(const QString &name, std::initializer_list<std::pair<QString, QString>> attributes)
    {
        m_xml.writeStartElement(name);
        for (const auto &[key, value] : attributes)
            m_xml.writeAttribute(key, value);
    }
    void end() { m_xml.writeEndElement(); }
    void empty(const QString &name, std::initializer_list<std::pair<QString, QString>> attributes)
    {
        start(name, attributes);
        end();
    }
    void text(const QString &content) { m_xml.writeCharacters(LadderSvg::xmlSafe(content)); }
    void element(const QString &name, const QString &content,
                 std::initializer_list<std::pair<QString, QString>> attributes = {})
    {
        start(name, attributes);
        text(content);
        end();
    }
    QXmlStreamWriter &xml() { return m_xml; }

private:
    QXmlStreamWriter m_xml;
};

QString classesOf(const LadderItem &item)
{
    QStringList c;
    switch (item.kind) {
    case LadderItem::Command:
        c = {QStringLiteral("arrow"), QStringLiteral("command")};
        break;
    case LadderItem::Data:
        c = {QStringLiteral("arrow"), QStringLiteral("data")};
        break;
    case LadderItem::Reply:
        c = {QStringLiteral("arrow"), QStringLiteral("reply")};
        break;
    case LadderItem::Tls:
        c = {QStringLiteral("note"), QStringLiteral("tls")};
        break;
    case LadderItem::Note:
        c = {QStringLiteral("note"), QStringLiteral("info")};
        break;
    case LadderItem::Error:
        c = {QStringLiteral("note"), QStringLiteral("error")};
        break;
    }
    if (item.encrypted)
        c.append(QStringLiteral("encrypted"));
    if (item.negative)
        c.append(QStringLiteral("negative"));
    if (item.refused)
        c.append(QStringLiteral("refused"));
    return c.join(QLatin1Char(' '));
}

void writeArrow(Writer &w, const LadderDiagram &d, const LadderItem &item)
{
    const QString ink = colour(LadderStyle::itemColour(item));
    const bool right = item.towardsServer();
    const qreal from = right ? d.clientX : d.serverX;
    const qreal to = right ? d.serverX : d.clientX;
    const qreal head = right ? to - LadderStyle::ArrowHead : to + LadderStyle::ArrowHead;
    const qreal y = item.arrowY;
    if (item.kind == LadderItem::Data)
        w.empty(QStringLiteral("line"),
                {{QStringLiteral("x1"), num(from)},
                 {QStringLiteral("y1"), num(y)},
                 {QStringLiteral("x2"), num(head)},
                 {QStringLiteral("y2"), num(y)},
                 {QStringLiteral("stroke"), ink},
                 {QStringLiteral("stroke-width"), QStringLiteral("1.5")},
                 {QStringLiteral("stroke-dasharray"), QStringLiteral("6 3")}});
    else
        w.empty(QStringLiteral("line"), {{QStringLiteral("x1"), num(from)},
                                         {QStringLiteral("y1"), num(y)},
                                         {QStringLiteral("x2"), num(head)},
                                         {QStringLiteral("y2"), num(y)},
                                         {QStringLiteral("stroke"), ink},
                                         {QStringLiteral("stroke-width"), QStringLiteral("1.5")}});
    const qreal half = LadderStyle::ArrowHead / 2;
    w.empty(QStringLiteral("polygon"),
            {{QStringLiteral("points"),
              QStringLiteral("%1,%2 %3,%4 %3,%5")
                  .arg(num(to), num(y), num(head), num(y - half), num(y + half))},
             {QStringLiteral("fill"), ink}});
    if (item.refused) {
        // A cross where the refusal arrives.
        const qreal x = d.clientX + 14;
        const QString path = QStringLiteral("M%1,%2 L%3,%4 M%1,%4 L%3,%2")
                                 .arg(num(x - 5), num(y - 5), num(x + 5), num(y + 5));
        w.empty(QStringLiteral("path"), {{QStringLiteral("d"), path},
                                         {QStringLiteral("stroke"), ink},
                                         {QStringLiteral("stroke-width"), QStringLiteral("2")},
                                         {QStringLiteral("fill"), QStringLiteral("none")}});
    }
    // The words above the arrow: from the sender's side.
    const QString anchor = right ? QStringLiteral("start") : QStringLiteral("end");
    const qreal x = right ? d.clientX + 10 : d.serverX - 10;
    qreal baseline = item.rect.top() + 6 + 12;
    for (const QString &line : item.lines) {
        w.element(QStringLiteral("text"), line,
                  {{QStringLiteral("x"), num(x)},
                   {QStringLiteral("y"), num(baseline)},
                   {QStringLiteral("text-anchor"), anchor},
                   {QStringLiteral("fill"), ink},
                   {QStringLiteral("xml:space"), QStringLiteral("preserve")}});
        baseline += 15;
    }
    if (!item.elapsed.isEmpty())
        w.element(QStringLiteral("text"), item.elapsed,
                  {{QStringLiteral("class"), QStringLiteral("elapsed")},
                   {QStringLiteral("x"), num(d.serverX + 10)},
                   {QStringLiteral("y"), num(y + 4)},
                   {QStringLiteral("fill"), colour(LadderStyle::dim())}});
}

void writeNote(Writer &w, const LadderDiagram &d, const LadderItem &item)
{
    const QRectF box(d.clientX + 20, item.rect.top() + 4, d.serverX - d.clientX - 40,
                     item.rect.height() - 8);
    w.empty(QStringLiteral("rect"),
            {{QStringLiteral("x"), num(box.x())},
             {QStringLiteral("y"), num(box.y())},
             {QStringLiteral("width"), num(box.width())},
             {QStringLiteral("height"), num(box.height())},
             {QStringLiteral("rx"), QStringLiteral("4")},
             {QStringLiteral("fill"), colour(LadderStyle::noteFill(item.kind))},
             {QStringLiteral("stroke"), colour(LadderStyle::itemColour(item))}});
    qreal baseline = box.top() + 4 + 12;
    for (const QString &line : item.lines) {
        w.element(QStringLiteral("text"), line,
                  {{QStringLiteral("x"), num(box.center().x())},
                   {QStringLiteral("y"), num(baseline)},
                   {QStringLiteral("text-anchor"), QStringLiteral("middle")},
                   {QStringLiteral("fill"), colour(LadderStyle::itemColour(item))},
                   {QStringLiteral("xml:space"), QStringLiteral("preserve")}});
        baseline += 15;
    }
}

} // namespace

QString LadderSvg::xmlSafe(const QString &text)
{
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const char16_t u = out.at(i).unicode();
        bool bad = (u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0xfffe || u == 0xffff;
        if (QChar::isHighSurrogate(u)) {
            if (i + 1 < out.size() && QChar::isLowSurrogate(out.at(i + 1).unicode())) {
                ++i;
                continue;
            }
            bad = true;
        } else if (QChar::isLowSurrogate(u)) {
            bad = true;
        }
        if (bad)
            out[i] = QChar(QChar::ReplacementCharacter);
    }
    return out;
}

QString LadderSvg::write(const LadderDiagram &d)
{
    QString out;
    Writer w(&out);
    w.xml().writeStartDocument();
    w.start(QStringLiteral("svg"),
            {{QStringLiteral("xmlns"), QStringLiteral("http://www.w3.org/2000/svg")},
             {QStringLiteral("width"), num(d.size.width())},
             {QStringLiteral("height"), num(d.size.height())},
             {QStringLiteral("viewBox"),
              QStringLiteral("0 0 %1 %2").arg(num(d.size.width()), num(d.size.height()))},
             {QStringLiteral("font-family"), LadderStyle::fontFamilies()},
             {QStringLiteral("font-size"), QString::number(LadderLayout::FontPixelSize)},
             {QStringLiteral("role"), QStringLiteral("img")}});
    w.element(QStringLiteral("title"), d.title);
    w.empty(QStringLiteral("rect"), {{QStringLiteral("width"), QStringLiteral("100%")},
                                     {QStringLiteral("height"), QStringLiteral("100%")},
                                     {QStringLiteral("fill"), colour(LadderStyle::background())}});
    const qreal bandLeft = d.clientX - 40;
    const qreal bandWidth = d.serverX - d.clientX + 80;
    for (const LadderBand &b : d.bands) {
        w.start(QStringLiteral("g"), {{QStringLiteral("class"), QStringLiteral("tls")}});
        w.empty(QStringLiteral("rect"),
                {{QStringLiteral("class"), QStringLiteral("tls-band")},
                 {QStringLiteral("x"), num(bandLeft)},
                 {QStringLiteral("y"), num(b.top)},
                 {QStringLiteral("width"), num(bandWidth)},
                 {QStringLiteral("height"), num(b.bottom - b.top)},
                 {QStringLiteral("fill"), colour(LadderStyle::bandFill())},
                 {QStringLiteral("stroke"), colour(LadderStyle::bandStroke())}});
        w.element(QStringLiteral("text"), QStringLiteral("TLS"),
                  {{QStringLiteral("x"), num(bandLeft + bandWidth - 4)},
                   {QStringLiteral("y"), num(b.top + 14)},
                   {QStringLiteral("text-anchor"), QStringLiteral("end")},
                   {QStringLiteral("font-weight"), QStringLiteral("bold")},
                   {QStringLiteral("fill"), colour(LadderStyle::bandStroke().darker(160))}});
        w.end();
    }
    // The lanes: a title box and a lifeline each.
    const auto lane = [&](const QString &cls, const QString &title, const QRectF &box, qreal x) {
        w.start(QStringLiteral("g"), {{QStringLiteral("class"), cls}});
        w.empty(QStringLiteral("rect"), {{QStringLiteral("x"), num(box.x())},
                                         {QStringLiteral("y"), num(box.y())},
                                         {QStringLiteral("width"), num(box.width())},
                                         {QStringLiteral("height"), num(box.height())},
                                         {QStringLiteral("rx"), QStringLiteral("4")},
                                         {QStringLiteral("fill"), colour(LadderStyle::titleFill())},
                                         {QStringLiteral("stroke"), colour(LadderStyle::ink())}});
        w.element(QStringLiteral("text"), title,
                  {{QStringLiteral("x"), num(box.center().x())},
                   {QStringLiteral("y"), num(box.top() + 17)},
                   {QStringLiteral("text-anchor"), QStringLiteral("middle")},
                   {QStringLiteral("font-weight"), QStringLiteral("bold")},
                   {QStringLiteral("fill"), colour(LadderStyle::ink())}});
        w.empty(QStringLiteral("line"),
                {{QStringLiteral("x1"), num(x)},
                 {QStringLiteral("y1"), num(d.lanesTop)},
                 {QStringLiteral("x2"), num(x)},
                 {QStringLiteral("y2"), num(d.size.height() - 8)},
                 {QStringLiteral("stroke"), colour(LadderStyle::lifeline())},
                 {QStringLiteral("stroke-dasharray"), QStringLiteral("4 3")}});
        w.end();
    };
    lane(QStringLiteral("lane client"), d.clientTitle, d.clientTitleRect, d.clientX);
    lane(QStringLiteral("lane server"), d.serverTitle, d.serverTitleRect, d.serverX);
    if (!d.omitted.isEmpty())
        w.element(QStringLiteral("text"), d.omitted,
                  {{QStringLiteral("class"), QStringLiteral("omitted")},
                   {QStringLiteral("x"), num((d.clientX + d.serverX) / 2)},
                   {QStringLiteral("y"), num(d.lanesTop + 18)},
                   {QStringLiteral("text-anchor"), QStringLiteral("middle")},
                   {QStringLiteral("fill"), colour(LadderStyle::dim())}});

    for (const LadderItem &item : d.items) {
        w.start(QStringLiteral("g"), {{QStringLiteral("class"), classesOf(item)},
                                      {QStringLiteral("data-entry"), QString::number(item.entry)}});
        w.element(QStringLiteral("title"), item.tooltip);
        if (!item.offset.isEmpty())
            w.element(QStringLiteral("text"), item.offset,
                      {{QStringLiteral("class"), QStringLiteral("offset")},
                       {QStringLiteral("x"), num(d.clientX - 14)},
                       {QStringLiteral("y"), num(item.arrowY + 4)},
                       {QStringLiteral("text-anchor"), QStringLiteral("end")},
                       {QStringLiteral("fill"), colour(LadderStyle::dim())}});
        if (item.isArrow())
            writeArrow(w, d, item);
        else
            writeNote(w, d, item);
        w.end();
    }
    w.end();
    w.xml().writeEndDocument();
    return out;
}

} // namespace postel
