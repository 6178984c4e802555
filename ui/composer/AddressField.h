#pragma once

#include "message/MailMessage.h"

#include <QWidget>

class QLineEdit;
class QLabel;

namespace postel {

// An address list as typed ("Ann <ann@example.org>, bob@example.com"), checked as the user
// types: what cannot be read is named under the field, with a sign and in words — not
// only in red.
class AddressField : public QWidget
{
    Q_OBJECT
public:
    explicit AddressField(bool single, QWidget *parent = nullptr);

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

    // Splits at commas and semicolons outside quotes, angle brackets and comments.
    static QStringList splitList(const QString &text);

Q_SIGNALS:
    void textChanged();
    void validityChanged(bool valid);

private:
    void validate();

    QLineEdit *m_edit;
    QLabel *m_error;
    bool m_single;
    QString m_problem;
    QStringList m_invalid;
};

} // namespace postel
