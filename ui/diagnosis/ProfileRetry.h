#pragma once

#include "diagnosis/Finding.h"
#include "profiles/ServerProfile.h"

#include <QCoreApplication>
#include <QString>

namespace postel {

// What the failure banner's retry button does with a finding's change of settings
// (RetryChange): what it is called — saying what it does, "Retry with STARTTLS on port 587",
// "Use implicit TLS on port 465", "Trust this certificate…", "Edit the password" — and the
// profile with that one change made. No widgets: the banner and its tests use the same.
class ProfileRetry
{
    Q_DECLARE_TR_FUNCTIONS(postel::ProfileRetry)
public:
    enum class Kind
    {
        None,             // no retry helps
        ChangeProfile,    // change the settings the finding names, then retry
        TrustCertificate, // ask (CertificateDialog) whether to trust the certificate, then retry
        EditPassword      // open the profile at its password, then retry
    };
    static Kind kind(const RetryChange &change);

    // The button's text, with an access key; empty for Kind::None.
    static QString label(const RetryChange &change, const ServerProfile &profile);

    // `profile` with the change made and nothing else: the host and port, the security, the
    // AUTH mechanism ("auto" = automatic), the user to log in as. A certificate to trust and
    // the password are asked for (Kind), never set from here.
    static ServerProfile apply(ServerProfile profile, const RetryChange &change);

    // "STARTTLS", "implicit TLS", "plain text": how a profile connects, in a sentence.
    static QString securityWords(SmtpSession::Security security);
};

} // namespace postel
