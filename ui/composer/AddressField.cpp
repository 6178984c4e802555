#include "AddressField.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
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
    // Leaving the field (or Enter) finishes the address being typed: show all problems.
    connect(m_edit, &QLineEdit::editingFinished, this, [this] { validate(true); });
}

void AddressField::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
    m_edit->setAccessibleDescription(text);
}

void AddressField::setCompletions(const QStringList &entries)
{
    if (!m_completer) {
        m_completions = new QStringListModel(this);
        m_completer = new QCompleter(m_completions, this);
        m_completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_completer->setFilterMode(Qt::MatchContains);
        m_completer->setCompletionMode(QCompleter::PopupCompletion);
        m_completer->setMaxVisibleItems(8);
        m_completer->setWidget(m_edit);
        connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
                &AddressField::insertCompletion);
        // Only what the user types asks for completions, not text set by the program.
        connect(m_edit, &QLineEdit::textEdited, this, &AddressField::complete);
    }
    m_completions->setStringList(entries);
}

void AddressField::complete()
{
    const QString text = m_edit->text();
    const qsizetype cursor = m_edit->cursorPosition();
    const qsizetype start = partStart(text, cursor);
    const QString prefix = text.mid(start, cursor - start).trimmed();
    if (prefix.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void AddressField::insertCompletion(const QString &entry)
{
    // The address being typed (from its start to the cursor) becomes the chosen one; what
    // follows the cursor stays.
    const QString text = m_edit->text();
    const qsizetype cursor = m_edit->cursorPosition();
    QString head = text.left(partStart(text, cursor));
    if (!head.isEmpty() && !head.endsWith(QLatin1Char(' ')))
        head += QLatin1Char(' ');
    const QString inserted = head + entry + (m_single ? QString() : QStringLiteral(", "));
    m_edit->setText(inserted + text.mid(cursor).trimmed());
    m_edit->setCursorPosition(int(inserted.size()));
    Q_EMIT textChanged();
}

qsizetype AddressField::partStart(const QString &text, qsizetype position)
{
    qsizetype start = 0;
    for (const qsizetype separator : separators(text)) {
        if (separator >= position)
            break;
        start = separator + 1;
    }
    return start;
}

QList<qsizetype> AddressField::separators(const QString &text)
{
    QList<qsizetype> out;
    bool quoted = false;
    int angle = 0, comment = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('\\'))
                ++i;
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
        else if ((c == QLatin1Char(',') || c == QLatin1Char(';')) && !angle && !comment)
            out.append(i);
    }
    return out;
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
    qsizetype start = 0;
    QList<qsizetype> ends = separators(text);
    ends.append(text.size());
    for (const qsizetype end : std::as_const(ends)) {
        const QString part = text.mid(start, end - start).trimmed();
        if (!part.isEmpty())
            parts.append(part);
        start = end + 1;
    }
    return parts;
}

void AddressField::validate(bool finished)
{
    const bool wasValid = isValid();
    m_invalid.clear();
    const QStringList parts = splitList(m_edit->text());
    for (const QString &p : parts) {
        QString why;
        if (!MailAddress::parse(p, &why))
            m_invalid.append(p);
    }
    m_problem = describeProblem(m_invalid, parts.size());
    // The address being typed at the end is not called invalid before it is finished (a
    // separator typed, or the field left); isValid() and problem() still tell the truth.
    QStringList shown = m_invalid;
    const QString text = m_edit->text();
    if (!finished && m_edit->hasFocus() && m_edit->cursorPosition() == text.size() &&
        !shown.isEmpty() && !parts.isEmpty() && shown.last() == parts.last())
        shown.removeLast();
    const QString display = describeProblem(shown, parts.size());
    m_error->setText(display);
    m_error->setVisible(!display.isEmpty());
    m_edit->setToolTip(display);
    // A new style sheet re-polishes the line edit, which closes an open completion list:
    // only when the look changes.
    const bool marked = !display.isEmpty();
    if (marked != m_marked) {
        m_marked = marked;
        m_edit->setStyleSheet(marked ? QStringLiteral("QLineEdit { border: 2px solid #b01c1c; }")
                                     : QString());
    }
    if (wasValid != isValid())
        Q_EMIT validityChanged(isValid());
}

QString AddressField::describeProblem(const QStringList &invalid, qsizetype parts) const
{
    if (!invalid.isEmpty())
        return tr("⚠ Not a valid address: %1").arg(invalid.join(QStringLiteral(", ")));
    if (m_single && parts > 1)
        return tr("⚠ Only one address belongs here.");
    return {};
}

} // namespace postel
