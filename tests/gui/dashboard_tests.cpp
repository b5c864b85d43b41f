#include "core/attention.h"
#include "gui/dashboard/activity_list_model.h"
#include "gui/dashboard/dashboard_view.h"
#include "gui/dashboard/line_progress_chart.h"
#include "gui/dashboard/schedule_distribution.h"
#include "gui/widgets/schedule_style.h"
#include "gui_fixtures.h"

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFontMetrics>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTreeView>
#include <QTreeWidget>

#include <algorithm>
#include <catch2/catch.hpp>

using namespace pml;
using namespace pml::test;

namespace {

void record(TrackerDocument& document, const QList<UpdateRequest>& requests)
{
    QSignalSpy changed(&document, &TrackerDocument::progressChanged);
    REQUIRE(document.recordUpdates(requests).done());
    REQUIRE(waitFor([&] { return changed.count() > 0 && !document.isBusy(); }));
}

// Every figure the dashboard shows equals the engine's.
void requireShowsEngineFigures(const DashboardView& view, const TrackerDocument& document)
{
    const Progress& progress = document.progress();
    REQUIRE(view.actualValue()->text() == formatPercent(progress.strategy.actual));
    REQUIRE(view.plannedValue()->text() == formatPercent(progress.strategy.planned));
    REQUIRE(view.scheduleValue()->text() == scheduleLabel(progress.strategy.schedule));

    const LineProgressChart* chart = view.lineChart();
    const QList<Line>& lines = document.snapshot().strategy.lines;
    REQUIRE(chart->lineNumbers().size() == lines.size());
    REQUIRE(chart->actualSet()->count() == lines.size());
    QTreeWidget* table = view.lineTable();
    REQUIRE(table->topLevelItemCount() == lines.size());
    for (int i = 0; i < lines.size(); ++i) {
        const Figures figures = progress.lines.value(lines[i].number);
        REQUIRE(chart->lineNumbers()[i] == lines[i].number);
        // Bars carry the figures rounded to one decimal, as the labels show them.
        REQUIRE(chart->actualSet()->at(i) == Approx(figures.actual.value_or(0)).margin(0.05));
        REQUIRE(chart->plannedSet()->at(i) == Approx(figures.planned.value_or(0)).margin(0.05));
        REQUIRE(table->topLevelItem(i)->text(2) == formatPercent(figures.actual));
        REQUIRE(table->topLevelItem(i)->text(3) == formatPercent(figures.planned));
        REQUIRE(table->topLevelItem(i)->text(4) == scheduleLabel(figures.schedule));
    }

    // The lists follow the engine's attention rule: an activity not yet due (planned 0,
    // nothing recorded) is in none of them.
    ScheduleDistribution::Counts counts{};
    QStringList late;
    QStringList neverUpdated;
    QStringList unassigned;
    const QSet<QString> led = activitiesWithLead(document.snapshot().assignments);
    for (const Activity& a : document.snapshot().strategy.activities) {
        const ActivityProgress p = progress.activities.value(a.code);
        ++counts[std::size_t(p.schedule)];
        if (p.schedule == Schedule::Late) {
            late << a.code;
        }
        if (!p.lastUpdate && !notYetDue(p)) {
            neverUpdated << a.code;
        }
        if (lacksResponsibleActor(p.status, led.contains(a.code)) && !notYetDue(p)) {
            unassigned << a.code;
        }
    }
    REQUIRE(view.distribution()->counts() == counts);
    QStringList lateShown = view.lateActivities()->codes();
    // Largest gap first.
    for (int i = 1; i < lateShown.size(); ++i) {
        const ActivityProgress a = progress.activities.value(lateShown[i - 1]);
        const ActivityProgress b = progress.activities.value(lateShown[i]);
        REQUIRE(a.planned - a.percent >= b.planned - b.percent);
    }
    lateShown.sort();
    late.sort();
    REQUIRE(lateShown == late);
    REQUIRE(view.neverUpdated()->codes() == neverUpdated);
    REQUIRE(view.withoutResponsible()->codes() == unassigned);
}

// Activities due at the document's date: planned above 0 or something recorded.
int dueActivities(const TrackerDocument& document)
{
    const Progress& progress = document.progress();
    return int(std::count_if(progress.activities.begin(), progress.activities.end(),
                             [](const ActivityProgress& p) { return !notYetDue(p); }));
}

} // namespace

