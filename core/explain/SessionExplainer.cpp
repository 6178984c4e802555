#include "SessionExplainer.h"
#include "Catalogue.h"
#include "Explainer.h"

#include <QRegularExpression>
#include <QSet>

namespace postel {

namespace {

struct Result
{
    QString base;
    QString enhanced; // a reply's enhanced code, on a line of its own
    QStringList notes;
};

// A command waiting for its reply. "." stands for the end of the message after DATA, and
// "SASL" for the client's answer to a challenge.
struct Pending
{
    QString verb;
    QString mechanism; // AUTH
    int recipient = 0; // LMTP: which accepted recipient a "." reply is for
    bool last = false; // BDAT … LAST
};

QString verbOf(const QByteArray &line)
{
    static const QRegularExpression re(QStringLiteral("^([A-Za-z0-9][A-Za-z0-9-]*)"));
    const auto m = re.match(QString::fromLatin1(line.left(32)));
    return m.hasMatch() ? m.captured(1).toUpper() : QString();
}

QList<QByteArray> replyLines(const QByteArray &bytes)
{
    QList<QByteArray> out;
    for (const QByteArray &l : bytes.split('\n')) {
        QByteArray line = l;
        if (line.endsWith('\r'))
            line.chop(1);
        out.append(line.size() >= 4 ? line.mid(4) : QByteArray());
    }
    return out;
}

// The EHLO keywords of a reply's lines (the first line is the greeting text).
QStringList keywordsOf(const QList<QByteArray> &lines)
{
    QStringList out;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString word =
            QString::fromLatin1(lines.at(i)).section(QLatin1Char(' '), 0, 0).toUpper();
        const QString keyword = word.section(QLatin1Char('='), 0, 0); // old style AUTH=
        if (!keyword.isEmpty() && !out.contains(keyword))
            out.append(keyword);
    }
    return out;
}

bool printable(const QByteArray &bytes)
{
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return false;
    }
    return QString::fromUtf8(bytes).toUtf8() == bytes; // valid UTF-8
}

class Walker
{
public:
    QList<Result> walk(const QList<TranscriptEntry> &entries)
    {
        QList<Result> out;
        out.reserve(entries.size());
        for (const TranscriptEntry &e : entries)
            out.append(step(e));
        return out;
    }

private:
    QList<Pending> m_pending;
    bool m_greeted = false;
    bool m_lmtp = false;
    bool m_tls = false;          // TLS started in this session (STARTTLS or a TlsStart line)
    bool m_plainEhlo = false;    // an EHLO was answered before TLS
    QStringList m_plainKeywords; // what that EHLO offered
    bool m_sasl = false;         // the next client line answers a challenge
    QString m_mechanism;
    int m_acceptedRecipients = 0; // in the current transaction
    QString m_lastVerb;           // the last command sent (for Data entries)
    int m_dotsAwaited = 0;        // after DATA's 354: how many replies the final dot gets

    Result step(const TranscriptEntry &e)
    {
        switch (e.direction) {
        case TranscriptEntry::Client:
            return client(e);
        case TranscriptEntry::Server:
            return server(e);
        case TranscriptEntry::Data:
            if (m_lastVerb == QLatin1String("BDAT"))
                return {SessionExplainer::tr(
                            "A chunk of the message: exactly as many bytes as BDAT announced, "
                            "with no dot at the end (RFC 3030 §2)."),
                        {},
                        {}};
            return {SessionExplainer::tr(
                        "The message itself: the headers, an empty line and the body, ended "
                        "by a line holding a single dot (RFC 5321 §4.1.1.4). Postel records "
                        "its size, not its content."),
                    {},
                    {}};
        case TranscriptEntry::TlsStart:
            m_tls = true;
            return {SessionExplainer::tr(
                        "TLS is on: from here on everything is encrypted, and both sides "
                        "forget what they knew about each other (RFC 3207 §4.2)."),
                    {},
                    {}};
        case TranscriptEntry::Info:
        case TranscriptEntry::Error:
            break;
        }
        return {};
    }

