#pragma once

#include <QStringList>

class QWidget;

namespace pml::test {

// Lets posted layout requests and resizes run until the widgets stop moving.
void settleLayout();

// What does not fit in `area` (a page of the main window, or a dock's content), one line
// each, named by `areaName` and the widget's object name or text:
// - a visible button, line edit, combo box, spin box, date edit or check box that lies
//   outside the part of the area one can see without scrolling sideways (a scroll area's
//   viewport horizontally, every other parent wholly), or is narrower than its
//   minimumSizeHint;
// - a shown column of a table or tree narrower than its header's text needs, or lying
//   beyond the view's right edge so that the view scrolls sideways.
QStringList clippedControls(QWidget* area, const QString& areaName);

} // namespace pml::test
