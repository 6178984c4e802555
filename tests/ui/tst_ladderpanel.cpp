// The window's ladder diagram and explained transcript against the built-in sandbox (in this
// process, on a free port): after a send the ladder has one arrow per command and reply and
// exports as SVG and PNG (also through its dialog); selecting a reply in the transcript
// shows its bytes and its explanation, which screen readers get too.
#include "common/DraftStore.h"
#include "composer/AddressField.h"
#include "composer/ComposerWidget.h"
#include "i18n/Languages.h"
#include "ladder/LadderPanel.h"
#include "ladder/LadderView.h"
#include "mainwindow/DocumentController.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Services.h"
#include "profiles/ProfileStore.h"
#include "transcript/Transcript.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptPanel.h"

#include <QAccessible>
#include <QAction>
#include <QFileDialog>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QXmlStreamReader>
#include <QtTest>

using namespace postel;

namespace {

// The commands' texts of a ladder SVG, in order, and how many item groups it has.
struct Svg
{
    bool ok = false;
    QStringList commands;
    int items = 0;
    int bands = 0;
};

Svg readSvg(const QString &path)
{
    Svg s;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return s;
    QXmlStreamReader xml(&f);
    QString group;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString cls = xml.attributes().value(QStringLiteral("class")).toString();
        if (xml.name() == QLatin1String("rect") && cls == QLatin1String("tls-band"))
            ++s.bands;
        if (xml.name() == QLatin1String("g") &&
            xml.attributes().hasAttribute(QStringLiteral("data-entry"))) {
            group = cls;
            ++s.items;
        }
        if (xml.name() == QLatin1String("text") && cls.isEmpty() &&
            group.startsWith(QLatin1String("arrow command"))) {
            s.commands.append(xml.readElementText());
            group.clear();
        }
    }
    s.ok = !xml.hasError();
    return s;
}

} // namespace

class LadderPanelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sendDrawsTheLadderAndExports();
    void exportThroughTheDialog();
    void selectingAReplyShowsItsExplanation();
    void enterOpensTheExplanation();

private:
    // A window on the sandbox, and a message sent through it to one accepted and one
    // refused recipient.
    void sendThroughTheSandbox();

    std::unique_ptr<Services> m_services;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void LadderPanelTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PostelTest"));
    QCoreApplication::setApplicationName(QStringLiteral("PostelLadderTest"));
    QCOMPARE(Languages::install(QCoreApplication::instance(), QStringLiteral("en")),
             QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
}

void LadderPanelTest::init()
{
    QSettings s;
    s.clear();
    s.setValue(QStringLiteral("sandbox/autostart"), false);
    s.sync();
    DraftStore::discard();
    sendThroughTheSandbox();
}

void LadderPanelTest::cleanup()
{
    if (m_window)
        m_window->document()->markSent(); // nothing to ask about on close
    m_window.reset();
    m_services.reset();
}

void LadderPanelTest::sendThroughTheSandbox()
{
    m_services = std::make_unique<Services>();
    SandboxHost::Options options = Services::sandboxOptions();
    options.port = 0;
    m_services->startSandbox(options);
    QVERIFY(m_services->sandbox() && m_services->sandbox()->isListening());
    QTRY_VERIFY_WITH_TIMEOUT(m_services->sandbox()->isCertificateReady(), 60000);
    QVERIFY(!m_services->sandbox()->certificateError().isError());
    m_window = std::make_unique<MainWindow>(m_services.get());
    MainWindow &w = *m_window;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.profileStore()->setCurrentId(QStringLiteral("sandbox"));
    QCOMPARE(w.profileStore()->current().port, m_services->sandbox()->port());

    ComposerWidget *c = w.composer();
    c->fromField()->lineEdit()->clear();
    QTest::keyClicks(c->fromField()->lineEdit(), QStringLiteral("lucja@example.org"));
    QTest::keyClicks(c->toField()->lineEdit(),
                     QStringLiteral("bob@example.com, nobody@refused.test"));
    QTest::keyClicks(c->subjectField(), QStringLiteral("Ladder"));
    QTest::keyClicks(c->bodyEdit(), QStringLiteral("Drawn."));
    QSignalSpy finished(&w, &MainWindow::sendFinished);
    w.send();
    QVERIFY(finished.wait(40000));
    const auto outcome = finished.first().first().value<SendController::Outcome>();
    QVERIFY2(outcome.ok, qPrintable(outcome.error.describe()));
    QCOMPARE(outcome.refusedCount, 1);
}

