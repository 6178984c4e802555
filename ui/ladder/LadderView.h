#pragma once

#include "ladder/LadderLayout.h"

#include <QWidget>

namespace postel {

// Paints a ladder diagram (core/ladder's LadderPainter), as large as the diagram, for a
// scroll area. Pointing at an arrow or a note shows its whole text; clicking it (or moving
// to it with the arrow keys) makes it current, and screen readers read its text.
class LadderView : public QWidget
{
    Q_OBJECT
public:
    explicit LadderView(QWidget *parent = nullptr);

    void setDiagram(LadderDiagram diagram);
    const LadderDiagram &diagram() const { return m_diagram; }
    QSize sizeHint() const override;
    // The item under the keyboard focus (-1: none).
    int currentItem() const { return m_current; }
    void setCurrentItem(int item);

Q_SIGNALS:
    // An item became current; `entry` is its index in the entries laid out.
    void currentEntryChanged(int entry);

protected:
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateAccessibleText();

    LadderDiagram m_diagram;
    int m_current = -1;
};

} // namespace postel
