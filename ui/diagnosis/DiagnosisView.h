#pragma once

#include "diagnosis/Finding.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace postel {

// The failure doctor in the banner: the primary finding's title and fix (and what a probe
// confirmed), the retry as a button that says what it does, "Diagnose" to run the probes,
// and the other findings one click away ("More findings"). Shows; the presenter decides.
class DiagnosisView : public QWidget
{
    Q_OBJECT
public:
    explicit DiagnosisView(QWidget *parent = nullptr);

    // The findings, primary first; `retryLabel` is the retry button's text ("" hides it).
    void setFindings(const QList<Finding> &findings, const QString &retryLabel);
    // The probes are running (the Diagnose button says so and waits), or may be run (or not).
    void setProbing(bool probing);
    void setDiagnoseAvailable(bool available);
    // The connection report can be opened (after "Test connection").
    void setReportAvailable(bool available);

    QString title() const;
    QString fix() const;
    QString evidence() const;
    QString detailsText() const;
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *diagnoseButton() const { return m_diagnose; }
    QPushButton *moreButton() const { return m_more; }
    QPushButton *reportButton() const { return m_report; }
    QTextBrowser *detailsView() const { return m_details; }

    // Every finding as HTML (the details list): title, explanation, fix, evidence.
    static QString findingsHtml(const QList<Finding> &findings);

Q_SIGNALS:
    void retryClicked();
    void diagnoseClicked();
    void reportClicked();

private:
    void updateMore();

    QLabel *m_title;
    QLabel *m_fix;
    QLabel *m_evidence;
    QPushButton *m_retry;
    QPushButton *m_diagnose;
    QPushButton *m_more;
    QPushButton *m_report;
    QTextBrowser *m_details;
    qsizetype m_count = 0;
    bool m_probing = false;
};

} // namespace postel
