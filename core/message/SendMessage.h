#pragma once

#include "MailMessage.h"

#include <QStringList>

namespace postel {

class SmtpSession;
class TransactionOperation;

// smtplib's send_message(msg, from_addr, to_addrs, mail_options, rcpt_options), exactly as
// SPEC.md's row says:
// - EHLO/HELO first if needed;
// - from: `from` if given, else the Sender header, else the first From; to: `to` if given,
//   else To + Cc + Bcc. A single Resent-* block takes precedence (Resent-Sender/From,
//   Resent-To/Cc/Bcc); several Resent-* blocks -> Usage error, nothing sent;
// - Bcc and Resent-Bcc are never transmitted; CRLF line ends; missing Date and Message-ID
//   are filled in;
// - a non-ASCII address in the envelope needs SMTPUTF8: NotSupported error without it;
//   with it the message is serialised as UTF-8 and SMTPUTF8 and BODY=8BITMIME are added
//   to the mail options;
// - otherwise the message is serialised for what the server advertised (8-bit text only
//   with 8BITMIME, else quoted-printable/base64; headers RFC 2047-encoded);
// - then sendmail(): the returned operation's result() carries the refused and accepted
//   recipients, and error() smtplib's errors, like sendmail's.
// The message is copied: the caller's MailMessage is never modified (nothing is lost when
// a send fails). Serialisation goes to a temporary file, so big attachments are never held
// in memory whole; it runs on the calling (GUI) thread when the operation starts — for very
// big attachments, prepare the bytes off-thread with prepareForSending() and call
// SmtpSession::sendmail() yourself.
TransactionOperation *sendMessage(SmtpSession *session, const MailMessage &message,
                           const QString &from = {}, const QStringList &to = {},
                           const QStringList &mailOptions = {},
                           const QStringList &rcptOptions = {});

// What sendMessage() decides before talking to sendmail(), usable on any thread (e.g.
// QtConcurrent::run): the envelope, the options to add, and the serialised message written
// to `out`. `smtpUtf8` / `eightBitMime`: what the server advertised.
struct PreparedMessage
{
    QString sender;
    QStringList recipients;
    QStringList mailOptions; // the caller's plus SMTPUTF8 / BODY=8BITMIME when needed
    bool ok = false;
    bool notSupported = false; // non-ASCII address without SMTPUTF8
    QString error;
};
PreparedMessage prepareForSending(const MailMessage &message, bool smtpUtf8, bool eightBitMime,
                                  QIODevice *out, const QString &from = {},
                                  const QStringList &to = {}, const QStringList &mailOptions = {});

} // namespace postel
