#include "ComposerWidget.h"
#include "AddressField.h"
#include "RecentAddresses.h"
#include "common/Icons.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace postel {

ComposerWidget::ComposerWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("composer"));
    setAcceptDrops(true);
    m_from = new AddressField(true, this);
    m_from->setPlaceholderText(tr("Your Name <you@example.org>"));
    m_to = new AddressField(false, this);
    m_to->setPlaceholderText(tr("Recipients, separated by commas"));
    m_cc = new AddressField(false, this);
    m_bcc = new AddressField(false, this);
    m_bcc->setPlaceholderText(tr("Hidden recipients: never sent in the message"));
    setAddressCompletions(RecentAddresses::load());
    m_subject = new QLineEdit(this);
    m_subject->setPlaceholderText(tr("What is this about?"));
    m_subject->setObjectName(QStringLiteral("subject"));

    m_ccButton = new QToolButton(this);
    m_ccButton->setText(tr("Cc/Bcc"));
    m_ccButton->setToolTip(tr("Show the Cc and Bcc fields"));
    m_ccButton->setAutoRaise(true);
    connect(m_ccButton, &QToolButton::clicked, this, [this] { showCcBcc(true); });
    auto *toRow = new QHBoxLayout;
    toRow->setContentsMargins(0, 0, 0, 0);
    toRow->addWidget(m_to, 1);
    toRow->addWidget(m_ccButton, 0, Qt::AlignTop);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("F&rom:"), m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to->lineEdit());
    form->addRow(toLabel, toRow);
    form->addRow(tr("&Cc:"), m_cc);
    m_ccRow[0] = form->labelForField(m_cc);
    m_ccRow[1] = m_cc;
    form->addRow(tr("&Bcc:"), m_bcc);
    m_bccRow[0] = form->labelForField(m_bcc);
    m_bccRow[1] = m_bcc;
    form->addRow(tr("S&ubject:"), m_subject);
    // A label names the field a screen reader lands on, not the field's container.
    // The label is not the line edit's sibling, so Qt finds no name through it: name it too.
    for (AddressField *f : {m_from, m_cc, m_bcc}) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(f)))
            label->setBuddy(f->lineEdit());
    }
    m_from->lineEdit()->setAccessibleName(tr("From"));
    m_to->lineEdit()->setAccessibleName(tr("To"));
    m_cc->lineEdit()->setAccessibleName(tr("Cc"));
    m_bcc->lineEdit()->setAccessibleName(tr("Bcc"));
    m_subject->setAccessibleName(tr("Subject"));

    m_body = new QTextEdit(this);
    m_body->setAcceptRichText(false);
    m_body->setObjectName(QStringLiteral("body"));
    m_body->setAccessibleName(tr("Message body"));
    m_body->setTabChangesFocus(true); // Tab leaves the body (Ctrl+Tab too, eventFilter)
    m_body->installEventFilter(this);
    m_body->setPlaceholderText(tr("Write your message here. Drop files anywhere to attach them."));
    m_body->viewport()->installEventFilter(this);

    m_htmlToggle = new QCheckBox(tr("HTM&L"), this);
    m_htmlToggle->setToolTip(tr("Send formatted text (an HTML alternative next to the plain "
                                "text)"));
    m_formatBar = new QWidget(this);
    auto *fmt = new QHBoxLayout(m_formatBar);
    fmt->setContentsMargins(0, 0, 0, 0);
    auto formatButton = [this, fmt](const QString &icon, const QString &text, auto apply) {
        auto *b = new QToolButton(m_formatBar);
        b->setIcon(Icons::get(icon));
        b->setToolTip(text);
        b->setAutoRaise(true);
        fmt->addWidget(b);
        connect(b, &QToolButton::clicked, this, [this, apply] {
            QTextCharFormat f;
            apply(f, m_body->currentCharFormat());
            m_body->mergeCurrentCharFormat(f);
            m_body->setFocus();
        });
    };
    formatButton(QStringLiteral(":/icons/format-bold.svg"), tr("Bold"),
                 [](QTextCharFormat &f, const QTextCharFormat &cur) {
                     f.setFontWeight(cur.fontWeight() > QFont::Normal ? QFont::Normal
                                                                      : QFont::Bold);
                 });
    formatButton(
        QStringLiteral(":/icons/format-italic.svg"), tr("Italic"),
        [](QTextCharFormat &f, const QTextCharFormat &cur) { f.setFontItalic(!cur.fontItalic()); });
    formatButton(QStringLiteral(":/icons/format-underline.svg"), tr("Underline"),
                 [](QTextCharFormat &f, const QTextCharFormat &cur) {
                     f.setFontUnderline(!cur.fontUnderline());
                 });
    m_formatBar->setEnabled(false);
    connect(m_htmlToggle, &QCheckBox::toggled, this, [this](bool on) {
        m_body->setAcceptRichText(on);
        m_formatBar->setEnabled(on);
        if (!on && !m_loading) {
            // Back to plain text: keep the words, drop the formatting.
            const QString plain = m_body->toPlainText();
            m_body->setPlainText(plain);
        }
        markChanged();
    });
    auto *bodyBar = new QHBoxLayout;
    bodyBar->setContentsMargins(0, 0, 0, 0);
    bodyBar->addWidget(m_htmlToggle);
    bodyBar->addWidget(m_formatBar);
    bodyBar->addStretch(1);

    m_attachmentsLabel = new QLabel(this);
    auto *attach = new QToolButton(this);
    attach->setIcon(Icons::get(QStringLiteral(":/icons/attach.svg")));
    attach->setText(tr("Attach…"));
    attach->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    attach->setAutoRaise(true);
    connect(attach, &QToolButton::clicked, this, &ComposerWidget::attachFiles);
    auto *remove = new QToolButton(this);
    remove->setIcon(Icons::get(QStringLiteral(":/icons/remove.svg")));
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Remove the selected attachments"));
    remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    remove->setAutoRaise(true);
    m_attachmentList = new QListWidget(this);
    m_attachmentList->setObjectName(QStringLiteral("attachments"));
    m_attachmentList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_attachmentList->setFlow(QListView::LeftToRight);
    m_attachmentList->setWrapping(true);
    m_attachmentList->setMaximumHeight(64);
    m_attachmentList->setAccessibleName(tr("Attachments"));
    connect(remove, &QToolButton::clicked, this, [this] {
        QList<int> rows;
        for (QListWidgetItem *i : m_attachmentList->selectedItems())
            rows.append(m_attachmentList->row(i));
        std::sort(rows.rbegin(), rows.rend());
        for (int r : rows)
            m_attachments.removeAt(r);
        refreshAttachments();
        markChanged();
    });
    auto *attachBar = new QHBoxLayout;
    attachBar->setContentsMargins(0, 0, 0, 0);
    attachBar->addWidget(m_attachmentsLabel, 1);
    attachBar->addWidget(attach);
    attachBar->addWidget(remove);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(form);
    layout->addLayout(bodyBar);
    layout->addWidget(m_body, 1);
    layout->addLayout(attachBar);
    layout->addWidget(m_attachmentList);

    for (AddressField *f : {m_from, m_to, m_cc, m_bcc})
        connect(f, &AddressField::textChanged, this, &ComposerWidget::markChanged);
    connect(m_subject, &QLineEdit::textChanged, this, &ComposerWidget::markChanged);
    connect(m_body, &QTextEdit::textChanged, this, &ComposerWidget::markChanged);
    // Tab goes down the form to the body: the Cc/Bcc button follows To (where it is), not
    // Subject, so that Tab from Subject reaches the body whether Cc and Bcc show or not.
    QWidget::setTabOrder(m_from->lineEdit(), m_to->lineEdit());
    QWidget::setTabOrder(m_to->lineEdit(), m_ccButton);
    QWidget::setTabOrder(m_ccButton, m_cc->lineEdit());
    QWidget::setTabOrder(m_cc->lineEdit(), m_bcc->lineEdit());
    QWidget::setTabOrder(m_bcc->lineEdit(), m_subject);
    QWidget::setTabOrder(m_subject, m_body);
    showCcBcc(false);
    refreshAttachments();
}

