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
#include <QSslCertificate>
#include <QSslError>
#include <QTabWidget>
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

    m_tabs = new QTabWidget(this);
    m_caps = new QTableWidget(0, 3, m_tabs);
    m_caps->verticalHeader()->hide();
    m_caps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // One line per extension (the whole explanation in the tooltip), and room for eight.
    m_caps->setWordWrap(false);
    m_caps->setTextElideMode(Qt::ElideRight);
    m_caps->setAccessibleName(tr("Capabilities"));
    m_caps->setMinimumHeight(m_caps->horizontalHeader()->sizeHint().height() +
                             m_caps->verticalHeader()->defaultSectionSize() * 8 +
                             2 * m_caps->frameWidth());

    m_chain = new QTreeWidget(this);
    m_chain->setHeaderLabels({tr("Certificate"), tr("Issued by"), tr("Expires")});
    m_chain->setRootIsDecorated(false);
    m_chain->setAccessibleName(tr("Certificate chain"));
    m_certDetails = new QPlainTextEdit(this);
    m_certDetails->setReadOnly(true);
    m_certDetails->setAccessibleName(tr("Certificate details"));
    m_certDetails->setPlaceholderText(tr("Select a certificate to see its details."));
    connect(m_chain, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_certDetails->setPlainText(item ? item->data(0, Qt::UserRole).toString() : QString());
    });

    // The extensions get the panel's whole height; the certificate chain its own tab.
    auto *certBox = new QSplitter(Qt::Vertical, m_tabs);
    certBox->addWidget(m_chain);
    certBox->addWidget(m_certDetails);
    m_tabs->addTab(m_caps, tr("Extensions"));
    m_tabs->addTab(certBox, tr("Certificate chain"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(form);
    layout->addWidget(m_tabs, 1);
    clear();
}

void ServerPanel::clear()
{
    m_greeting->setText(tr("Not connected yet. Use “Test connection” to ask the server."));
    m_size->setText(QStringLiteral("—"));
    m_tls->setText(QStringLiteral("—"));
    m_caps->setRowCount(0);
    m_caps->setColumnCount(3);
    m_caps->setHorizontalHeaderLabels({tr("Extension"), tr("Parameters"), tr("What it means")});
    m_chain->clear();
    m_certDetails->clear();
    m_tabs->setCurrentIndex(0);
}

QString ServerPanel::tlsText() const
{
    return m_tls->text();
}

int ServerPanel::chainLength() const
{
    return m_chain->topLevelItemCount();
}

void ServerPanel::updateFrom(const SmtpSession *session)
{
    const Reply &g = session->greeting();
    if (g.isValid())
        m_greeting->setText(QStringLiteral("%1 %2").arg(g.code).arg(
            TranscriptFormat::escaped(QString::fromUtf8(g.text()))));
    // The capabilities of this connection only: the session keeps its last ones across
    // connections (and STARTTLS), so they are read while an EHLO answer stands.
    if (!session->hasGreeted()) {
        showTls(session->tlsInfo());
        return;
    }
    fillCapabilities(session);
    const auto size = session->lastAdvertised().sizeLimit();
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

void ServerPanel::fillCapabilities(const SmtpSession *session)
{
    const Capabilities &caps = session->lastAdvertised();
    const Capabilities &before = session->advertisedBeforeTls();
    // After STARTTLS: what the server offered in clear and over TLS, side by side.
    const bool sideBySide = !before.keywords().isEmpty() && !session->tlsInfo().protocol.isEmpty();
    QStringList keywords = caps.keywords();
    if (sideBySide) {
        for (const QString &k : before.keywords()) {
            if (!keywords.contains(k))
                keywords.append(k);
        }
    }
    m_caps->setRowCount(0);
    m_caps->setColumnCount(sideBySide ? 4 : 3);
    m_caps->setHorizontalHeaderLabels(
        sideBySide ? QStringList{tr("Extension"), tr("Before STARTTLS"), tr("After STARTTLS"),
                                 tr("What it means")}
                   : QStringList{tr("Extension"), tr("Parameters"), tr("What it means")});
    const int last = m_caps->columnCount() - 1;
    for (int c = 0; c < last; ++c)
        m_caps->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_caps->horizontalHeader()->setSectionResizeMode(last, QHeaderView::Stretch);
    // A cell: the parameters, ✔ for an extension offered without any, — when not offered.
    auto offer = [this](const Capabilities &c, const QString &k) {
        auto *item = new QTableWidgetItem;
        if (!c.has(k)) {
            item->setText(QStringLiteral("—"));
            item->setToolTip(tr("not offered"));
        } else if (c.parameters(k).isEmpty()) {
            item->setText(QStringLiteral("✔"));
            item->setToolTip(tr("offered"));
        } else {
            item->setText(c.parameters(k));
        }
        return item;
    };
    for (const QString &k : std::as_const(keywords)) {
        const int row = m_caps->rowCount();
        m_caps->insertRow(row);
        m_caps->setItem(row, 0, new QTableWidgetItem(k.toUpper()));
        if (sideBySide) {
            m_caps->setItem(row, 1, offer(before, k));
            m_caps->setItem(row, 2, offer(caps, k));
        } else {
            m_caps->setItem(row, 1, new QTableWidgetItem(caps.parameters(k)));
        }
        QString what = Capabilities::describe(k);
        if (what.isEmpty())
            what = tr("(an extension Postel does not describe)");
        auto *meaning = new QTableWidgetItem(what);
        meaning->setToolTip(what);
        m_caps->setItem(row, last, meaning);
    }
    m_caps->resizeRowsToContents();
}

void ServerPanel::showRejectedChain(const QList<QSslCertificate> &chain,
                                    const QList<QSslError> &errors)
{
    QStringList why;
    for (const QSslError &e : errors) {
        if (!why.contains(e.errorString()))
            why.append(e.errorString());
    }
    m_tls->setText(tr("certificate refused: %1").arg(why.join(QStringLiteral("; "))));
    showChain(chain);
    if (!chain.isEmpty())
        m_tabs->setCurrentIndex(1);
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
    else if (info.pinned)
        text += QStringLiteral(" — ") + tr("not verified by a CA — trusted by you for this "
                                           "profile (SHA-256 %1)")
                                            .arg(info.peerFingerprintSha256());
    else if (!info.ignoredErrors.isEmpty())
        text += QStringLiteral(" — ") + tr("certificate trusted by you despite: %1")
                                            .arg(info.ignoredErrors.join(QStringLiteral("; ")));
    else
        text += QStringLiteral(" — ") + tr("certificate NOT verified");
    if (info.resumed)
        text += QStringLiteral(" — ") + tr("earlier session resumed");
    m_tls->setText(text);
    showChain(info.peerChain);
}

void ServerPanel::showChain(const QList<QSslCertificate> &chain)
{
    m_chain->clear();
    for (const QSslCertificate &c : chain) {
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
