#pragma once

#include <QString>

class QWidget;

namespace pml {

class TrackerDocument;

// Why the document cannot be edited right now, as a sentence for the user
// ("Read-only tracker", "Viewing 30/06/2026: editing is possible only as of today");
// empty when editing is possible.
QString editBlockedReason(const TrackerDocument* document);

// Shows a refusal from the store ("Change Refused") in a window-modal-free message box
// (objectName "refusalBox") that deletes itself: nothing waits on it, so a refusal never
// blocks the window, an event loop or a test.
void showRefusal(QWidget* parent, const QString& message);

} // namespace pml
