#pragma once

#include <QStyledItemDelegate>

namespace postel {

// Paints one transcript line: time (optional), direction glyph, text, elapsed time on the
// right; TLS boundaries as a rule across the line. Colour repeats what glyph and text say.
class TranscriptDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace postel
