#pragma once

#include "Finding.h"
#include "SessionRecord.h"

#include <QCoreApplication>
#include <optional>

namespace postel {

// The envelope and the content: the sender refused (sender-rejected, sender-not-permitted,
// sender-authentication-failed), recipients refused (recipient-unknown, recipient-rejected,
// relay-denied, mailbox-full, greylisted), and the message refused (message-too-large,
// message-rejected, smtputf8-not-supported).
class TransactionRules
{
    Q_DECLARE_TR_FUNCTIONS(postel::TransactionRules)
public:
    // A failure without a reply that belongs here (an address the server cannot take).
    static bool diagnose(const SessionRecord &record, QList<Finding> &out);
    // One finding per kind of refusal among the refused recipients, in their order.
    static void refusedRecipients(const SessionRecord &record, QList<Finding> &out,
                                  Finding::Severity severity);
    // A refusal of MAIL, RCPT, DATA or the message; `addresses`: whom it was about.
    static std::optional<Finding> fromReply(const SessionRecord &record, const Reply &reply,
                                            const QByteArray &verb, const QStringList &addresses);
    // `reply` null: Postel's own check against the SIZE the server announced.
    static Finding messageTooLarge(const SessionRecord &record, const Reply *reply,
                                   const QByteArray &verb = {});
    // `reply` null: Postel's own check (the server does not offer SMTPUTF8).
    static Finding smtputf8NotSupported(const SessionRecord &record, const Reply *reply,
                                        const QByteArray &verb = {});

private:
    static bool nonAscii(const QString &address);
};

} // namespace postel
