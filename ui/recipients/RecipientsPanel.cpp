#include "RecipientsPanel.h"
#include "common/Colours.h"
#include "transcript/TranscriptFormat.h"

#include "transcript/TranscriptModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace postel {

RecipientsPanel::RecipientsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("recipientsPanel"));
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Recipient"), tr("Result"), tr("Code"), tr("Enhanced code"), tr("Server said")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Recipients"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    clear();
}

QString RecipientsPanel::summary(int refused, int total)
{
    if (total == 0)
        return tr("No recipient was tried.");
    if (refused == 0)
        return tr("All %n recipient(s) accepted.", nullptr, total);
    //: %n is the number of recipients tried (the noun agrees with it), %1 the number refused
    return tr("%1 of %n recipient(s) refused", nullptr, total).arg(refused);
}

void RecipientsPanel::clear()
{
    m_table->setRowCount(0);
    m_summary->setText(tr("Send a message to see how the server answered each recipient."));
}

void RecipientsPanel::setResults(const QList<SendController::RecipientResult> &results,
                                 bool outcomeUnknown)
{
    m_table->setRowCount(0);
    int refused = 0;
    for (const SendController::RecipientResult &r : results) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, AddressColumn, new QTableWidgetItem(r.address));
        auto *result = new QTableWidgetItem(r.accepted ? tr("✔ Accepted") : tr("✖ Refused"));
        result->setData(Qt::UserRole, r.accepted);
        m_table->setItem(row, ResultColumn, result);
        m_table->setItem(
            row, CodeColumn,
            new QTableWidgetItem(r.reply.isValid() ? QString::number(r.reply.code) : QString()));
        const EnhancedStatus es = r.reply.enhancedStatus();
        m_table->setItem(row, EnhancedColumn,
                         new QTableWidgetItem(es.isValid() ? es.toString() : QString()));
        QString text =
            QString::fromUtf8(r.reply.text()).replace(QLatin1Char('\n'), QLatin1Char(' '));
        m_table->setItem(row, TextColumn, new QTableWidgetItem(TranscriptFormat::escaped(text)));
        if (!r.accepted)
            ++refused;
    }
    colourResults();
    QString text = summary(refused, int(results.size()));
    if (outcomeUnknown)
        text += QLatin1Char(' ') +
                tr("These are the answers to RCPT TO. Whether the message reached the accepted "
                   "recipients is unknown: the server did not confirm the end of the message.");
    m_summary->setText(text);
}

void RecipientsPanel::colourResults()
{
    const QPalette &p = m_table->palette();
    const QColor base = p.color(QPalette::Base);
    const QColor good = Colours::toneText(Colours::Tone::Success, p, base);
    const QColor bad = Colours::toneText(Colours::Tone::Error, p, base);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (QTableWidgetItem *result = m_table->item(row, ResultColumn))
            result->setForeground(result->data(Qt::UserRole).toBool() ? good : bad);
    }
}

void RecipientsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        colourResults();
    QWidget::changeEvent(event);
}

} // namespace postel
