#pragma once

#include <QString>

class QWidget;

namespace pml {

// Shows a refusal from the store ("Change Refused") in a window-modal-free message box
// (objectName "refusalBox") that deletes itself: nothing waits on it, so a refusal never
// blocks the window, an event loop or a test.
void showRefusal(QWidget* parent, const QString& message);

} // namespace pml
