// The catalogues against the sources (lupdate run afresh over the folders of every program,
// translations/Translations.cmake's POSTEL_TR_DIRS). Fails when:
// - a tr() string is missing from postel_pl.ts, or a plural one from postel_en.ts;
// - an entry is unfinished, empty, vanished or obsolete, or no longer in the sources;
// - postel_en.ts holds anything but plural forms (it is made with lupdate -pluralonly);
// - a plural lacks a form (Polish has three, English two) or all its forms are the same
//   although the source counts with %n;
// - a translation loses, invents or changes a placeholder (%1, %L2, %n, %Ln);
// - a translation drops the source's access key (&), or a Polish access key is a letter
//   typed with AltGr on the Polish keyboard (ą ć ę ł ń ó ś ź ż).
// Clashes between access keys are checked on the real widgets by tst_accesskeys.
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
    QString where() const { return context + QStringLiteral(": ") + source; }
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + f.errorString();
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
        *error = path + QStringLiteral(": ") + xml.errorString();
    return out;
}

// %1 … %99, with or without L (locale digits), and %n / %Ln of plurals.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList out;
    for (const auto &match : re.globalMatch(text))
        out.append(match.captured(0));
    out.sort();
    out.removeDuplicates();
    return out;
}

// The letter after the first single "&" ("&&" is a literal ampersand), lower case.
QChar accessKey(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            return text.at(i + 1).toLower();
    }
    return {};
}

const QString AltGrLetters = QStringLiteral("ąćęłńóśźż");

// What is wrong with one translated text (a plural form or a whole translation). A plural
// form for exactly one (form 0, in English and Polish alike) may say the number in words
// ("The recipient was accepted.") instead of %n.
QStringList checkText(const Message &m, const QString &text, bool singularForm, bool polish)
{
    QStringList problems;
    if (text.trimmed().isEmpty()) {
        problems.append(QStringLiteral("empty"));
        return problems;
    }
    QStringList want = placeholders(m.source);
    QStringList have = placeholders(text);
    if (singularForm && !have.contains(QStringLiteral("%n")) &&
        !have.contains(QStringLiteral("%Ln"))) {
        want.removeAll(QStringLiteral("%n"));
        want.removeAll(QStringLiteral("%Ln"));
    }
    if (want != have)
        problems.append(QStringLiteral("placeholders %1 instead of %2 in “%3”")
                            .arg(have.join(QLatin1Char(' ')), want.join(QLatin1Char(' ')), text));
    const QChar key = accessKey(text);
    if (!accessKey(m.source).isNull() && key.isNull())
        problems.append(QStringLiteral("no access key (&) in “%1”").arg(text));
    if (polish && !key.isNull() && AltGrLetters.contains(key))
        problems.append(QStringLiteral("access key “%1” needs AltGr on the Polish keyboard in “%2”")
                            .arg(key)
                            .arg(text));
    return problems;
}

QStringList checkCatalogue(const QList<Message> &ts, int pluralForms, bool polish)
{
    QStringList problems;
    for (const Message &m : ts) {
        QStringList found;
        if (!m.type.isEmpty()) {
            found.append(m.type);
        } else if (m.numerus) {
            if (m.forms.size() != pluralForms)
                found.append(QStringLiteral("%1 plural forms instead of %2")
                                 .arg(m.forms.size())
                                 .arg(pluralForms));
            QStringList distinct = m.forms;
            distinct.removeDuplicates();
            if (m.forms.size() > 1 && distinct.size() == 1 &&
                placeholders(m.source).contains(QStringLiteral("%n")))
                found.append(QStringLiteral("every plural form is “%1”").arg(distinct.first()));
            for (int i = 0; i < m.forms.size(); ++i)
                found += checkText(m, m.forms.at(i), i == 0, polish);
        } else {
            found += checkText(m, m.translation, false, polish);
        }
        for (const QString &f : std::as_const(found))
            problems.append(m.where() + QStringLiteral(" [") + f + QLatin1Char(']'));
    }
    return problems;
}

