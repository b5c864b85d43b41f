// MainWindow's pages: one per view, rebuilt for each open tracker.
#include "activities_view.h"
#include "actors_view.h"
#include "dashboard_view.h"
#include "main_window.h"
#include "strategy_browser.h"
#include "tracker_document.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pml {

void MainWindow::rebuildPages()
{
    const QSignalBlocker blocker(m_pages);
    const int current = qMax(0, m_pages->currentIndex());
    QList<QWidget*> old;
    for (int i = 0; i < m_pages->count(); ++i)
        old.append(m_pages->widget(i));
    m_pages->clear();
    std::fill(std::begin(m_views), std::end(m_views), nullptr);
    qDeleteAll(old);

    for (int i = 0; i < PageCount; ++i) {
        if (m_document) {
            // A frame the view moves into when it is first shown.
            auto* frame = new QWidget;
            auto* layout = new QVBoxLayout(frame);
            layout->setContentsMargins(0, 0, 0, 0);
            m_pages->addTab(frame, QString());
            continue;
        }
        // Without an open tracker each page is a label saying how to open one.
        auto* placeholder = new QLabel;
        placeholder->setObjectName(QStringLiteral("placeholder"));
        placeholder->setAlignment(Qt::AlignCenter);
        placeholder->setWordWrap(true);
        m_pages->addTab(placeholder, QString());
    }
    m_pages->setCurrentIndex(current);
    if (m_document)
        buildPage(Page(current));
    retranslatePages();
}

QWidget* MainWindow::buildPage(Page page)
{
    if (!m_document || page < 0 || page >= PageCount || page >= m_pages->count())
        return m_pages && page >= 0 && page < m_pages->count() ? m_pages->widget(page) : nullptr;
    if (m_views[page])
        return m_views[page];
    TrackerDocument* doc = m_document.get();
    QWidget* view = nullptr;
    switch (page) {
    case StrategyPage:
        view = new StrategyBrowser(doc);
        break;
    case ActivitiesPage: {
        auto* activities = new ActivitiesView(doc);
        connect(activities, &ActivitiesView::itemActivated, this, &MainWindow::showItem);
        view = activities;
        break;
    }
    case DashboardPage: {
        auto* dashboard = new DashboardView(doc);
        connect(dashboard, &DashboardView::itemActivated, this, &MainWindow::showItem);
        // A schedule status on the dashboard opens the activities with that status.
        connect(dashboard, &DashboardView::scheduleActivated, this, [this](Schedule s) {
            auto* activities = qobject_cast<ActivitiesView*>(buildPage(ActivitiesPage));
            activities->clearFilters();
            activities->setScheduleFilter(s);
            showPage(ActivitiesPage);
        });
        view = dashboard;
        break;
    }
    case ActorsPage: {
        auto* actors = new ActorsView(doc);
        connect(actors, &ActorsView::itemActivated, this, &MainWindow::showItem);
        view = actors;
        break;
    }
    case PageCount:
        break;
    }
    m_views[page] = view;
    m_pages->widget(page)->layout()->addWidget(view);
    return view;
}

void MainWindow::showItem(const ItemRef& item)
{
    if (auto* browser = qobject_cast<StrategyBrowser*>(buildPage(StrategyPage)))
        browser->showItem(item);
    showPage(StrategyPage);
}

} // namespace pml
