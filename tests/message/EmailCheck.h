#pragma once

// Runs tests/message/check_email.py (Python's email package, policy=default) on bytes and
// returns its JSON report: an independent reader for everything Postel writes.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>

struct EmailCheck
{
    bool ran = false;
    QString failure; // why the checker could not run
    QJsonObject report;

    QStringList defects() const
    {
        QStringList out;
        for (const auto &d : report.value(QStringLiteral("defects")).toArray())
            out.append(d.toString());
        return out;
    }

    static EmailCheck run(const QByteArray &message, bool utf8 = false)
    {
        EmailCheck check;
        QTemporaryFile file;
        if (!file.open() || file.write(message) != message.size() || !file.flush()) {
            check.failure = QStringLiteral("cannot write a temporary file");
            return check;
        }
        QProcess python;
        QStringList args{QStringLiteral(POSTEL_MESSAGE_TEST_DIR "/check_email.py"),
                         file.fileName()};
        if (utf8)
            args.append(QStringLiteral("--utf8"));
        // Debian's Python explicitly: a pyenv python3 on PATH may lack the same stdlib.
        python.start(QStringLiteral("/usr/bin/python3"), args);
        if (!python.waitForFinished(120000)) {
            check.failure = QStringLiteral("python did not run: ") + python.errorString();
            return check;
        }
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(python.readAllStandardOutput(), &err);
        if (!doc.isObject()) {
            check.failure =
                QStringLiteral("checker output is not JSON (%1): %2")
                    .arg(err.errorString(), QString::fromUtf8(python.readAllStandardError()));
            return check;
        }
        check.ran = true;
        check.report = doc.object();
        return check;
    }
};