TEST_CASE("the dashboard shows the engine's figures and follows changes", "[dashboard]")
{
    TempTracker tracker;
    auto document = tracker.open();
    DashboardView view(document.get());
    view.resize(1200, 800);
    view.show();
    QAbstractItemModelTester tester(view.lateActivities(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    requireShowsEngineFigures(view, *document);
    // Every short-term activity is past its planned end (the schedule began two years ago);
    // long-term ones are not yet due and need no attention.
    REQUIRE(view.lateActivities()->rowCount() >= 58);
    const int due = dueActivities(*document);
    REQUIRE(due < 97);
    REQUIRE_FALSE(view.neverUpdated()->codes().contains(QStringLiteral("20.L1")));
    REQUIRE(view.neverUpdated()->rowCount() == due);
    REQUIRE(view.withoutResponsible()->rowCount() == due);

    record(*document, {updateRequest(QStringLiteral("14.C1"), Status::InProgress, 50),
                       updateRequest(QStringLiteral("1.C1"), Status::Completed, 100),
                       updateRequest(QStringLiteral("20.M1"), Status::InProgress, 10)});
    requireShowsEngineFigures(view, *document);
    REQUIRE(view.neverUpdated()->rowCount() == dueActivities(*document) - 3);
    REQUIRE_FALSE(view.lateActivities()->codes().contains(QStringLiteral("1.C1")));
    REQUIRE(view.actualValue()->text() != formatPercent(std::nullopt));
    // A completed activity needs nobody in charge any more.
    const int unassigned = view.withoutResponsible()->rowCount();
    REQUIRE(unassigned == dueActivities(*document) - 1);
    REQUIRE_FALSE(view.withoutResponsible()->codes().contains(QStringLiteral("1.C1")));

    const Strategy& strategy = document->snapshot().strategy;
    const qint64 conam = strategy.actorByName(QStringLiteral("CONAM"))->id;
    // Supporting institutions alone leave the activity without a responsible one.
    REQUIRE(document->setResponsibility(QStringLiteral("1.C3"), std::nullopt, {conam}).done());
    REQUIRE(waitFor([&] { return !document->isBusy(); }));
    REQUIRE(view.withoutResponsible()->codes().contains(QStringLiteral("1.C3")));
    REQUIRE(document->setResponsibility(QStringLiteral("1.C2"), conam, {}).done());
    REQUIRE(waitFor([&] { return view.withoutResponsible()->rowCount() == unassigned - 1; }));
    REQUIRE_FALSE(view.withoutResponsible()->codes().contains(QStringLiteral("1.C2")));

    document->setAsOf(document->today().addYears(-1));
    REQUIRE(waitFor([&] { return !document->isBusy(); }));
    requireShowsEngineFigures(view, *document);
    // Today's updates are not in force then: every activity due a year ago is listed.
    REQUIRE(view.neverUpdated()->rowCount() == dueActivities(*document));
    REQUIRE(view.neverUpdated()->codes().contains(QStringLiteral("1.C1")));

    document->setAsOf(document->today());
    REQUIRE(waitFor([&] { return !document->isBusy(); }));
    document->undoStack()->undo(); // the lead of 1.C2
    document->undoStack()->undo(); // the support of 1.C3
    document->undoStack()->undo(); // the three updates
    REQUIRE(waitFor([&] { return !document->isBusy(); }));
    requireShowsEngineFigures(view, *document);
    REQUIRE(view.neverUpdated()->rowCount() == dueActivities(*document));
}

TEST_CASE("every dashboard entry leads to its item", "[dashboard]")
{
    TempTracker tracker;
    auto document = tracker.open();
    DashboardView view(document.get());
    view.show();
    QSignalSpy activated(&view, &DashboardView::itemActivated);
    auto last = [&] {
        return activated.last().at(0).value<ItemRef>();
    };

    // A line's bars in the chart.
    const QList<QAbstractSeries*> series = view.lineChart()->chart()->series();
    REQUIRE(series.size() == 1);
    auto* bars = qobject_cast<QBarSeries*>(series.first());
    REQUIRE(bars != nullptr);
    REQUIRE(bars->barSets().size() == 2);
    REQUIRE(bars->barSets()[0]->label() == QStringLiteral("Actual"));
    REQUIRE(bars->barSets()[1]->label() == QStringLiteral("Planned"));
    Q_EMIT bars->clicked(2, bars->barSets()[0]);
    REQUIRE(last() == ItemRef::line(3));

    // The line table (the keyboard route to the same items).
    QTreeWidgetItem* lineItem = view.lineTable()->topLevelItem(4);
    Q_EMIT view.lineTable()->itemActivated(lineItem, 0);
    REQUIRE(last() == ItemRef::line(5));

    // The lists of activities.
    QTreeView* late = view.lateList();
    REQUIRE(late != nullptr);
    REQUIRE(late->model() == view.lateActivities());
    const QModelIndex first = view.lateActivities()->index(0, 0);
    Q_EMIT late->activated(first);
    REQUIRE(last() == ItemRef::activity(view.lateActivities()->codes().first()));

    // The schedule distribution asks for the activities table filtered by status.
    QSignalSpy schedules(&view, &DashboardView::scheduleActivated);
    QListWidget* legend = view.distribution()->legend();
    REQUIRE(legend->count() == 7);
    Q_EMIT legend->itemActivated(legend->item(0));
    REQUIRE(schedules.count() == 1);
    REQUIRE(schedules.at(0).at(0).value<Schedule>() == Schedule::Late);
    // The legend states each count in words, not only by colour.
    REQUIRE(legend->item(0)->text() == QStringLiteral("%1: %2")
                                           .arg(scheduleLabel(Schedule::Late))
                                           .arg(view.lateActivities()->rowCount()));
}

TEST_CASE("counts of bars too narrow for them leave the schedule bar to the legend",
          "[dashboard][layout]")
{
    // One late and one at-risk activity beside a hundred on track: their bars are a few
    // pixels wide, side by side, and their "1"s would read "11".
    Progress progress;
    const auto add = [&](Schedule schedule, int count) {
        for (int i = 0; i < count; ++i) {
            ActivityProgress activity;
            activity.code = QStringLiteral("%1.%2").arg(int(schedule)).arg(i);
            activity.schedule = schedule;
            progress.activities.insert(activity.code, activity);
        }
    };
    add(Schedule::Late, 1);
    add(Schedule::AtRisk, 1);
    add(Schedule::OnTrack, 100);
    ScheduleDistribution distribution;
    distribution.resize(600, 120);
    distribution.setProgress(progress);
    distribution.show();
    QChart* chart = distribution.findChild<QChartView*>()->chart();
    waitFor([&] { return chart->plotArea().width() > 100; });
    auto* series = qobject_cast<QAbstractBarSeries*>(chart->series().value(0));
    REQUIRE(series);
    const qreal width = chart->plotArea().width();
    QStringList shown;
    for (QBarSet* set : series->barSets()) {
        const QString count = QLocale().toString(int(set->at(0)));
        const qreal barWidth = width * set->at(0) / 102;
        INFO(set->label().toStdString() << " bar of " << barWidth << " pixels");
        if (set->labelColor().alpha() == 0)
            continue;
        shown << count;
        CHECK(QFontMetrics(set->labelFont()).horizontalAdvance(count) < barWidth);
    }
    CHECK(shown == QStringList{QStringLiteral("100")});
}
