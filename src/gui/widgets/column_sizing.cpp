#include "gui/widgets/column_sizing.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeView>

namespace pml {

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
        header->resizeSection(column, qMin(width, maxWidth));
    }
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
