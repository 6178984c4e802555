#include "DiagnosisView.h"

#include "transcript/TranscriptFormat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace postel {

namespace {

QString sign(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return QStringLiteral("✖");
    case Finding::Severity::Warning:
        return QStringLiteral("⚠");
    case Finding::Severity::Info:
        return QStringLiteral("ℹ");
    }
    return {};
}

QString html(const QString &text)
{
    return TranscriptFormat::escaped(text).toHtmlEscaped();
}

} // namespace

DiagnosisView::DiagnosisView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("diagnosisView"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("diagnosisTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_fix = new QLabel(this);
    m_fix->setObjectName(QStringLiteral("diagnosisFix"));
    m_evidence = new QLabel(this);
    m_evidence->setObjectName(QStringLiteral("diagnosisEvidence"));
    for (QLabel *l : {m_title, m_fix, m_evidence}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_diagnose = new QPushButton(tr("Di&agnose"), this);
    m_diagnose->setObjectName(QStringLiteral("diagnoseButton"));
    m_diagnose->setToolTip(tr("Make up to three short extra connections to the same server to "
                              "confirm the cause (no login, no mail)"));
    m_more = new QPushButton(this);
    m_more->setObjectName(QStringLiteral("moreFindingsButton"));
    m_more->setCheckable(true);
    m_report = new QPushButton(tr("Connection rep&ort…"), this);
    m_report->setObjectName(QStringLiteral("reportButton"));
    m_report->setToolTip(tr("What the connection test saw, step by step; export it or copy it "
                            "as a command"));
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("findingsList"));
    m_details->setAccessibleName(tr("Findings"));
    m_details->setOpenLinks(false);
    m_details->setMaximumHeight(200);
    m_details->hide();

    connect(m_retry, &QPushButton::clicked, this, &DiagnosisView::retryClicked);
    connect(m_diagnose, &QPushButton::clicked, this, &DiagnosisView::diagnoseClicked);
    connect(m_report, &QPushButton::clicked, this, &DiagnosisView::reportClicked);
    connect(m_more, &QPushButton::toggled, this, [this](bool on) {
        m_details->setVisible(on);
        updateMore();
    });

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_diagnose);
    buttons->addWidget(m_more);
    buttons->addWidget(m_report);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_fix);
    layout->addWidget(m_evidence);
    layout->addLayout(buttons);
    layout->addWidget(m_details);
    setFindings({}, QString());
}

void DiagnosisView::setFindings(const QList<Finding> &findings, const QString &retryLabel)
{
    m_count = findings.size();
    const bool any = !findings.isEmpty();
    if (any) {
        const Finding &f = findings.first();
        m_title->setText(tr("Diagnosis: %1").arg(TranscriptFormat::escaped(f.title)));
        m_fix->setText(tr("Fix: %1").arg(TranscriptFormat::escaped(f.fix)));
        m_title->setToolTip(TranscriptFormat::escaped(f.explanation));
        if (!f.evidence.isEmpty())
            m_evidence->setText((f.confirmed ? tr("Confirmed: %1") : tr("Checked: %1"))
                                    .arg(TranscriptFormat::escaped(f.evidence)));
        m_evidence->setVisible(!f.evidence.isEmpty());
    } else {
        m_title->clear();
        m_fix->clear();
        m_evidence->hide();
    }
    m_title->setVisible(any);
    m_fix->setVisible(any);
    m_retry->setText(retryLabel);
    m_retry->setVisible(!retryLabel.isEmpty());
    m_details->setHtml(findingsHtml(findings));
    m_more->setVisible(any);
    if (!any)
        m_more->setChecked(false);
    updateMore();
}

void DiagnosisView::updateMore()
{
    const int others = int(m_count) - 1;
    if (m_more->isChecked())
        m_more->setText(tr("Hide explanatio&ns"));
    else if (others > 0)
        m_more->setText(tr("More fi&ndings (%1)").arg(others));
    else
        m_more->setText(tr("Expla&nation"));
}

void DiagnosisView::setProbing(bool probing)
{
    m_probing = probing;
    m_diagnose->setEnabled(!probing);
    m_diagnose->setText(probing ? tr("Di&agnosing…") : tr("Di&agnose"));
}

void DiagnosisView::setDiagnoseAvailable(bool available)
{
    m_diagnose->setVisible(available || m_probing);
}

void DiagnosisView::setReportAvailable(bool available)
{
    m_report->setVisible(available);
}

QString DiagnosisView::title() const
{
    return m_title->text();
}

QString DiagnosisView::fix() const
{
    return m_fix->text();
}

QString DiagnosisView::evidence() const
{
    return m_evidence->isHidden() ? QString() : m_evidence->text();
}

QString DiagnosisView::detailsText() const
{
    return m_details->toPlainText();
}

QString DiagnosisView::findingsHtml(const QList<Finding> &findings)
{
    QString out;
    for (const Finding &f : findings) {
        out += QStringLiteral("<p><b>%1 %2</b> <small>(%3)</small><br>%4<br><i>%5</i> %6")
                   .arg(sign(f.severity), html(f.title), html(f.id), html(f.explanation),
                        html(tr("Fix:")), html(f.fix));
        if (!f.evidence.isEmpty())
            out +=
                QStringLiteral("<br><i>%1</i> %2")
                    .arg(html(f.confirmed ? tr("Confirmed:") : tr("Checked:")), html(f.evidence));
        out += QStringLiteral("</p>");
    }
    return out;
}

} // namespace postel
