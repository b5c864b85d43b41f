#include "gui/widgets/schedule_style.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>

namespace pml {
namespace {

// Glyph coordinates are on a 16×16 grid and scaled to the requested size.
void drawGlyph(QPainter& p, Schedule schedule, const QColor& ink)
{
    QPen pen(ink, 1.9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (schedule) {
    case Schedule::Completed: // check mark
        p.drawPolyline(QPolygonF({{4.4, 8.3}, {7.0, 10.9}, {11.7, 5.4}}));
        break;
    case Schedule::Late: // exclamation mark
        p.drawLine(QPointF(8, 3.9), QPointF(8, 8.9));
        p.setBrush(ink);
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(8, 11.8), 1.15, 1.15);
        break;
    case Schedule::AtRisk: // arrow slipping down to the right
        p.drawLine(QPointF(4.8, 4.8), QPointF(11, 11));
        p.drawPolyline(QPolygonF({{11, 6.6}, {11, 11}, {6.6, 11}}));
        break;
    case Schedule::OnTrack: // arrow forward
        p.drawLine(QPointF(4, 8), QPointF(11.6, 8));
        p.drawPolyline(QPolygonF({{8.6, 5}, {11.6, 8}, {8.6, 11}}));
        break;
    case Schedule::NotDue: // clock: not started yet by plan
        pen.setWidthF(1.5);
        p.setPen(pen);
        p.drawLine(QPointF(8, 8), QPointF(8, 4.6));
        p.drawLine(QPointF(8, 8), QPointF(10.6, 9.6));
        break;
    case Schedule::NoData: { // question mark
        QPainterPath path;
        path.moveTo(5.6, 6.2);
        path.cubicTo(5.6, 3.4, 10.6, 3.4, 10.4, 6.2);
        path.cubicTo(10.3, 7.6, 8.0, 7.9, 8.0, 9.6);
        p.drawPath(path);
        p.setBrush(ink);
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(8, 12.1), 1.1, 1.1);
        break;
    }
    case Schedule::Cancelled: // cross
        p.drawLine(QPointF(5.2, 5.2), QPointF(10.8, 10.8));
        p.drawLine(QPointF(10.8, 5.2), QPointF(5.2, 10.8));
        break;
    }
}

} // namespace

QColor scheduleContrastColor(Schedule schedule)
{
    switch (schedule) {
    case Schedule::AtRisk:
    case Schedule::NoData:
        return QColor(0x21, 0x21, 0x21);
    default:
        return Qt::white;
    }
}

QString scheduleLabel(Schedule schedule)
{
    return scheduleName(schedule);
}

QPixmap schedulePixmap(Schedule schedule, int size, qreal devicePixelRatio)
{
    const int pixels = qMax(1, qRound(size * devicePixelRatio));
    const QString key = QStringLiteral("pml-schedule-%1-%2").arg(int(schedule)).arg(pixels);
    QPixmap cached;
    if (QPixmapCache::find(key, &cached)) {
        return cached;
    }
    QPixmap pixmap(pixels, pixels);
    pixmap.fill(Qt::transparent);
    {
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(pixels / 16.0, pixels / 16.0);
        const QColor fill = scheduleColor(schedule);
        // A thin darker rim keeps light markers visible on white and selected rows.
        p.setPen(QPen(fill.darker(schedule == Schedule::NoData ? 135 : 125), 0.9));
        p.setBrush(fill);
        p.drawEllipse(QRectF(0.8, 0.8, 14.4, 14.4));
        drawGlyph(p, schedule, scheduleContrastColor(schedule));
    }
    pixmap.setDevicePixelRatio(devicePixelRatio);
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

QIcon scheduleIcon(Schedule schedule)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        icon.addPixmap(schedulePixmap(schedule, size));
    }
    return icon;
}

} // namespace pml
