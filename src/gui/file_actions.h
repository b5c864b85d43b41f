#pragma once

#include "storage/tracker_store.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace pml {

class RecentFiles;
class TrackerDocument;

// The File menu: new, open, open read-only, recent files, import/export JSON, backup
// copy and quit. It asks the window to open files through openRequested().
class FileActions : public QObject {
    Q_OBJECT
public:
    explicit FileActions(QWidget* window);

    void fillMenu(QMenu* menu);
    void setDocument(TrackerDocument* document);
    void addRecent(const QString& file);
    void retranslate();

    QAction* newAction;
    QAction* openAction;
    QAction* openReadOnlyAction;
    QAction* importAction;
    QAction* exportAction;
    QAction* backupAction;
    QAction* checkAction;
    QAction* quitAction;

Q_SIGNALS:
    void openRequested(const QString& file, pml::OpenMode mode);

private:
    void newTracker();
    void open(OpenMode mode);
    void importJson();
    void exportJson();
    void backup();
    void check();
    QString chooseNewTrackerFile(const QString& title);
    static QString saveTrackerFilter();
    void fail(const QString& message, const QString& details = {});

    QWidget* m_window;
    TrackerDocument* m_document = nullptr;
    QMenu* m_recentMenu;
    RecentFiles* m_recent;
};

} // namespace pml
