// Issue 16, accessibility as it is seen: a visible focus on every widget that takes the
// keyboard, and text readable (WCAG contrast ratio >= 4.5) in a light, a dark and a
// high-contrast palette. Both are measured on the pixels the widgets paint, not on the
// colours the code means to use.
#include "DoctorBanner.h"
#include "common/CertificateDialog.h"
#include "common/Colours.h"
#include "common/DraftStore.h"
#include "common/HandbookDialog.h"
#include "common/Icons.h"
#include "common/MessageBanner.h"
#include "composer/AddressField.h"
#include "composer/ComposerWidget.h"
#include "diagnosis/ConnectionReportDialog.h"
#include "diagnosis/DiagnosisView.h"
#include "diagnosis/FindSettingsDialog.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Services.h"
#include "profiles/PasswordPrompt.h"
#include "profiles/ProfileDialog.h"
#include "recipients/RecipientsPanel.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptPanel.h"

#include <QApplication>
#include <QDirIterator>
#include <QDockWidget>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSslError>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtTest>

#include <cmath>

using namespace postel;

namespace {

double luminance(QRgb c)
{
    auto ch = [](int v) {
        const double x = v / 255.0;
        return x <= 0.04045 ? x / 12.92 : std::pow((x + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * ch(qRed(c)) + 0.7152 * ch(qGreen(c)) + 0.0722 * ch(qBlue(c));
}

double ratio(QRgb a, QRgb b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The contrast of what is drawn in `area` of `image`: its most frequent colour is the
// background, the pixel that differs most from it is the text (at the large font the test
// uses, a glyph's stems are solid).
double measured(const QImage &image, const QRect &area, QString *colours = nullptr)
{
    QHash<QRgb, int> count;
    const QRect r = area & image.rect();
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            ++count[image.pixel(x, y) | 0xff000000];
    QRgb background = 0;
    int most = -1;
    for (auto it = count.cbegin(); it != count.cend(); ++it)
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    double best = 1.0;
    QRgb text = background;
    for (auto it = count.cbegin(); it != count.cend(); ++it) {
        const double c = ratio(it.key(), background);
        if (c > best) {
            best = c;
            text = it.key();
        }
    }
    if (colours)
        *colours = QStringLiteral("%1 on %2").arg(QColor(text).name(), QColor(background).name());
    return best;
}

QRect rectIn(QWidget *child, QWidget *ancestor)
{
    return QRect(child->mapTo(ancestor, QPoint(0, 0)), child->size());
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x35, 0x35, 0x35), base(0x2a, 0x2a, 0x2a), text(0xee, 0xee, 0xee);
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::AlternateBase, window);
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::PlaceholderText, QColor(0xee, 0xee, 0xee, 128));
        p.setColor(group, QPalette::Button, window);
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::Light, window.lighter(150));
        p.setColor(group, QPalette::Midlight, window.lighter(125));
        p.setColor(group, QPalette::Mid, window.lighter(110));
        p.setColor(group, QPalette::Dark, window.darker(150));
        p.setColor(group, QPalette::Shadow, Qt::black);
        p.setColor(group, QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
        p.setColor(group, QPalette::HighlightedText, Qt::white);
        p.setColor(group, QPalette::ToolTipBase, window);
        p.setColor(group, QPalette::ToolTipText, text);
    }
    return p;
}

// Black and white, yellow highlight: a high-contrast theme.
QPalette highContrastPalette()
{
    QPalette p;
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        for (auto role :
             {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
              QPalette::ToolTipBase, QPalette::Dark, QPalette::Shadow})
            p.setColor(group, role, Qt::black);
        for (auto role :
             {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
              QPalette::Light, QPalette::Midlight, QPalette::Mid})
            p.setColor(group, role, Qt::white);
        p.setColor(group, QPalette::PlaceholderText, QColor(0xff, 0xff, 0xff, 160));
        p.setColor(group, QPalette::Highlight, Qt::yellow);
        p.setColor(group, QPalette::HighlightedText, Qt::black);
    }
    return p;
}

bool takesFocusItself(QWidget *w)
{
    return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
           !w->focusProxy() && w->metaObject()->className() != QByteArray("QDockWidget");
}

