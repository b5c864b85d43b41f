// MainWindow's pages: one per view, rebuilt for each open tracker.
#include "gui/activities/activities_view.h"
#include "gui/actors/actors_view.h"
#include "gui/audit/audit_view.h"
#include "gui/dashboard/dashboard_view.h"
#include "gui/document/tracker_document.h"
#include "gui/main_window.h"
#include "gui/people/people_view.h"
#include "gui/review/review_view.h"
#include "gui/strategy/strategy_browser.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>

#include <algorithm>

namespace pml {
namespace {

// The frame a page's view moves into when it is first shown, inside a scroll area: a page
// larger than the window scrolls instead of making the window larger than a laptop's
// screen (with the "to do" dock beside it). It has no layout on purpose: a scroll area
// gives a layout with wrapped labels its preferred height, not its minimum, so every page
// would scroll; this frame asks for the view's minimum only.
class PageFrame : public QWidget {
public:
    void setView(QWidget* view)
    {
        m_view = view;
        view->setParent(this);
        view->setGeometry(rect());
        view->show();
        updateGeometry();
    }
    QSize minimumSizeHint() const override
    {
        return m_view ? m_view->minimumSizeHint() : QWidget::minimumSizeHint();
    }
    QSize sizeHint() const override { return m_view ? m_view->sizeHint() : QWidget::sizeHint(); }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        if (m_view)
            m_view->setGeometry(rect());
        QWidget::resizeEvent(event);
    }
    bool event(QEvent* event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            updateGeometry(); // the view's minimum changed: tell the scroll area
        return QWidget::event(event);
    }

private:
    QWidget* m_view = nullptr;
};

} // namespace

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
            auto* scroll = new QScrollArea;
            scroll->setWidgetResizable(true);
            scroll->setFrameShape(QFrame::NoFrame);
            scroll->setWidget(new PageFrame);
            m_pages->addTab(scroll, QString());
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
    case ReviewPage:
        view = new ReviewView(doc);
        break;
    case AuditPage:
        view = new AuditView(doc);
        break;
    case PeoplePage:
        view = new PeopleView(doc);
        break;
    case PageCount:
        break;
    }
    m_views[page] = view;
    static_cast<PageFrame*>(static_cast<QScrollArea*>(m_pages->widget(page))->widget())
        ->setView(view);
    return view;
}

void MainWindow::showItem(const ItemRef& item)
{
    if (auto* browser = qobject_cast<StrategyBrowser*>(buildPage(StrategyPage)))
        browser->showItem(item);
    showPage(StrategyPage);
}

void MainWindow::showLineQuarter(const QString& quarterKey, int line)
{
    const std::optional<Quarter> quarter = quarterFromKey(quarterKey);
    auto* review = qobject_cast<ReviewView*>(buildPage(ReviewPage));
    if (!quarter || !review)
        return;
    review->showLineQuarter(*quarter, line);
    showPage(ReviewPage);
}

void MainWindow::showNotUpdatedSince(const QDate& since)
{
    auto* activities = qobject_cast<ActivitiesView*>(buildPage(ActivitiesPage));
    if (!activities)
        return;
    activities->clearFilters();
    activities->setNotUpdatedSince(since);
    showPage(ActivitiesPage);
}

} // namespace pml
