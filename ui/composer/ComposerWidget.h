#pragma once

#include "message/MailMessage.h"

#include <QWidget>

class QLineEdit;
class QTextEdit;
class QCheckBox;
class QListWidget;
class QLabel;
class QToolButton;
class QWidget;
class QMimeData;

namespace postel {

class AddressField;

// The message being written: From, To, Cc, Bcc, Subject, the body (plain text or HTML)
// and attachments (Attach… or drag and drop), with their sizes.
class ComposerWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ComposerWidget(QWidget *parent = nullptr);

    MailMessage message() const;
    void setMessage(const MailMessage &message);
    void clear();
    bool isEmpty() const;
    // Puts the cursor where the user most likely types next: From when it is empty,
    // else To, else Subject, else the body.
    void focusFirstEmptyField();

    bool isModified() const { return m_modified; }
    void setModified(bool modified);

    // Empty when the message can be sent; otherwise a sentence saying what to fix.
    QString problem() const;

    bool isHtml() const;
    void setHtml(bool on);
    bool addAttachment(const QString &path, QString *error = nullptr);
    QList<MailAttachment> attachments() const { return m_attachments; }
    qint64 attachmentsSize() const;

    AddressField *fromField() const { return m_from; }
    AddressField *toField() const { return m_to; }
    AddressField *ccField() const { return m_cc; }
    AddressField *bccField() const { return m_bcc; }
    // What To, Cc and Bcc offer while typing.
    void setAddressCompletions(const QStringList &entries);
    QLineEdit *subjectField() const { return m_subject; }
    QTextEdit *bodyEdit() const { return m_body; }
    QListWidget *attachmentList() const { return m_attachmentList; }

public Q_SLOTS:
    void attachFiles();
    void showCcBcc(bool show = true);

Q_SIGNALS:
    void changed();
    void modifiedChanged(bool modified);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void markChanged();
    void refreshAttachments();
    bool acceptsFiles(const QMimeData *mime) const;
    void dropFiles(const QMimeData *mime);

    AddressField *m_from;
    AddressField *m_to;
    AddressField *m_cc;
    AddressField *m_bcc;
    QWidget *m_ccRow[2] = {};
    QWidget *m_bccRow[2] = {};
    QToolButton *m_ccButton;
    QLineEdit *m_subject;
    QTextEdit *m_body;
    QCheckBox *m_htmlToggle;
    QWidget *m_formatBar;
    QListWidget *m_attachmentList;
    QLabel *m_attachmentsLabel;
    QList<MailAttachment> m_attachments;
    QList<MailHeader> m_keptHeaders; // headers of an opened message we have no field for
    bool m_modified = false;
    bool m_loading = false;
};

} // namespace postel
