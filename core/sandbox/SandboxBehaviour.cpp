#include "SandboxBehaviour.h"
#include "SandboxAuthenticator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace postel {

namespace {

QString tr(const char *text)
{
    // lupdate files the strings of free functions in namespace postel under "postel".
    return QCoreApplication::translate("postel", text);
}

QStringList toStringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out.append(item.toString());
    return out;
}

struct StepName
{
    SandboxStep step;
    const char *name;
};

constexpr StepName stepNames[] = {
    {SandboxStep::Connect, "connect"},   {SandboxStep::Helo, "helo"},
    {SandboxStep::StartTls, "starttls"}, {SandboxStep::Auth, "auth"},
    {SandboxStep::Mail, "mail"},         {SandboxStep::Rcpt, "rcpt"},
    {SandboxStep::Data, "data"},         {SandboxStep::EndOfData, "dot"},
    {SandboxStep::Rset, "rset"},         {SandboxStep::Quit, "quit"},
};

bool parseRules(const QJsonValue &value, const SandboxReply &defaultReply, QList<SandboxRule> &out,
                QString *error)
{
    for (const QJsonValue &item : value.toArray()) {
        SandboxRule rule;
        if (item.isString()) {
            const auto parsed = SandboxRule::parse(item.toString(), defaultReply);
            if (!parsed) {
                if (error)
                    *error = tr("Invalid rule: %1").arg(item.toString());
                return false;
            }
            rule = *parsed;
        } else {
            const QJsonObject o = item.toObject();
            rule.pattern = o.value(QLatin1String("pattern")).toString();
            rule.reply = defaultReply;
            if (o.contains(QLatin1String("reply"))) {
                const auto reply = SandboxReply::parse(o.value(QLatin1String("reply")).toString());
                if (!reply) {
                    if (error)
                        *error = tr("Invalid reply in rule: %1")
                                     .arg(o.value(QLatin1String("reply")).toString());
                    return false;
                }
                rule.reply = *reply;
            }
        }
        if (rule.pattern.isEmpty()) {
            if (error)
                *error = tr("A rule has no pattern.");
            return false;
        }
        out.append(rule);
    }
    return true;
}

QJsonArray rulesToJson(const QList<SandboxRule> &rules)
{
    QJsonArray out;
    for (const SandboxRule &r : rules)
        out.append(QJsonObject{{QStringLiteral("pattern"), r.pattern},
                               {QStringLiteral("reply"), r.reply.toString()}});
    return out;
}

} // namespace

std::optional<SandboxAccount> SandboxAccount::parse(const QString &spec)
{
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    return SandboxAccount{spec.left(colon), spec.mid(colon + 1)};
}

