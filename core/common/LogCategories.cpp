#include "LogCategories.h"

Q_LOGGING_CATEGORY(lcSmtp, "postel.smtp", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTls, "postel.tls", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMessage, "postel.message", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSandbox, "postel.sandbox", QtWarningMsg)