    Result client(const TranscriptEntry &e)
    {
        if (m_sasl) {
            // Never look inside: the line is a credential or a step of one.
            m_pending.append({QStringLiteral("SASL"), m_mechanism, 0, false});
            return {SessionExplainer::tr(
                        "The client's answer to the server's challenge. It carries the "
                        "credentials, so Postel masks it and never decodes it (RFC 4954 §4)."),
                    {},
                    {}};
        }
        if (e.bytes.trimmed() == ".") {
            m_lastVerb = QStringLiteral(".");
            awaitDotReplies();
            return {Explainer::explainCommand(QStringLiteral(".")).brief(), {}, {}};
        }
        const QString verb = verbOf(e.bytes);
        m_lastVerb = verb;
        Result r;
        Pending p{verb, {}, 0, false};
        if (verb == QLatin1String("BDAT"))
            p.last = e.bytes.toUpper().contains(" LAST");
        if (verb == QLatin1String("AUTH")) {
            // The mechanism only: what follows it is the initial response (a credential).
            const QList<QByteArray> words = e.bytes.simplified().split(' ');
            p.mechanism = words.size() > 1 ? QString::fromLatin1(words.at(1)).toUpper() : QString();
            m_mechanism = p.mechanism;
            r.base = Explainer::explainCommand(QStringLiteral("AUTH ") + p.mechanism).brief();
            if (words.size() > 2)
                r.notes << SessionExplainer::tr(
                    "The rest of the line is the initial response, which carries "
                    "the credentials: Postel masks it (RFC 4954 §4).");
        } else {
            const Explanation x = Explainer::explainCommand(QString::fromUtf8(e.bytes));
            r.base = x.isValid() ? x.brief()
                                 : SessionExplainer::tr(
                                       "A command Postel does not know; the server's reply "
                                       "says whether the server does.");
        }
        if (verb == QLatin1String("LHLO"))
            m_lmtp = true;
        if ((verb == QLatin1String("EHLO") || verb == QLatin1String("LHLO")) && e.encrypted &&
            m_tls && m_plainEhlo)
            r.notes << SessionExplainer::tr(
                "EHLO again: after STARTTLS the session starts over. Both sides "
                "forget what they learnt before TLS, and the client asks for the "
                "extensions anew, this time over the encrypted connection "
                "(RFC 3207 §4.2).");
        if (verb == QLatin1String("MAIL") || verb == QLatin1String("RSET"))
            m_acceptedRecipients = 0;
        m_pending.append(p);
        return r;
    }

    // The final dot gets one reply (in LMTP one per accepted recipient). A record with no
    // "." line of its own (the dot sent with the data) expects them all the same.
    void awaitDotReplies()
    {
        const int replies = qMax(1, m_dotsAwaited);
        for (int i = 1; i <= replies; ++i)
            m_pending.append({QStringLiteral("."), {}, m_lmtp ? i : 0, false});
        m_dotsAwaited = 0;
    }

