#pragma once

#include "ladder/LadderLayout.h"
#include "transcript/TranscriptEntry.h"

#include <QList>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QScrollArea;

namespace postel {

class LadderView;
class SmtpSession;
class Transcript;

// The session drawn as a ladder diagram, updated as entries arrive: each connection starts
// a new picture. Exports as SVG or PNG (exportAction(): the panel's button, the picture's
// context menu and, where a window adds it, the File menu).
class LadderPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LadderPanel(QWidget *parent = nullptr);

    // Follows the transcript's entries; a new picture at each of the session's connections.
    void attach(Transcript *transcript, SmtpSession *session);
    void append(const TranscriptEntry &entry);
    // Starts a new picture; the server's lane says `server` ("" = "Server").
    void restart(const QString &server = {});
    // Lays out what arrived now (a timer does it otherwise).
    void flush();

    LadderView *view() const { return m_view; }
    QAction *exportAction() const { return m_export; }
    const QList<TranscriptEntry> &entries() const { return m_entries; }
    // SVG, or PNG for a name ending in .png, LadderLayout::DefaultWidth wide whatever the
    // panel's width; false and `error` when it cannot be written.
    bool exportTo(const QString &path, QString *error = nullptr);

public Q_SLOTS:
    // Asks where (window-modal, without blocking) and exports.
    void exportDiagram();

Q_SIGNALS:
    void exported(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    LadderLayout::Options options() const;

    QList<TranscriptEntry> m_entries;
    qsizetype m_earlier = 0; // entries dropped from the front (only the last ones are drawn)
    QString m_server;
    LadderView *m_view;
    QScrollArea *m_scroll;
    QLabel *m_summary;
    QAction *m_export;
    QTimer m_timer;
};

} // namespace postel
