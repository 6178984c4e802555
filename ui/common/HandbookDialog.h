#pragma once

#include <QDialog>

class QTextBrowser;

namespace postel {

// The short handbook shipped inside Postel (resources/handbook, in the program's language):
// read offline, opened with F1. Links inside it stay inside; others open in the browser.
class HandbookDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HandbookDialog(QWidget *parent = nullptr);

    // The page for a language ("en", "pl"; English for any other).
    static QUrl page(const QString &language);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace postel
