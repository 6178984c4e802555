#include "ScriptedPeer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslSocket>

#ifndef POSTEL_TEST_DATA_DIR
#define POSTEL_TEST_DATA_DIR ""
#endif

ScriptedPeer::ScriptedPeer(QObject *parent) : QTcpServer(parent)
{
    m_dripTimer.setSingleShot(true);
    connect(&m_dripTimer, &QTimer::timeout, this, &ScriptedPeer::drip);
}

ScriptedPeer::~ScriptedPeer()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QString ScriptedPeer::dataDir()
{
    const QByteArray src = qgetenv("POSTEL_SOURCE_DIR");
    if (!src.isEmpty())
        return QString::fromLocal8Bit(src) + QStringLiteral("/tests/data");
    return QStringLiteral(POSTEL_TEST_DATA_DIR);
}

bool ScriptedPeer::loadScript(const QString &name)
{
    QFile f(dataDir() + QLatin1Char('/') + name + QStringLiteral(".script"));
    if (!f.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("cannot open script %1: %2").arg(f.fileName(), f.errorString()));
        return false;
    }
    m_steps.clear();
    return parse(QString::fromUtf8(f.readAll()), name + QStringLiteral(".script"), 0);
}

bool ScriptedPeer::setScriptText(const QString &text, const QString &origin)
{
    m_steps.clear();
    return parse(text, origin, 0);
}

bool ScriptedPeer::parse(const QString &text, const QString &origin, int depth)
{
    if (depth > 8) {
        fail(QStringLiteral("%1: @include nested too deeply").arg(origin));
        return false;
    }
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString where = QStringLiteral("%1:%2").arg(origin).arg(i + 1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1String("@include "))) {
            const QString part = line.mid(9).trimmed();
            QFile f(dataDir() + QLatin1Char('/') + part + QStringLiteral(".script"));
            if (!f.open(QIODevice::ReadOnly)) {
                fail(QStringLiteral("%1: cannot include %2").arg(where, part));
                return false;
            }
            if (!parse(QString::fromUtf8(f.readAll()), part + QStringLiteral(".script"), depth + 1))
                return false;
            continue;
        }
        if (line.startsWith(QLatin1String("@bytewise"))) {
            bool ok = false;
            const int ms = line.mid(9).trimmed().toInt(&ok);
            m_steps.append({Step::Mode, QByteArray::number(ok ? ms : 1), where});
            continue;
        }
        if (line.trimmed() == QLatin1String("@whole")) {
            m_steps.append({Step::Mode, QByteArray(), where});
            continue;
        }
        if (line.size() < 2 || line.at(1) != QLatin1Char(':')) {
            fail(QStringLiteral("%1: cannot parse \"%2\"").arg(where, line));
            return false;
        }
        // "S: text": exactly one space after the colon is syntax; the rest is literal.
        QByteArray arg = line.mid(2).toUtf8();
        if (arg.startsWith(' '))
            arg.remove(0, 1);
        Step step{Step::Send, arg, where};
        switch (line.at(0).toLatin1()) {
        case 'S':
            step.kind = Step::Send;
            break;
        case 'C':
            step.kind = Step::Expect;
            break;
        case 'D':
            step.kind = Step::Data;
            break;
        case 'X':
            step.kind = Step::Close;
            break;
        case 'T':
            step.kind = Step::Tls;
            break;
        case 'W':
            step.kind = Step::Wait;
            break;
        default:
            fail(QStringLiteral("%1: unknown directive \"%2\"").arg(where, line));
            return false;
        }
        m_steps.append(step);
    }
    return true;
}

void ScriptedPeer::setByteAtATime(bool on, int pauseMs)
{
    m_byteAtATime = on;
    m_pauseMs = pauseMs;
}

void ScriptedPeer::setTlsCredentials(const QSslCertificate &cert, const QSslKey &key)
{
    m_cert = cert;
    m_key = key;
}