std::optional<SandboxReply> SandboxReply::parse(const QString &spec)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*([2-5][0-9][0-9])(?:\\s+([2-5]\\.[0-9]{1,3}\\.[0-9]{1,3}))?(?:[ "
                       "\\t]+(.*?))?\\s*$"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = re.match(spec);
    if (!m.hasMatch())
        return std::nullopt;
    SandboxReply reply;
    reply.code = m.captured(1).toInt();
    reply.enhanced = m.captured(2);
    reply.text = m.captured(3);
    if (!reply.enhanced.isEmpty() && reply.enhanced.at(0) != m.captured(1).at(0))
        return std::nullopt;
    for (QChar c : reply.text) {
        if ((c.unicode() < 0x20 && c != QLatin1Char('\n')) || c.unicode() > 0x7e)
            return std::nullopt; // replies go on the wire as they are ('\n': the next line)
    }
    return reply;
}

QString SandboxReply::toString() const
{
    QString s = QString::number(code);
    if (!enhanced.isEmpty())
        s += QLatin1Char(' ') + enhanced;
    if (!text.isEmpty())
        s += QLatin1Char(' ') + text;
    return s;
}

bool SandboxRule::matches(const QString &address) const
{
    const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(
                                    pattern, QRegularExpression::UnanchoredWildcardConversion),
                                QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(address, 0, QRegularExpression::NormalMatch,
                                               QRegularExpression::AnchorAtOffsetMatchOption);
    return m.hasMatch() && m.capturedLength() == address.size();
}

std::optional<SandboxRule> SandboxRule::parse(const QString &spec, const SandboxReply &defaultReply)
{
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    SandboxRule rule;
    rule.pattern = (eq < 0 ? spec : spec.left(eq)).trimmed();
    rule.reply = defaultReply;
    if (rule.pattern.isEmpty())
        return std::nullopt;
    if (eq >= 0) {
        const auto reply = SandboxReply::parse(spec.mid(eq + 1));
        if (!reply)
            return std::nullopt;
        rule.reply = *reply;
    }
    return rule;
}

QString SandboxFault::stepName(SandboxStep step)
{
    for (const StepName &s : stepNames) {
        if (s.step == step)
            return QLatin1String(s.name);
    }
    return {};
}

std::optional<SandboxStep> SandboxFault::stepFromName(const QString &name)
{
    for (const StepName &s : stepNames) {
        if (name.compare(QLatin1String(s.name), Qt::CaseInsensitive) == 0)
            return s.step;
    }
    if (name.compare(QLatin1String("ehlo"), Qt::CaseInsensitive) == 0)
        return SandboxStep::Helo;
    return std::nullopt;
}

QStringList SandboxBehaviour::supportedExtensions()
{
    return {QStringLiteral("PIPELINING"),
            QStringLiteral("SIZE"),
            QStringLiteral("8BITMIME"),
            QStringLiteral("SMTPUTF8"),
            QStringLiteral("ENHANCEDSTATUSCODES"),
            QStringLiteral("CHUNKING"),
            QStringLiteral("DSN"),
            QStringLiteral("STARTTLS"),
            QStringLiteral("AUTH")};
}

bool SandboxBehaviour::advertises(const QString &extension) const
{
    return extensions.contains(extension, Qt::CaseInsensitive);
}

SandboxReply SandboxBehaviour::defaultRecipientRefusal()
{
    return {550, QStringLiteral("5.1.1"), QString()};
}

SandboxReply SandboxBehaviour::defaultSenderRefusal()
{
    return {550, QStringLiteral("5.7.1"), QString()};
}

SandboxBehaviour SandboxBehaviour::fromJson(const QJsonObject &json, QString *error)
{
    SandboxBehaviour b;
    QString err;
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return SandboxBehaviour{};
    };
    static const QStringList known = {QStringLiteral("hostname"),
                                      QStringLiteral("greeting"),
                                      QStringLiteral("extensions"),
                                      QStringLiteral("users"),
                                      QStringLiteral("require_auth"),
                                      QStringLiteral("require_tls"),
                                      QStringLiteral("plaintext_auth"),
                                      QStringLiteral("size_limit"),
                                      QStringLiteral("max_recipients"),
                                      QStringLiteral("max_connections"),
                                      QStringLiteral("idle_timeout_ms"),
                                      QStringLiteral("max_command_line"),
                                      QStringLiteral("max_data_line"),
                                      QStringLiteral("max_errors"),
                                      QStringLiteral("refuse_senders"),
                                      QStringLiteral("refuse_recipients"),
                                      QStringLiteral("faults"),
                                      QStringLiteral("auth_mechanisms"),
                                      QStringLiteral("refuse_connections"),
                                      QStringLiteral("tls_from_first_byte"),
                                      QStringLiteral("legacy_tls_only"),
                                      QStringLiteral("certificate")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(tr("Unknown setting: %1").arg(it.key()));
    }
    const auto integer = [&](const char *key, auto &field) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isDouble() || v.toDouble() < 0) {
            err = tr("%1 must be a number of zero or more.").arg(QLatin1String(key));
            return false;
        }
        field = static_cast<std::remove_reference_t<decltype(field)>>(v.toDouble());
        return true;
    };
    const auto boolean = [&](const char *key, bool &field) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isBool()) {
            err = tr("%1 must be true or false.").arg(QLatin1String(key));
            return false;
        }
        field = v.toBool();
        return true;
    };
    if (!integer("size_limit", b.sizeLimit) || !integer("max_recipients", b.maxRecipients) ||
        !integer("max_connections", b.maxConnections) ||
        !integer("idle_timeout_ms", b.idleTimeoutMs) ||
        !integer("max_command_line", b.maxCommandLineLength) ||
        !integer("max_data_line", b.maxDataLineLength) || !integer("max_errors", b.maxErrors) ||
        !boolean("require_auth", b.requireAuth) || !boolean("require_tls", b.requireTls) ||
        !boolean("plaintext_auth", b.plaintextAuth) ||
        !boolean("refuse_connections", b.refuseConnections) ||
        !boolean("tls_from_first_byte", b.tlsFromFirstByte) ||
        !boolean("legacy_tls_only", b.legacyTlsOnly))
        return fail(err);
    for (const QString &m : toStringList(json.value(QLatin1String("auth_mechanisms")))) {
        if (!SandboxAuthenticator::supports(m.toUpper().toLatin1()))
            return fail(tr("Unsupported AUTH mechanism: %1 (supported: %2)")
                            .arg(m, SandboxAuthenticator::mechanisms().join(QLatin1String(", "))));
        b.authMechanisms.append(m.toUpper());
    }
    if (json.contains(QLatin1String("certificate"))) {
        const QString name = json.value(QLatin1String("certificate")).toString();
        const auto flaw = SandboxCertificate::flawFromName(name);
        if (!flaw)
            return fail(tr("Unknown certificate: %1 (certificates: none, untrusted, other-name, "
                           "expired)")
                            .arg(name));
        b.certificateFlaw = *flaw;
    }
    if (json.contains(QLatin1String("hostname")))
        b.hostname = json.value(QLatin1String("hostname")).toString();
    if (json.contains(QLatin1String("greeting")))
        b.greetingText = json.value(QLatin1String("greeting")).toString();
    if (json.contains(QLatin1String("extensions"))) {
        b.extensions.clear();
        const QStringList supported = supportedExtensions();
        for (const QString &e : toStringList(json.value(QLatin1String("extensions")))) {
            if (!supported.contains(e, Qt::CaseInsensitive))
                return fail(tr("Unsupported extension: %1 (supported: %2)")
                                .arg(e, supported.join(QLatin1String(", "))));
            b.extensions.append(e.toUpper());
        }
    }
    for (const QJsonValue &u : json.value(QLatin1String("users")).toArray()) {
        std::optional<SandboxAccount> account;
        if (u.isString()) {
            account = SandboxAccount::parse(u.toString());
        } else {
            const QJsonObject o = u.toObject();
            account = SandboxAccount{o.value(QLatin1String("user")).toString(),
                                     o.value(QLatin1String("password")).toString()};
            if (account->user.isEmpty())
                account.reset();
        }
        if (!account)
            return fail(tr("A user needs a name (\"NAME:PASSWORD\" or {\"user\", \"password\"})."));
        b.accounts.append(*account);
    }
    if (!parseRules(json.value(QLatin1String("refuse_senders")), defaultSenderRefusal(),
                    b.refuseSenders, &err) ||
        !parseRules(json.value(QLatin1String("refuse_recipients")), defaultRecipientRefusal(),
                    b.refuseRecipients, &err))
        return fail(err);
    for (const QJsonValue &f : json.value(QLatin1String("faults")).toArray()) {
        const QJsonObject o = f.toObject();
        SandboxFault fault;
        const auto step = SandboxFault::stepFromName(o.value(QLatin1String("step")).toString());
        if (!step)
            return fail(tr("Unknown fault step: %1 (steps: connect, helo, starttls, auth, mail, "
                           "rcpt, data, dot, rset, quit)")
                            .arg(o.value(QLatin1String("step")).toString()));
        fault.step = *step;
        const QString action = o.value(QLatin1String("action")).toString();
        if (action == QLatin1String("delay")) {
            fault.action = SandboxFault::Action::Delay;
            fault.delayMs = o.value(QLatin1String("delay_ms")).toInt();
        } else if (action == QLatin1String("drop")) {
            fault.action = SandboxFault::Action::Drop;
        } else if (action == QLatin1String("reply") || action == QLatin1String("421")) {
            fault.action = SandboxFault::Action::Reply;
            const QString spec = action == QLatin1String("421")
                                     ? QStringLiteral("421 4.3.2 Service shutting down")
                                     : o.value(QLatin1String("reply")).toString();
            const auto reply = SandboxReply::parse(spec);
            if (!reply)
                return fail(tr("Invalid fault reply: %1").arg(spec));
            fault.reply = *reply;
        } else {
            return fail(
                tr("Unknown fault action: %1 (actions: delay, drop, reply, 421)").arg(action));
        }
        fault.occurrence = o.value(QLatin1String("occurrence")).toInt();
        b.faults.append(fault);
    }
    return b;
}

