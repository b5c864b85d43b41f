#pragma once

class QAbstractItemView;
class QHeaderView;

namespace pml {

// Fits every column but `nameColumn` to its header text and to the rows in view (up to
// `maxWidth` pixels; longer texts show in full as tooltips). `nameColumn` takes all the
// remaining width, or, in a table too wide for that to leave names readable, a fixed
// `nameWidth` of its own (the table then scrolls sideways). Columns stay resizable by
// the user; the views remember their sizes.
void fitColumns(QAbstractItemView* view, QHeaderView* header, int nameColumn, int nameWidth = 0,
                int maxWidth = 260);

} // namespace pml
