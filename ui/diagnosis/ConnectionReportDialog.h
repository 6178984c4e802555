#pragma once

#include "diagnosis/CommandLines.h"
#include "diagnosis/ConnectionReport.h"

#include <QDialog>

class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace postel {

// "Test connection"'s report (core/diagnosis ConnectionReport) on one page, exported as HTML
// or text, and "Copy as command": the same test as a postel-cli, swaks, curl or openssl
// line (the password never on it). Window-modal, never blocking.
class ConnectionReportDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionReportDialog(const ConnectionReport &report, const CommandLines::Test &test,
                           QWidget *parent = nullptr);

    const ConnectionReport &report() const { return m_report; }
    // The lines "Copy as command" offers, in its menu's order: postel-cli, swaks, curl, openssl.
    QStringList commandLines() const;
    // Writes the report; `html` or text. False (and `error`) when the file cannot be written.
    bool save(const QString &path, bool html, QString *error = nullptr) const;
    QTextBrowser *reportView() const { return m_view; }
    QPushButton *copyButton() const { return m_copy; }

private:
    void exportAs(bool html);

    ConnectionReport m_report;
    CommandLines::Test m_test;
    QTabWidget *m_tabs;
    QTextBrowser *m_view;
    QPlainTextEdit *m_commands;
    QPushButton *m_copy;
};

} // namespace postel
