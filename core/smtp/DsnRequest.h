#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace postel {

// A delivery status notification request (RFC 3461): what the sender wants to hear back
// about each recipient (NOTIFY on RCPT), how much of the message a failure report
// returns (RET on MAIL) and an envelope id quoted in every report (ENVID on MAIL).
// Sent only to a server that advertises DSN; otherwise the message goes without it and
// the caller says so (dsnWarning()).
struct DsnRequest
{
    Q_DECLARE_TR_FUNCTIONS(DsnRequest)
public:
    enum class Ret
    {
        Unset,
        Full,   // RET=FULL: the whole message comes back in a failure report
        Headers // RET=HDRS: only its headers
    };

    // Empty: NOTIFY is not sent (the server's default: failures only). Else either
    // {"NEVER"} or a subset of SUCCESS, FAILURE, DELAY, upper case, in that order.
    QStringList notify;
    Ret ret = Ret::Unset;
    QString envid; // printable ASCII, at most 100 characters; empty: not sent

    bool isEmpty() const { return notify.isEmpty() && ret == Ret::Unset && envid.isEmpty(); }

    // Parses postel-cli's values; on an error returns false and says why in `error`.
    // notify: "never" or a comma list of success, failure, delay (any case).
    bool setNotify(const QString &value, QString *error);
    // ret: "full" or "hdrs".
    bool setRet(const QString &value, QString *error);
    bool setEnvid(const QString &value, QString *error);

    // The ESMTP parameters for MAIL (RET=…, ENVID=xtext) and for every RCPT (NOTIFY=…).
    // ORCPT (optional in RFC 3461) is not sent: sendmail's RCPT options are one list for
    // all recipients, as in smtplib.
    QStringList mailOptions() const;
    QStringList rcptOptions() const;
};

// xtext (RFC 3461 §4): '+', '=' and bytes outside 33..126 as "+HH".
QString xtext(const QByteArray &bytes);

} // namespace postel
