#pragma once

#include "message/MailMessage.h"

#include <QWidget>

class QAction;
class QCompleter;
class QLineEdit;
class QLabel;
class QStringListModel;

namespace postel {

// An address list as typed ("Ann <ann@example.org>, bob@example.com"), checked as the user
// types: what cannot be read is named under the field, with a sign and in words — not
// only in red. Where the entries are, and what each reads as, is the core's address-list
// scanner's answer (AddressList), so that the field and what is sent never disagree.
class AddressField : public QWidget
{
    Q_OBJECT
public:
    explicit AddressField(bool single, QWidget *parent = nullptr);
    ~AddressField() override;

    QString text() const;
    void setText(const QString &text);
    void setAddresses(const MailAddressList &list);
    MailAddressList addresses() const;
    // True when empty or every address is readable (and, for a single field, one).
    bool isValid() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    QStringList invalidParts() const { return m_invalid; }
    QLineEdit *lineEdit() const { return m_edit; }
    void setPlaceholderText(const QString &text);
    // Addresses to offer while typing (a list field completes the address under the
    // cursor, matching anywhere in name or address).
    void setCompletions(const QStringList &entries);
    QCompleter *completer() const { return m_completer; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    void textChanged();
    void validityChanged(bool valid);

private:
    // `finished`: the user left the field or pressed Enter (nothing is still being typed).
    void validate(bool finished = false);
    QString describeProblem(const QList<AddressListEntry> &invalid, qsizetype mailboxes) const;
    void complete();
    void insertCompletion(const QString &entry);
    void applyErrorColour();

    QLineEdit *m_edit;
    QLabel *m_error;
    bool m_single;
    QString m_problem;
    QStringList m_invalid;
    bool m_marked = false; // the warning sign is in the field
    QAction *m_sign = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_completions = nullptr;
};

} // namespace postel