void LadderPanelTest::sendDrawsTheLadderAndExports()
{
    LadderPanel *ladder = m_window->ladderPanel();
    QVERIFY(ladder);
    // Live: the picture follows without anyone asking it to.
    QTRY_VERIFY(!ladder->entries().isEmpty());
    QTRY_COMPARE(ladder->view()->diagram().items.size(), ladder->entries().size());

    // The picture is this session's: from "Connecting to …" to the end of the transcript.
    const QList<TranscriptEntry> &entries = ladder->entries();
    QVERIFY(entries.first().bytes.startsWith("Connecting to "));
    const QList<TranscriptEntry> &all = m_services->transcript()->entries();
    QCOMPARE(all.mid(all.size() - entries.size()).size(), entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i)
        QCOMPARE(entries.at(i).bytes, all.at(all.size() - entries.size() + i).bytes);

    // One arrow per command, reply and run of message data; one note for each other entry.
    const LadderDiagram &d = ladder->view()->diagram();
    int arrows = 0, commands = 0;
    for (const TranscriptEntry &e : entries) {
        arrows += e.direction == TranscriptEntry::Client ||
                  e.direction == TranscriptEntry::Server || e.direction == TranscriptEntry::Data;
        commands += e.direction == TranscriptEntry::Client;
    }
    QCOMPARE(d.arrowCount(), arrows);
    QCOMPARE(d.bands.size(), 1); // STARTTLS
    int refused = 0;
    for (const LadderItem &item : d.items)
        refused += item.refused;
    QCOMPARE(refused, 1);

    // Exports: the SVG shows the commands in order, the PNG loads.
    const QString svgPath = m_dir.filePath(QStringLiteral("window.svg"));
    const QString pngPath = m_dir.filePath(QStringLiteral("window.png"));
    QString error;
    QVERIFY2(ladder->exportTo(svgPath, &error), qPrintable(error));
    QVERIFY2(ladder->exportTo(pngPath, &error), qPrintable(error));
    const Svg svg = readSvg(svgPath);
    QVERIFY(svg.ok);
    QCOMPARE(svg.items, entries.size());
    QCOMPARE(svg.commands.size(), commands);
    QCOMPARE(svg.commands.first().left(5), QStringLiteral("EHLO "));
    QCOMPARE(svg.commands.at(1), QStringLiteral("STARTTLS"));
    QVERIFY(svg.commands.contains(QStringLiteral("RCPT TO:<nobody@refused.test>")));
    QCOMPARE(svg.commands.last(), QStringLiteral("QUIT"));
    QCOMPARE(svg.bands, 1);
    QImage image;
    QVERIFY(image.load(pngPath, "png"));
    // Exported at the standard width, whatever the panel's.
    QCOMPARE(image.width(), LadderLayout::DefaultWidth);
    // On screen it fills the panel's width.
    QCOMPARE(int(d.size.width()),
             std::max(ladder->view()->parentWidget()->width(), int(LadderLayout::MinimumWidth)));

    // The next connection starts a new picture.
    const qsizetype before = ladder->entries().size();
    QSignalSpy finished(m_window.get(), &MainWindow::sendFinished);
    m_window->testConnection();
    QVERIFY(finished.wait(40000));
    QTRY_VERIFY(ladder->entries().size() < before);
    QVERIFY(ladder->entries().first().bytes.startsWith("Connecting to "));
}

