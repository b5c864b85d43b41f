#include "column_sizing.h"

#include <QAbstractItemView>
#include <QHeaderView>

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

} // namespace pml
