#include "SettingsFinder.h"

#include "Doctor.h"
#include "ServerWords.h"
#include "conversation/Conversation.h"
#include "smtp/SmtpSession.h"
#include "transcript/TranscriptFormat.h"

namespace postel {

namespace {

QString securityWords(SmtpSession::Security s)
{
    switch (s) {
    case SmtpSession::Security::None:
        return SettingsFinder::tr("plain text");
    case SmtpSession::Security::StartTls:
        return SettingsFinder::tr("STARTTLS");
    case SmtpSession::Security::ImplicitTls:
        return SettingsFinder::tr("TLS from the first byte");
    }
    return {};
}

} // namespace

SettingsFinder::SettingsFinder(QObject *parent) : QObject(parent) {}

SettingsFinder::~SettingsFinder() = default;

QStringList SettingsFinder::hostsFor(const QString &address, const QString &host)
{
    if (!host.trimmed().isEmpty())
        return {host.trimmed()};
    const QString domain = address.section(QLatin1Char('@'), -1).trimmed().toLower();
    if (domain.isEmpty() || !address.contains(QLatin1Char('@')))
        return {};
    return {QStringLiteral("smtp.") + domain, QStringLiteral("mail.") + domain, domain};
}

QList<SettingsFinder::Candidate> SettingsFinder::candidatesFor(const Options &options)
{
    if (!options.candidates.isEmpty())
        return options.candidates;
    // The usual ports, or where the environment says they are (the test servers).
    QHash<quint16, quint16> ports{{587, 587}, {465, 465}, {25, 25}};
    const QString spec = qEnvironmentVariable("POSTEL_FIND_SETTINGS_PORTS");
    for (const QString &pair : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const quint16 usual = quint16(pair.section(QLatin1Char('='), 0, 0).toUInt());
        const quint16 real = quint16(pair.section(QLatin1Char('='), 1, 1).toUInt());
        if (ports.contains(usual) && real)
            ports[usual] = real;
    }
    QList<Candidate> out;
    for (const QString &host : hostsFor(options.address, options.host)) {
        out.append({host, ports.value(587), SmtpSession::Security::StartTls, 587, {}});
        out.append({host, ports.value(465), SmtpSession::Security::ImplicitTls, 465, {}});
        out.append({host, ports.value(25), SmtpSession::Security::StartTls, 25, {}});
    }
    return out;
}

void SettingsFinder::start(const Options &options)
{
    if (m_running)
        return;
    m_options = options;
    if (m_options.user.isEmpty())
        m_options.user = m_options.address.trimmed();
    m_todo = candidatesFor(m_options);
    m_attempts.clear();
    m_deadHosts.clear();
    m_running = true;
    QMetaObject::invokeMethod(this, &SettingsFinder::next, Qt::QueuedConnection);
}

void SettingsFinder::cancel()
{
    if (!m_running)
        return;
    m_todo.clear();
    if (m_conversation && m_conversation->isRunning())
        m_conversation->cancel();
    else
        done();
}

std::optional<SettingsFinder::Attempt> SettingsFinder::found() const
{
    for (const Attempt &a : m_attempts) {
        if (a.works)
            return a;
    }
    return std::nullopt;
}

void SettingsFinder::next()
{
    while (!m_todo.isEmpty() && m_deadHosts.contains(m_todo.first().host))
        m_todo.removeFirst();
    if (m_todo.isEmpty())
        return done();
    const Candidate c = m_todo.takeFirst();
    if (m_conversation)
        m_conversation->deleteLater();
    if (m_session)
        m_session->deleteLater();
    m_session = new SmtpSession(this);
    m_session->setTimeout(m_options.timeoutMs);
    if (!m_options.ehloName.isEmpty())
        m_session->setLocalHostname(m_options.ehloName);
    m_session->setTlsConfiguration(m_options.tls);
    m_conversation = new Conversation(m_session, this);
    m_entries.clear();
    connect(m_session, &SmtpSession::entry, this,
            [this](const TranscriptEntry &e) { m_entries.append(e); });
    Conversation::Plan plan;
    plan.host = c.host;
    plan.port = c.port;
    plan.security = c.security;
    plan.startTls = c.security == SmtpSession::Security::StartTls;
    if (!m_options.password.isEmpty()) {
        plan.authUser = c.user.isEmpty() ? m_options.user : c.user;
        plan.authPassword = m_options.password;
        plan.stopAfter = Conversation::Stage::Auth;
    } else {
        plan.stopAfter = Conversation::Stage::Tls;
    }
    connect(m_conversation, &Conversation::finished, this, [this, c] {
        Attempt a;
        a.candidate = c;
        a.record = SessionRecord::capture(*m_conversation, m_entries);
        a.findings = Doctor::diagnose(a.record);
        const bool loginOk = m_options.password.isEmpty() || a.record.authOk;
        a.works = !m_conversation->hasError() && a.record.encrypted() && loginOk;
        a.evidence = describe(a);
        const bool cancelled = m_conversation->error().kind == ErrorKind::Cancelled;
        if (a.record.socketError == QAbstractSocket::HostNotFoundError)
            m_deadHosts.append(c.host);
        m_attempts.append(a);
        Q_EMIT attempted();
        if (a.works || cancelled)
            m_todo.clear();
        // The password was refused for the whole address: try the local part as the user.
        const QString user = c.user.isEmpty() ? m_options.user : c.user;
        if (!a.works && !cancelled && user.contains(QLatin1Char('@')) && !a.findings.isEmpty() &&
            a.findings.first().id == QLatin1String("auth-credentials-rejected")) {
            Candidate local = c;
            local.user = user.section(QLatin1Char('@'), 0, -2);
            m_todo.prepend(local);
        }
        QMetaObject::invokeMethod(this, &SettingsFinder::next, Qt::QueuedConnection);
    });
    Q_EMIT trying(
        tr("Trying %1 port %2 with %3…").arg(c.host).arg(c.port).arg(securityWords(c.security)));
    m_conversation->start(plan);
}

QString SettingsFinder::describe(const Attempt &a) const
{
    const SessionRecord &r = a.record;
    const QString where = tr("%1 port %2 with %3")
                              .arg(TranscriptFormat::escaped(a.candidate.host))
                              .arg(a.candidate.port)
                              .arg(securityWords(a.candidate.security));
    if (!a.works) {
        const QString why = a.findings.isEmpty() ? TranscriptFormat::escaped(r.error.describe())
                                                 : a.findings.first().title;
        return tr("%1: does not work — %2").arg(where, why);
    }
    QStringList seen;
    if (r.greeting.isValid())
        seen << tr("greeting %1").arg(ServerWords::quote(r.greeting));
    seen << (r.tls.verified ? tr("%1, certificate verified").arg(r.tls.protocol)
                            : tr("%1, certificate not verified").arg(r.tls.protocol));
    const QStringList auth = r.advertised().authMechanisms();
    if (!auth.isEmpty())
        seen << tr("AUTH %1").arg(auth.join(QLatin1Char(' ')));
    if (r.authOk)
        seen
            << tr("logged in as %1 with %2").arg(TranscriptFormat::escaped(r.authUser), r.authUsed);
    return tr("%1: works — %2").arg(where, seen.join(QStringLiteral("; ")));
}

void SettingsFinder::done()
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished();
}

} // namespace postel
