#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

#include "message/MailMessage.h"

class QLabel;
class QMessageBox;
class QTimer;
class QWidget;

namespace postel {

class StatusLabel;

class ComposerWidget;
class MessageBanner;

// The message being written, as a document: new, open, save as, the draft kept on disk
// (saved a moment after every change, restored at the next start), the window's title and
// its modified mark. Every question it asks is window-modal and answered later, never in a
// nested event loop.
class DocumentController : public QObject
{
    Q_OBJECT
public:
    // What went wrong with a file, in the shape of SmtpError: a kind and a sentence.
    struct Error
    {
        enum class Kind
        {
            None,
            Open,
            Save,
            Draft
        };
        Kind kind = Kind::None;
        QString message; // translated, names the file

        bool isError() const { return kind != Kind::None; }
    };

    // The window's widgets it speaks through (the window keeps them).
    struct Views
    {
        QWidget *window = nullptr; // titled; parent of the questions
        ComposerWidget *composer = nullptr;
        MessageBanner *banner = nullptr;
        StatusLabel *status = nullptr;
    };

    explicit DocumentController(const Views &views, QObject *parent = nullptr);

    QString currentFile() const { return m_currentFile; }
    Error openMessage(const QString &path);
    Error saveMessage(const QString &path);

    // The draft of the last session back in the composer (with the address fields as typed),
    // or a fresh message from the usual sender.
    void restoreDraft();
    // Postel stopped in the middle of sending `message`: it goes back in the composer (and
    // becomes the draft). A draft changed since that send started is kept beside it as an
    // .eml, whose path is returned (empty: there was nothing else to keep).
    QString restoreInterruptedSend(const MailMessage &message, bool html);
    // Now (it is also saved a moment after each change); an empty message leaves none.
    Error saveDraft();
    // Every recipient took the message: there is nothing left to keep.
    void markSent();

    // Before the window closes. True: it may close now (the message is kept as a draft).
    // False: the message was neither sent nor saved, so it asks (window-modal) whether to
    // keep or discard it, and calls `close` again once the user chose either.
    bool readyToClose(const std::function<void()> &close);

public Q_SLOTS:
    // Asks first (window-modal) when the current message would be lost.
    void newMessage();
    void open();
    void saveAs();
    // A new, empty message without asking (the user already chose to discard this one).
    void discard();

Q_SIGNALS:
    // The composer holds a new, empty message.
    void newMessageStarted();
    // The message was thrown away (a new one, or "Discard" on quitting).
    void messageDiscarded();

private:
    void startNewMessage();
    void updateTitle();
    void warn(const QString &title, const QString &text);

    Views m_views;
    QTimer *m_autosave;
    QString m_currentFile;
    QPointer<QMessageBox> m_closeQuestion;
    bool m_closeAnswered = false;
};

} // namespace postel
