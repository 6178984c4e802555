#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace postel {

// A file attached to a message: either read from filePath when serialising (streamed,
// never loaded whole) or given as bytes in data.
struct MailAttachment
{
    QString fileName;      // the name recipients see (RFC 2231-encoded when not ASCII)
    QString filePath;      // when non-empty, the content is read from this file
    QByteArray data;       // otherwise, the content itself
    QString contentType;   // "image/png"; empty: guessed by QMimeDatabase from name/content
    bool isInline = false; // Content-Disposition: inline (images shown in the HTML body)
    QString contentId;     // without <>: the HTML refers to it as "cid:<contentId>"

    // A file on disk; name and content type from the file. Error if it cannot be read.
    static std::optional<MailAttachment> fromFile(const QString &path, QString *error = nullptr);
    static MailAttachment fromData(const QByteArray &data, const QString &fileName,
                                   const QString &contentType = {});
    // An inline image for an HTML body; a unique Content-ID is generated when empty.
    static std::optional<MailAttachment>
    inlineImage(const QString &path, const QString &contentId = {}, QString *error = nullptr);

    // Bytes of content (file size for files, -1 if the file is missing).
    qint64 size() const;
    // contentType, or the QMimeDatabase guess, or application/octet-stream.
    QString effectiveContentType() const;
    // The content: the bytes, or the file read whole (avoid for big files).
    QByteArray content(QString *error = nullptr) const;

    bool operator==(const MailAttachment &) const = default;
};

} // namespace postel
