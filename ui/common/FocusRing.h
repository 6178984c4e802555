#pragma once

#include <QPointer>
#include <QWidget>

namespace postel {

// A ring in the palette's highlight colour along the inner edge of the widget that has the
// keyboard focus, for the widgets the style leaves without a visible focus: lists, tables,
// read-only text views (a scroll area's frame looks the same with and without focus) and a
// dialog's default button (highlighted as the default either way). One ring for the whole
// application follows the focus; it lies over the widget's edge (a ring outside would be
// cut off where the widget fills its parent) and lets the mouse through.
class FocusRing : public QWidget
{
    Q_OBJECT
public:
    // Once per application (more calls do nothing).
    static void install();
    // Whether the ring is drawn for w (its style shows nothing of its own).
    static bool needsRing(const QWidget *w);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    FocusRing();
    void setWidget(QWidget *w);
    void follow();

    QPointer<QWidget> m_widget;
};

} // namespace postel
