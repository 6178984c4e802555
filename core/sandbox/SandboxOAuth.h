#pragma once

#include "SandboxBehaviour.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace postel {

// The sandbox's side of XOAUTH2 and OAUTHBEARER (RFC 7628): it issues each of its accounts
// a bearer token of its own (derived from the account, so it is the same each run and can
// be shown in the sandbox's panel) and accepts exactly those. Any other token gets the
// error both mechanisms define — a 334 challenge with a JSON error, the client's dummy
// answer, then 535 — so the flow can be practised offline.
namespace SandboxOAuth {

bool isOAuth(const QByteArray &mechanism);
// "sbx-…": the token the sandbox issues to `account`.
QString tokenFor(const SandboxAccount &account);

struct ClientResponse
{
    QString user; // XOAUTH2's user=, OAUTHBEARER's a= (may be empty)
    QByteArray token;
    bool wellFormed = false;
};
ClientResponse parse(const QByteArray &mechanism, const QByteArray &response);
// The account the token was issued to, when it was issued to `user` (or `user` is empty).
std::optional<QString> check(const ClientResponse &response, const QList<SandboxAccount> &accounts);
// The JSON error of the 334 challenge: Google's shape for XOAUTH2, RFC 7628's for OAUTHBEARER.
QByteArray errorJson(const QByteArray &mechanism, const QString &hostname);
// The dummy answer the client must send after the error challenge.
QByteArray errorAcknowledgement(const QByteArray &mechanism);

} // namespace SandboxOAuth

} // namespace postel
