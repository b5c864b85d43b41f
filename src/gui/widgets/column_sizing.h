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

// Keeps every column of `view` at least as wide as its header's text (after a language
// change or restoring sizes too) and, with `fitView`, keeps `view` as wide as its shown
// columns need, stretched ones at their header's width: a narrow window then squeezes other
// parts of the page, never a header to a few letters ("Comentario" read "ment").
void keepHeadersReadable(QAbstractItemView* view, QHeaderView* header, bool fitView = true);

// Word-wrapped rows of `view` take the height their text needs at the columns' current
// widths: QTreeView measures rows once, so they are measured again when a column resizes.
void wrapRowsToWidth(QTreeView* view);

} // namespace pml