void ComposerWidget::setAddressCompletions(const QStringList &entries)
{
    for (AddressField *f : {m_to, m_cc, m_bcc})
        f->setCompletions(entries);
}

void ComposerWidget::showCcBcc(bool show)
{
    for (QWidget *w : {m_ccRow[0], m_ccRow[1], m_bccRow[0], m_bccRow[1]}) {
        if (w)
            w->setVisible(show);
    }
    m_ccButton->setVisible(!show);
    if (show && isVisible())
        m_cc->setFocus();
}

void ComposerWidget::markChanged()
{
    if (m_loading)
        return;
    setModified(true);
    Q_EMIT changed();
}

void ComposerWidget::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

bool ComposerWidget::isHtml() const
{
    return m_htmlToggle->isChecked();
}

void ComposerWidget::setHtml(bool on)
{
    m_htmlToggle->setChecked(on);
}

MailMessage ComposerWidget::message() const
{
    MailMessage m;
    const MailAddressList from = m_from->addresses();
    if (!from.isEmpty())
        m.setFrom(from);
    m.setTo(m_to->addresses());
    m.setCc(m_cc->addresses());
    m.setBcc(m_bcc->addresses());
    m.setSubject(m_subject->text());
    m.setTextBody(m_body->toPlainText());
    if (isHtml())
        m.setHtmlBody(m_body->toHtml());
    m.setAttachments(m_attachments);
    m.setExtraHeaders(m_keptHeaders);
    return m;
}

