#include "MailAttachment.h"
#include "MessageText.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QUuid>

namespace postel {

std::optional<MailAttachment> MailAttachment::fromFile(const QString &path, QString *error)
{
    QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        if (error)
            *error = MessageText::tr("“%1” is not a readable file.").arg(path);
        return std::nullopt;
    }
    MailAttachment a;
    a.filePath = info.absoluteFilePath();
    a.fileName = info.fileName();
    a.contentType = QMimeDatabase().mimeTypeForFile(info).name();
    return a;
}

MailAttachment MailAttachment::fromData(const QByteArray &data, const QString &fileName,
                                        const QString &contentType)
{
    MailAttachment a;
    a.data = data;
    a.fileName = fileName;
    a.contentType = contentType;
    return a;
}

std::optional<MailAttachment> MailAttachment::inlineImage(const QString &path,
                                                          const QString &contentId, QString *error)
{
    auto a = fromFile(path, error);
    if (!a)
        return a;
    a->isInline = true;
    a->contentId = contentId;
    if (a->contentId.isEmpty()) {
        a->contentId =
            QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1String("@postel.invalid");
    }
    return a;
}

qint64 MailAttachment::size() const
{
    if (!filePath.isEmpty()) {
        QFileInfo info(filePath);
        return info.exists() ? info.size() : -1;
    }
    return data.size();
}

QString MailAttachment::effectiveContentType() const
{
    if (!contentType.isEmpty())
        return contentType;
    QMimeDatabase db;
    QMimeType type;
    if (!filePath.isEmpty())
        type = db.mimeTypeForFile(filePath);
    else if (!fileName.isEmpty())
        type = db.mimeTypeForFileNameAndData(fileName, data);
    else
        type = db.mimeTypeForData(data);
    if (type.isValid() && !type.isDefault())
        return type.name();
    return QStringLiteral("application/octet-stream");
}

QByteArray MailAttachment::content(QString *error) const
{
    if (filePath.isEmpty())
        return data;
    QFile f(filePath);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = MessageText::tr("Cannot read the attachment “%1”: %2")
                         .arg(filePath, f.errorString());
        return {};
    }
    return f.readAll();
}

} // namespace postel
