// MainWindow's pages: one per view, rebuilt for each open tracker.
#include "main_window.h"
#include "tracker_document.h"

#include <QLabel>
#include <QTabWidget>

// The pages are written separately; a build without one shows a placeholder.
#if __has_include("gui/strategy_browser.h")
#include "gui/strategy_browser.h"
#define PML_HAS_STRATEGY_BROWSER 1
#endif
#if __has_include("gui/activities_view.h")
#include "gui/activities_view.h"
#define PML_HAS_ACTIVITIES_VIEW 1
#endif
#if __has_include("gui/dashboard_view.h")
#include "gui/dashboard_view.h"
#define PML_HAS_DASHBOARD_VIEW 1
#endif
#if __has_include("gui/actors_view.h")
#include "gui/actors_view.h"
#define PML_HAS_ACTORS_VIEW 1
#endif

namespace pml {

void MainWindow::rebuildPages()
{
    const QSignalBlocker blocker(m_pages);
    const int current = qMax(0, m_pages->currentIndex());
    QList<QWidget*> old;
    for (int i = 0; i < m_pages->count(); ++i)
        old.append(m_pages->widget(i));
    m_pages->clear();
    qDeleteAll(old);

    TrackerDocument* doc = m_document.get();
    QWidget* pages[PageCount] = {};
#ifdef PML_HAS_STRATEGY_BROWSER
    if (doc)
        pages[StrategyPage] = new StrategyBrowser(doc);
#endif
#ifdef PML_HAS_ACTIVITIES_VIEW
    if (doc) {
        auto* view = new ActivitiesView(doc);
        connect(view, &ActivitiesView::itemActivated, this, &MainWindow::showItem);
        pages[ActivitiesPage] = view;
    }
#endif
#ifdef PML_HAS_DASHBOARD_VIEW
    if (doc) {
        auto* view = new DashboardView(doc);
        connect(view, &DashboardView::itemActivated, this, &MainWindow::showItem);
        pages[DashboardPage] = view;
    }
#endif
#ifdef PML_HAS_ACTORS_VIEW
    if (doc) {
        auto* view = new ActorsView(doc);
        connect(view, &ActorsView::itemActivated, this, &MainWindow::showItem);
        pages[ActorsPage] = view;
    }
#endif
    for (int i = 0; i < PageCount; ++i) {
        if (!pages[i]) {
            auto* placeholder = new QLabel;
            placeholder->setObjectName(QStringLiteral("placeholder"));
            placeholder->setAlignment(Qt::AlignCenter);
            placeholder->setWordWrap(true);
            pages[i] = placeholder;
        }
        m_pages->addTab(pages[i], QString());
    }
    m_pages->setCurrentIndex(current);
    retranslatePages();
}

void MainWindow::showItem(const ItemRef& item)
{
#ifdef PML_HAS_STRATEGY_BROWSER
    if (auto* browser = qobject_cast<StrategyBrowser*>(page(StrategyPage)))
        browser->showItem(item);
#else
    Q_UNUSED(item);
#endif
    showPage(StrategyPage);
}

} // namespace pml
