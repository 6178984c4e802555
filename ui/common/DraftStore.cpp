#include "DraftStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace postel {

namespace {
QJsonArray addressesToJson(const MailAddressList &list)
{
    QJsonArray a;
    for (const MailAddress &m : list)
        a.append(
            QJsonObject{{QStringLiteral("name"), m.name}, {QStringLiteral("address"), m.address}});
    return a;
}

MailAddressList addressesFrom(const QJsonValue &v)
{
    MailAddressList out;
    for (const QJsonValue &e : v.toArray())
        out.append({e[QStringLiteral("name")].toString(), e[QStringLiteral("address")].toString()});
    return out;
}
} // namespace

QString DraftStore::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/drafts");
}

QString DraftStore::currentDraftPath()
{
    return directory() + QStringLiteral("/current.json");
}

QJsonObject DraftStore::toJson(const MailMessage &m, bool html, const TypedAddresses *typed)
{
    QJsonObject o;
    o[QStringLiteral("version")] = 1;
    o[QStringLiteral("from")] = addressesToJson(m.from());
    o[QStringLiteral("to")] = addressesToJson(m.to());
    o[QStringLiteral("cc")] = addressesToJson(m.cc());
    o[QStringLiteral("bcc")] = addressesToJson(m.bcc());
    o[QStringLiteral("subject")] = m.subject();
    o[QStringLiteral("text")] = m.textBody();
    o[QStringLiteral("html")] = m.htmlBody();
    o[QStringLiteral("htmlMode")] = html;
    QJsonArray atts;
    for (const MailAttachment &a : m.attachments()) {
        QJsonObject j;
        j[QStringLiteral("fileName")] = a.fileName;
        j[QStringLiteral("contentType")] = a.contentType;
        if (!a.filePath.isEmpty())
            j[QStringLiteral("filePath")] = a.filePath;
        else
            j[QStringLiteral("data")] = QString::fromLatin1(a.data.toBase64());
        atts.append(j);
    }
    o[QStringLiteral("attachments")] = atts;
    QJsonArray headers;
    for (const MailHeader &h : m.extraHeaders())
        headers.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(h.name)},
                                   {QStringLiteral("value"), h.value}});
    o[QStringLiteral("headers")] = headers;
    if (typed) {
        o[QStringLiteral("typed")] = QJsonObject{{QStringLiteral("from"), typed->from},
                                                 {QStringLiteral("to"), typed->to},
                                                 {QStringLiteral("cc"), typed->cc},
                                                 {QStringLiteral("bcc"), typed->bcc}};
    }
    return o;
}

bool DraftStore::save(const MailMessage &m, bool html, QString *error, const TypedAddresses *typed)
{
    QDir().mkpath(directory());
    const QJsonObject o = toJson(m, html, typed);
    QSaveFile f(currentDraftPath());
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    f.write(QJsonDocument(o).toJson());
    if (!f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

std::optional<MailMessage> DraftStore::load(bool *html, std::optional<TypedAddresses> *typed)
{
    QFile f(currentDraftPath());
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return fromJson(QJsonDocument::fromJson(f.readAll()).object(), html, typed);
}

std::optional<MailMessage> DraftStore::fromJson(const QJsonObject &o, bool *html,
                                                std::optional<TypedAddresses> *typed)
{
    if (o.isEmpty())
        return std::nullopt;
    MailMessage m;
    m.setFrom(addressesFrom(o[QStringLiteral("from")]));
    m.setTo(addressesFrom(o[QStringLiteral("to")]));
    m.setCc(addressesFrom(o[QStringLiteral("cc")]));
    m.setBcc(addressesFrom(o[QStringLiteral("bcc")]));
    m.setSubject(o[QStringLiteral("subject")].toString());
    m.setTextBody(o[QStringLiteral("text")].toString());
    m.setHtmlBody(o[QStringLiteral("html")].toString());
    for (const QJsonValue &v : o[QStringLiteral("attachments")].toArray()) {
        MailAttachment a;
        a.fileName = v[QStringLiteral("fileName")].toString();
        a.contentType = v[QStringLiteral("contentType")].toString();
        a.filePath = v[QStringLiteral("filePath")].toString();
        a.data = QByteArray::fromBase64(v[QStringLiteral("data")].toString().toLatin1());
        m.addAttachment(a);
    }
    for (const QJsonValue &v : o[QStringLiteral("headers")].toArray())
        m.addHeader(v[QStringLiteral("name")].toString().toLatin1(),
                    v[QStringLiteral("value")].toString());
    if (html)
        *html = o[QStringLiteral("htmlMode")].toBool();
    if (typed) {
        typed->reset();
        const QJsonObject t = o[QStringLiteral("typed")].toObject();
        if (!t.isEmpty())
            *typed = TypedAddresses{
                t[QStringLiteral("from")].toString(), t[QStringLiteral("to")].toString(),
                t[QStringLiteral("cc")].toString(), t[QStringLiteral("bcc")].toString()};
    }
    return m;
}

void DraftStore::discard()
{
    QFile::remove(currentDraftPath());
}

} // namespace postel
