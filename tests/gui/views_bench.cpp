// Load benchmark of the activities, dashboard and institutions pages, hidden from the
// normal run. Generate a large tracker, then point the benchmark at it:
//   pml-tracker-cli generate big.sqlite --lines 5 --objectives 500 --activities 50000
//       --updates 1000000
//   PML_BENCH_TRACKER=big.sqlite pml_gui_tests "[.bench]" -s
#include "gui/activities/activities_table_model.h"
#include "gui/activities/activities_view.h"
#include "gui/actors/actor_activities_model.h"
#include "gui/actors/actors_table_model.h"
#include "gui/actors/actors_view.h"
#include "gui/dashboard/dashboard_view.h"
#include "gui/document/tracker_document.h"
#include "gui_fixtures.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTableView>

#include <catch2/catch.hpp>
#include <functional>

using namespace pml;

namespace {

qint64 timed(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.elapsed();
}

} // namespace

TEST_CASE("views on 50,000 activities and 1,000,000 updates", "[.bench]")
{
    const QString file = qEnvironmentVariable("PML_BENCH_TRACKER");
    if (file.isEmpty()) {
        WARN("set PML_BENCH_TRACKER to a tracker made by pml-tracker-cli generate");
        return;
    }
    std::unique_ptr<TrackerDocument> document;
    const qint64 open = timed([&] {
        document = std::make_unique<TrackerDocument>(openTrackerFile(file, OpenMode::ReadOnly));
    });
    const int activities = int(document->snapshot().strategy.activities.size());
    WARN("open + load + figures: " << open << " ms; " << activities << " activities, "
                                   << document->snapshot().updates.size() << " updates");

    // Time the views spend on one progressChanged(): the first slot starts the clock,
    // the last one (connected after every view) stops it.
    QElapsedTimer refreshTimer;
    qint64 refreshMs = -1;
    QObject::connect(document.get(), &TrackerDocument::progressChanged,
                     [&] { refreshTimer.start(); });

    std::unique_ptr<ActivitiesTableModel> model;
    std::unique_ptr<ActivityFilterProxy> proxy;
    WARN("activities model build: " << timed([&] {
             model = std::make_unique<ActivitiesTableModel>(document.get());
         }) << " ms");
    WARN("proxy (unsorted): " << timed([&] {
             proxy = std::make_unique<ActivityFilterProxy>(model.get());
         }) << " ms");
    const std::pair<int, const char*> sorts[] = {
        {ActivitiesTableModel::Code, "code"},
        {ActivitiesTableModel::Text, "text"},
        {ActivitiesTableModel::Actual, "actual"},
        {ActivitiesTableModel::Gap, "gap"},
        {ActivitiesTableModel::Lead, "lead"},
        {ActivitiesTableModel::LastUpdate, "date"},
        {ActivitiesTableModel::ScheduleColumn, "schedule"},
    };
    for (const auto& [column, name] : sorts) {
        WARN("sort by " << name << ": " << timed([&] { proxy->sort(column, Qt::DescendingOrder); })
                        << " ms");
    }
    proxy->sort(ActivitiesTableModel::Code, Qt::AscendingOrder);
    WARN("filter text 'tica 1': " << timed([&] { proxy->setTextFilter(QStringLiteral("tica 1")); })
                                  << " ms -> " << proxy->rowCount() << " rows");
    WARN("filter text 'SINTETICA 4999': "
         << timed([&] { proxy->setTextFilter(QStringLiteral("SINTETICA 4999")); }) << " ms -> "
         << proxy->rowCount() << " rows");
    WARN("clear: " << timed([&] { proxy->clearFilters(); }) << " ms");
    WARN("filter line 1: " << timed([&] { proxy->setLineFilter(1); }) << " ms -> "
                           << proxy->rowCount() << " rows");
    WARN("+ schedule late: " << timed([&] { proxy->setScheduleFilter(Schedule::Late); })
                             << " ms -> " << proxy->rowCount() << " rows");
    WARN("+ not updated since a year ago: "
         << timed([&] { proxy->setNotUpdatedSince(document->today().addYears(-1)); }) << " ms -> "
         << proxy->rowCount() << " rows");
    WARN("clear: " << timed([&] { proxy->clearFilters(); }) << " ms");
    CHECK(proxy->rowCount() == activities);

    std::unique_ptr<ActivitiesView> activitiesView;
    std::unique_ptr<DashboardView> dashboard;
    std::unique_ptr<ActorsView> actorsView;
    WARN("activities view: " << timed([&] {
             activitiesView = std::make_unique<ActivitiesView>(document.get());
             activitiesView->resize(1400, 900);
             activitiesView->show();
             QCoreApplication::processEvents();
         }) << " ms (with first paint)");
    WARN("scroll to the end and paint: " << timed([&] {
             activitiesView->table()->scrollToBottom();
             activitiesView->grab();
         }) << " ms");
    WARN("select all + selected codes: " << timed([&] {
             activitiesView->table()->selectAll();
             CHECK(activitiesView->selectedCodes().size() == activities);
         }) << " ms");
    activitiesView->table()->clearSelection();
    WARN("dashboard: " << timed([&] {
             dashboard = std::make_unique<DashboardView>(document.get());
             dashboard->resize(1400, 900);
             dashboard->show();
             QCoreApplication::processEvents();
         }) << " ms (with first paint)");
    WARN("institutions view: " << timed([&] {
             actorsView = std::make_unique<ActorsView>(document.get());
             actorsView->resize(1400, 900);
             actorsView->show();
             QCoreApplication::processEvents();
         }) << " ms (with first paint)");
    WARN("select another institution: "
         << timed([&] { actorsView->selectActor(actorsView->actorsModel()->row(1).actor.id); })
         << " ms -> " << actorsView->activitiesModel()->rowCount() << " activities");

    QObject::connect(document.get(), &TrackerDocument::progressChanged,
                     [&] { refreshMs = refreshTimer.elapsed(); });
    const qint64 asOf = timed([&] {
        document->setAsOf(document->today().addYears(-1));
        while (document->isBusy() || refreshMs < 0) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        }
    });
    WARN("as-of change: " << asOf << " ms in all (figures in the background), of which "
                          << refreshMs << " ms refreshing the three views and the models");
    WARN("dashboard refresh alone: " << timed([&] { dashboard->refresh(); }) << " ms");
    activitiesView.reset();
    actorsView.reset();
    dashboard.reset();
    WARN("activities model + proxy refresh alone: "
         << timed([&] { Q_EMIT document->progressChanged(); }) << " ms");
}

