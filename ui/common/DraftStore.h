#pragma once

#include "message/MailMessage.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace postel {

// The message being written, kept on disk (QStandardPaths::AppDataLocation/drafts) so that
// nothing is lost: not by a crash, a failed send or a closed window. Attachments are kept
// as file paths (big files are not copied), or as data when they have none.
class DraftStore
{
public:
    static QString directory();
    static QString currentDraftPath();

    // The address fields as typed: what cannot be read as an address yet is kept too.
    struct TypedAddresses
    {
        QString from, to, cc, bcc;
    };

    static bool save(const MailMessage &message, bool html, QString *error = nullptr,
                     const TypedAddresses *typed = nullptr);
    static std::optional<MailMessage> load(bool *html = nullptr,
                                           std::optional<TypedAddresses> *typed = nullptr);
    static void discard();

    // The same message as JSON, for other files kept next to the draft (the send journal).
    static QJsonObject toJson(const MailMessage &message, bool html,
                              const TypedAddresses *typed = nullptr);
    static std::optional<MailMessage> fromJson(const QJsonObject &json, bool *html = nullptr,
                                               std::optional<TypedAddresses> *typed = nullptr);
};

} // namespace postel
