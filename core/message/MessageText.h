#pragma once

// Private to core/message: the translation context of every sentence it shows to people.
// The context keeps its old name ("MailMessage") so that the catalogues stay as they are.

#include <QCoreApplication>

namespace postel {

class MessageText
{
    Q_DECLARE_TR_FUNCTIONS(MailMessage)
};

} // namespace postel
