#include "TranscriptPanel.h"
#include "TranscriptDelegate.h"
#include "TranscriptModel.h"
#include "common/Colours.h"
#include "common/Icons.h"
#include "transcript/Transcript.h"
#include "transcript/TranscriptFormat.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace postel {

TranscriptPanel::TranscriptPanel(QWidget *parent)
    : QWidget(parent), m_model(new TranscriptModel(this)), m_view(new QListView(this))
{
    setObjectName(QStringLiteral("transcriptPanel"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TranscriptDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setLayoutMode(QListView::SinglePass);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_view->setFont(mono);
    m_view->setAccessibleName(tr("Transcript"));

    // Follow the end only when the user is already there.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        QScrollBar *bar = m_view->verticalScrollBar();
        m_view->setProperty("atEnd", bar->value() >= bar->maximum() - 2);
    });
    connect(m_model, &TranscriptModel::batchInserted, this, [this](int first, int last) {
        if (m_view->property("atEnd").toBool())
            m_view->scrollToBottom();
        // A screen reader hears new lines (direction, TLS, time: their accessible text) as
        // the list's description changing; a long batch only by its last lines. Qt 6.4 has
        // no announcement event.
        QStringList spoken;
        for (int row = qMax(first, last - 3); row <= last; ++row)
            spoken.append(m_model->index(row).data(Qt::AccessibleTextRole).toString());
        m_view->setAccessibleDescription(spoken.join(QLatin1Char('\n')));
    });

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(2);
    m_find = new QLineEdit(this);
    m_find->setPlaceholderText(tr("Find in transcript"));
    m_find->setClearButtonEnabled(true);
    if (auto *clear = m_find->findChild<QToolButton *>())
        clear->setAccessibleName(tr("Clear"));
    m_find->setAccessibleName(tr("Find in transcript"));
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    bar->addWidget(m_find, 1);

    auto button = [this, bar](const QString &icon, const QString &text) {
        auto *b = new QToolButton(this);
        b->setIcon(Icons::get(icon));
        b->setToolTip(text);
        b->setText(text);
        b->setAutoRaise(true);
        bar->addWidget(b);
        return b;
    };
    auto *prev = button(QStringLiteral(":/icons/find-previous.svg"), tr("Find previous"));
    connect(prev, &QToolButton::clicked, this, [this] { findNext(true); });
    auto *next = button(QStringLiteral(":/icons/find-next.svg"), tr("Find next"));
    connect(next, &QToolButton::clicked, this, [this] { findNext(false); });

    m_timestamps = button(QStringLiteral(":/icons/clock.svg"), tr("Show timestamps"));
    m_timestamps->setCheckable(true);
    m_timestamps->setChecked(QSettings().value(QStringLiteral("transcript/timestamps")).toBool());
    m_model->setShowTimestamps(m_timestamps->isChecked());
    connect(m_timestamps, &QToolButton::toggled, this, [this](bool on) {
        m_model->setShowTimestamps(on);
        QSettings().setValue(QStringLiteral("transcript/timestamps"), on);
        m_view->viewport()->update();
    });

    m_reveal = button(QStringLiteral(":/icons/reveal.svg"), tr("Reveal credentials"));
    m_reveal->setCheckable(true);
    m_reveal->setToolTip(tr("Show passwords and tokens in the transcript (they are masked by "
                            "default)"));
    connect(m_reveal, &QToolButton::toggled, this, [this](bool on) { setRevealSecrets(on); });

    m_explain = button(QStringLiteral(":/icons/explain.svg"), tr("Explain"));
    m_explain->setObjectName(QStringLiteral("explainButton"));
    m_explain->setCheckable(true);
    m_explain->setToolTip(tr("Explain the current line: what the command asks or what the reply "
                             "means (Enter or a double click on a line opens it too)"));

    auto *copy = button(QStringLiteral(":/icons/copy.svg"), tr("Copy"));
    connect(copy, &QToolButton::clicked, this, &TranscriptPanel::copySelection);
    auto *save = button(QStringLiteral(":/icons/save.svg"), tr("Save transcript as text…"));
    connect(save, &QToolButton::clicked, this, qOverload<>(&TranscriptPanel::save));
    auto *clearButton = button(QStringLiteral(":/icons/clear.svg"), tr("Clear transcript"));
    connect(clearButton, &QToolButton::clicked, this, &TranscriptPanel::clear);

    m_revealWarning = new QLabel(
        tr("Credentials are shown. Turn “Reveal credentials” off before sharing a screenshot."),
        this);
    m_revealWarning->setWordWrap(true);
    m_revealWarning->setObjectName(QStringLiteral("revealWarning"));
    m_revealWarning->setMargin(3);
    m_revealWarning->setAutoFillBackground(true);
    applyWarningColours();
    m_revealWarning->hide();
    m_findStatus = new QLabel(this);
    m_findStatus->hide();

    auto *copyAction =
        new QAction(Icons::get(QStringLiteral(":/icons/copy.svg")), tr("Copy"), m_view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &TranscriptPanel::copySelection);
    m_view->addAction(copyAction);
    auto *findShortcut =
        new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });

    m_explanation = new QTextBrowser(this);
    m_explanation->setObjectName(QStringLiteral("transcriptExplanation"));
    m_explanation->setAccessibleName(tr("Explanation of the current line"));
    m_explanation->setOpenLinks(false);
    m_explanation->setFocusPolicy(Qt::ClickFocus);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_explanation);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_explanation->setVisible(false);
    connect(m_explain, &QToolButton::toggled, this, [this](bool on) {
        m_explanation->setVisible(on);
        QSettings().setValue(QStringLiteral("transcript/explain"), on);
        updateExplanation();
    });
    m_explain->setChecked(QSettings().value(QStringLiteral("transcript/explain")).toBool());
    // Enter (or a double click) on a line opens its explanation.
    connect(m_view, &QAbstractItemView::activated, this, [this] { setExplanationVisible(true); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TranscriptPanel::updateExplanation);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TranscriptPanel::updateExplanation);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TranscriptPanel::updateExplanation);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_revealWarning);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_findStatus);
    updateExplanation();
}

