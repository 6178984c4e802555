#include "HandbookDialog.h"

#include "i18n/Languages.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace postel {

HandbookDialog::HandbookDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("handbook"));
    setWindowTitle(tr("Postel handbook"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("handbookText"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(page(Languages::current()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(720, 640);
}

QUrl HandbookDialog::page(const QString &language)
{
    const QString path = QStringLiteral(":/handbook/handbook-%1.html").arg(language);
    return QUrl(QStringLiteral("qrc") +
                (QFile::exists(path) ? path : QStringLiteral(":/handbook/handbook-en.html")));
}

} // namespace postel
