#pragma once

#include "common/MessageBanner.h"
#include "common/SendJournal.h"

class QPushButton;

namespace postel {

// Above the composer at the first start after Postel stopped in the middle of a send (a
// crash, kill -9, a power cut): the message is back in the composer, and this says what is
// known of that send — whether it may have been delivered (the server may have had the whole
// message) or certainly was not, the server, the time, the last step and the server's last
// reply (escaped) — and offers to keep the message (to check and send again) or discard it.
// Not modal. The journal it comes from stays on disk until either is chosen (or a new send
// replaces it), so closing the window first shows it again next time.
class UnknownOutcomeNotice : public MessageBanner
{
    Q_OBJECT
public:
    explicit UnknownOutcomeNotice(QWidget *parent = nullptr);

    // `editedCopy`: where the edits made during that send were kept (empty: none).
    void present(const SendJournal::LeftOver &left, const QString &editedCopy = {});
    // The banner's text for it.
    static QString describe(const SendJournal::LeftOver &left, const QString &editedCopy = {});
    bool isPending() const { return m_pending; }
    // The message was discarded, or sent again: the journal is done with, the notice goes.
    void resolve();

    QPushButton *keepButton() const { return m_keep; }
    QPushButton *discardButton() const { return m_discard; }

Q_SIGNALS:
    void discardRequested();

private:
    QPushButton *m_keep;
    QPushButton *m_discard;
    bool m_pending = false;
};

} // namespace postel
