#include "transcript/TranscriptFormat.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptPanel.h"

#include <QElapsedTimer>
#include <QListView>
#include <QScrollBar>
#include <QtTest>

using namespace postel;

class TranscriptModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendsInBatches();
    void millionLines();
    void masksUntilRevealed();
    void escapesServerText();
    void longLinesHaveTheirWholeTextAsTooltip();
};

static TranscriptEntry entry(TranscriptEntry::Direction d, const QByteArray &bytes)
{
    TranscriptEntry e;
    e.time = QDateTime::currentDateTime();
    e.direction = d;
    e.bytes = bytes;
    return e;
}

void TranscriptModelTest::appendsInBatches()
{
    TranscriptModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.append(entry(TranscriptEntry::Client, "EHLO client.example"));
    TranscriptEntry reply =
        entry(TranscriptEntry::Server, "250-mx.example\r\n250-SIZE 1000\r\n250 HELP");
    reply.elapsedMs = 3;
    model.append(reply);
    // Nothing is inserted until the batch timer fires: one signal for the lot.
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.pendingCount(), 4);
    QTRY_COMPARE(model.rowCount(), 4);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.index(0).data(TranscriptModel::GlyphRole).toString(), QStringLiteral("→"));
    QCOMPARE(model.index(1).data(TranscriptModel::GlyphRole).toString(), QStringLiteral("←"));
    QCOMPARE(model.index(2).data(TranscriptModel::BodyRole).toString(),
             QStringLiteral("250-SIZE 1000"));
    // The elapsed time belongs to the reply's last line only.
    QCOMPARE(model.index(1).data(TranscriptModel::ElapsedRole).toLongLong(), -1);
    QCOMPARE(model.index(3).data(TranscriptModel::ElapsedRole).toLongLong(), 3);
    QVERIFY(model.index(3).data().toString().contains(QStringLiteral("3 ms")));
}

void TranscriptModelTest::millionLines()
{
    TranscriptPanel panel;
    panel.resize(600, 400);
    panel.show();
    TranscriptModel *model = panel.model();
    const int n = 1000000;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i) {
        if (i % 2 == 0)
            model->append(entry(TranscriptEntry::Client, "NOOP " + QByteArray::number(i)));
        else
            model->append(entry(TranscriptEntry::Server, "250 2.0.0 OK " + QByteArray::number(i)));
        if (i % 100000 == 0)
            QCoreApplication::processEvents(); // batches go in while lines keep coming
    }
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), n, 20000);
    qInfo("1 000 000 lines appended and inserted in %lld ms", t.elapsed());
    QCOMPARE(model->pendingCount(), 0);
    for (int row : {0, 1, 4242, 500001, n - 1}) {
        const QString body = model->index(row).data(TranscriptModel::BodyRole).toString();
        if (row % 2 == 0)
            QCOMPARE(body, QStringLiteral("NOOP %1").arg(row));
        else
            QCOMPARE(body, QStringLiteral("250 2.0.0 OK %1").arg(row));
    }
    // The view followed the end, and finding a line far back works.
    QTRY_VERIFY(panel.view()->verticalScrollBar()->value() ==
                panel.view()->verticalScrollBar()->maximum());
    QCOMPARE(model->find(QStringLiteral("NOOP 12346"), -1), 12346);
    QCOMPARE(model->find(QStringLiteral("ok 999999"), 0, true), 999999);
    panel.clear();
    QCOMPARE(model->rowCount(), 0);
}

void TranscriptModelTest::masksUntilRevealed()
{
    TranscriptModel model;
    TranscriptEntry auth = entry(TranscriptEntry::Client, "AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=");
    auth.secretFrom = 11;
    model.append(auth);
    model.flush();
    QCOMPARE(model.index(0).data(TranscriptModel::BodyRole).toString(),
             QStringLiteral("AUTH PLAIN ********"));
    QVERIFY(!model.toText().contains(QStringLiteral("AGFsaWNl")));
    model.setRevealSecrets(true);
    QCOMPARE(model.index(0).data(TranscriptModel::BodyRole).toString(),
             QStringLiteral("AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ="));
}

void TranscriptModelTest::escapesServerText()
{
    QCOMPARE(TranscriptFormat::escaped(QStringLiteral("ok\x1b[31m")),
             QStringLiteral("ok\\x1b[31m"));
    QCOMPARE(TranscriptFormat::escaped(QStringLiteral("a\u202Eb")), QStringLiteral("a<U+202E>b"));
}

void TranscriptModelTest::longLinesHaveTheirWholeTextAsTooltip()
{
    TranscriptModel model;
    model.append(entry(TranscriptEntry::Server, "250 OK"));
    const QByteArray longReply =
        "550 5.7.1 <nobody@refused.test>: Recipient address rejected: policy says no, see "
        "https://example.org/why";
    model.append(entry(TranscriptEntry::Server, longReply));
    TranscriptEntry auth =
        entry(TranscriptEntry::Client,
              "AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmRsb25nZXJwYXNzd29yZHRoYXRpc2xvbmc=");
    auth.secretFrom = 11;
    model.append(auth);
    model.flush();
    QVERIFY(model.index(0).data(Qt::ToolTipRole).isNull());
    QCOMPARE(model.index(1).data(Qt::ToolTipRole).toString(), QString::fromLatin1(longReply));
    // Masked in the tooltip as on screen.
    QVERIFY(!model.index(2).data(Qt::ToolTipRole).toString().contains(QStringLiteral("AGFs")));
}

QTEST_MAIN(TranscriptModelTest)
#include "tst_transcriptmodel.moc"