// A warning tint of the theme's window colour under the theme's own text colour.
void TranscriptPanel::applyWarningColours()
{
    QPalette p = m_revealWarning->palette();
    p.setColor(QPalette::Window,
               Colours::toneBackground(Colours::Tone::Warning, palette(), QPalette::Window));
    p.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
    m_revealWarning->setPalette(p);
}

void TranscriptPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyWarningColours();
    QWidget::changeEvent(event);
}

void TranscriptPanel::setExplanationVisible(bool on)
{
    m_explain->setChecked(on);
}

bool TranscriptPanel::isExplanationVisible() const
{
    return m_explain->isChecked();
}

void TranscriptPanel::selectEntry(int entry)
{
    m_model->flush();
    const int row = m_model->rowOfEntry(entry);
    if (row < 0)
        return;
    const QModelIndex idx = m_model->index(row);
    m_view->setCurrentIndex(idx);
    m_view->scrollTo(idx, QAbstractItemView::PositionAtCenter);
}

void TranscriptPanel::updateExplanation()
{
    if (!m_explain->isChecked())
        return;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_explanation->setPlainText(
            tr("Select a command or a reply in the transcript to see what it means."));
        return;
    }
    // The entry's lines as shown (masked unless revealed, escaped), then its meaning.
    const TranscriptEntry entry = m_model->entryAt(current.row());
    QString who = TranscriptModel::speaker(entry.direction, entry.encrypted);
    if (entry.time.isValid())
        who += QStringLiteral(" · ") + entry.time.toString(QStringLiteral("HH:mm:ss.zzz"));
    if (entry.elapsedMs >= 0)
        who += QStringLiteral(" · ") + TranscriptFormat::elapsedText(entry.elapsedMs);
    QString html = QStringLiteral("<p><b>%1</b></p><pre>").arg(who.toHtmlEscaped());
    const QStringList lines = TranscriptFormat::lines(entry, m_model->revealSecrets());
    html += lines.join(QLatin1Char('\n')).toHtmlEscaped() + QStringLiteral("</pre>");
    const QString explanation = m_model->explanationAt(current.row());
    if (explanation.isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("A note from Postel itself: nothing the client or the server "
                            "sent.")
                             .toHtmlEscaped());
    } else {
        for (const QString &paragraph : explanation.split(QLatin1Char('\n')))
            html += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());
    }
    m_explanation->setHtml(html);
}

void TranscriptPanel::attach(Transcript *transcript)
{
    connect(transcript, &Transcript::entryAdded, m_model, &TranscriptModel::append);
}

void TranscriptPanel::setRevealSecrets(bool on)
{
    if (m_reveal->isChecked() != on)
        m_reveal->setChecked(on);
    m_model->setRevealSecrets(on);
    m_revealWarning->setVisible(on);
}

void TranscriptPanel::findNext(bool backwards)
{
    m_model->flush();
    const QString text = m_find->text();
    if (text.isEmpty())
        return;
    const QModelIndex current = m_view->currentIndex();
    const int from = current.isValid() ? current.row() : (backwards ? 0 : -1);
    const int row = m_model->find(text, from, backwards);
    if (row < 0) {
        m_findStatus->setText(tr("“%1” is not in the transcript.").arg(text));
        m_findStatus->show();
        return;
    }
    m_findStatus->hide();
    const QModelIndex idx = m_model->index(row);
    m_view->setCurrentIndex(idx);
    m_view->scrollTo(idx, QAbstractItemView::PositionAtCenter);
}

void TranscriptPanel::copySelection()
{
    QModelIndexList rows = m_view->selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex &i : rows)
        lines.append(i.data().toString());
    QApplication::clipboard()->setText(rows.isEmpty() ? m_model->toText()
                                                      : lines.join(QLatin1Char('\n')));
}

bool TranscriptPanel::saveTo(const QString &path, QString *error)
{
    m_model->flush();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    f.write(m_model->toText().toUtf8());
    if (!f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

void TranscriptPanel::save()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save transcript"), QStringLiteral("transcript.txt"), tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Save transcript"),
                             tr("The transcript could not be saved to %1: %2").arg(path, error));
}

void TranscriptPanel::clear()
{
    m_model->clear();
}

} // namespace postel
