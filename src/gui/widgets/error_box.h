#pragma once

#include <QString>

class QMessageBox;
class QWidget;

namespace pml {

class Error;

// Shows a failure in a message box (objectName "errorBox"): the sentence for the user as
// its text, and what a library or the system said, in its own words, only in the
// "details" part behind "Show Details…". The box is not modal and deletes itself when
// closed: nothing waits on it, so it never blocks the window, an event loop or a test.
// A status bar or a banner shows the sentence alone.
QMessageBox* showErrorBox(QWidget* parent, const QString& title, const QString& message,
                          const QString& details = {});
QMessageBox* showErrorBox(QWidget* parent, const QString& title, const Error& error);

} // namespace pml
