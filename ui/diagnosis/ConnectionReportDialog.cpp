#include "ConnectionReportDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace postel {

ConnectionReportDialog::ConnectionReportDialog(const ConnectionReport &report,
                                               const CommandLines::Test &test, QWidget *parent)
    : QDialog(parent), m_report(report), m_test(test)
{
    setObjectName(QStringLiteral("connectionReportDialog"));
    setWindowTitle(
        tr("Connection report: %1").arg(RetryChange::hostPort(report.host, report.port)));
    setWindowModality(Qt::WindowModal);

    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("reportView"));
    m_view->setOpenLinks(false);
    m_view->setHtml(report.toHtml());
    m_commands = new QPlainTextEdit(this);
    m_commands->setObjectName(QStringLiteral("commandLines"));
    m_commands->setReadOnly(true);
    m_commands->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    const QStringList names{QStringLiteral("postel-cli"), QStringLiteral("swaks"),
                            QStringLiteral("curl"), QStringLiteral("openssl s_client")};
    QStringList text;
    const QStringList lines = commandLines();
    for (qsizetype i = 0; i < lines.size(); ++i)
        text << QStringLiteral("# ") + names.at(i) << lines.at(i) << QString();
    m_commands->setPlainText(text.join(QLatin1Char('\n')));

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_view, tr("&Report"));
    m_tabs->addTab(m_commands, tr("Co&mmands"));

    // Close is added after the action buttons: made first (QDialogButtonBox(Close)), Qt 6.4
    // left it out of the Tab order, which then went round the three action buttons for
    // ever (tst_ui_accessibility).
    auto *buttons = new QDialogButtonBox(this);
    auto *html = buttons->addButton(tr("Save as &HTML…"), QDialogButtonBox::ActionRole);
    html->setObjectName(QStringLiteral("saveHtmlButton"));
    auto *plain = buttons->addButton(tr("Save as te&xt…"), QDialogButtonBox::ActionRole);
    plain->setObjectName(QStringLiteral("saveTextButton"));
    m_copy = buttons->addButton(tr("C&opy as command"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyCommandButton"));
    buttons->addButton(QDialogButtonBox::Close);
    auto *menu = new QMenu(m_copy);
    const QStringList menuTexts{tr("&postel-cli"), tr("&swaks"), tr("c&url"),
                                tr("&openssl s_client")};
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QAction *a = menu->addAction(menuTexts.at(i));
        a->setObjectName(QStringLiteral("copy-") + names.at(i).section(QLatin1Char(' '), 0, 0));
        connect(a, &QAction::triggered, this,
                [line = lines.at(i)] { QApplication::clipboard()->setText(line); });
    }
    m_copy->setMenu(menu);
    connect(html, &QPushButton::clicked, this, [this] { exportAs(true); });
    connect(plain, &QPushButton::clicked, this, [this] { exportAs(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *note = new QLabel(CommandLines::note(), this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(860, 680);
}

QStringList ConnectionReportDialog::commandLines() const
{
    return {CommandLines::postelCli(m_test), CommandLines::swaks(m_test),
            CommandLines::curl(m_test), CommandLines::openssl(m_test)};
}

bool ConnectionReportDialog::save(const QString &path, bool html, QString *error) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) ||
        f.write((html ? m_report.toHtml() : m_report.toText()).toUtf8()) < 0 || !f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

void ConnectionReportDialog::exportAs(bool html)
{
    auto *dialog =
        new QFileDialog(this, html ? tr("Save the report as HTML") : tr("Save the report as text"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(html ? tr("HTML files (*.html)") : tr("Text files (*.txt)"));
    dialog->setDefaultSuffix(html ? QStringLiteral("html") : QStringLiteral("txt"));
    dialog->selectFile(
        QStringLiteral("postel-report-%1.%2")
            .arg(m_report.host, html ? QStringLiteral("html") : QStringLiteral("txt")));
    connect(dialog, &QFileDialog::fileSelected, this, [this, html](const QString &path) {
        QString why;
        if (!save(path, html, &why)) {
            auto *box =
                new QMessageBox(QMessageBox::Warning, tr("Save the report"),
                                tr("Cannot write %1: %2").arg(path, why), QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
    dialog->open();
}

} // namespace postel