QJsonObject SandboxBehaviour::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("hostname"), hostname);
    o.insert(QStringLiteral("greeting"), greetingText);
    o.insert(QStringLiteral("extensions"), QJsonArray::fromStringList(extensions));
    QJsonArray users;
    for (const SandboxAccount &a : accounts)
        users.append(QJsonObject{{QStringLiteral("user"), a.user},
                                 {QStringLiteral("password"), a.password}});
    o.insert(QStringLiteral("users"), users);
    o.insert(QStringLiteral("require_auth"), requireAuth);
    o.insert(QStringLiteral("require_tls"), requireTls);
    o.insert(QStringLiteral("plaintext_auth"), plaintextAuth);
    o.insert(QStringLiteral("size_limit"), double(sizeLimit));
    o.insert(QStringLiteral("max_recipients"), maxRecipients);
    o.insert(QStringLiteral("max_connections"), maxConnections);
    o.insert(QStringLiteral("idle_timeout_ms"), idleTimeoutMs);
    o.insert(QStringLiteral("max_command_line"), maxCommandLineLength);
    o.insert(QStringLiteral("max_data_line"), maxDataLineLength);
    o.insert(QStringLiteral("max_errors"), maxErrors);
    o.insert(QStringLiteral("refuse_senders"), rulesToJson(refuseSenders));
    o.insert(QStringLiteral("refuse_recipients"), rulesToJson(refuseRecipients));
    QJsonArray faultArray;
    for (const SandboxFault &f : faults) {
        QJsonObject fo{{QStringLiteral("step"), SandboxFault::stepName(f.step)}};
        switch (f.action) {
        case SandboxFault::Action::Delay:
            fo.insert(QStringLiteral("action"), QStringLiteral("delay"));
            fo.insert(QStringLiteral("delay_ms"), f.delayMs);
            break;
        case SandboxFault::Action::Drop:
            fo.insert(QStringLiteral("action"), QStringLiteral("drop"));
            break;
        case SandboxFault::Action::Reply:
            fo.insert(QStringLiteral("action"), QStringLiteral("reply"));
            fo.insert(QStringLiteral("reply"), f.reply.toString());
            break;
        }
        if (f.occurrence > 0)
            fo.insert(QStringLiteral("occurrence"), f.occurrence);
        faultArray.append(fo);
    }
    o.insert(QStringLiteral("faults"), faultArray);
    o.insert(QStringLiteral("auth_mechanisms"), QJsonArray::fromStringList(authMechanisms));
    o.insert(QStringLiteral("refuse_connections"), refuseConnections);
    o.insert(QStringLiteral("tls_from_first_byte"), tlsFromFirstByte);
    o.insert(QStringLiteral("legacy_tls_only"), legacyTlsOnly);
    o.insert(QStringLiteral("certificate"), SandboxCertificate::flawName(certificateFlaw));
    return o;
}

} // namespace postel
