// Fails when a tr() string of core/, ui/ or app/gui is missing from the .ts files, when a
// Polish entry is unfinished or empty, when a Polish plural lacks one of its three forms,
// or when a translation loses or invents a %1-style placeholder.
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QString translation;
    QStringList forms;
    QString key() const
    {
        return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment;
    }
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                m = Message();
                m.context = context;
                m.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                m.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                m.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!m.numerus)
                    m.translation = xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                m.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out.append(m);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%([1-9])"));
    QSet<QString> out;
    for (const auto &match : re.globalMatch(text))
        out.insert(match.captured(0));
    return out;
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everySourceStringIsInTheTsFiles_data();
    void everySourceStringIsInTheTsFiles();
    void polishIsComplete();
    void englishPluralsAreComplete();

private:
    QString m_sourceDir;
    QList<Message> m_generated;
    QList<Message> m_pl;
    QList<Message> m_en;
};

void TranslationsTest::initTestCase()
{
    m_sourceDir = qEnvironmentVariable("POSTEL_SOURCE_DIR");
    QVERIFY2(!m_sourceDir.isEmpty(), "POSTEL_SOURCE_DIR is not set (run through ctest)");
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString generated = tmp.filePath(QStringLiteral("generated.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(m_sourceDir + QStringLiteral("/translations"));
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), m_sourceDir + QStringLiteral("/core"),
                   m_sourceDir + QStringLiteral("/ui"), m_sourceDir + QStringLiteral("/app/gui"),
                   m_sourceDir + QStringLiteral("/app/cli"), QStringLiteral("-ts"), generated});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish in 2 minutes");
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
    QString error;
    m_generated = readTs(generated, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_generated.size() > 100, "lupdate found suspiciously few strings");
    m_pl = readTs(m_sourceDir + QStringLiteral("/translations/postel_pl.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_en = readTs(m_sourceDir + QStringLiteral("/translations/postel_en.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TranslationsTest::everySourceStringIsInTheTsFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("pl") << QStringLiteral("pl");
    QTest::newRow("en") << QStringLiteral("en");
}

void TranslationsTest::everySourceStringIsInTheTsFiles()
{
    QFETCH(QString, file);
    const QList<Message> &ts = file == QLatin1String("pl") ? m_pl : m_en;
    QSet<QString> have;
    for (const Message &m : ts) {
        if (m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete"))
            have.insert(m.key());
    }
    QStringList missing;
    for (const Message &m : m_generated) {
        if (!have.contains(m.key()))
            missing.append(m.context + QStringLiteral(": ") + m.source);
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 string(s) missing from postel_%2.ts (run ninja "
                                       "postel-i18n_lupdate and translate):\n  %3")
                            .arg(missing.size())
                            .arg(file, missing.join(QStringLiteral("\n  ")))));
}

void TranslationsTest::polishIsComplete()
{
    QStringList problems;
    for (const Message &m : m_pl) {
        const QString where = m.context + QStringLiteral(": ") + m.source;
        if (!m.type.isEmpty()) {
            problems.append(QStringLiteral("%1 [%2]").arg(where, m.type));
            continue;
        }
        if (m.numerus) {
            if (m.forms.size() != 3 || m.forms.contains(QString()))
                problems.append(where + QStringLiteral(" [needs 3 plural forms]"));
            for (const QString &form : m.forms) {
                if (placeholders(form) != placeholders(m.source))
                    problems.append(where + QStringLiteral(" [placeholders differ: ") + form +
                                    QLatin1Char(']'));
            }
        } else {
            if (m.translation.trimmed().isEmpty())
                problems.append(where + QStringLiteral(" [empty]"));
            else if (placeholders(m.translation) != placeholders(m.source))
                problems.append(where + QStringLiteral(" [placeholders differ: ") + m.translation +
                                QLatin1Char(']'));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 Polish problem(s):\n  %2")
                                                .arg(problems.size())
                                                .arg(problems.join(QStringLiteral("\n  ")))));
}

void TranslationsTest::englishPluralsAreComplete()
{
    QStringList problems;
    for (const Message &m : m_en) {
        if (m.numerus && (m.type == QLatin1String("unfinished") || m.forms.size() != 2 ||
                          m.forms.contains(QString())))
            problems.append(m.context + QStringLiteral(": ") + m.source);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("English plurals unfinished:\n  ") +
                                            problems.join(QStringLiteral("\n  "))));
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
