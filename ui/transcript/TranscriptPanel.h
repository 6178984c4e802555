#pragma once

#include <QWidget>

class QListView;
class QLineEdit;
class QLabel;
class QToolButton;

namespace postel {

class Transcript;
class TranscriptModel;

// The live transcript: one line per command or reply, find, copy, save, timestamps on
// demand and credentials masked unless the user explicitly reveals them.
class TranscriptPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TranscriptPanel(QWidget *parent = nullptr);

    // Listens to a session's transcript (entries are appended in batches).
    void attach(Transcript *transcript);
    TranscriptModel *model() const { return m_model; }
    QListView *view() const { return m_view; }

    void findNext(bool backwards = false);
    void copySelection();
    bool saveTo(const QString &path, QString *error = nullptr);
    void setRevealSecrets(bool on);

public Q_SLOTS:
    void save();
    void clear();

private:
    void updateRevealWarning();

    TranscriptModel *m_model;
    QListView *m_view;
    QLineEdit *m_find;
    QToolButton *m_timestamps;
    QToolButton *m_reveal;
    QLabel *m_revealWarning;
    QLabel *m_findStatus;
};

} // namespace postel