// What the window shows around w (a focus frame may be drawn just outside it).
QImage around(QWidget *w)
{
    QWidget *window = w->window();
    const QRect r = rectIn(w, window).adjusted(-3, -3, 3, 3) & window->rect();
    return window->grab(r).toImage();
}

// Every widget of `window` that takes focus with Tab shows it: what the window paints
// around it differs with the focus there and elsewhere.
QStringList focusInvisible(QWidget *window, const QString &scope)
{
    QStringList invisible;
    QWidget *parking = new QWidget(window); // somewhere else for the focus, drawing nothing
    parking->setFocusPolicy(Qt::StrongFocus);
    parking->setGeometry(0, 0, 1, 1);
    parking->show();
    // As after the user pressed Tab once: styles draw the focus frame from then on.
    window->setAttribute(Qt::WA_KeyboardFocusChange);
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        // (A panel behind another's tab is kept out of sight, not hidden.)
        if (w == parking || !takesFocusItself(w) || w->window() != window ||
            w->visibleRegion().isEmpty())
            continue;
        parking->setFocus(Qt::TabFocusReason);
        QCoreApplication::processEvents();
        const QImage without = around(w);
        w->setFocus(Qt::TabFocusReason);
        QCoreApplication::processEvents();
        if (!w->hasFocus())
            continue; // refused (a read-only view without content, …): not a Tab stop
        const QImage with = around(w);
        if (with == without) {
            QString name = QString::fromLatin1(w->metaObject()->className());
            if (!w->objectName().isEmpty())
                name += QLatin1Char(' ') + w->objectName();
            if (!w->accessibleName().isEmpty())
                name += QStringLiteral(" “%1”").arg(w->accessibleName());
            else if (w->parentWidget())
                name += QStringLiteral(" in %1").arg(
                    QString::fromLatin1(w->parentWidget()->metaObject()->className()));
            invisible.append(scope + QStringLiteral(": ") + name);
        }
    }
    delete parking;
    return invisible;
}

} // namespace

class VisualAccessTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void focusIsVisible();
    void readableInEveryPalette_data();
    void readableInEveryPalette();
    void iconsVisibleInEveryPalette_data() { readableInEveryPalette_data(); }
    void iconsVisibleInEveryPalette();

private:
    QPalette m_original;
};

void VisualAccessTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PostelTest"));
    QCoreApplication::setApplicationName(QStringLiteral("PostelVisualAccessTest"));
    qputenv("POSTEL_KEYCHAIN", "off");
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setCursorFlashTime(0); // a caret does not blink between two grabs
    m_original = QApplication::palette();
}

void VisualAccessTest::init()
{
    QSettings s;
    s.clear();
    s.setValue(QStringLiteral("sandbox/autostart"), false);
    s.sync();
    DraftStore::discard();
}

void VisualAccessTest::cleanup()
{
    QApplication::setPalette(m_original);
    QSettings().clear();
    DraftStore::discard();
}

void VisualAccessTest::focusIsVisible()
{
    Services services;
    MainWindow w(&services);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.composer()->showCcBcc(true);
    TranscriptEntry line;
    line.time = QDateTime::currentDateTime();
    line.direction = TranscriptEntry::Client;
    line.bytes = "EHLO [127.0.0.1]";
    w.transcriptPanel()->model()->append(line);
    w.transcriptPanel()->model()->flush();
    // The banner with the failure doctor's findings and buttons (and the list of findings).
    postel::test::showDoctorBanner(w);
    QStringList invisible;
    // Every panel in turn (those behind a tab are shown by raising them).
    const auto docks = w.findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks) {
        dock->show();
        dock->raise();
        QCoreApplication::processEvents();
        invisible += focusInvisible(&w, QStringLiteral("main window"));
    }
    invisible.removeDuplicates();

    auto dialog = [&invisible](QDialog *d, const QString &scope) {
        d->show();
        d->activateWindow();
        if (!QTest::qWaitForWindowActive(d)) {
            invisible.append(scope + QStringLiteral(": not activated"));
            return;
        }
        invisible += focusInvisible(d, scope);
        d->hide();
    };
    ProfileDialog profiles(w.profileStore(), w.passwordStore(), &w);
    dialog(&profiles, QStringLiteral("profile dialog"));
    ConnectionReportDialog report(ConnectionReport::build(SessionRecord()), CommandLines::Test(),
                                  &w);
    dialog(&report, QStringLiteral("connection report"));
    FindSettingsDialog find(QString(), QString(), QSslConfiguration::defaultConfiguration(), &w);
    dialog(&find, QStringLiteral("find settings"));
    CertificateDialog certificate(QStringLiteral("Mail"), QStringLiteral("mx.example.org"),
                                  QSslCertificate(), {QSslError(QSslError::SelfSignedCertificate)},
                                  &w);
    dialog(&certificate, QStringLiteral("certificate dialog"));
    PasswordPrompt password(QStringLiteral("Mail"), QStringLiteral("ann"), QString(), &w);
    dialog(&password, QStringLiteral("password prompt"));
    HandbookDialog handbook(&w);
    dialog(&handbook, QStringLiteral("handbook"));
    for (const QString &i : std::as_const(invisible))
        qInfo().noquote() << "focus not shown:" << i;
    QVERIFY2(invisible.isEmpty(),
             qPrintable(QStringLiteral("%1 widget(s) take the focus without showing it:\n  %2")
                            .arg(invisible.size())
                            .arg(invisible.join(QStringLiteral("\n  ")))));
    w.composer()->setModified(false);
}

