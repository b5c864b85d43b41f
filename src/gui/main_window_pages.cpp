// MainWindow's pages: one per view, rebuilt for each open tracker.
#include "activities_view.h"
#include "actors_view.h"
#include "dashboard_view.h"
#include "main_window.h"
#include "strategy_browser.h"
#include "tracker_document.h"

#include <QLabel>
#include <QTabWidget>

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
    if (doc) {
        pages[StrategyPage] = new StrategyBrowser(doc);
        auto* activities = new ActivitiesView(doc);
        connect(activities, &ActivitiesView::itemActivated, this, &MainWindow::showItem);
        pages[ActivitiesPage] = activities;
        auto* dashboard = new DashboardView(doc);
        connect(dashboard, &DashboardView::itemActivated, this, &MainWindow::showItem);
        // A schedule status on the dashboard opens the activities with that status.
        connect(dashboard, &DashboardView::scheduleActivated, this, [this, activities](Schedule s) {
            activities->clearFilters();
            activities->setScheduleFilter(s);
            showPage(ActivitiesPage);
        });
        pages[DashboardPage] = dashboard;
        auto* actors = new ActorsView(doc);
        connect(actors, &ActorsView::itemActivated, this, &MainWindow::showItem);
        pages[ActorsPage] = actors;
    }
    // Without an open tracker each page is a label saying how to open one.
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
    if (auto* browser = qobject_cast<StrategyBrowser*>(page(StrategyPage)))
        browser->showItem(item);
    showPage(StrategyPage);
}

} // namespace pml