void ComposerWidget::setMessage(const MailMessage &message)
{
    m_loading = true;
    m_from->setAddresses(message.from());
    m_to->setAddresses(message.to());
    m_cc->setAddresses(message.cc());
    m_bcc->setAddresses(message.bcc());
    m_subject->setText(message.subject());
    const bool html = !message.htmlBody().isEmpty();
    m_htmlToggle->setChecked(html);
    if (html)
        m_body->setHtml(message.htmlBody());
    else
        m_body->setPlainText(message.textBody());
    m_attachments = message.attachments();
    m_keptHeaders = message.extraHeaders();
    if (!message.cc().isEmpty() || !message.bcc().isEmpty())
        showCcBcc(true);
    refreshAttachments();
    m_loading = false;
}

void ComposerWidget::focusFirstEmptyField()
{
    if (m_from->text().trimmed().isEmpty())
        m_from->setFocus();
    else if (m_to->text().trimmed().isEmpty())
        m_to->setFocus();
    else if (m_subject->text().trimmed().isEmpty())
        m_subject->setFocus();
    else
        m_body->setFocus();
}

void ComposerWidget::clear()
{
    MailMessage empty;
    empty.setFrom(m_from->addresses()); // a new message keeps who it is from
    setMessage(empty);
    m_htmlToggle->setChecked(false);
    setModified(false);
}

bool ComposerWidget::isEmpty() const
{
    return m_to->text().trimmed().isEmpty() && m_cc->text().trimmed().isEmpty() &&
           m_bcc->text().trimmed().isEmpty() && m_subject->text().isEmpty() &&
           m_body->document()->isEmpty() && m_attachments.isEmpty();
}

QString ComposerWidget::problem() const
{
    if (m_from->text().trimmed().isEmpty())
        return tr("Fill in who the message is from.");
    for (AddressField *f : {m_from, m_to, m_cc, m_bcc}) {
        if (!f->isValid())
            return f->problem().mid(2); // without the sign
    }
    if (m_to->addresses().isEmpty() && m_cc->addresses().isEmpty() && m_bcc->addresses().isEmpty())
        return tr("Add at least one recipient.");
    return {};
}