bool ScriptedPeer::start(const QHostAddress &address)
{
    if (!listen(address, 0)) {
        fail(QStringLiteral("cannot listen on %1: %2").arg(address.toString(), errorString()));
        return false;
    }
    return true;
}

bool ScriptedPeer::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

void ScriptedPeer::incomingConnection(qintptr handle)
{
    ++m_connections;
    if (m_socket) {
        // One conversation at a time; a second client is a test bug.
        fail(QStringLiteral("a second connection arrived while the first was open"));
        QTcpSocket extra;
        extra.setSocketDescriptor(handle);
        extra.abort();
        return;
    }
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        fail(QStringLiteral("setSocketDescriptor failed"));
        delete socket;
        return;
    }
    if (!m_cert.isNull()) {
        QSslConfiguration conf = socket->sslConfiguration();
        conf.setLocalCertificate(m_cert);
        conf.setPrivateKey(m_key);
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket->setSslConfiguration(conf);
    }
    m_socket = socket;
    m_pc = 0;
    m_in.clear();
    m_done = false;
    m_closed = false;
    connect(socket, &QSslSocket::readyRead, this, &ScriptedPeer::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this, &ScriptedPeer::onDisconnected);
    connect(socket, &QSslSocket::encrypted, this, [this] {
        m_events.append(QStringLiteral("T: encrypted"));
        m_waiting = false;
        run();
    });
    connect(socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            fail(QStringLiteral("TLS error on the peer: %1").arg(e.errorString()));
    });
    run();
}

void ScriptedPeer::writeOut(const QByteArray &bytes)
{
    if (!m_byteAtATime) {
        m_socket->write(bytes);
        m_socket->flush();
        return;
    }
    m_out += bytes;
    if (!m_dripTimer.isActive())
        drip();
}

void ScriptedPeer::drip()
{
    if (!m_socket || m_closed) {
        m_out.clear();
        return;
    }
    if (!m_out.isEmpty()) {
        m_socket->write(m_out.left(1));
        m_socket->flush();
        m_out.remove(0, 1);
    }
    if (!m_out.isEmpty()) {
        m_dripTimer.start(m_pauseMs);
        return;
    }
    run(); // the script may have waited for the output to drain
}

