#include "AddressField.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace postel {

AddressField::AddressField(bool single, QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_error(new QLabel(this)), m_single(single)
{
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setObjectName(QStringLiteral("addressError"));
    m_error->setStyleSheet(QStringLiteral("QLabel#addressError { color: #b01c1c; }"));
    m_error->hide();
    m_edit->setClearButtonEnabled(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        validate();
        Q_EMIT textChanged();
    });
}

void AddressField::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
    m_edit->setAccessibleDescription(text);
}

QString AddressField::text() const
{
    return m_edit->text();
}

void AddressField::setText(const QString &text)
{
    m_edit->setText(text);
}

void AddressField::setAddresses(const MailAddressList &list)
{
    m_edit->setText(formatAddressList(list));
}

MailAddressList AddressField::addresses() const
{
    MailAddressList out;
    for (const QString &part : splitList(m_edit->text())) {
        if (auto a = MailAddress::parse(part))
            out.append(*a);
        else
            out.append(parseAddressList(part)); // a group: its members
    }
    return out;
}

QStringList AddressField::splitList(const QString &text)
{
    QStringList parts;
    QString cur;
    bool quoted = false;
    int angle = 0, comment = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            cur += c;
            if (c == QLatin1Char('\\') && i + 1 < text.size())
                cur += text.at(++i);
            else if (c == QLatin1Char('"'))
                quoted = false;
            continue;
        }
        if (c == QLatin1Char('"'))
            quoted = true;
        else if (c == QLatin1Char('<'))
            ++angle;
        else if (c == QLatin1Char('>') && angle > 0)
            --angle;
        else if (c == QLatin1Char('('))
            ++comment;
        else if (c == QLatin1Char(')') && comment > 0)
            --comment;
        if ((c == QLatin1Char(',') || c == QLatin1Char(';')) && !angle && !comment) {
            if (!cur.trimmed().isEmpty())
                parts.append(cur.trimmed());
            cur.clear();
            continue;
        }
        cur += c;
    }
    if (!cur.trimmed().isEmpty())
        parts.append(cur.trimmed());
    return parts;
}

void AddressField::validate()
{
    const bool wasValid = isValid();
    m_invalid.clear();
    const QStringList parts = splitList(m_edit->text());
    for (const QString &p : parts) {
        QString why;
        if (!MailAddress::parse(p, &why))
            m_invalid.append(p);
    }
    if (!m_invalid.isEmpty())
        m_problem = tr("⚠ Not a valid address: %1").arg(m_invalid.join(QStringLiteral(", ")));
    else if (m_single && parts.size() > 1)
        m_problem = tr("⚠ Only one address belongs here.");
    else
        m_problem.clear();
    m_error->setText(m_problem);
    m_error->setVisible(!m_problem.isEmpty());
    m_edit->setStyleSheet(m_problem.isEmpty()
                              ? QString()
                              : QStringLiteral("QLineEdit { border: 2px solid #b01c1c; }"));
    m_edit->setToolTip(m_problem);
    if (wasValid != isValid())
        Q_EMIT validityChanged(isValid());
}

} // namespace postel
