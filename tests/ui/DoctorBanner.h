#pragma once

// The main window's banner as it stands after a failed send: an error, the failure doctor's
// findings (an error and a warning) with every button it can offer, details opened. For the
// tests that walk or look at every widget a user can meet.

#include "common/MessageBanner.h"
#include "diagnosis/DiagnosisView.h"
#include "diagnosis/Finding.h"
#include "mainwindow/MainWindow.h"

#include <QPushButton>

namespace postel::test {

inline DiagnosisView *showDoctorBanner(MainWindow &w)
{
    auto *doctor = new DiagnosisView;
    doctor->setFindings(
        {Finding::make(QStringLiteral("a"), Finding::Severity::Error, QStringLiteral("Refused"),
                       QStringLiteral("Why"), QStringLiteral("Fix")),
         Finding::make(QStringLiteral("b"), Finding::Severity::Warning, QStringLiteral("Also"),
                       QStringLiteral("Why"), QStringLiteral("Fix"))},
        QStringLiteral("Retry on port 587"));
    doctor->setDiagnoseAvailable(true);
    doctor->setReportAvailable(true);
    w.banner()->showMessage(MessageBanner::Kind::Error, QStringLiteral("Connection refused"));
    w.banner()->setDetails(doctor);
    doctor->show();
    doctor->moreButton()->setChecked(true);
    return doctor;
}

} // namespace postel::test