void ScriptedPeer::run()
{
    while (m_socket && !m_closed && !m_waiting && m_out.isEmpty() && m_pc < m_steps.size()) {
        const Step step = m_steps.at(m_pc);
        switch (step.kind) {
        case Step::Send: {
            QByteArray batch;
            while (m_pc < m_steps.size() && m_steps.at(m_pc).kind == Step::Send) {
                batch += m_steps.at(m_pc).arg + "\r\n";
                m_events.append(QStringLiteral("S: ") + QString::fromUtf8(m_steps.at(m_pc).arg));
                ++m_pc;
            }
            writeOut(batch);
            continue;
        }
        case Step::Expect: {
            const qsizetype nl = m_in.indexOf("\r\n");
            if (nl < 0) {
                if (m_in.size() > 100000)
                    fail(QStringLiteral("%1: no line end in %2 bytes")
                             .arg(step.where)
                             .arg(m_in.size()));
                return;
            }
            const QByteArray line = m_in.left(nl);
            m_in.remove(0, nl + 2);
            m_received.append(QString::fromUtf8(line));
            m_events.append(QStringLiteral("C: ") + QString::fromUtf8(line));
            ++m_pc;
            if (!globMatch(step.arg, line)) {
                fail(QStringLiteral("%1: expected \"%2\", the client sent \"%3\"")
                         .arg(step.where, QString::fromUtf8(step.arg), QString::fromUtf8(line)));
                m_closed = true;
                m_socket->abort();
                return;
            }
            continue;
        }
        case Step::Data: {
            qsizetype end = -1;
            qsizetype bodyLen = 0;
            if (m_in.startsWith(".\r\n")) {
                end = 3;
            } else {
                const qsizetype at = m_in.indexOf("\r\n.\r\n");
                if (at >= 0) {
                    bodyLen = at + 2;
                    end = at + 5;
                }
            }
            if (end < 0)
                return;
            m_bodies.append(m_in.left(bodyLen));
            m_events.append(QStringLiteral("D: %1 bytes").arg(bodyLen));
            m_in.remove(0, end);
            ++m_pc;
            continue;
        }
        case Step::Close:
            m_events.append(QStringLiteral("X:"));
            ++m_pc;
            m_closed = true;
            m_socket->flush();
            m_socket->disconnectFromHost();
            break;
        case Step::Tls:
            ++m_pc;
            if (m_cert.isNull()) {
                fail(QStringLiteral("%1: T: without TLS credentials").arg(step.where));
                m_closed = true;
                m_socket->abort();
                return;
            }
            if (!m_in.isEmpty())
                fail(QStringLiteral("%1: the client sent \"%2\" before the TLS handshake")
                         .arg(step.where, QString::fromUtf8(m_in)));
            m_waiting = true;
            m_socket->flush();
            m_socket->startServerEncryption();
            return;
        case Step::Mode:
            ++m_pc;
            m_byteAtATime = !step.arg.isEmpty();
            if (m_byteAtATime)
                m_pauseMs = step.arg.toInt();
            continue;
        case Step::Wait:
            ++m_pc;
            m_waiting = true;
            QTimer::singleShot(step.arg.trimmed().toInt(), this, [this] {
                m_waiting = false;
                run();
            });
            return;
        }
    }
    if (m_pc >= m_steps.size() && m_out.isEmpty() && !m_waiting && !m_done) {
        m_done = true;
        Q_EMIT finished();
    }
    if (m_done && !m_in.isEmpty()) {
        fail(QStringLiteral("the client sent \"%1\" after the script ended")
                 .arg(QString::fromUtf8(m_in.trimmed())));
        m_received.append(QString::fromUtf8(m_in.trimmed()));
        m_in.clear();
    }
}

void ScriptedPeer::onReadyRead()
{
    if (!m_socket)
        return;
    m_in += m_socket->readAll();
    if (m_closed) {
        m_in.clear();
        return;
    }
    run();
}

void ScriptedPeer::onDisconnected()
{
    if (!m_closed)
        m_clientClosed = true; // the client hung up first
    m_closed = true;
    m_events.append(QStringLiteral("closed"));
    if (m_socket) {
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void ScriptedPeer::fail(const QString &why)
{
    qWarning("ScriptedPeer: %s", qPrintable(why)); // shows in the test log as it happens
    m_failures.append(why);
}

bool ScriptedPeer::globMatch(const QByteArray &pattern, const QByteArray &text)
{
    // Iterative wildcard match with backtracking on the last '*'.
    qsizetype p = 0, t = 0, star = -1, mark = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern.at(p) == '?' || pattern.at(p) == text.at(t))) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern.at(p) == '*') {
            star = p++;
            mark = t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == '*')
        ++p;
    return p == pattern.size();
}

QString ScriptedPeer::makeCertificate(const QString &dir, QSslCertificate *cert, QSslKey *key)
{
    const QString certPath = QDir(dir).filePath(QStringLiteral("cert.pem"));
    const QString keyPath = QDir(dir).filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-keyout"), keyPath,
                   QStringLiteral("-out"), certPath});
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0)
        return QStringLiteral("openssl failed: %1 %2")
            .arg(openssl.errorString(), QString::fromLocal8Bit(openssl.readAll()));
    QFile c(certPath), k(keyPath);
    if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read what openssl wrote");
    *cert = QSslCertificate(c.readAll(), QSsl::Pem);
    *key = QSslKey(k.readAll(), QSsl::Rsa, QSsl::Pem);
    if (cert->isNull() || key->isNull())
        return QStringLiteral("openssl wrote an unreadable certificate or key");
    return {};
}