void VisualAccessTest::readableInEveryPalette_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << QApplication::style()->standardPalette();
    QTest::newRow("dark") << darkPalette();
    QTest::newRow("high contrast") << highContrastPalette();
}

// The banner (each kind, its text, sign and dismiss button), the message under an address
// field, the transcript's warning when credentials are shown and its secondary lines: text
// at least 4.5 times as light (or dark) as what is behind it.
void VisualAccessTest::readableInEveryPalette()
{
    QFETCH(QPalette, palette);
    QApplication::setPalette(palette);
    QFont big = QApplication::font();
    big.setPointSize(20);
    QWidget window;
    window.setFont(big);
    window.resize(900, 700);
    auto *layout = new QVBoxLayout(&window);
    auto *banner = new MessageBanner(&window);
    layout->addWidget(banner);
    auto *address = new AddressField(false, &window);
    layout->addWidget(address);
    auto *transcript = new TranscriptPanel(&window);
    layout->addWidget(transcript, 1);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QStringList unreadable;
    auto check = [&unreadable](QWidget *where, QWidget *what, const QString &name,
                               double minimum = 4.5) {
        QCoreApplication::processEvents();
        const QImage image = where->grab().toImage();
        QString colours;
        const double c = measured(image, rectIn(what, where), &colours);
        qInfo().noquote()
            << QStringLiteral("%1: %2 (%3)").arg(name, QString::number(c, 'f', 2), colours);
        if (c < minimum)
            unreadable.append(
                QStringLiteral("%1: %2 (%3)").arg(name, QString::number(c, 'f', 2), colours));
    };
    const QString message = QStringLiteral("Connection refused by the server");
    for (auto kind :
         {MessageBanner::Kind::Success, MessageBanner::Kind::Warning, MessageBanner::Kind::Error}) {
        banner->showMessage(kind, message);
        const QString k = QString::number(int(kind));
        for (QLabel *label : banner->findChildren<QLabel *>()) {
            if (label->text() == message)
                check(banner, label, QStringLiteral("banner %1 text").arg(k));
            else if (!label->text().isEmpty())
                check(banner, label, QStringLiteral("banner %1 sign").arg(k));
        }
        for (QToolButton *b : banner->findChildren<QToolButton *>())
            check(banner, b, QStringLiteral("banner %1 dismiss button").arg(k));
    }

    address->setText(QStringLiteral("not an address, bob@example.com"));
    QLabel *error = nullptr;
    for (QLabel *l : address->findChildren<QLabel *>())
        if (l->isVisible() && !l->text().isEmpty())
            error = l;
    QVERIFY(error);
    check(&window, error, QStringLiteral("address error"));

    transcript->setRevealSecrets(true);
    QLabel *warning = nullptr;
    for (QLabel *l : transcript->findChildren<QLabel *>())
        if (l->text().contains(QStringLiteral("Credentials are shown")))
            warning = l;
    QVERIFY(warning && warning->isVisible());
    check(transcript, warning, QStringLiteral("transcript credentials warning"));

    // A note (secondary text) and a command, with the time stamps shown.
    TranscriptEntry note;
    note.time = QDateTime::currentDateTime();
    note.direction = TranscriptEntry::Info;
    note.bytes = "Connecting to 127.0.0.1 port 25";
    TranscriptEntry command = note;
    command.direction = TranscriptEntry::Client;
    command.bytes = "EHLO [127.0.0.1]";
    transcript->model()->append(note);
    transcript->model()->append(command);
    transcript->model()->flush();
    QListView *view = transcript->view();
    QCoreApplication::processEvents();
    const QImage lines = view->viewport()->grab().toImage();
    for (int row = 0; row < 2; ++row) {
        QString colours;
        const double c =
            measured(lines, view->visualRect(transcript->model()->index(row)), &colours);
        qInfo().noquote() << QStringLiteral("transcript line %1: %2 (%3)")
                                 .arg(row)
                                 .arg(QString::number(c, 'f', 2), colours);
        if (c < 4.5)
            unreadable.append(QStringLiteral("transcript line %1: %2 (%3)")
                                  .arg(row)
                                  .arg(QString::number(c, 'f', 2), colours));
    }
    // The recipients after a send: accepted and refused (in their tones).
    RecipientsPanel recipients;
    recipients.setFont(big);
    recipients.resize(900, 300);
    SendController::RecipientResult accepted;
    accepted.address = QStringLiteral("bob@example.com");
    accepted.accepted = true;
    SendController::RecipientResult refused;
    refused.address = QStringLiteral("nobody@refused.test");
    recipients.setResults({accepted, refused});
    recipients.show();
    QVERIFY(QTest::qWaitForWindowExposed(&recipients));
    QCoreApplication::processEvents();
    QTableWidget *table = recipients.table();
    const QImage cells = table->viewport()->grab().toImage();
    for (int row = 0; row < 2; ++row) {
        QString colours;
        const QRect cell = table->visualItemRect(table->item(row, RecipientsPanel::ResultColumn));
        const double c = measured(cells, cell, &colours);
        qInfo().noquote() << QStringLiteral("recipient result %1: %2 (%3)")
                                 .arg(row)
                                 .arg(QString::number(c, 'f', 2), colours);
        if (c < 4.5)
            unreadable.append(QStringLiteral("recipient result %1: %2 (%3)")
                                  .arg(row)
                                  .arg(QString::number(c, 'f', 2), colours));
    }
    for (const QString &u : std::as_const(unreadable))
        qInfo().noquote() << "unreadable:" << u;
    QVERIFY2(unreadable.isEmpty(), qPrintable(unreadable.join(QStringLiteral("; "))));
}

