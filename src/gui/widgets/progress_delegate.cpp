#include "gui/widgets/progress_delegate.h"

#include "gui/strategy/strategy_tree_model.h"
#include "gui/widgets/schedule_style.h"

#include <QApplication>
#include <QPainter>

#include <optional>

namespace pml {
namespace {

QColor blend(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

double clampPercent(double v)
{
    return qBound(0.0, v, 100.0);
}

// Where the figure goes: centred, unless the planned mark would cross it; then on the
// side away from the mark, so the mark never runs through the digits.
QRect textBox(const QRect& bar, const QFontMetrics& metrics, const QString& text,
              std::optional<double> markX)
{
    const int width = metrics.horizontalAdvance(text) + 4;
    QRect box(0, bar.top(), width, bar.height());
    box.moveLeft(bar.left() + (bar.width() - width) / 2);
    if (!markX || *markX < box.left() - 2 || *markX > box.right() + 2) {
        return box;
    }
    if (*markX >= bar.center().x()) {
        box.moveLeft(bar.left() + 3);
    } else {
        box.moveRight(bar.right() - 3);
    }
    return box;
}

} // namespace

void paintProgressBar(QPainter* painter, const QRect& rect, const QPalette& palette,
                      const ProgressBarLook& look)
{
    if (rect.width() < 8 || rect.height() < 6) {
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QRectF bar = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);

    // Track: a light version of the base so the bar stands out on selected rows too.
    painter->setPen(QPen(
        look.selected ? palette.color(QPalette::HighlightedText) : blend(base, text, 0.35), 1.0));
    painter->setBrush(blend(base, text, 0.06));
    painter->drawRoundedRect(bar, 2.5, 2.5);

    if (look.actual) {
        // Tint rather than full colour: the text on top must stay readable.
        const QColor fill = blend(base, scheduleColor(look.schedule), 0.55);
        const double width = bar.width() * clampPercent(*look.actual) / 100.0;
        if (width > 0.5) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawRoundedRect(
                QRectF(bar.left(), bar.top(), width, bar.height()).adjusted(0.5, 0.5, 0, -0.5), 2,
                2);
        }
    }
    std::optional<double> markX;
    if (look.planned) {
        markX = bar.left() + bar.width() * clampPercent(*look.planned) / 100.0;
        painter->setPen(QPen(text, 2.0, Qt::SolidLine, Qt::FlatCap));
        painter->drawLine(QPointF(*markX, rect.top() - 1), QPointF(*markX, rect.bottom() + 1));
    }
    if (!look.text.isEmpty()) {
        painter->setPen(text);
        painter->drawText(textBox(rect, painter->fontMetrics(), look.text, markX), Qt::AlignCenter,
                          look.text);
    }
    painter->restore();
}

ProgressDelegate::ProgressDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

void ProgressDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus as the style draws them; the bar goes on top.
    const QString text = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    ProgressBarLook look;
    const QVariant actual = index.data(StrategyTreeModel::ActualRole);
    const QVariant planned = index.data(StrategyTreeModel::PlannedRole);
    if (actual.isValid()) {
        look.actual = actual.toDouble();
    }
    if (planned.isValid()) {
        look.planned = planned.toDouble();
    }
    look.schedule = Schedule(index.data(StrategyTreeModel::ScheduleRole).toInt());
    look.text = text;
    look.selected = opt.state & QStyle::State_Selected;

    const int height = qMin(opt.rect.height() - 6, opt.fontMetrics.height() + 4);
    QRect bar(opt.rect.left() + 4, 0, opt.rect.width() - 8, height);
    bar.moveTop(opt.rect.top() + (opt.rect.height() - height) / 2);
    paintProgressBar(painter, bar, opt.palette, look);
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(
        qMax(size.width(), option.fontMetrics.horizontalAdvance(QStringLiteral("100,0 %")) * 2));
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 8));
    return size;
}

} // namespace pml
