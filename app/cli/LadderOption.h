#pragma once

#include "transcript/TranscriptEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace postel {

// postel-cli --ladder FILE: the session drawn as a ladder diagram (SVG, or PNG for a name
// ending in .png), written whatever the session came to.
namespace LadderOption {

// The application postel-cli runs in: a QGuiApplication on the offscreen platform when
// --ladder names a PNG file (drawing text needs fonts, and fonts need one), otherwise a
// QCoreApplication.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv);

// Writes the diagram of `entries`, the server's lane titled `server`; false and `error`
// (a sentence) when the file cannot be written.
bool write(const QString &path, const QList<TranscriptEntry> &entries, const QString &server,
           QString *error);

} // namespace LadderOption

} // namespace postel
