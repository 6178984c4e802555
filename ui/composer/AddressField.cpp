#include "AddressField.h"
#include "common/Colours.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QStringListModel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace postel {

AddressField::AddressField(bool single, QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_error(new QLabel(this)), m_single(single)
{
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setObjectName(QStringLiteral("addressError"));
    m_error->hide();
    applyErrorColour();
    m_edit->setClearButtonEnabled(true);
    if (auto *clear = m_edit->findChild<QToolButton *>())
        clear->setAccessibleName(tr("Clear"));
    // Made here, hidden: a widget must not be made while the window goes away (validate()
    // runs when the field loses the focus).
    m_sign = m_edit->addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                               QLineEdit::LeadingPosition);
    m_sign->setVisible(false);
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

AddressField::~AddressField()
{
    // ~QWidget takes the focus away from the line edit after this object's members are
    // gone; its editingFinished must not reach validate() then.
    disconnect(m_edit, nullptr, this, nullptr);
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
        // Installed after the completer's own filter, so it sees the popup's events first.
        m_completer->popup()->installEventFilter(this);
        // Only what the user types asks for completions, not text set by the program.
        connect(m_edit, &QLineEdit::textEdited, this, &AddressField::complete);
    }
    m_completions->setStringList(entries);
}

bool AddressField::eventFilter(QObject *watched, QEvent *event)
{
    if (m_completer && watched == m_completer->popup() &&
        event->type() == QEvent::MouseButtonPress) {
        QAbstractItemView *popup = m_completer->popup();
        const auto *press = static_cast<QMouseEvent *>(event);
        const QPointF global = press->globalPosition();
        if (!popup->rect().contains(popup->mapFromGlobal(global).toPoint())) {
            // A click beside the list closes it and still does what it was meant to (the
            // completer alone would swallow it): focus a field, press a button.
            popup->hide();
            if (QWidget *target = QApplication::widgetAt(global.toPoint())) {
                // A click that is not the window system's own gives no focus by itself.
                QWidget *focus = target->focusProxy() ? target->focusProxy() : target;
                if (focus->focusPolicy() & Qt::ClickFocus)
                    focus->setFocus(Qt::MouseFocusReason);
                QMouseEvent replay(QEvent::MouseButtonPress, target->mapFromGlobal(global), global,
                                   press->button(), press->buttons(), press->modifiers());
                QApplication::sendEvent(target, &replay);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AddressField::complete()
{
    const QString text = m_edit->text();
    const qsizetype cursor = m_edit->cursorPosition();
    const qsizetype start = AddressList::mailboxStart(text, cursor);
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
    QString head = text.left(AddressList::mailboxStart(text, cursor));
    if (!head.isEmpty() && !head.endsWith(QLatin1Char(' ')))
        head += QLatin1Char(' ');
    const QString inserted = head + entry + (m_single ? QString() : QStringLiteral(", "));
    m_edit->setText(inserted + text.mid(cursor).trimmed());
    m_edit->setCursorPosition(int(inserted.size()));
    Q_EMIT textChanged();
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
    return parseAddressList(m_edit->text()); // what cannot be read is left out
}

void AddressField::validate(bool finished)
{
    const bool wasValid = isValid();
    const QString text = m_edit->text();
    const QList<AddressListEntry> entries = AddressList::entries(text);
    QList<AddressListEntry> invalid;
    qsizetype mailboxes = 0;
    for (const AddressListEntry &e : entries) {
        mailboxes += e.isValid() ? qMax<qsizetype>(1, e.mailboxes.size()) : 1;
        if (!e.isValid())
            invalid.append(e);
    }
    m_invalid.clear();
    for (const AddressListEntry &e : std::as_const(invalid))
        m_invalid.append(e.text);
    m_problem = describeProblem(invalid, mailboxes);
    // The address being typed at the end is not called invalid before it is finished (a
    // separator typed, or the field left); isValid() and problem() still tell the truth.
    QList<AddressListEntry> shown = invalid;
    if (!finished && m_edit->hasFocus() && m_edit->cursorPosition() == text.size() &&
        !shown.isEmpty() && shown.last().start == entries.last().start)
        shown.removeLast();
    const QString display = describeProblem(shown, mailboxes);
    m_error->setText(display);
    m_error->setVisible(!display.isEmpty());
    m_edit->setToolTip(display);
    // A warning sign in the field (a shape, not a red border: a style sheet on the line edit
    // would take its focus frame away and ignore a dark theme).
    const bool marked = !display.isEmpty();
    if (marked != m_marked) {
        m_marked = marked;
        m_sign->setVisible(marked);
    }
    m_sign->setText(display); // its button's accessible name
    m_sign->setToolTip(display);
    if (wasValid != isValid())
        Q_EMIT validityChanged(isValid());
}

// The message under the field in the error tone, readable on the window's colour of the
// current theme (light, dark or high contrast).
void AddressField::applyErrorColour()
{
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, Colours::toneText(Colours::Tone::Error, palette(),
                                                       palette().color(QPalette::Window)));
    m_error->setPalette(p);
}

void AddressField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyErrorColour();
    QWidget::changeEvent(event);
}

QString AddressField::describeProblem(const QList<AddressListEntry> &invalid,
                                      qsizetype mailboxes) const
{
    // One entry: why, in the core's words (an ambiguous address is named as such).
    if (invalid.size() == 1)
        return tr("⚠ Not a valid address: %1 — %2")
            .arg(invalid.first().text, invalid.first().problem);
    if (!invalid.isEmpty()) {
        QStringList texts;
        for (const AddressListEntry &e : invalid)
            texts.append(e.text);
        return tr("⚠ Not a valid address: %1").arg(texts.join(QStringLiteral(", ")));
    }
    if (m_single && mailboxes > 1)
        return tr("⚠ Only one address belongs here.");
    return {};
}

} // namespace postel
