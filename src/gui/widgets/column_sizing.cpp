#include "gui/widgets/column_sizing.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeView>

namespace pml {
namespace {

int columnsWidth(const QHeaderView* header)
{
    int width = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        width += header->sectionResizeMode(column) == QHeaderView::Stretch
                     ? header->sectionSizeHint(column)
                     : header->sectionSize(column);
    }
    return width;
}

} // namespace

void keepHeadersReadable(QAbstractItemView* view, QHeaderView* header, bool fitView)
{
    const auto update = [view, header, fitView] {
        // A size remembered from another language, or set before the sort arrow showed.
        for (int column = 0; column < header->count(); ++column) {
            const bool sized = header->sectionResizeMode(column) == QHeaderView::Interactive ||
                               header->sectionResizeMode(column) == QHeaderView::Fixed;
            if (sized && header->sectionSize(column) < header->sectionSizeHint(column))
                header->resizeSection(column, header->sectionSizeHint(column));
        }
        if (!fitView)
            return;
        // Room for a vertical scroll bar too: rows added later must not cut a column.
        const int bar = view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, view);
        view->setMinimumWidth(columnsWidth(header) + 2 * view->frameWidth() + bar);
    };
    // Queued: the sizes settle within one layout pass, which must not be re-entered.
    QObject::connect(header, &QHeaderView::sectionResized, view, update, Qt::QueuedConnection);
    QObject::connect(header, &QHeaderView::sectionCountChanged, view, update, Qt::QueuedConnection);
    // A new header text (another language) changes what the header needs.
    QObject::connect(header, &QHeaderView::geometriesChanged, view, update, Qt::QueuedConnection);
    update();
}

void fitColumns(QAbstractItemView* view, QHeaderView* header, int nameColumn, int nameWidth,
                int maxWidth)
{
    const int margin = view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int column = 0; column < header->count(); ++column) {
        if (column == nameColumn) {
            header->setSectionResizeMode(column, nameWidth > 0 ? QHeaderView::Interactive
                                                               : QHeaderView::Stretch);
            if (nameWidth > 0) {
                header->resizeSection(column, nameWidth);
            }
            continue;
        }
        // Only the rows in view are measured, so this stays fast on very large trackers.
        const int content = header->orientation() == Qt::Horizontal
                                ? view->sizeHintForColumn(column)
                                : view->sizeHintForRow(column);
        const int width = qMax(header->sectionSizeHint(column), content) + margin / 2;
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, qMax(qMin(width, maxWidth), header->sectionSizeHint(column)));
    }
    // A table with a name column of its own width scrolls sideways: only its headers are kept.
    keepHeadersReadable(view, header, nameWidth == 0);
}

namespace {

// QTreeView measures a row without its column's width, so wrapped text would be cut: this
// delegate measures the text at the width the column gives it.
class WrappingDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const auto* view = qobject_cast<const QTreeView*>(option.widget);
        if (!view)
            return size;
        int depth = 0;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        const int indent = index.column() == 0
                               ? view->indentation() * (depth + (view->rootIsDecorated() ? 1 : 0))
                               : 0;
        const int margins = 2 * view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 4;
        const int width = qMax(40, view->columnWidth(index.column()) - indent - margins);
        QStyleOptionViewItem item(option);
        initStyleOption(&item, index); // the item's own font (bold group titles)
        const QRect text =
            item.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, item.text);
        size.setHeight(qMax(size.height(), text.height() + 4));
        return size;
    }
};

} // namespace

void wrapRowsToWidth(QTreeView* view)
{
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    view->setItemDelegate(new WrappingDelegate(view));
    // Queued: measuring may show or hide a scroll bar, which resizes the columns again.
    QObject::connect(
        view->header(), &QHeaderView::sectionResized, view, [view] { view->doItemsLayout(); },
        Qt::QueuedConnection);
}

} // namespace pml
