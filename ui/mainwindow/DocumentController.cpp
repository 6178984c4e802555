#include "DocumentController.h"

#include "common/DraftStore.h"
#include "common/MessageBanner.h"
#include "common/StatusLabel.h"
#include "composer/AddressField.h"
#include "composer/ComposerWidget.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

namespace postel {

DocumentController::DocumentController(const Views &views, QObject *parent)
    : QObject(parent), m_views(views), m_autosave(new QTimer(this))
{
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(1500);
    connect(m_autosave, &QTimer::timeout, this, &DocumentController::saveDraft);
    connect(m_views.composer, &ComposerWidget::changed, m_autosave, qOverload<>(&QTimer::start));
    connect(m_views.composer, &ComposerWidget::modifiedChanged, this,
            &DocumentController::updateTitle);
}

void DocumentController::updateTitle()
{
    const QString name =
        m_currentFile.isEmpty() ? tr("New message") : QFileInfo(m_currentFile).fileName();
    m_views.window->setWindowTitle(tr("%1[*] — Postel").arg(name));
    m_views.window->setWindowModified(m_views.composer->isModified());
}

DocumentController::Error DocumentController::saveDraft()
{
    m_autosave->stop();
    ComposerWidget *c = m_views.composer;
    if (c->isEmpty()) {
        DraftStore::discard();
        return {};
    }
    QString error;
    const DraftStore::TypedAddresses typed{c->fromField()->text(), c->toField()->text(),
                                           c->ccField()->text(), c->bccField()->text()};
    if (!DraftStore::save(c->message(), c->isHtml(), &error, &typed)) {
        const Error e{Error::Kind::Draft, tr("The draft could not be saved: %1").arg(error)};
        m_views.status->setText(e.message);
        return e;
    }
    return {};
}

void DocumentController::restoreDraft()
{
    ComposerWidget *c = m_views.composer;
    bool html = false;
    std::optional<DraftStore::TypedAddresses> typed;
    if (auto draft = DraftStore::load(&html, &typed)) {
        c->setMessage(*draft);
        if (typed) {
            // As typed, unreadable parts included (they were only marked, never dropped).
            c->fromField()->setText(typed->from);
            c->toField()->setText(typed->to);
            c->ccField()->setText(typed->cc);
            c->bccField()->setText(typed->bcc);
            if (!typed->cc.trimmed().isEmpty() || !typed->bcc.trimmed().isEmpty())
                c->showCcBcc(true);
        }
        c->setHtml(html);
        c->setModified(true);
        m_views.banner->showMessage(MessageBanner::Kind::Success,
                                    tr("Your unsent message was restored from the last session."));
    } else {
        const QString from = QSettings().value(QStringLiteral("composer/from")).toString();
        c->fromField()->setText(from.isEmpty() ? QStringLiteral("Postel <me@localhost>") : from);
        c->setModified(false);
        c->focusFirstEmptyField();
    }
    updateTitle();
}

QString DocumentController::restoreInterruptedSend(const MailMessage &message, bool html)
{
    // Edits made while the message was on the wire: the draft differs from what was sent.
    QString editedCopy;
    bool draftHtml = false;
    if (const auto draft = DraftStore::load(&draftHtml);
        draft && DraftStore::toJson(*draft, draftHtml) != DraftStore::toJson(message, html)) {
        editedCopy = DraftStore::directory() +
                     QDateTime::currentDateTime().toString(
                         QStringLiteral("'/edited-while-sending-'yyyyMMdd-HHmmss'.eml'"));
        QString error;
        if (!draft->save(editedCopy, &error))
            m_views.status->setText(tr("The draft could not be saved: %1").arg(error));
    }
    ComposerWidget *c = m_views.composer;
    c->setMessage(message);
    if (!message.cc().isEmpty() || !message.bcc().isEmpty())
        c->showCcBcc(true);
    c->setHtml(html);
    c->setModified(true);
    saveDraft();
    updateTitle();
    return editedCopy;
}

void DocumentController::markSent()
{
    DraftStore::discard();
    m_views.composer->setModified(false);
}

void DocumentController::newMessage()
{
    ComposerWidget *c = m_views.composer;
    if (!c->isModified() || c->isEmpty()) {
        startNewMessage();
        return;
    }
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("New message"),
                        tr("Start a new message? The current one has not been sent or saved."),
                        QMessageBox::Discard | QMessageBox::Cancel, m_views.window);
    box->setObjectName(QStringLiteral("newMessageQuestion"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int answer) {
        if (answer == QMessageBox::Discard)
            startNewMessage();
    });
    box->open();
}

