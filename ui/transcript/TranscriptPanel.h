#pragma once

#include <QWidget>

class QListView;
class QLineEdit;
class QLabel;
class QSplitter;
class QTextBrowser;
class QToolButton;

namespace postel {

class Transcript;
class TranscriptModel;

// The live transcript: one line per command or reply, find, copy, save, timestamps on
// demand and credentials masked unless the user explicitly reveals them. The explanation
// pane (the Explain button, or Enter or a double click on a line) follows the current line:
// its bytes as shown, then what it means in this session (core/explain).
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

    // The explanation pane, shown or hidden (the setting "transcript/explain" keeps it).
    void setExplanationVisible(bool on);
    bool isExplanationVisible() const;
    QTextBrowser *explanationView() const { return m_explanation; }
    // Makes the line of an entry (by its index in the transcript) current.
    void selectEntry(int entry);

public Q_SLOTS:
    void save();
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateRevealWarning();
    void applyWarningColours();
    void updateExplanation();

    TranscriptModel *m_model;
    QListView *m_view;
    QLineEdit *m_find;
    QToolButton *m_timestamps;
    QToolButton *m_reveal;
    QLabel *m_revealWarning;
    QLabel *m_findStatus;
    QToolButton *m_explain;
    QSplitter *m_splitter;
    QTextBrowser *m_explanation;
};

} // namespace postel
