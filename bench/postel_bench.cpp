// postel-bench: drives postel-core in-process through the benchmark scenarios of issue 6
// and prints one JSON object. Not a test: bench/run.sh runs it against bench's sink.
//
//   postel-bench b1|b2|b3|b4 --server HOST:PORT [--starttls --ca-file FILE] [--count N]
//                [--rcpts N] [--size BYTES | --data FILE] [--conns N] [--no-pipelining]
//                [--no-chunking]
//
// b1: --count messages (default 1000) of --size bytes (default 1024), one connection.
// b2: one message of --size bytes (default 50 000 000) from memory, or --data FILE streamed.
// b3: one message (--count times) to --rcpts recipients (default 500), one connection.
// b4: --conns connections (default 200) one after another, one message each.
// rate: messages/s (b1, b3), MB/s (b2, 10^6 bytes), connections/s (b4).

#include "smtp/SmtpSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QTextStream>

#include <sys/resource.h>

using namespace postel;

namespace {

struct Options
{
    QString scenario;
    QString host;
    quint16 port = 0;
    bool starttls = false;
    QString caFile;
    int count = -1;
    int rcpts = -1;
    qint64 size = -1;
    QString dataFile;
    int conns = -1;
    bool pipelining = true;
    bool chunking = true;
};

QByteArray makeMessage(qint64 size)
{
    QByteArray m = "From: bench@example.org\r\nTo: sink@example.org\r\n"
                   "Subject: postel-bench\r\nMessage-ID: <bench@example.org>\r\n\r\n";
    m.reserve(size + 80);
    const QByteArray line =
        "The quick brown fox jumps over the lazy dog; 0123456789 ABCDEFGHIJKLMNOPQRSTUV\r\n";
    while (m.size() + line.size() <= size)
        m += line;
    if (m.size() < size)
        m += QByteArray(size - m.size() - 2 > 0 ? size - m.size() - 2 : 0, 'x') + "\r\n";
    return m;
}

qint64 peakRssKib()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

class Bench
{
public:
    explicit Bench(const Options &o) : m_o(o) {}

