#pragma once

#include <QString>

class QHeaderView;
class QMainWindow;
class QSplitter;
class QTabWidget;

namespace pml {

// View state remembered between sessions (QSettings under "view/<key>").
// The remember…() helpers restore now and save on every change, so views need no
// explicit save. Call them once the widget has its content (for a header: after the
// model is set, since a header's state depends on its column count).
void rememberState(QSplitter* splitter, const QString& key);
void rememberState(QHeaderView* header, const QString& key);
void rememberState(QTabWidget* tabs, const QString& key); // current page

// Main windows save on close: geometry and toolbar/dock state.
void saveWindowState(const QMainWindow* window, const QString& key);
void restoreWindowState(QMainWindow* window, const QString& key);

} // namespace pml
