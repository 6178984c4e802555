#pragma once

#include <QWidget>

class QTreeWidget;
class QPlainTextEdit;
class QLabel;

namespace postel {

class SandboxFaultPicker;
class SandboxMailbox;
class SandboxServer;
struct SandboxMessage;

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
    void add(const SandboxMessage &message);
    void showCurrent();

    SandboxMailbox *m_mailbox;
    SandboxServer *m_server;
    QLabel *m_state;
    SandboxFaultPicker *m_faults;
    QTreeWidget *m_list;
    QPlainTextEdit *m_raw;
};

} // namespace postel
