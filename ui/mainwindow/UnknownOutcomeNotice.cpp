#include "UnknownOutcomeNotice.h"

#include "transcript/TranscriptFormat.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>

namespace postel {

UnknownOutcomeNotice::UnknownOutcomeNotice(QWidget *parent) : MessageBanner(parent)
{
    setObjectName(QStringLiteral("unknownOutcomeNotice"));
    auto *buttons = new QWidget;
    auto *row = new QHBoxLayout(buttons);
    row->setContentsMargins(0, 4, 0, 0);
    // No access keys: every letter of these is taken in the main window by one control or
    // another (the failure doctor's buttons included); both are reached with Tab.
    m_keep = new QPushButton(tr("Keep it to check and resend"), buttons);
    m_keep->setObjectName(QStringLiteral("keepUnknownOutcome"));
    m_discard = new QPushButton(tr("Discard it"), buttons);
    m_discard->setObjectName(QStringLiteral("discardUnknownOutcome"));
    row->addWidget(m_keep);
    row->addWidget(m_discard);
    row->addStretch(1);
    setDetails(buttons);
    connect(m_keep, &QPushButton::clicked, this, &UnknownOutcomeNotice::resolve);
    connect(m_discard, &QPushButton::clicked, this, [this] {
        resolve();
        Q_EMIT discardRequested();
    });
}

QString UnknownOutcomeNotice::describe(const SendJournal::LeftOver &left, const QString &editedCopy)
{
    using Stage = SendJournal::Stage;
    const QLocale l;
    QString step;
    switch (left.stage) {
    case Stage::Started:
        step = tr("connecting to the server");
        break;
    case Stage::Connected:
        step = tr("connected, greeted by the server");
        break;
    case Stage::Ehlo:
        step = tr("EHLO answered");
        break;
    case Stage::Tls:
        step = tr("TLS started");
        break;
    case Stage::Auth:
        step = tr("logged in");
        break;
    case Stage::Mail:
        step = tr("MAIL FROM accepted");
        break;
    case Stage::Rcpt:
        step = tr("RCPT accepted for %1 of %n recipient(s)", nullptr,
                  left.inTransaction > 0 ? left.inTransaction : left.recipients)
                   .arg(left.accepted);
        break;
    case Stage::Data:
        step = left.dataBytes > 0 ? tr("DATA accepted, %1 of the message sent")
                                        .arg(l.formattedDataSize(left.dataBytes))
                                  : tr("DATA accepted, the message being sent");
        break;
    case Stage::Dot:
        step = tr("the whole message sent (DATA's final dot), waiting for the server's reply");
        break;
    }
    const QDateTime started = left.started.toLocalTime();
    const QString when = tr("%1 at %2")
                             .arg(l.toString(started.date(), QLocale::ShortFormat),
                                  l.toString(started.time(), QLocale::LongFormat));
    QString text;
    if (left.cut == QLatin1String("lost"))
        text = tr("The connection to %1 was lost after the whole message went out, before the "
                  "server confirmed it. The outcome of that send is unknown: it may have been "
                  "delivered.")
                   .arg(left.server);
    else if (left.cut == QLatin1String("stopped"))
        text = tr("The send through %1 was stopped (cancelled, or Postel was closed) after the "
                  "whole message went out, before the server confirmed it. The outcome of that "
                  "send is unknown: it may have been delivered.")
                   .arg(left.server);
    else if (left.mayHaveBeenDelivered())
        text = tr("Postel stopped while this message was being sent through %1. The outcome of "
                  "that send is unknown: it may have been delivered.")
                   .arg(left.server);
    else if (!left.deliveredTo.isEmpty())
        text = tr("Postel stopped while this message was being sent through %1: it was "
                  "delivered to some of its recipients only.")
                   .arg(left.server);
    else
        text = tr("Postel stopped while this message was being sent through %1, before the "
                  "message itself went out: it was not delivered.")
                   .arg(left.server);
    if (!left.deliveredTo.isEmpty()) {
        // The server took at most so many recipients at a time (452 4.5.3): the earlier
        // transactions of this send are done.
        QStringList others;
        for (const QString &a : left.message.envelopeRecipients()) {
            if (!left.deliveredTo.contains(a, Qt::CaseInsensitive))
                others.append(a);
        }
        const QString done = TranscriptFormat::escaped(left.deliveredTo.join(QLatin1String(", ")));
        const QString rest = TranscriptFormat::escaped(others.join(QLatin1String(", ")));
        text += QLatin1Char('\n') +
                (left.mayHaveBeenDelivered()
                     ? tr("Already delivered to %1 (the server accepted it for them in an "
                          "earlier transaction of this send). Unknown for %2.")
                     : tr("Already delivered to %1 (the server accepted it for them in an "
                          "earlier transaction of this send). Not delivered to %2."))
                    .arg(done, rest.isEmpty() ? QStringLiteral("—") : rest);
    }
    text += QLatin1Char('\n') +
            (left.stepKnown ? tr("The send started on %1. How far it got: %2.").arg(when, step)
                            : tr("The send started on %1. How far it got is not known: its record "
                                 "could not be written.")
                                  .arg(when));
    if (!left.lastReply.isEmpty()) {
        QStringList lines = left.lastReply.split(QLatin1Char('\n'));
        for (QString &line : lines)
            line = TranscriptFormat::escaped(line);
        text += QLatin1Char('\n') + tr("The server's last reply: “%1”").arg(lines.join(u'\n'));
    }
    if (!left.error.isEmpty())
        text +=
            QLatin1Char('\n') + tr("The last error: %1").arg(TranscriptFormat::escaped(left.error));
    if (left.mayHaveBeenDelivered() && !left.message.messageId().isEmpty())
        text += QLatin1Char('\n') +
                tr("Before you send it again, ask a recipient or the server's administrator "
                   "whether the message with Message-ID <%1> arrived: sending it again may "
                   "deliver it twice.")
                    .arg(TranscriptFormat::escaped(left.message.messageId()));
    if (!left.deliveredTo.isEmpty())
        text += QLatin1Char('\n') +
                tr("If you send it again, leave out %1: they have it already.")
                    .arg(TranscriptFormat::escaped(left.deliveredTo.join(QLatin1String(", "))));
    if (!editedCopy.isEmpty())
        text += QLatin1Char('\n') +
                tr("What you changed while it was being sent is kept in %1.").arg(editedCopy);
    return text;
}

void UnknownOutcomeNotice::present(const SendJournal::LeftOver &left, const QString &editedCopy)
{
    showMessage(Kind::Warning, describe(left, editedCopy));
    details()->show();
    m_pending = true;
}

void UnknownOutcomeNotice::resolve()
{
    if (!m_pending)
        return;
    m_pending = false;
    SendJournal::clear();
    hide();
}

} // namespace postel
