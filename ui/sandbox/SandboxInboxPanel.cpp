#include "SandboxInboxPanel.h"
#include "SandboxFaultPicker.h"

#include "common/Icons.h"
#include "sandbox/SandboxMailbox.h"
#include "sandbox/SandboxServer.h"
#include "transcript/TranscriptModel.h"

#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace postel {

SandboxInboxPanel::SandboxInboxPanel(SandboxMailbox *mailbox, SandboxServer *server,
                                     QWidget *parent)
    : QWidget(parent), m_mailbox(mailbox), m_server(server)
{
    setObjectName(QStringLiteral("sandboxInboxPanel"));
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    m_faults = new SandboxFaultPicker(server, this);
    m_list = new QTreeWidget(this);
    m_list->setHeaderLabels({tr("Received"), tr("From"), tr("To"), tr("Size")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Sandbox inbox"));
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Sized by the rows in view: measuring a thousand rows on each change stalls the GUI.
    m_list->header()->setResizeContentsPrecision(0);
    m_raw = new QPlainTextEdit(this);
    m_raw->setReadOnly(true);
    m_raw->setAccessibleName(tr("Message as received"));
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setPlaceholderText(tr("Select a message to see it exactly as the sandbox received it."));

    auto button = [this](const QString &icon, const QString &text) {
        auto *b = new QToolButton(this);
        b->setIcon(Icons::get(icon));
        b->setToolTip(text);
        b->setAutoRaise(true);
        return b;
    };
    auto *save = button(QStringLiteral(":/icons/save.svg"), tr("Save the message as .eml…"));
    auto *remove = button(QStringLiteral(":/icons/remove.svg"), tr("Delete the message"));
    auto *clear = button(QStringLiteral(":/icons/clear.svg"), tr("Delete all messages"));
    connect(save, &QToolButton::clicked, this, [this] {
        QTreeWidgetItem *item = m_list->currentItem();
        if (!item)
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Save message"),
                                                          item->data(0, Qt::UserRole).toString() +
                                                              QStringLiteral(".eml"),
                                                          tr("Messages (*.eml)"));
        if (!path.isEmpty() && !m_mailbox->saveAs(item->data(0, Qt::UserRole).toString(), path))
            QMessageBox::warning(this, tr("Save message"), m_mailbox->errorString());
    });
    connect(remove, &QToolButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            m_mailbox->remove(item->data(0, Qt::UserRole).toString());
    });
    connect(clear, &QToolButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Delete all messages"),
                                  tr("Delete every message in the sandbox inbox?")) ==
            QMessageBox::Yes)
            m_mailbox->clear();
    });
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_state, 1);
    bar->addWidget(save);
    bar->addWidget(remove);
    bar->addWidget(clear);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(m_raw);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_faults);
    layout->addWidget(split, 1);

    m_addTimer.setSingleShot(true);
    m_addTimer.setInterval(100);
    connect(&m_addTimer, &QTimer::timeout, this, &SandboxInboxPanel::addPending);
    connect(m_mailbox, &SandboxMailbox::messageAdded, this, [this](const SandboxMessage &m) {
        m_pending.append(m);
        if (!m_addTimer.isActive())
            m_addTimer.start();
    });
    connect(m_mailbox, &SandboxMailbox::messageRemoved, this, [this](const QString &id) {
        m_pending.removeIf([&](const SandboxMessage &m) { return m.id == id; });
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toString() == id)
                delete m_list->takeTopLevelItem(i);
        }
    });
    connect(m_mailbox, &SandboxMailbox::reset, this, &SandboxInboxPanel::reload);
    connect(m_faults, &SandboxFaultPicker::scenarioChanged, this,
            &SandboxInboxPanel::updateServerState);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SandboxInboxPanel::showCurrent);
    reload();
    updateServerState();
}

void SandboxInboxPanel::updateServerState()
{
    if (m_server && m_server->behaviour().refuseConnections && m_server->port() != 0)
        m_state->setText(tr("The sandbox refuses connections on %1:%2 (the fault it plays).")
                             .arg(m_server->address().toString())
                             .arg(m_server->port()));
    else if (m_server && m_server->isListening())
        m_state->setText(tr("The sandbox listens on %1:%2 and keeps what it receives here.")
                             .arg(m_server->address().toString())
                             .arg(m_server->port()));
    else if (m_server && !m_server->errorString().isEmpty())
        m_state->setText(tr("⚠ The sandbox could not start: %1").arg(m_server->errorString()));
    else
        m_state->setText(tr("The built-in sandbox is not running."));
}

void SandboxInboxPanel::reload()
{
    m_addTimer.stop();
    m_pending = m_mailbox->messages();
    m_list->clear();
    addPending();
}

void SandboxInboxPanel::addPending()
{
    QList<QTreeWidgetItem *> items; // newest first
    items.reserve(m_pending.size());
    for (auto it = m_pending.crbegin(); it != m_pending.crend(); ++it)
        items.append(itemFor(*it));
    m_pending.clear();
    m_list->insertTopLevelItems(0, items);
}

QTreeWidgetItem *SandboxInboxPanel::itemFor(const SandboxMessage &message) const
{
    auto *item = new QTreeWidgetItem;
    item->setText(
        0, QLocale().toString(message.envelope.received.toLocalTime(), QLocale::ShortFormat));
    item->setText(1, message.envelope.sender);
    item->setText(2, message.envelope.recipients.join(QStringLiteral(", ")));
    item->setText(3, QLocale().formattedDataSize(message.size));
    item->setData(0, Qt::UserRole, message.id);
    return item;
}

void SandboxInboxPanel::showCurrent()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item) {
        m_raw->clear();
        return;
    }
    const QString id = item->data(0, Qt::UserRole).toString();
    const auto msg = m_mailbox->message(id);
    QString text;
    if (msg) {
        const SandboxEnvelope &e = msg->envelope;
        text += tr("Envelope: MAIL FROM:<%1> RCPT TO: %2")
                    .arg(e.sender, e.recipients.join(QStringLiteral(", "))) +
                QLatin1Char('\n');
        const QString tls = e.tls ? tr("yes") : tr("no");
        text +=
            (e.authUser.isEmpty()
                 ? tr("HELO name: %1, protocol: %2, TLS: %3, no login").arg(e.helo, e.protocol, tls)
                 : tr("HELO name: %1, protocol: %2, TLS: %3, logged in as: %4")
                       .arg(e.helo, e.protocol, tls, e.authUser)) +
            QStringLiteral("\n\n");
    }
    const QByteArray raw = m_mailbox->rawMessage(id).left(1024 * 1024);
    text += QString::fromUtf8(raw).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    m_raw->setPlainText(text);
}

} // namespace postel
