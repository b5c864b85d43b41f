#pragma once

class QAbstractItemView;
class QHeaderView;
class QTreeView;

namespace pml {

// Fits every column but `nameColumn` to its header text and to the rows in view (up to
// `maxWidth` pixels; longer texts show in full as tooltips). `nameColumn` takes all the
// remaining width, or, in a table too wide for that to leave names readable, a fixed
// `nameWidth` of its own (the table then scrolls sideways). Columns stay resizable by
// the user; the views remember their sizes.
void fitColumns(QAbstractItemView* view, QHeaderView* header, int nameColumn, int nameWidth = 0,
                int maxWidth = 260);

// Word-wrapped rows of `view` take the height their text needs at the columns' current
// widths: QTreeView measures rows once, so they are measured again when a column resizes.
void wrapRowsToWidth(QTreeView* view);

} // namespace pml