    void configure(SmtpSession &s) const
    {
        s.setLocalHostname(QStringLiteral("bench.example"));
        s.setTimeout(120000);
        s.setUsePipelining(m_o.pipelining);
        s.setUseChunking(m_o.chunking);
        if (!m_o.caFile.isEmpty()) {
            QSslConfiguration c = QSslConfiguration::defaultConfiguration();
            c.setCaCertificates(QSslCertificate::fromPath(m_o.caFile));
            s.setTlsConfiguration(c);
        }
    }
    // connect (+ EHLO, STARTTLS); sendmail greets by itself afterwards.
    void open(SmtpSession &s)
    {
        track(s.connectToHost(m_o.host, m_o.port));
        if (m_o.starttls) {
            track(s.ehlo());
            track(s.starttls());
        }
    }
    SmtpOperation *track(SmtpOperation *op)
    {
        ++m_pending;
        QObject::connect(op, &SmtpOperation::finished, op, [this, op] {
            if (op->hasError()) {
                ++m_errors;
                if (m_firstError.isEmpty())
                    m_firstError = op->name() + QStringLiteral(": ") + op->error().describe();
            }
            if (--m_pending == 0)
                m_loop.quit();
            op->deleteLater();
        });
        return op;
    }
    void run() { m_loop.exec(); }
    int errors() const { return m_errors; }
    QString firstError() const { return m_firstError; }

private:
    Options m_o;
    QEventLoop m_loop;
    int m_pending = 0;
    int m_errors = 0;
    QString m_firstError;
};

bool parseServer(const QString &s, Options &o)
{
    const qsizetype colon = s.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    o.host = s.left(colon);
    if (o.host.startsWith(QLatin1Char('[')) && o.host.endsWith(QLatin1Char(']')))
        o.host = o.host.mid(1, o.host.size() - 2);
    bool ok = false;
    o.port = quint16(s.mid(colon + 1).toUInt(&ok));
    return ok && o.port > 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(
        QCoreApplication::translate("postel-bench", "Postel's SMTP client benchmark (issue 6)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("scenario"),
                            QCoreApplication::translate("postel-bench", "b1, b2, b3 or b4"));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QCoreApplication::translate("postel-bench", "The sink."),
                                    QStringLiteral("HOST:PORT"));
    const QCommandLineOption starttls(QStringLiteral("starttls"),
                                      QCoreApplication::translate("postel-bench", "STARTTLS."));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    QCoreApplication::translate("postel-bench", "CA to trust."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption count(QStringLiteral("count"),
                                   QCoreApplication::translate("postel-bench", "Messages."),
                                   QStringLiteral("N"));
    const QCommandLineOption rcpts(QStringLiteral("rcpts"),
                                   QCoreApplication::translate("postel-bench", "Recipients."),
                                   QStringLiteral("N"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QCoreApplication::translate("postel-bench", "Message size."),
                                  QStringLiteral("BYTES"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  QCoreApplication::translate("postel-bench", "Message file."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption conns(QStringLiteral("conns"),
                                   QCoreApplication::translate("postel-bench", "Connections."),
                                   QStringLiteral("N"));
    const QCommandLineOption noPipe(
        QStringLiteral("no-pipelining"),
        QCoreApplication::translate("postel-bench", "Do not use PIPELINING."));
    const QCommandLineOption noChunk(
        QStringLiteral("no-chunking"),
        QCoreApplication::translate("postel-bench", "Do not use CHUNKING (BDAT)."));
    p.addOptions({server, starttls, caFile, count, rcpts, size, data, conns, noPipe, noChunk});
    p.process(app);

    QTextStream err(stderr);
    Options o;
    o.scenario = p.positionalArguments().value(0);
    if (!QStringList{"b1", "b2", "b3", "b4"}.contains(o.scenario) ||
        !parseServer(p.value(server), o)) {
        err << QCoreApplication::translate("postel-bench",
                                           "usage: postel-bench b1|b2|b3|b4 --server HOST:PORT "
                                           "[options]; see --help")
            << Qt::endl;
        return 2;
    }
    o.starttls = p.isSet(starttls);
    o.caFile = p.value(caFile);
    o.count = p.isSet(count) ? p.value(count).toInt() : -1;
    o.rcpts = p.isSet(rcpts) ? p.value(rcpts).toInt() : -1;
    o.size = p.isSet(size) ? p.value(size).toLongLong() : -1;
    o.dataFile = p.value(data);
    o.conns = p.isSet(conns) ? p.value(conns).toInt() : -1;
    o.pipelining = !p.isSet(noPipe);
    o.chunking = !p.isSet(noChunk);

    const QString from = QStringLiteral("bench@example.org");
    const QStringList one{QStringLiteral("sink@example.org")};
    int messages = 0;
    int connections = 0;
    qint64 bytes = 0;
    QByteArray msg;
    if (o.scenario == QLatin1String("b1"))
        msg = makeMessage(o.size > 0 ? o.size : 1024);
    else if (o.scenario == QLatin1String("b2") && o.dataFile.isEmpty())
        msg = makeMessage(o.size > 0 ? o.size : 50000000);
    else if (o.scenario != QLatin1String("b2"))
        msg = makeMessage(o.size > 0 ? o.size : 1024);

    Bench bench(o);
    SmtpSession session;
    bench.configure(session);
    QElapsedTimer t;
    t.start();
    if (o.scenario == QLatin1String("b1")) {
        const int n = o.count > 0 ? o.count : 1000;
        bench.open(session);
        for (int i = 0; i < n; ++i)
            bench.track(session.sendmail(from, one, msg));
        bench.track(session.quit());
        messages = n;
        connections = 1;
        bytes = qint64(n) * msg.size();
    } else if (o.scenario == QLatin1String("b2")) {
        bench.open(session);
        if (!o.dataFile.isEmpty()) {
            auto *f = new QFile(o.dataFile);
            if (!f->open(QIODevice::ReadOnly)) {
                err << f->errorString() << Qt::endl;
                return 1;
            }
            bytes = f->size();
            bench.track(session.sendmail(from, one, f));
        } else {
            bytes = msg.size();
            bench.track(session.sendmail(from, one, msg));
        }
        bench.track(session.quit());
        messages = 1;
        connections = 1;
    } else if (o.scenario == QLatin1String("b3")) {
        const int n = o.rcpts > 0 ? o.rcpts : 500;
        QStringList to;
        for (int i = 0; i < n; ++i)
            to.append(QStringLiteral("r%1@example.org").arg(i));
        const int c = o.count > 0 ? o.count : 1;
        bench.open(session);
        for (int i = 0; i < c; ++i)
            bench.track(session.sendmail(from, to, msg));
        bench.track(session.quit());
        messages = c;
        connections = 1;
        bytes = qint64(c) * msg.size();
    } else {
        const int n = o.conns > 0 ? o.conns : 200;
        for (int i = 0; i < n; ++i) {
            bench.open(session);
            bench.track(session.sendmail(from, one, msg));
            bench.track(session.quit());
        }
        messages = n;
        connections = n;
        bytes = qint64(n) * msg.size();
    }
    bench.run();
    const double wall = double(t.nsecsElapsed()) / 1e9;
    double rate = 0;
    if (o.scenario == QLatin1String("b2"))
        rate = double(bytes) / 1e6 / wall;
    else if (o.scenario == QLatin1String("b4"))
        rate = connections / wall;
    else
        rate = messages / wall;

    QJsonObject j{{QStringLiteral("scenario"), o.scenario},
                  {QStringLiteral("client"), QStringLiteral("postel")},
                  {QStringLiteral("tls"), o.starttls},
                  {QStringLiteral("wall_s"), wall},
                  {QStringLiteral("messages"), messages},
                  {QStringLiteral("bytes"), bytes},
                  {QStringLiteral("connections"), connections},
                  {QStringLiteral("rate"), rate},
                  {QStringLiteral("peak_rss_kib"), peakRssKib()},
                  {QStringLiteral("errors"), bench.errors()}};
    if (bench.errors())
        j.insert(QStringLiteral("first_error"), bench.firstError());
    QTextStream(stdout) << QJsonDocument(j).toJson(QJsonDocument::Compact) << Qt::endl;
    return bench.errors() ? 1 : 0;
}