    Result server(const TranscriptEntry &e)
    {
        if (m_pending.isEmpty() && m_dotsAwaited > 0)
            awaitDotReplies();
        const QList<QByteArray> lines = replyLines(e.bytes);
        const QString text = lines.isEmpty() ? QString() : QString::fromUtf8(lines.first());
        const Explanation x = Explainer::explainReply(e.code, text);
        Result r;
        Pending p;
        const bool greeting = !m_greeted && m_pending.isEmpty();
        if (!m_pending.isEmpty())
            p = m_pending.takeFirst();
        m_greeted = true;
        if (!x.isValid()) {
            r.base = x.error;
            return r;
        }
        r.base = replyBase(x, p, greeting);
        if (x.enhanced)
            r.enhanced = x.enhanced->brief();

        if (greeting) {
            r.notes << (e.code == 554 ? SessionExplainer::tr(
                                            "A 554 greeting: this server refuses the session; "
                                            "the client may only say QUIT (RFC 5321 §3.1).")
                                      : SessionExplainer::tr(
                                            "The greeting: the first reply of every session, "
                                            "sent before the client says anything "
                                            "(RFC 5321 §3.1)."));
        } else if (p.verb.isEmpty() && e.code != 421) {
            r.notes << SessionExplainer::tr(
                "A reply to no command: the server spoke without being asked.");
        }
        const bool positive = e.code >= 200 && e.code < 400;
        if (p.verb == QLatin1String("EHLO") || p.verb == QLatin1String("LHLO")) {
            if (e.code == 250)
                ehloNotes(e, lines, r.notes);
        } else if (p.verb == QLatin1String("STARTTLS") && e.code == 220) {
            m_tls = true;
            r.notes << SessionExplainer::tr(
                "The TLS handshake starts right after this reply. Then the session "
                "starts over: the client has to send EHLO again (RFC 3207 §4.2).");
        } else if (p.verb == QLatin1String("AUTH") || p.verb == QLatin1String("SASL")) {
            saslNotes(e.code, text, r.notes);
        } else if (p.verb == QLatin1String("RCPT")) {
            if (positive) {
                ++m_acceptedRecipients;
                r.notes << SessionExplainer::tr(
                    "Accepted is not delivered: the recipient is only noted for this "
                    "message. Nothing is delivered until the message itself has "
                    "been sent and accepted (after DATA, or after the last BDAT chunk) "
                    "(RFC 5321 §3.3).");
            } else if (e.code >= 400) {
                r.notes << SessionExplainer::tr(
                    "Only this recipient is refused: the message can still go to the "
                    "recipients that were accepted (RFC 5321 §3.3).");
            }
        } else if (p.verb == QLatin1String("DATA") && e.code == 354) {
            m_dotsAwaited = m_lmtp ? qMax(1, m_acceptedRecipients) : 1;
        } else if (p.verb == QLatin1String(".") || (p.verb == QLatin1String("BDAT") && p.last)) {
            if (p.recipient > 0)
                r.notes << SessionExplainer::tr(
                               "In LMTP the server answers the final dot once for each accepted "
                               "recipient, in the order of the RCPT commands; this answer is "
                               "for recipient %1 (RFC 2033 §4.2).")
                               .arg(p.recipient);
            if (e.code == 250)
                r.notes << SessionExplainer::tr(
                    "Accepted: the server is now responsible for delivering the "
                    "message, or for sending a bounce if it cannot (RFC 5321 §6.1).");
        }
        if (e.code == 421) {
            r.notes << SessionExplainer::tr(
                "The server closes the connection after this reply; a message not "
                "yet accepted is not sent (RFC 5321 §3.8).");
            m_pending.clear();
        }
        return r;
    }

    static QString replyBase(const Explanation &x, const Pending &p, bool greeting)
    {
        const Catalogue::Command *cmd = p.verb == QLatin1String("SASL")
                                            ? Catalogue::instance().command(QStringLiteral("AUTH"))
                                            : Catalogue::instance().command(p.verb);
        const Catalogue::Answer *answer = cmd && !greeting ? cmd->answer(x.code) : nullptr;
        if (!answer)
            return x.brief();
        const QString after =
            cmd->verb == QLatin1String(".") ? SessionExplainer::tr("the final dot") : cmd->verb;
        return SessionExplainer::tr("%1 %2 — after %3: %4 (%5)")
            .arg(QString::number(x.code), x.title, after, answer->meaning.tr(),
                 x.rfc.join(QStringLiteral(", ")));
    }

