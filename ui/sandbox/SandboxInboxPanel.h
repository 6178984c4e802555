#pragma once

#include "sandbox/SandboxMailbox.h"

#include <QList>
#include <QTimer>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;
class QPlainTextEdit;
class QLabel;

namespace postel {

class SandboxFaultPicker;
class SandboxServer;

// The built-in sandbox's inbox: what it accepted, with the envelope and the raw message.
class SandboxInboxPanel : public QWidget
{
    Q_OBJECT
public:
    SandboxInboxPanel(SandboxMailbox *mailbox, SandboxServer *server, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    SandboxFaultPicker *faultPicker() const { return m_faults; }
    void updateServerState();

private:
    void reload();
    QTreeWidgetItem *itemFor(const SandboxMessage &message) const;
    // New messages are listed in batches, a moment after they came: a sandbox taking
    // hundreds of messages a second must not relayout the list for each one.
    void addPending();
    void showCurrent();

    SandboxMailbox *m_mailbox;
    SandboxServer *m_server;
    QLabel *m_state;
    SandboxFaultPicker *m_faults;
    QTreeWidget *m_list;
    QPlainTextEdit *m_raw;
    QList<SandboxMessage> m_pending; // added to the mailbox, not listed yet
    QTimer m_addTimer;
};

} // namespace postel
