#pragma once

#include "gui/document/item_ref.h"
#include "storage/tracker_store.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QMenu;
class QTabWidget;

namespace pml {

class AsOfToolBar;
class MessageBanner;
class DocumentLoader;
class DocumentStatus;
class FileActions;
class RemindersPanel;
class TrackerDocument;

// The application window: seven pages (strategy, activities, dashboard, institutions,
// review, audit, people) on one open tracker, the "to do" dock of reminders, the "as of"
// toolbar, menus, undo/redo and the status bar (with the acting user).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Page {
        StrategyPage,
        ActivitiesPage,
        DashboardPage,
        ActorsPage,
        ReviewPage,
        AuditPage,
        PeoplePage,
        PageCount
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a tracker (in the background when it is big). A file the user cannot
    // write opens read-only, with a notice. Failures are shown to the user.
    // A file or a server address, as the user or a recent list gives it.
    void openTracker(const QString& tracker, OpenMode mode = OpenMode::ReadWrite);
    TrackerDocument* document() const;
    DocumentLoader* loader() const { return m_loader; }

    QTabWidget* pages() const { return m_pages; }
    QWidget* page(Page page) const;
    void showPage(Page page);

    QAction* undoAction() const { return m_undoAction; }
    QAction* redoAction() const { return m_redoAction; }
    AsOfToolBar* asOfToolBar() const { return m_asOf; }
    QDockWidget* remindersDock() const { return m_remindersDock; }
    RemindersPanel* reminders() const { return m_reminders; }

public Q_SLOTS:
    void showItem(const pml::ItemRef& item);
    void showPreferences();
    // Opens the review page on a line's quarter ("2026-Q1").
    void showLineQuarter(const QString& quarterKey, int line);
    // Opens the activities page on the activities not updated since `since`.
    void showNotUpdatedSince(const QDate& since);

Q_SIGNALS:
    void documentChanged(pml::TrackerDocument* document);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createRemindersDock();
    void setReminders(TrackerDocument* document);
    void retranslate();
    void retranslatePages();
    void setDocument(TrackerDocument* document);
    void rebuildPages();
    // Pages are built when first shown (or asked for): start-up builds only the one in view.
    QWidget* buildPage(Page page);
    QWidget* m_views[PageCount] = {}; // the built views of the open tracker
    void updateActions();
    void updateTitle();
    void documentLoaded(TrackerDocument* document);
    void loadFailed(const QString& name, const QString& message, const QString& details);
    void showTamperProblems(const QStringList& problems);
    void showMessage(const QString& title, const QString& message, const QString& details = {});
    void openReport();
    void openUserGuide();
    void showAbout();

    std::unique_ptr<TrackerDocument> m_document;
    QString m_readOnlyReason; // set when a writable open had to become read-only
    MessageBanner* m_tamperBanner;
    DocumentLoader* m_loader;
    QTabWidget* m_pages;
    AsOfToolBar* m_asOf;
    DocumentStatus* m_status;
    FileActions* m_fileActions;
    QDockWidget* m_remindersDock = nullptr;
    RemindersPanel* m_reminders = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_reportsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    QAction* m_pageActions[PageCount] = {};
    QAction* m_focusAsOfAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_reportAction = nullptr;
    QAction* m_guideAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
};

} // namespace pml
