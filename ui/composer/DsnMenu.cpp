#include "DsnMenu.h"

#include <QSettings>

namespace postel {

namespace {
constexpr auto Key = "compose/dsn";
}

DsnMenu::DsnMenu(QWidget *parent) : QMenu(tr("Delivery &reports"), parent)
{
    setToolTipsVisible(true);
    auto check = [this](const QString &text, const QString &tip) {
        QAction *a = addAction(text);
        a->setCheckable(true);
        a->setToolTip(tip);
        a->setStatusTip(tip);
        connect(a, &QAction::toggled, this, &DsnMenu::save);
        return a;
    };
    m_success = check(tr("On &success"),
                      tr("Ask the receiving servers to report when the message is delivered "
                         "(NOTIFY=SUCCESS, RFC 3461). Only servers that advertise DSN take it."));
    m_failure =
        check(tr("On &failure"), tr("Ask for a report when delivery fails (NOTIFY=FAILURE)."));
    m_delay =
        check(tr("On d&elay"), tr("Ask for a report when delivery is delayed (NOTIFY=DELAY)."));
    addSeparator();
    m_headersOnly = check(tr("Return &headers only"),
                          tr("A failure report returns only the message's headers, not the "
                             "whole message (RET=HDRS)."));
    // Stored as postel-cli's words: "success", "failure", "delay" and "hdrs".
    DsnRequest saved;
    QStringList words = QSettings().value(QLatin1String(Key)).toStringList();
    if (words.removeAll(QStringLiteral("hdrs")) > 0)
        saved.ret = DsnRequest::Ret::Headers;
    QString ignored;
    if (!words.isEmpty() && !saved.setNotify(words.join(QLatin1Char(',')), &ignored))
        saved.notify.clear(); // a damaged setting: ask for nothing
    setRequest(saved);
}

DsnRequest DsnMenu::request() const
{
    DsnRequest r;
    QString ignored;
    QStringList words;
    if (m_success->isChecked())
        words << QStringLiteral("success");
    if (m_failure->isChecked())
        words << QStringLiteral("failure");
    if (m_delay->isChecked())
        words << QStringLiteral("delay");
    if (!words.isEmpty())
        r.setNotify(words.join(QLatin1Char(',')), &ignored);
    if (m_headersOnly->isChecked())
        r.ret = DsnRequest::Ret::Headers;
    return r;
}

void DsnMenu::setRequest(const DsnRequest &request)
{
    const QSignalBlocker b1(m_success), b2(m_failure), b3(m_delay), b4(m_headersOnly);
    m_success->setChecked(request.notify.contains(QLatin1String("SUCCESS")));
    m_failure->setChecked(request.notify.contains(QLatin1String("FAILURE")));
    m_delay->setChecked(request.notify.contains(QLatin1String("DELAY")));
    m_headersOnly->setChecked(request.ret == DsnRequest::Ret::Headers);
    save();
}

void DsnMenu::save() const
{
    QStringList values;
    for (const QString &word : request().notify)
        values << word.toLower();
    if (m_headersOnly->isChecked())
        values << QStringLiteral("hdrs");
    QSettings().setValue(QLatin1String(Key), values);
}

} // namespace postel