    void ehloNotes(const TranscriptEntry &e, const QList<QByteArray> &lines, QStringList &notes)
    {
        const QStringList keywords = keywordsOf(lines);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QString line = Explainer::escaped(QString::fromUtf8(lines.at(i)));
            const QString summary = Explainer::keywordSummary(
                line.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('='), 0, 0));
            notes << (summary.isEmpty()
                          ? SessionExplainer::tr("%1: an extension Postel does not know.").arg(line)
                          : SessionExplainer::tr("%1: %2").arg(line, summary));
        }
        if (!e.encrypted) {
            m_plainEhlo = true;
            m_plainKeywords = keywords;
            return;
        }
        if (!m_tls || !m_plainEhlo)
            return;
        if (keywords.contains(QLatin1String("AUTH")) &&
            !m_plainKeywords.contains(QLatin1String("AUTH")))
            notes << SessionExplainer::tr(
                "AUTH appears only now, over TLS: this server does not offer a login "
                "on an unencrypted connection, so that passwords never travel in "
                "clear text (RFC 4954 §4, RFC 3207 §4.2).");
        if (!keywords.contains(QLatin1String("STARTTLS")) &&
            m_plainKeywords.contains(QLatin1String("STARTTLS")))
            notes << SessionExplainer::tr(
                "STARTTLS is no longer offered: the connection is already encrypted "
                "(RFC 3207 §4.2).");
    }

    void saslNotes(int code, const QString &text, QStringList &notes)
    {
        if (code != 334) {
            m_sasl = false;
            return;
        }
        m_sasl = true;
        const QByteArray encoded = text.trimmed().toLatin1();
        if (encoded.isEmpty()) {
            notes << SessionExplainer::tr(
                "An empty challenge: the server waits for the client's credentials "
                "(with PLAIN, the user name and the password in one base64 answer) "
                "(RFC 4954 §4).");
            return;
        }
        const auto result =
            QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
        const QByteArray &decoded = result.decoded;
        if (!result) {
            notes << SessionExplainer::tr(
                "The challenge is not valid base64, which the client cannot answer "
                "(RFC 4954 §4).");
            return;
        }
        if (!printable(decoded)) {
            notes << SessionExplainer::tr(
                "The challenge is binary data, not text; the mechanism's own rules "
                "say how to answer it.");
            return;
        }
        notes << SessionExplainer::tr(
                     "The server's challenge, decoded from base64: “%1”. The client's answer "
                     "is masked in the transcript (RFC 4954 §4).")
                     .arg(Explainer::escaped(QString::fromUtf8(decoded.left(200))));
        if (m_mechanism.startsWith(QLatin1String("SCRAM-")) && decoded.startsWith("r="))
            notes << SessionExplainer::tr(
                "In SCRAM this is the server's first message: the nonce (r=), the "
                "salt (s=) and the iteration count (i=) from which the client "
                "computes its proof (RFC 5802 §5).");
        else if (m_mechanism.startsWith(QLatin1String("SCRAM-")) && decoded.startsWith("v="))
            notes << SessionExplainer::tr(
                "In SCRAM this is the server's final message: its signature (v=), "
                "which proves that the server knows the password too (RFC 5802 §5).");
        else if (m_mechanism == QLatin1String("CRAM-MD5"))
            notes << SessionExplainer::tr(
                "The client answers with the user name and an HMAC-MD5 of this "
                "challenge keyed with the password, so the password itself is never "
                "sent (RFC 2195 §2).");
    }
};

} // namespace

QList<QStringList> SessionExplainer::notes(const QList<TranscriptEntry> &entries)
{
    QList<QStringList> out;
    for (const Result &r : Walker().walk(entries))
        out.append(r.notes);
    return out;
}

QStringList SessionExplainer::explain(const QList<TranscriptEntry> &entries)
{
    QStringList out;
    for (const Result &r : Walker().walk(entries)) {
        QStringList lines;
        if (!r.base.isEmpty())
            lines << r.base;
        if (!r.enhanced.isEmpty())
            lines << r.enhanced;
        lines << r.notes;
        out.append(lines.join(QLatin1Char('\n')));
    }
    return out;
}

QString SessionExplainer::explainLast(const QList<TranscriptEntry> &entries)
{
    const QStringList all = explain(entries);
    return all.isEmpty() ? QString() : all.last();
}

} // namespace postel
