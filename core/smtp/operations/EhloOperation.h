#pragma once

#include "../SmtpOperation.h"

namespace postel {

// ehlo() and helo(); EHLO becomes LHLO on an LMTP session.
class EhloOperation : public SmtpOperation
{
    Q_OBJECT
public:
    enum Kind
    {
        Ehlo,
        Helo
    };
    EhloOperation(SmtpSession *session, Kind kind, const QString &name);

protected:
    void start() override;
    void replyReceived(const Reply &reply) override;

private:
    Kind m_kind;
    QString m_name;
};

// ehlo_or_helo_if_needed(): EHLO, then HELO if EHLO is refused; a helo error if neither.
class EhloOrHeloOperation : public SmtpOperation
{
    Q_OBJECT
public:
    explicit EhloOrHeloOperation(SmtpSession *session);

protected:
    void start() override;
    void replyReceived(const Reply &) override {}
    void childFinished(SmtpOperation *child) override;

private:
    bool m_triedHelo = false;
};

} // namespace postel