// Screenshots of the three pages on their own, to look at their layout:
//   PML_SCREENSHOT_DIR=out pml_gui_tests "[.views-screenshots]"
TEST_CASE("screenshots of the activities, dashboard and institutions pages", "[.views-screenshots]")
{
    const QString folder = qEnvironmentVariable("PML_SCREENSHOT_DIR", QStringLiteral("."));
    QDir().mkpath(folder);
    test::TempTracker tracker;
    auto document = tracker.open();
    const Strategy& strategy = document->snapshot().strategy;
    const qint64 conam = strategy.actorByName(QStringLiteral("CONAM"))->id;
    const qint64 sni = strategy.actorByName(QStringLiteral("SNI"))->id;
    REQUIRE(document->setResponsibility(QStringLiteral("1.C1"), conam, {sni}).done());
    REQUIRE(document->setResponsibility(QStringLiteral("6.C1"), conam, {}).done());
    REQUIRE(document->setResponsibility(QStringLiteral("14.C1"), sni, {conam}).done());
    REQUIRE(
        document
            ->recordUpdates({test::updateRequest(QStringLiteral("14.C1"), Status::InProgress, 50),
                             test::updateRequest(QStringLiteral("1.C1"), Status::Completed, {}),
                             test::updateRequest(QStringLiteral("1.C2"), Status::InProgress, 20),
                             test::updateRequest(QStringLiteral("3.C1"), Status::InProgress, 80),
                             test::updateRequest(QStringLiteral("6.C1"), Status::Suspended, 10),
                             test::updateRequest(QStringLiteral("1.ML1"), Status::InProgress, 30)})
            .done());
    REQUIRE(test::waitFor([&] { return !document->isBusy(); }));
    auto save = [&](QWidget& widget, const char* name) {
        widget.resize(1280, 760);
        widget.show();
        test::waitFor([] { return false; }, 300);
        REQUIRE(widget.grab().save(QDir(folder).filePath(QLatin1String(name))));
    };
    ActivitiesView activities(document.get());
    activities.setLineFilter(1);
    activities.setScheduleFilter(Schedule::Late);
    activities.table()->selectRow(1);
    save(activities, "activities-line1-late.png");
    activities.clearFilters();
    activities.setTextFilter(QStringLiteral("tecnicas"));
    save(activities, "activities-search.png");
    DashboardView dashboard(document.get());
    save(dashboard, "dashboard.png");
    ActorsView actors(document.get());
    actors.selectActor(conam);
    save(actors, "institutions.png");
}