QString report(const QString &what, const QStringList &problems)
{
    return QStringLiteral("%1: %2 problem(s)\n  %3")
        .arg(what)
        .arg(problems.size())
        .arg(problems.join(QStringLiteral("\n  ")));
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void catalogueMatchesTheSources_data();
    void catalogueMatchesTheSources();
    void polishIsCompleteAndConsistent();
    void englishHoldsPluralFormsOnly();
    void checksCatchTheMistakesTheyAreFor();

private:
    QList<Message> runLupdate(const QStringList &extraOptions);
    QString m_sourceDir;
    QList<Message> m_generated;
    QList<Message> m_generatedPlural;
    QList<Message> m_pl;
    QList<Message> m_en;
};

QList<Message> TranslationsTest::runLupdate(const QStringList &extraOptions)
{
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return {};
    const QString generated = tmp.filePath(QStringLiteral("generated.ts"));
    QStringList args{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                     QStringLiteral("none")};
    args += extraOptions;
    for (const QString &dir : QStringLiteral(POSTEL_TR_DIRS).split(QLatin1Char(',')))
        args.append(m_sourceDir + QLatin1Char('/') + dir);
    args += {QStringLiteral("-ts"), generated};
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE), args);
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
        qWarning().noquote() << "lupdate failed:" << lupdate.readAll();
        return {};
    }
    QString error;
    const QList<Message> out = readTs(generated, &error);
    if (!error.isEmpty())
        qWarning().noquote() << error;
    return out;
}

