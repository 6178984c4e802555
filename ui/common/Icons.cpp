#include "Icons.h"
#include "Colours.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpression>
#include <QSvgRenderer>

namespace postel::Icons {

QIcon get(const QString &resource, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    static QHash<QString, QIcon> cache;
    const QString key = resource + QLatin1Char('|') + window.name() + text.name();
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;

    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return QIcon(resource);
    QString svg = QString::fromUtf8(file.readAll());
    bool changed = false;
    static const QRegularExpression colour(
        QStringLiteral(R"re((stroke|fill)="(#[0-9a-fA-F]{6})")re"));
    QString fitted;
    qsizetype last = 0;
    for (auto it = colour.globalMatch(svg); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QColor c(m.captured(2));
        QColor use = c;
        if (Colours::contrast(c, window) < 3.0) {
            use = Colours::readable(c, window, text, 3.0);
            changed = true;
        }
        fitted += QStringView(svg).mid(last, m.capturedStart() - last);
        fitted += QStringLiteral("%1=\"%2\"").arg(m.captured(1), use.name());
        last = m.capturedEnd();
    }
    fitted += QStringView(svg).mid(last);
    if (!changed) {
        const QIcon icon(resource);
        cache.insert(key, icon);
        return icon;
    }
    QSvgRenderer renderer(fitted.toUtf8());
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(key, icon);
    return icon;
}

} // namespace postel::Icons
