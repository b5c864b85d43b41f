// An edit re-reads what it changed from the store, signals only the rows it changed, and
// repaints only the page in view; hidden pages catch up when they are shown.
#include "core/clock.h"
#include "gui/activities/activities_table_model.h"
#include "gui/dashboard/dashboard_view.h"
#include "gui/main_window.h"
#include "gui/strategy/history_view.h"
#include "gui_fixtures.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace pml;
using namespace pml::test;

namespace {

int percentOf(TrackerDocument& document, const QString& code)
{
    REQUIRE(waitFor([&] { return !document.isBusy(); }));
    return document.progress().activities.value(code).percent;
}

} // namespace

TEST_CASE("recording signals only the recorded activity's row", "[refresh]")
{
    TempTracker tracker;
    auto document = tracker.open();
    ActivitiesTableModel model(document.get());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    REQUIRE(
        document->recordUpdates({updateRequest(QStringLiteral("14.C1"), Status::InProgress, 50)})
            .done());
    REQUIRE(percentOf(*document, QStringLiteral("14.C1")) == 50);
    const int row = model.rowOfCode(QStringLiteral("14.C1"));
    REQUIRE(changed.size() == 1);
    CHECK(changed[0][0].toModelIndex().row() == row);
    CHECK(changed[0][1].toModelIndex().row() == row);
    CHECK(model.row(row).percent == 50);
    CHECK(resets.isEmpty());

    changed.clear();
    document->undoStack()->undo();
    REQUIRE(percentOf(*document, QStringLiteral("14.C1")) == 0);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0][0].toModelIndex().row() == row);
    CHECK(model.row(row).percent == 0);
}

TEST_CASE("undo after a reload falls back to what the store has in force", "[refresh][undo]")
{
    // The window holds only what is in force; undo must not leave a gap where the update
    // it withdraws was the only one it knew of.
    TempTracker tracker;
    auto document = tracker.open();
    const QString code = QStringLiteral("6.C1");
    REQUIRE(document->recordUpdates({updateRequest(code, Status::InProgress, 30)}).done());
    REQUIRE(document->recordUpdates({updateRequest(code, Status::InProgress, 70)}).done());
    REQUIRE(percentOf(*document, code) == 70);
    document->reload();
    REQUIRE(percentOf(*document, code) == 70);
    CHECK(document->snapshot().updates.size() == 1); // one row per activity, not the history
    document->undoStack()->undo();
    CHECK(percentOf(*document, code) == 30);
    document->undoStack()->undo();
    CHECK(percentOf(*document, code) == 0);
    document->undoStack()->redo();
    CHECK(percentOf(*document, code) == 30);
}

TEST_CASE("a hidden page refreshes when it is shown, not on every edit", "[refresh][window]")
{
    TempTracker tracker;
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    window.openTracker(tracker.path);
    TrackerDocument* document = window.document();
    REQUIRE(document);
    auto* dashboard = qobject_cast<DashboardView*>(window.page(MainWindow::DashboardPage));
    REQUIRE(dashboard);
    window.showPage(MainWindow::DashboardPage);
    const QString before = dashboard->actualValue()->text();

    window.showPage(MainWindow::ActivitiesPage);
    REQUIRE(document
                ->recordUpdates({updateRequest(QStringLiteral("1.C1"), Status::Completed, 100),
                                 updateRequest(QStringLiteral("2.C1"), Status::Completed, 100)})
                .done());
    REQUIRE(percentOf(*document, QStringLiteral("1.C1")) == 100);
    CHECK(dashboard->actualValue()->text() == before); // out of sight: not repainted yet

    window.showPage(MainWindow::DashboardPage);
    const QString after = dashboard->actualValue()->text();
    CHECK(after != before);
    DashboardView fresh(document); // what a dashboard built now shows
    CHECK(fresh.actualValue()->text() == after);
}

TEST_CASE("the history lists updates in the order that decides which is in force", "[refresh]")
{
    // An imported history can have an earlier id recorded later: on the same effective
    // date, the one recorded last is in force, and it is listed first.
    TempTracker tracker;
    TrackerContent content = openTrackerFile(tracker.path)->exportContent();
    const QDate day = pml::today().addDays(-10);
    const QDateTime noon(day, QTime(12, 0), Qt::UTC);
    content.updates = {
        {1, "14.C1", day, noon.addSecs(60), Status::InProgress, 70, {}, "ana", false},
        {2, "14.C1", day, noon, Status::InProgress, 30, {}, "luis", false},
    };
    const QString file = tracker.dir.filePath(QStringLiteral("imported.sqlite"));
    auto document = std::make_unique<TrackerDocument>(createTrackerFile(file, content));
    REQUIRE(document->progress().activities.value(QStringLiteral("14.C1")).percent == 70);
    HistoryView history(document.get());
    history.setActivity(QStringLiteral("14.C1"));
    auto* tree = history.findChild<QTreeWidget*>(QStringLiteral("historyTree"));
    REQUIRE(tree->topLevelItemCount() == 2);
    CHECK(tree->topLevelItem(0)->text(HistoryView::PercentColumn) == QStringLiteral("70 %"));
    CHECK(tree->topLevelItem(1)->text(HistoryView::PercentColumn) == QStringLiteral("30 %"));
}
