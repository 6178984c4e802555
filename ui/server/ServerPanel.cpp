#include "ServerPanel.h"
#include "transcript/TranscriptFormat.h"

#include "smtp/Capabilities.h"
#include "smtp/SmtpSession.h"
#include "smtp/TlsInfo.h"
#include "transcript/TranscriptModel.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace postel {

ServerPanel::ServerPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("serverPanel"));
    m_greeting = new QLabel(this);
    m_size = new QLabel(this);
    m_tls = new QLabel(this);
    for (QLabel *l : {m_greeting, m_size, m_tls}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setTextFormat(Qt::PlainText);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Greeting:"), m_greeting);
    form->addRow(tr("Message size limit:"), m_size);
    form->addRow(tr("TLS:"), m_tls);

    m_caps = new QTableWidget(0, 3, this);
    m_caps->setHorizontalHeaderLabels({tr("Extension"), tr("Parameters"), tr("What it means")});
    m_caps->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_caps->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_caps->horizontalHeader()->setStretchLastSection(true);
    m_caps->verticalHeader()->hide();
    m_caps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_caps->setWordWrap(true);
    m_caps->setAccessibleName(tr("Capabilities"));

    m_chain = new QTreeWidget(this);
    m_chain->setHeaderLabels({tr("Certificate"), tr("Issued by"), tr("Expires")});
    m_chain->setRootIsDecorated(false);
    m_chain->setAccessibleName(tr("Certificate chain"));
    m_certDetails = new QPlainTextEdit(this);
    m_certDetails->setReadOnly(true);
    m_certDetails->setPlaceholderText(tr("Select a certificate to see its details."));
    connect(m_chain, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_certDetails->setPlainText(item ? item->data(0, Qt::UserRole).toString() : QString());
    });

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_caps);
    auto *certBox = new QWidget(split);
    auto *certLayout = new QVBoxLayout(certBox);
    certLayout->setContentsMargins(0, 0, 0, 0);
    certLayout->addWidget(new QLabel(tr("Certificate chain"), certBox));
    certLayout->addWidget(m_chain, 1);
    certLayout->addWidget(m_certDetails, 1);
    split->addWidget(certBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_certDetails->setMaximumHeight(90);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(form);
    layout->addWidget(split, 1);
    clear();
}

void ServerPanel::clear()
{
    m_greeting->setText(tr("Not connected yet. Use “Test connection” to ask the server."));
    m_size->setText(QStringLiteral("—"));
    m_tls->setText(QStringLiteral("—"));
    m_caps->setRowCount(0);
    m_chain->clear();
    m_certDetails->clear();
}

void ServerPanel::updateFrom(const SmtpSession *session)
{
    const Reply &g = session->greeting();
    if (g.isValid())
        m_greeting->setText(QStringLiteral("%1 %2").arg(g.code).arg(
            TranscriptFormat::escaped(QString::fromUtf8(g.text()))));
    const Capabilities &caps = session->lastAdvertised();
    m_caps->setRowCount(0);
    for (const QString &k : caps.keywords()) {
        const int row = m_caps->rowCount();
        m_caps->insertRow(row);
        m_caps->setItem(row, 0, new QTableWidgetItem(k.toUpper()));
        m_caps->setItem(row, 1, new QTableWidgetItem(caps.parameters(k)));
        QString what = Capabilities::describe(k);
        if (what.isEmpty())
            what = tr("(an extension Postel does not describe)");
        m_caps->setItem(row, 2, new QTableWidgetItem(what));
    }
    m_caps->resizeRowsToContents();
    const auto size = caps.sizeLimit();
    if (!size)
        m_size->setText(tr("not announced (no SIZE extension)"));
    else if (*size == 0)
        m_size->setText(tr("no fixed limit (SIZE without a number)"));
    else
        m_size->setText(tr("%1 (%2 bytes)")
                            .arg(QLocale().formattedDataSize(*size))
                            .arg(QLocale().toString(*size)));
    showTls(session->tlsInfo());
}

void ServerPanel::showTls(const TlsInfo &info)
{
    m_chain->clear();
    if (info.protocol.isEmpty()) {
        m_tls->setText(tr("not encrypted"));
        return;
    }
    QString text = tr("%1, %2").arg(info.protocol, info.cipher);
    if (info.verified)
        text += QStringLiteral(" — ") + tr("certificate verified");
    else if (!info.ignoredErrors.isEmpty())
        text += QStringLiteral(" — ") + tr("certificate trusted by you despite: %1")
                                            .arg(info.ignoredErrors.join(QStringLiteral("; ")));
    else
        text += QStringLiteral(" — ") + tr("certificate NOT verified");
    if (info.resumed)
        text += QStringLiteral(" — ") + tr("earlier session resumed");
    m_tls->setText(text);
    for (const QSslCertificate &c : info.peerChain) {
        auto *item = new QTreeWidgetItem(m_chain);
        item->setText(0, c.subjectDisplayName());
        item->setText(1, c.issuerDisplayName());
        item->setText(2, QLocale().toString(c.expiryDate().toLocalTime(), QLocale::ShortFormat));
        item->setData(0, Qt::UserRole, describeCertificate(c));
    }
    if (m_chain->topLevelItemCount() > 0)
        m_chain->setCurrentItem(m_chain->topLevelItem(0));
}

} // namespace postel
