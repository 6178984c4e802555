#include "Prober.h"

#include "Doctor.h"
#include "conversation/Conversation.h"
#include "smtp/SmtpSession.h"

namespace postel {

ProbeOptions ProbeOptions::fromEnvironment(ProbeOptions base)
{
    const QString spec = qEnvironmentVariable("POSTEL_PROBE_OTHER_PORT");
    if (spec.isEmpty())
        return base;
    bool ok = false;
    const uint port = spec.section(QLatin1Char('/'), 0, 0).toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return base;
    base.otherPort = quint16(port);
    const QString mode = spec.section(QLatin1Char('/'), 1).toLower();
    if (mode == QLatin1String("tls"))
        base.otherSecurity = SmtpSession::Security::ImplicitTls;
    else if (mode == QLatin1String("starttls"))
        base.otherSecurity = SmtpSession::Security::StartTls;
    return base;
}

Prober::Prober(QObject *parent) : QObject(parent)
{
    m_guard.setSingleShot(true);
    connect(&m_guard, &QTimer::timeout, this, [this] {
        if (m_conversation)
            m_conversation->cancel();
    });
}

Prober::~Prober()
{
    m_guard.stop();
    if (m_conversation)
        m_conversation->disconnect(this);
}

std::pair<quint16, SmtpSession::Security> Prober::otherPort(const SessionRecord &r,
                                                            const ProbeOptions &options)
{
    using S = SmtpSession::Security;
    if (options.otherPort) {
        const S fallback = r.security == S::ImplicitTls ? S::StartTls : S::ImplicitTls;
        return {*options.otherPort, options.otherSecurity.value_or(fallback)};
    }
    if (r.port == 465 || r.port == 25)
        return {587, S::StartTls};
    if (r.port == 587)
        return {465, S::ImplicitTls};
    return r.security == S::ImplicitTls ? std::pair{quint16(587), S::StartTls}
                                        : std::pair{quint16(465), S::ImplicitTls};
}

QList<ProbeResult::Kind> Prober::plan(const SessionRecord &record, const ProbeOptions &options)
{
    using K = ProbeResult::Kind;
    QList<K> out;
    if (!record.error.isError() || record.host.isEmpty())
        return out;
    QStringList ids;
    for (const Finding &f : Doctor::diagnose(record))
        ids.append(f.id);
    auto add = [&out](K k) {
        if (!out.contains(k) && out.size() < 3)
            out.append(k);
    };
    const bool implicit = record.security == SmtpSession::Security::ImplicitTls;
    const bool beforeGreeting = record.failedStep == Conversation::Step::Connect;
    const bool silent = ids.contains(QLatin1String("no-greeting")) ||
                        ids.contains(QLatin1String("implicit-tls-port")) ||
                        (beforeGreeting && ids.contains(QLatin1String("server-disconnected")));
    if (silent && record.tcpConnected)
        add(implicit ? K::PlainGreeting : K::TlsHandshake);
    if (implicit && beforeGreeting &&
        (ids.contains(QLatin1String("plaintext-port")) ||
         ids.contains(QLatin1String("tls-protocol-mismatch"))))
        add(K::PlainGreeting);
    if (!record.encrypted() && record.beforeTls.startTls() &&
        (ids.contains(QLatin1String("tls-required")) ||
         ids.contains(QLatin1String("auth-not-offered")) ||
         ids.contains(QLatin1String("cleartext-auth"))))
        add(K::StartTlsAuth);
    static const QStringList elsewhere{
        QStringLiteral("connection-refused"), QStringLiteral("connection-timed-out"),
        QStringLiteral("no-greeting"),        QStringLiteral("starttls-not-offered"),
        QStringLiteral("starttls-refused"),   QStringLiteral("implicit-tls-port")};
    const bool wantOther = std::any_of(elsewhere.cbegin(), elsewhere.cend(),
                                       [&](const QString &id) { return ids.contains(id); });
    if (wantOther && otherPort(record, options).first != record.port)
        add(K::OtherPort);
    return out;
}

void Prober::start(const SessionRecord &record, const ProbeOptions &options)
{
    if (m_running)
        return;
    m_record = record;
    m_options = options;
    m_results.clear();
    m_todo = plan(record, options);
    m_running = true;
    // Always asynchronous, also with nothing to do.
    QMetaObject::invokeMethod(this, &Prober::next, Qt::QueuedConnection);
}

void Prober::cancel()
{
    m_todo.clear();
    if (m_conversation)
        m_conversation->cancel();
}

void Prober::next()
{
    if (m_todo.isEmpty()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    run(m_todo.takeFirst());
}

void Prober::run(ProbeResult::Kind kind)
{
    using S = SmtpSession::Security;
    m_current = ProbeResult();
    m_current.kind = kind;
    m_current.host = m_record.host;
    m_current.port = m_record.port;
    Conversation::Plan plan;
    switch (kind) {
    case ProbeResult::Kind::TlsHandshake:
        m_current.security = S::ImplicitTls;
        plan.stopAfter = Conversation::Stage::Connect;
        break;
    case ProbeResult::Kind::PlainGreeting:
        m_current.security = S::None;
        plan.stopAfter = Conversation::Stage::Ehlo;
        break;
    case ProbeResult::Kind::StartTlsAuth:
        m_current.security = S::StartTls;
        plan.stopAfter = Conversation::Stage::Tls;
        break;
    case ProbeResult::Kind::OtherPort: {
        const auto [port, security] = otherPort(m_record, m_options);
        m_current.port = port;
        m_current.security = security;
        plan.stopAfter = Conversation::Stage::Tls;
        break;
    }
    }
    plan.host = m_current.host;
    plan.port = m_current.port;
    plan.security = m_current.security == S::ImplicitTls ? S::ImplicitTls : S::None;
    plan.startTls = m_current.security == S::StartTls;

    auto *session = new SmtpSession(this);
    session->setTimeout(m_options.timeoutMs);
    if (!m_options.ehloName.isEmpty())
        session->setLocalHostname(m_options.ehloName);
    session->setTlsConfiguration(m_options.tls);
    session->setTlsSessionResumption(false);
    // A probe only looks (greeting, TLS, EHLO): it sends no credentials and no mail, so a
    // certificate problem is noted, not a reason to stop looking.
    connect(
        session, &SmtpSession::sslErrors, this,
        [this, session](const QList<QSslError> &errors) {
            for (const QSslError &e : errors)
                m_current.certificateErrors.append(e.errorString());
            session->ignoreSslErrors(errors);
        },
        Qt::DirectConnection);
    auto *conversation = new Conversation(session, this);
    m_session = session;
    m_conversation = conversation;
    connect(conversation, &Conversation::finished, this, &Prober::collect);
    m_guard.start(m_options.timeoutMs * 3);
    conversation->start(plan);
}

void Prober::collect()
{
    m_guard.stop();
    Conversation *c = m_conversation;
    SmtpSession *s = m_session;
    if (!c || !s)
        return;
    c->disconnect(this);
    ProbeResult &p = m_current;
    p.tcpConnected = s->tcpConnected();
    p.tlsProtocol = s->tlsInfo().protocol;
    p.greeting = s->greeting();
    const Capabilities &clear = s->advertisedBeforeTls();
    p.ehloAnswered = !clear.isEmpty() || !s->lastAdvertised().isEmpty();
    p.startTlsOffered = clear.startTls();
    p.authBeforeTls = clear.authMechanisms();
    const bool ehloUnderTls =
        !p.tlsProtocol.isEmpty() &&
        (!c->hasError() || (c->failedStep() != Conversation::Step::EhloAfterTls &&
                            c->failedStep() != Conversation::Step::StartTls &&
                            c->failedStep() != Conversation::Step::Ehlo));
    if (ehloUnderTls && !s->lastAdvertised().isEmpty())
        p.authAfterTls = s->lastAdvertised().authMechanisms();
    if (c->hasError())
        p.error = c->error().describe();
    m_results.append(p);
    c->deleteLater();
    s->deleteLater();
    m_conversation = nullptr;
    m_session = nullptr;
    next();
}

} // namespace postel