qint64 ComposerWidget::attachmentsSize() const
{
    qint64 total = 0;
    for (const MailAttachment &a : m_attachments)
        total += qMax<qint64>(0, a.size());
    return total;
}

bool ComposerWidget::addAttachment(const QString &path, QString *error)
{
    auto a = MailAttachment::fromFile(path, error);
    if (!a)
        return false;
    m_attachments.append(*a);
    refreshAttachments();
    markChanged();
    return true;
}

void ComposerWidget::refreshAttachments()
{
    m_attachmentList->clear();
    const QLocale locale;
    for (const MailAttachment &a : m_attachments) {
        const qint64 size = a.size();
        const QString sizeText = size < 0 ? tr("missing file") : locale.formattedDataSize(size, 1);
        auto *item = new QListWidgetItem(Icons::get(QStringLiteral(":/icons/attach.svg")),
                                         tr("%1 (%2)").arg(a.fileName, sizeText));
        item->setToolTip(a.filePath.isEmpty() ? a.fileName : a.filePath);
        m_attachmentList->addItem(item);
    }
    m_attachmentList->setVisible(!m_attachments.isEmpty());
    if (m_attachments.isEmpty())
        m_attachmentsLabel->setText(tr("No attachments — drop files here or use Attach…"));
    else
        m_attachmentsLabel->setText(
            tr("%n attachment(s), %1 in total", nullptr, int(m_attachments.size()))
                .arg(locale.formattedDataSize(attachmentsSize(), 1)));
}

void ComposerWidget::attachFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Attach files"));
    QStringList failed;
    for (const QString &f : files) {
        QString error;
        if (!addAttachment(f, &error))
            failed.append(tr("%1: %2").arg(QFileInfo(f).fileName(), error));
    }
    if (!failed.isEmpty())
        QMessageBox::warning(
            this, tr("Attach files"),
            tr("These files could not be attached:\n%1").arg(failed.join(QLatin1Char('\n'))));
}

bool ComposerWidget::acceptsFiles(const QMimeData *mime) const
{
    if (!mime || !mime->hasUrls())
        return false;
    for (const QUrl &u : mime->urls()) {
        if (!u.isLocalFile())
            return false;
    }
    return true;
}

void ComposerWidget::dropFiles(const QMimeData *mime)
{
    for (const QUrl &u : mime->urls()) {
        const QFileInfo fi(u.toLocalFile());
        if (fi.isFile())
            addAttachment(fi.absoluteFilePath());
    }
}

void ComposerWidget::dragEnterEvent(QDragEnterEvent *event)
{
    if (acceptsFiles(event->mimeData()))
        event->acceptProposedAction();
}

void ComposerWidget::dropEvent(QDropEvent *event)
{
    if (!acceptsFiles(event->mimeData()))
        return;
    dropFiles(event->mimeData());
    event->acceptProposedAction();
}

bool ComposerWidget::eventFilter(QObject *watched, QEvent *event)
{
    // Files dropped on the body become attachments, not "file:///…" text.
    // Ctrl+Tab and Ctrl+Shift+Tab leave the body like Tab and Shift+Tab.
    if (watched == m_body && event->type() == QEvent::KeyPress) {
        auto *e = static_cast<QKeyEvent *>(event);
        if ((e->key() == Qt::Key_Tab || e->key() == Qt::Key_Backtab) &&
            (e->modifiers() & Qt::ControlModifier)) {
            QKeyEvent plain(QEvent::KeyPress, e->key(), e->modifiers() & ~Qt::ControlModifier);
            QCoreApplication::sendEvent(m_body, &plain);
            return true;
        }
    }
    if (watched == m_body->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *e = static_cast<QDragMoveEvent *>(event);
            if (acceptsFiles(e->mimeData())) {
                e->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *e = static_cast<QDropEvent *>(event);
            if (acceptsFiles(e->mimeData())) {
                dropFiles(e->mimeData());
                e->acceptProposedAction();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace postel
