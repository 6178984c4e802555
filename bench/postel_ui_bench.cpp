// The GUI side of issue 6, measured: (1) the transcript panel taking 1 000 000 lines, and
// (2) a 50 MB send running in the GUI's event loop. For both: the longest the event loop
// went without turning (what a user feels as a freeze), wall time and peak memory.
//   QT_QPA_PLATFORM=offscreen postel-ui-bench transcript [--lines N]
//   QT_QPA_PLATFORM=offscreen postel-ui-bench send --server HOST:PORT [--size BYTES]
// Prints one JSON object.

#include "smtp/SmtpSession.h"
#include "transcript/Transcript.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptPanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <sys/resource.h>

using namespace postel;

namespace {

qint64 peakRssKib()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

// Ticks every millisecond; the largest gap between ticks is the longest stall.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_clock.start();
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last)
                m_worst = qMax(m_worst, now - m_last);
            m_last = now;
        });
        m_timer.start(1);
    }
    double worstMs() const { return double(m_worst) / 1e6; }

private:
    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

QString arg(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

int transcriptBench(qint64 lines)
{
    TranscriptPanel panel;
    panel.resize(900, 600);
    panel.show();
    StallMeter meter;
    QElapsedTimer wall;
    wall.start();
    qint64 appended = 0;
    const qint64 perTurn = 2000; // a busy session: thousands of lines between two paints
    QTimer feeder;
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        TranscriptEntry e;
        e.time = QDateTime::currentDateTime();
        for (qint64 i = 0; i < perTurn && appended < lines; ++i, ++appended) {
            e.direction = (appended % 2) ? TranscriptEntry::Server : TranscriptEntry::Client;
            e.bytes = "250 2.1.5 Ok line " + QByteArray::number(appended);
            panel.model()->append(e);
        }
        if (appended >= lines) {
            feeder.stop();
            panel.model()->flush();
            QTimer::singleShot(100, qApp, &QCoreApplication::quit);
        }
    });
    feeder.start(0);
    QApplication::exec();
    const QJsonObject o{{QStringLiteral("scenario"), QStringLiteral("ui-transcript")},
                        {QStringLiteral("lines"), appended},
                        {QStringLiteral("rows_in_model"), panel.model()->rowCount()},
                        {QStringLiteral("wall_s"), wall.elapsed() / 1000.0},
                        {QStringLiteral("worst_stall_ms"), meter.worstMs()},
                        {QStringLiteral("peak_rss_kib"), peakRssKib()}};
    std::fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
    return panel.model()->rowCount() == lines ? 0 : 1;
}

int sendBench(const QString &server, qint64 size)
{
    TranscriptPanel panel;
    panel.show();
    SmtpSession session;
    Transcript transcript;
    transcript.attach(&session);
    panel.attach(&transcript);
    QByteArray line(998, 'x');
    line += "\r\n";
    QByteArray message = "Subject: big\r\n\r\n";
    while (message.size() < size)
        message += line;
    StallMeter meter;
    QElapsedTimer wall;
    wall.start();
    int progressSignals = 0;
    session.connectToHost(server);
    SmtpOperation *send = session.sendmail(QStringLiteral("a@example.org"),
                                           {QStringLiteral("b@example.org")}, message);
    QObject::connect(send, &SmtpOperation::dataProgress,
                     [&](qint64, qint64) { ++progressSignals; });
    SmtpOperation *quit = session.quit();
    QObject::connect(quit, &SmtpOperation::finished, qApp, &QCoreApplication::quit);
    QApplication::exec();
    const double seconds = wall.elapsed() / 1000.0;
    const QJsonObject o{{QStringLiteral("scenario"), QStringLiteral("ui-send")},
                        {QStringLiteral("bytes"), message.size()},
                        {QStringLiteral("ok"), !send->hasError()},
                        {QStringLiteral("wall_s"), seconds},
                        {QStringLiteral("rate"), message.size() / 1e6 / seconds},
                        {QStringLiteral("progress_signals"), progressSignals},
                        {QStringLiteral("worst_stall_ms"), meter.worstMs()},
                        {QStringLiteral("peak_rss_kib"), peakRssKib()}};
    std::fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
    return send->hasError() ? 1 : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    const QString scenario = args.value(1);
    if (scenario == QLatin1String("transcript"))
        return transcriptBench(
            arg(args, QStringLiteral("--lines"), QStringLiteral("1000000")).toLongLong());
    if (scenario == QLatin1String("send"))
        return sendBench(
            arg(args, QStringLiteral("--server"), {}),
            arg(args, QStringLiteral("--size"), QStringLiteral("50000000")).toLongLong());
    std::fputs(
        "usage: postel-ui-bench transcript [--lines N] | send --server HOST:PORT [--size BYTES]\n",
        stderr);
    return 2;
}