void LadderPanelTest::exportThroughTheDialog()
{
    QAction *action = m_window->ladderPanel()->exportAction();
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QTRY_VERIFY(action->isEnabled()); // once the picture has the session
    // In the File menu, and the picture's context menu.
    QVERIFY(m_window->ladderPanel()->view()->actions().contains(action));
    bool inFileMenu = false;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(action))
            inFileMenu = true;
    }
    QVERIFY(inFileMenu);

    for (const QString &name : {QStringLiteral("dialog.png"), QStringLiteral("dialog")}) {
        QSignalSpy exported(m_window->ladderPanel(), &LadderPanel::exported);
        action->trigger();
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY(
            (dialog = m_window->findChild<QFileDialog *>(QStringLiteral("ladderExportDialog"))) &&
            dialog->isVisible());
        dialog->selectFile(m_dir.filePath(name));
        QMetaObject::invokeMethod(dialog, "accept");
        QTRY_COMPARE(exported.size(), 1);
        const QString path = exported.first().first().toString();
        if (name.endsWith(QLatin1String(".png"))) {
            QImage image;
            QVERIFY(image.load(path, "png"));
        } else {
            QVERIFY2(path.endsWith(QLatin1String("dialog.svg")), qPrintable(path)); // the default
            QVERIFY(readSvg(path).ok);
        }
        QTRY_VERIFY(!m_window->findChild<QFileDialog *>(QStringLiteral("ladderExportDialog")));
    }
}

void LadderPanelTest::selectingAReplyShowsItsExplanation()
{
    TranscriptPanel *panel = m_window->transcriptPanel();
    TranscriptModel *model = panel->model();
    model->flush();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r)
                .data(TranscriptModel::BodyRole)
                .toString()
                .startsWith(QStringLiteral("550 ")))
            row = r;
    }
    QVERIFY(row >= 0);
    panel->setExplanationVisible(true);
    QVERIFY(panel->explanationView()->isVisible());
    panel->view()->setCurrentIndex(model->index(row));
    const QString shown = panel->explanationView()->toPlainText();
    const QString wire = model->index(row).data(TranscriptModel::BodyRole).toString();
    QVERIFY2(shown.contains(wire), qPrintable(shown)); // the bytes, verbatim
    const QString explanation = model->explanationAt(row);
    QVERIFY(!explanation.isEmpty());
    for (const QString &paragraph : explanation.split(QLatin1Char('\n')))
        QVERIFY2(shown.contains(paragraph), qPrintable(shown));
    QVERIFY2(explanation.contains(QStringLiteral("5.1.1")), qPrintable(explanation));

    // Screen readers: the line's accessible description is its explanation.
    QCOMPARE(model->index(row).data(Qt::AccessibleDescriptionRole).toString(), explanation);
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(panel->view());
    QVERIFY(list);
    QAccessibleInterface *cell = nullptr;
    for (int i = 0; i < list->childCount() && !cell; ++i) {
        QAccessibleInterface *c = list->child(i);
        if (c && c->text(QAccessible::Name).contains(wire))
            cell = c;
    }
    QVERIFY(cell);
    QCOMPARE(cell->text(QAccessible::Description), explanation);

    // A command, then one of Postel's own notes.
    int ehlo = -1, note = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString body = model->index(r).data(TranscriptModel::BodyRole).toString();
        if (ehlo < 0 && body.startsWith(QStringLiteral("EHLO ")))
            ehlo = r;
        if (note < 0 &&
            model->index(r).data(TranscriptModel::KindRole).toInt() == TranscriptEntry::Info)
            note = r;
    }
    panel->view()->setCurrentIndex(model->index(ehlo));
    QVERIFY(panel->explanationView()->toPlainText().contains(
        model->explanationAt(ehlo).section(QLatin1Char('\n'), 0, 0)));
    panel->view()->setCurrentIndex(model->index(note));
    QVERIFY(panel->explanationView()->toPlainText().contains(QStringLiteral("Postel itself")));
}

void LadderPanelTest::enterOpensTheExplanation()
{
    TranscriptPanel *panel = m_window->transcriptPanel();
    panel->setExplanationVisible(false);
    QVERIFY(!panel->explanationView()->isVisible());
    panel->model()->flush();
    QListView *view = panel->view();
    view->setFocus();
    view->setCurrentIndex(panel->model()->index(2));
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(panel->isExplanationVisible());
    QVERIFY(panel->explanationView()->isVisible());
    QVERIFY(!panel->explanationView()->toPlainText().isEmpty());
    // The choice is kept for the next start.
    QVERIFY(QSettings().value(QStringLiteral("transcript/explain")).toBool());
}

QTEST_MAIN(LadderPanelTest)
#include "tst_ladderpanel.moc"
