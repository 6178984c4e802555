#include "LadderPanel.h"
#include "LadderView.h"
#include "common/Icons.h"
#include "ladder/LadderPainter.h"
#include "smtp/SmtpSession.h"
#include "transcript/Transcript.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace postel {

namespace {
// Kept in memory and drawn: the end of a long session (the layout says how many are not).
constexpr int MaxEntries = 1000;
} // namespace

LadderPanel::LadderPanel(QWidget *parent)
    : QWidget(parent), m_view(new LadderView(this)), m_scroll(new QScrollArea(this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("ladderPanel"));
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(false);
    m_scroll->setBackgroundRole(QPalette::Base);
    m_scroll->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_scroll->setFocusProxy(m_view);
    setFocusProxy(m_view);

    m_export = new QAction(Icons::get(QStringLiteral(":/icons/export.svg")),
                           tr("&Export ladder diagram…"), this);
    m_export->setObjectName(QStringLiteral("exportLadderAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setToolTip(tr("Save the ladder diagram as an SVG or PNG picture (%1)")
                             .arg(m_export->shortcut().toString(QKeySequence::NativeText)));
    connect(m_export, &QAction::triggered, this, &LadderPanel::exportDiagram);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_export);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 0, 0, 0);
    m_summary->setTextFormat(Qt::PlainText);
    bar->addWidget(m_summary, 1);
    auto *exportButton = new QToolButton(this);
    exportButton->setDefaultAction(m_export);
    exportButton->setAutoRaise(true);
    bar->addWidget(exportButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);

    connect(m_view, &LadderView::currentEntryChanged, this, [this] {
        const int i = m_view->currentItem();
        if (i >= 0) {
            const QRect r = m_view->diagram().items.at(i).rect.toRect();
            m_scroll->ensureVisible(r.center().x(), r.center().y(), 0, r.height() / 2 + 8);
        }
    });

    // The picture fills the panel's width (the lanes move apart).
    m_scroll->viewport()->installEventFilter(this);

    m_timer.setSingleShot(true);
    m_timer.setInterval(50);
    connect(&m_timer, &QTimer::timeout, this, &LadderPanel::flush);
    restart();
}

void LadderPanel::attach(Transcript *transcript, SmtpSession *session)
{
    connect(transcript, &Transcript::entryAdded, this, &LadderPanel::append);
    // aboutToConnect comes before the session's "Connecting to …" line.
    connect(session, &SmtpSession::aboutToConnect, this, [this](const QString &host, quint16 port) {
        restart(QStringLiteral("%1:%2").arg(host).arg(port));
    });
}

void LadderPanel::append(const TranscriptEntry &entry)
{
    m_entries.append(entry);
    if (m_entries.size() > MaxEntries) {
        const qsizetype drop = m_entries.size() - MaxEntries;
        m_entries.remove(0, drop);
        m_earlier += drop;
    }
    if (!m_timer.isActive())
        m_timer.start();
}

void LadderPanel::restart(const QString &server)
{
    m_entries.clear();
    m_earlier = 0;
    m_server = server;
    flush();
}

void LadderPanel::flush()
{
    m_timer.stop();
    const QScrollBar *bar = m_scroll->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    LadderLayout::Options o = options();
    o.width = m_scroll->viewport()->width();
    m_view->setDiagram(LadderLayout::layout(m_entries, o));
    int commands = 0, replies = 0;
    for (const TranscriptEntry &e : std::as_const(m_entries)) {
        commands += e.direction == TranscriptEntry::Client;
        replies += e.direction == TranscriptEntry::Server;
    }
    m_summary->setText(m_entries.isEmpty()
                           ? tr("No session yet: send or test a connection to draw one.")
                           : tr("Commands: %1, replies: %2").arg(commands).arg(replies));
    m_export->setEnabled(!m_entries.isEmpty());
    if (atEnd)
        m_scroll->verticalScrollBar()->setValue(m_scroll->verticalScrollBar()->maximum());
}

LadderLayout::Options LadderPanel::options() const
{
    LadderLayout::Options o;
    o.serverTitle = m_server;
    o.maxEntries = MaxEntries;
    o.earlierEntries = m_earlier;
    return o;
}

bool LadderPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize &&
        m_view->diagram().size.width() != m_scroll->viewport()->width() && !m_timer.isActive())
        m_timer.start();
    return QWidget::eventFilter(watched, event);
}

bool LadderPanel::exportTo(const QString &path, QString *error)
{
    flush();
    return LadderFile::save(LadderLayout::layout(m_entries, options()), path, error);
}

void LadderPanel::exportDiagram()
{
    flush();
    QString folder = QSettings().value(QStringLiteral("ladder/folder")).toString();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    auto *dialog = new QFileDialog(this, tr("Export ladder diagram"),
                                   folder + QStringLiteral("/smtp-session.svg"));
    dialog->setObjectName(QStringLiteral("ladderExportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const QString svg = tr("SVG picture (*.svg)");
    const QString png = tr("PNG picture (*.png)");
    dialog->setNameFilters({svg, png});
    dialog->setDefaultSuffix(QStringLiteral("svg"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, png](const QString &filter) {
        dialog->setDefaultSuffix(filter == png ? QStringLiteral("png") : QStringLiteral("svg"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QSettings().setValue(QStringLiteral("ladder/folder"), QFileInfo(path).absolutePath());
        QString error;
        if (exportTo(path, &error)) {
            Q_EMIT exported(path);
            return;
        }
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Export ladder diagram"),
                            tr("The ladder diagram could not be saved to %1: %2").arg(path, error),
                            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    dialog->open();
}

} // namespace postel
