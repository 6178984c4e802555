#pragma once

#include "Finding.h"
#include "SessionRecord.h"

#include <QCoreApplication>

namespace postel {

// Postel's own refusals before sending (SmtpError::reason): the message or envelope does not
// fit what the server announced, or would be damaged or misread on the way. The reason is
// the finding's id: message-too-large, smtputf8-not-supported, line-too-long, nul-byte,
// bare-line-ending, 8bit-without-8bitmime, cleartext-auth.
class PreflightRules
{
    Q_DECLARE_TR_FUNCTIONS(postel::PreflightRules)
public:
    static bool diagnose(const SessionRecord &record, QList<Finding> &out);
};

} // namespace postel
