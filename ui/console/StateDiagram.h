#pragma once

#include "console/ProtocolState.h"

#include <QRect>
#include <QWidget>

namespace postel {

// The SMTP states drawn as a row of boxes (wrapping when narrow) joined by arrows: the
// current one lit, those still true on this connection (TLS, authenticated …) outlined,
// and under them the commands the protocol allows now. Follows a ProtocolState live.
class StateDiagram : public QWidget
{
    Q_OBJECT
public:
    explicit StateDiagram(ProtocolState *state, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    // The text the diagram shows in words (also its accessible description).
    QString summary() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    void refresh();
    QSize cellSize() const;
    int columns(int width) const;
    QList<QRect> boxes(int width) const;
    QString legalText() const;

    ProtocolState *m_state;
};

} // namespace postel