QTEST_MAIN(VisualAccessTest)
// The icons (toolbars, the transcript's and the inbox's buttons): the strongest pixel of each
// stands at least 3:1 (WCAG 1.4.11, graphics) against the window colour — the icons' dark
// grey disappeared on a dark theme.
void VisualAccessTest::iconsVisibleInEveryPalette()
{
    QFETCH(QPalette, palette);
    QApplication::setPalette(palette);
    const QColor window = palette.color(QPalette::Window);
    auto strongest = [&window](const QIcon &icon) {
        QImage image(24, 24, QImage::Format_ARGB32);
        image.fill(window);
        QPainter painter(&image);
        icon.paint(&painter, image.rect());
        painter.end();
        double best = 1.0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                best = std::max(best, Colours::contrast(image.pixelColor(x, y), window));
        return best;
    };
    QStringList faint;
    QDirIterator it(QStringLiteral(":/icons"), {QStringLiteral("*.svg")});
    int icons = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String("postel.svg")))
            continue; // the application's own icon, on its own blue disc
        ++icons;
        const double c = strongest(Icons::get(path, palette));
        if (c < 3.0)
            faint.append(QStringLiteral("%1: %2").arg(path, QString::number(c, 'f', 2)));
    }
    QVERIFY(icons >= 20);
    // And as the widgets use them: the transcript panel's buttons, made under this palette.
    TranscriptPanel transcript;
    for (QToolButton *b : transcript.findChildren<QToolButton *>()) {
        if (b->icon().isNull())
            continue;
        const double c = strongest(b->icon());
        if (c < 3.0)
            faint.append(QStringLiteral("transcript button %1: %2")
                             .arg(b->toolTip(), QString::number(c, 'f', 2)));
    }
    QVERIFY2(faint.isEmpty(), qPrintable(faint.join(QLatin1String("; "))));
}

#include "tst_visualaccess.moc"