void DocumentController::discard()
{
    startNewMessage();
}

void DocumentController::startNewMessage()
{
    m_views.composer->clear();
    m_currentFile.clear();
    DraftStore::discard();
    Q_EMIT newMessageStarted();
    Q_EMIT messageDiscarded();
    updateTitle();
    m_views.composer->focusFirstEmptyField();
}

DocumentController::Error DocumentController::openMessage(const QString &path)
{
    QString error;
    auto msg = MailMessage::load(path, &error);
    if (!msg)
        return {Error::Kind::Open, tr("%1 could not be opened: %2").arg(path, error)};
    m_views.composer->setMessage(*msg);
    m_views.composer->setModified(false);
    m_currentFile = path;
    updateTitle();
    return {};
}

DocumentController::Error DocumentController::saveMessage(const QString &path)
{
    MailMessage m = m_views.composer->message();
    m.ensureDateAndMessageId();
    QString error;
    if (!m.save(path, &error))
        return {Error::Kind::Save, tr("The message could not be saved to %1: %2").arg(path, error)};
    m_currentFile = path;
    m_views.composer->setModified(false);
    DraftStore::discard();
    updateTitle();
    return {};
}

void DocumentController::open()
{
    auto *dialog = new QFileDialog(m_views.window, tr("Open message"), QString(),
                                   tr("Messages (*.eml);;All files (*)"));
    dialog->setObjectName(QStringLiteral("openMessageDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (const Error e = openMessage(path); e.isError())
            warn(tr("Open message"), e.message);
    });
    dialog->open();
}

void DocumentController::saveAs()
{
    QString suggestion = m_currentFile;
    if (suggestion.isEmpty()) {
        suggestion = m_views.composer->subjectField()->text().trimmed();
        if (suggestion.isEmpty())
            suggestion = tr("message");
        suggestion.replace(QLatin1Char('/'), QLatin1Char('-'));
        suggestion += QStringLiteral(".eml");
    }
    auto *dialog =
        new QFileDialog(m_views.window, tr("Save message"), suggestion, tr("Messages (*.eml)"));
    dialog->setObjectName(QStringLiteral("saveMessageDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (const Error e = saveMessage(path); e.isError())
            warn(tr("Save message"), e.message);
    });
    dialog->open();
}

void DocumentController::warn(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_views.window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool DocumentController::readyToClose(const std::function<void()> &close)
{
    ComposerWidget *c = m_views.composer;
    if (m_closeAnswered)
        return true;
    if (!c->isModified() || c->isEmpty()) {
        saveDraft();
        return true;
    }
    if (m_closeQuestion) {
        m_closeQuestion->raise();
        return false;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Quit Postel"),
                                tr("This message has not been sent or saved."),
                                QMessageBox::NoButton, m_views.window);
    box->setObjectName(QStringLiteral("quitQuestion"));
    box->setInformativeText(tr("Keep it as a draft for next time, or discard it?"));
    QPushButton *keep = box->addButton(tr("&Keep draft"), QMessageBox::AcceptRole);
    QPushButton *discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, keep, discard, close] {
        m_closeQuestion.clear(); // answered; deleted later
        if (box->clickedButton() == keep)
            saveDraft();
        else if (box->clickedButton() == discard) {
            DraftStore::discard();
            Q_EMIT messageDiscarded();
        } else
            return;
        m_closeAnswered = true;
        close();
    });
    m_closeQuestion = box;
    box->open();
    return false;
}

} // namespace postel
