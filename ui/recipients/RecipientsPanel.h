#pragma once

#include "common/SendController.h"

#include <QWidget>

class QTableWidget;
class QLabel;

namespace postel {

// After each send: every recipient, accepted or refused, with the code, the enhanced status
// code and the server's own text.
class RecipientsPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        AddressColumn,
        ResultColumn,
        CodeColumn,
        EnhancedColumn,
        TextColumn
    };
    explicit RecipientsPanel(QWidget *parent = nullptr);

    // `outcomeUnknown`: the whole message went out and the server never confirmed it; the
    // RCPT answers stand, the delivery is not known (the summary says so).
    void setResults(const QList<SendController::RecipientResult> &results,
                    bool outcomeUnknown = false);
    void clear();
    QTableWidget *table() const { return m_table; }
    // "2 of 5 recipients refused" (or "All 3 recipients accepted")
    static QString summary(int refused, int total);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Accepted and refused in the success and error tones, readable on the table's base
    // colour in the current theme.
    void colourResults();

    QTableWidget *m_table;
    QLabel *m_summary;
};

} // namespace postel