void TranslationsTest::initTestCase()
{
    m_sourceDir = qEnvironmentVariable("POSTEL_SOURCE_DIR");
    QVERIFY2(!m_sourceDir.isEmpty(), "POSTEL_SOURCE_DIR is not set (run through ctest)");
    m_generated = runLupdate({});
    QVERIFY2(m_generated.size() > 100, "lupdate found suspiciously few strings");
    m_generatedPlural = runLupdate({QStringLiteral("-pluralonly")});
    QVERIFY2(m_generatedPlural.size() > 5, "lupdate -pluralonly found too few plural strings");
    QString error;
    m_pl = readTs(m_sourceDir + QStringLiteral("/translations/postel_pl.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_en = readTs(m_sourceDir + QStringLiteral("/translations/postel_en.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TranslationsTest::catalogueMatchesTheSources_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("pl") << QStringLiteral("pl");
    QTest::newRow("en") << QStringLiteral("en");
}

// Both ways: nothing the sources say is missing, nothing they no longer say is kept.
void TranslationsTest::catalogueMatchesTheSources()
{
    QFETCH(QString, file);
    const bool polish = file == QLatin1String("pl");
    const QList<Message> &ts = polish ? m_pl : m_en;
    const QList<Message> &wanted = polish ? m_generated : m_generatedPlural;
    QSet<QString> have;
    for (const Message &m : ts)
        have.insert(m.key());
    QSet<QString> want;
    QStringList problems;
    for (const Message &m : wanted) {
        want.insert(m.key());
        if (!have.contains(m.key()))
            problems.append(m.where() + QStringLiteral(" [missing]"));
    }
    for (const Message &m : ts) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            problems.append(m.where() + QStringLiteral(" [") + m.type + QLatin1Char(']'));
        else if (!want.contains(m.key()))
            problems.append(m.where() + QStringLiteral(" [no longer in the sources]"));
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(report(QStringLiteral("postel_%1.ts against the sources (run ninja "
                                              "postel-i18n_lupdate, then translate)")
                                   .arg(file),
                               problems)));
}

void TranslationsTest::polishIsCompleteAndConsistent()
{
    const QStringList problems = checkCatalogue(m_pl, 3, true);
    QVERIFY2(problems.isEmpty(), qPrintable(report(QStringLiteral("postel_pl.ts"), problems)));
}

void TranslationsTest::englishHoldsPluralFormsOnly()
{
    QStringList problems = checkCatalogue(m_en, 2, false);
    for (const Message &m : std::as_const(m_en)) {
        if (!m.numerus)
            problems.append(m.where() + QStringLiteral(" [not a plural: lupdate -pluralonly]"));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(report(QStringLiteral("postel_en.ts"), problems)));
    // The two forms are English: one recipient, several recipients.
    bool seen = false;
    for (const Message &m : std::as_const(m_en)) {
        if (m.source == QLatin1String("Sent to %n recipient(s).")) {
            QCOMPARE(m.forms, QStringList({QStringLiteral("Sent to %n recipient."),
                                           QStringLiteral("Sent to %n recipients.")}));
            seen = true;
        }
    }
    QVERIFY(seen);
}

// The checks themselves: each kind of mistake they are for is reported.
void TranslationsTest::checksCatchTheMistakesTheyAreFor()
{
    auto plural = [](const QString &source, const QStringList &forms) {
        Message m;
        m.context = QStringLiteral("ctx");
        m.source = source;
        m.numerus = true;
        m.forms = forms;
        return m;
    };
    auto text = [](const QString &source, const QString &translation, const QString &type = {}) {
        Message m;
        m.context = QStringLiteral("ctx");
        m.source = source;
        m.translation = translation;
        m.type = type;
        return m;
    };
    const QList<Message> good = {
        text(QStringLiteral("&File"), QStringLiteral("&Plik")),
        text(QStringLiteral("%L1 of %2"), QStringLiteral("%L1 z %2")),
        plural(QStringLiteral("Sent to %n recipient(s)."),
               {QStringLiteral("Wysłano do %n odbiorcy."),
                QStringLiteral("Wysłano do %n odbiorców."),
                QStringLiteral("Wysłano do %n odbiorców.")}),
        plural(QStringLiteral("All %n recipient(s) accepted."),
               {QStringLiteral("Przyjęto odbiorcę."),
                QStringLiteral("Przyjęto wszystkich %n odbiorców."),
                QStringLiteral("Przyjęto wszystkich %n odbiorców.")}),
    };
    QCOMPARE(checkCatalogue(good, 3, true), QStringList());
    const QList<std::pair<Message, const char *>> bad = {
        {text(QStringLiteral("Cancel"), QString(), QStringLiteral("unfinished")), "unfinished"},
        {text(QStringLiteral("Old"), QStringLiteral("Stare"), QStringLiteral("vanished")),
         "vanished"},
        {text(QStringLiteral("Cancel"), QStringLiteral(" ")), "empty"},
        {text(QStringLiteral("Cannot read %1: %2"), QStringLiteral("Nie można odczytać %1")),
         "placeholders"},
        {text(QStringLiteral("%L1 of %2"), QStringLiteral("%1 z %2")), "placeholders"},
        {text(QStringLiteral("&Attach files…"), QStringLiteral("Za&łącz pliki…")), "AltGr"},
        {text(QStringLiteral("&Message"), QStringLiteral("Wiadomość")), "no access key"},
        {plural(QStringLiteral("Sent to %n recipient(s)."),
                {QStringLiteral("Wysłano do %n odbiorców."),
                 QStringLiteral("Wysłano do %n odbiorców."),
                 QStringLiteral("Wysłano do %n odbiorców.")}),
         "every plural form"},
        {plural(QStringLiteral("Sent to %n recipient(s)."),
                {QStringLiteral("Wysłano do %n odbiorcy."), QStringLiteral("Wysłano do odbiorców."),
                 QStringLiteral("Wysłano do %n odbiorców.")}),
         "placeholders"},
        {plural(QStringLiteral("Sent to %n recipient(s)."),
                {QStringLiteral("Wysłano do %n odbiorcy."),
                 QStringLiteral("Wysłano do %n odbiorców.")}),
         "2 plural forms instead of 3"},
    };
    for (const auto &[message, expected] : bad) {
        const QStringList problems = checkCatalogue({message}, 3, true);
        QVERIFY2(problems.size() == 1 && problems.first().contains(QLatin1String(expected)),
                 qPrintable(message.source + QStringLiteral(" → ") +
                            problems.join(QStringLiteral(" | "))));
    }
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
