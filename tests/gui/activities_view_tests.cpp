#include "core/reminders.h"
#include "gui/activities/activities_table_model.h"
#include "gui/activities/activities_view.h"
#include "gui/activities/activity_filter_proxy.h"
#include "gui/activities/bulk_update_dialog.h"
#include "gui/activities/filter_bar.h"
#include "gui/widgets/date_text.h"
#include "gui_fixtures.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <catch2/catch.hpp>

using namespace pml;
using namespace pml::test;

namespace {

// Codes shown by the proxy, in table order.
QStringList shownCodes(const QAbstractItemModel& model)
{
    QStringList codes;
    for (int r = 0; r < model.rowCount(); ++r) {
        codes << model.index(r, 0).data(ActivitiesTableModel::CodeRole).toString();
    }
    return codes;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

void record(TrackerDocument& document, const QList<UpdateRequest>& requests)
{
    QSignalSpy changed(&document, &TrackerDocument::progressChanged);
    const EditResult result = document.recordUpdates(requests);
    INFO(result.refusal.toStdString());
    REQUIRE(result.done());
    REQUIRE(waitFor([&] { return changed.count() > 0 && !document.isBusy(); }));
}

// The codes the engine says match `keep`, in document order.
QStringList engineCodes(const TrackerDocument& document,
                        const std::function<bool(const Activity&, const ActivityProgress&)>& keep)
{
    QStringList codes;
    const Strategy& strategy = document.snapshot().strategy;
    for (const Activity& a : strategy.activities) {
        if (keep(a, document.progress().activities.value(a.code))) {
            codes << a.code;
        }
    }
    return codes;
}

} // namespace

TEST_CASE("the activities table model and its proxy pass the model tester", "[activities]")
{
    TempTracker tracker;
    auto document = tracker.open();
    ActivitiesTableModel model(document.get());
    ActivityFilterProxy proxy(&model);
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 97);
    REQUIRE(model.columnCount() == ActivitiesTableModel::ColumnCount);

    proxy.sort(ActivitiesTableModel::Text, Qt::DescendingOrder);
    proxy.setLineFilter(1);
    REQUIRE(proxy.rowCount() == 37);
    record(*document, {updateRequest(QStringLiteral("1.C1"), Status::InProgress, 30)});
    proxy.setTextFilter(QStringLiteral("normas"));
    proxy.clearFilters();
    document->setAsOf(document->today().addYears(-1));
    REQUIRE(waitFor([&] { return !document->isBusy(); }));
    REQUIRE(proxy.rowCount() == 97);
}

TEST_CASE("a row shows the activity's structure and the engine's figures", "[activities]")
{
    TempTracker tracker;
    auto document = tracker.open();
    ActivitiesTableModel model(document.get());
    record(*document, {updateRequest(QStringLiteral("14.C1"), Status::InProgress, 50)});
    const int row = model.rowOfCode(QStringLiteral("14.C1"));
    REQUIRE(row >= 0);
    const ActivityRow& r = model.row(row);
    const ActivityProgress figures = document->progress().activities.value(r.code);
    REQUIRE(r.line == 3);
    REQUIRE(r.objectives == QList<int>{14});
    REQUIRE(r.percent == 50);
    REQUIRE(r.status == Status::InProgress);
    REQUIRE(r.planned == Approx(figures.planned));
    REQUIRE(*r.gap == Approx(figures.planned - 50));
    REQUIRE(r.schedule == figures.schedule);
    REQUIRE(r.lastUpdate == document->today());
    auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    REQUIRE(cell(ActivitiesTableModel::Code).toString() == QStringLiteral("14.C1"));
    REQUIRE(cell(ActivitiesTableModel::Text).toString().startsWith(QStringLiteral("Identificar")));
    REQUIRE(cell(ActivitiesTableModel::Actual, ActivitiesTableModel::SortRole).toInt() == 50);
    REQUIRE(cell(ActivitiesTableModel::Planned, ActivitiesTableModel::SortRole).toDouble() ==
            Approx(figures.planned));
    REQUIRE(cell(ActivitiesTableModel::ScheduleColumn, Qt::DecorationRole).canConvert<QIcon>());
    // Four-digit years whatever the locale's short format says.
    REQUIRE(cell(ActivitiesTableModel::LastUpdate).toString() == dateText(document->today()));
    REQUIRE(dateText(document->today()).contains(QString::number(document->today().year())));
    REQUIRE(cell(ActivitiesTableModel::LastUpdate, ActivitiesTableModel::SortRole).toDate() ==
            document->today());
    REQUIRE(cell(ActivitiesTableModel::Objectives).toString() == QStringLiteral("14"));
}

TEST_CASE("figure changes refresh rows in place, without a reset", "[activities]")
{
    TempTracker tracker;
    auto document = tracker.open();
    ActivitiesTableModel model(document.get());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    record(*document, {updateRequest(QStringLiteral("2.C1"), Status::Completed, 100)});
    REQUIRE(resets.isEmpty());
    REQUIRE(changes.count() == 1);
    REQUIRE(model.row(model.rowOfCode(QStringLiteral("2.C1"))).percent == 100);
    document->undoStack()->undo();
    REQUIRE(waitFor([&] { return !document->isBusy() && changes.count() == 2; }));
    REQUIRE(model.row(model.rowOfCode(QStringLiteral("2.C1"))).percent == 0);
    REQUIRE(resets.isEmpty());
}

TEST_CASE("filters narrow the table", "[activities][filters]")
{
    TempTracker tracker;
    auto document = tracker.open();
    ActivitiesTableModel model(document.get());
    ActivityFilterProxy proxy(&model);

    SECTION("text search matches code or text, ignoring case and accents")
    {
        proxy.setTextFilter(QStringLiteral("normas"));
        REQUIRE(sorted(shownCodes(proxy)) == QStringList{QStringLiteral("20.C4"),
                                                         QStringLiteral("20.L1"),
                                                         QStringLiteral("20.M1")});
        const QStringList technical{QStringLiteral("15.C1"), QStringLiteral("20.C4"),
                                    QStringLiteral("20.L1"), QStringLiteral("20.M1"),
                                    QStringLiteral("5.C2")};
        proxy.setTextFilter(QStringLiteral("TECNICAS"));
        REQUIRE(sorted(shownCodes(proxy)) == technical);
        proxy.setTextFilter(QStringLiteral("técnicas"));
        REQUIRE(sorted(shownCodes(proxy)) == technical);
        proxy.setTextFilter(QStringLiteral("1.ml"));
        REQUIRE(shownCodes(proxy) == QStringList{QStringLiteral("1.ML1"), QStringLiteral("1.ML2"),
                                                 QStringLiteral("1.ML3")});
    }
    SECTION("horizon, line and objective")
    {
        proxy.setHorizonFilter(Horizon::MediumLong);
        REQUIRE(shownCodes(proxy) == QStringList{QStringLiteral("1.ML1"), QStringLiteral("1.ML2"),
                                                 QStringLiteral("1.ML3")});
        proxy.setHorizonFilter(Horizon::Short);
        proxy.setLineFilter(1);
        REQUIRE(proxy.rowCount() == 22);
        proxy.setHorizonFilter(std::nullopt);
        REQUIRE(proxy.rowCount() == 37);
        proxy.setLineFilter(0);
        const QStringList shared{QStringLiteral("21.C1"), QStringLiteral("21.C2"),
                                 QStringLiteral("21.M1"), QStringLiteral("21.M2")};
        proxy.setObjectiveFilter(22); // served by the activities coded 21.*
        REQUIRE(shownCodes(proxy) == shared);
        proxy.setObjectiveFilter(21);
        REQUIRE(shownCodes(proxy) == shared);
    }
    SECTION("line 1 and late, following recorded updates and the as-of date")
    {
        auto lateInLine1 = [&] {
            return engineCodes(*document, [&](const Activity& a, const ActivityProgress& p) {
                return document->snapshot().strategy.lineOfActivity(a) == 1 &&
                       p.schedule == Schedule::Late;
            });
        };
        proxy.setLineFilter(1);
        proxy.setScheduleFilter(Schedule::Late);
        REQUIRE(sorted(shownCodes(proxy)) == sorted(lateInLine1()));
        // The schedule started two years ago: every short-term activity is past its end
        // (medium-term ones may be late too, depending on today's date).
        const int late = proxy.rowCount();
        REQUIRE(late >= 22);
        for (const QString& code : shownCodes(proxy)) {
            REQUIRE(proxy.tableModel()->row(proxy.tableModel()->rowOfCode(code)).line == 1);
        }
        record(*document, {updateRequest(QStringLiteral("1.C1"), Status::Completed, 100),
                           updateRequest(QStringLiteral("1.C2"), Status::Completed, 100)});
        REQUIRE(proxy.rowCount() == late - 2);
        REQUIRE_FALSE(shownCodes(proxy).contains(QStringLiteral("1.C1")));
        REQUIRE(sorted(shownCodes(proxy)) == sorted(lateInLine1()));
        // Half a year into the schedule nothing is late yet.
        document->setAsOf(QDate(document->today().year() - 2, 6, 30));
        REQUIRE(waitFor([&] { return !document->isBusy(); }));
        REQUIRE(sorted(shownCodes(proxy)) == sorted(lateInLine1()));
        REQUIRE(proxy.rowCount() == 0);
        proxy.setScheduleFilter(Schedule::AtRisk);
        REQUIRE(proxy.rowCount() == 22);
        REQUIRE(sorted(shownCodes(proxy)) ==
                sorted(engineCodes(*document, [&](const Activity& a, const ActivityProgress& p) {
                    return document->snapshot().strategy.lineOfActivity(a) == 1 &&
                           p.schedule == Schedule::AtRisk;
                })));
    }
    SECTION("status, responsible institution and not updated since")
    {
        const Strategy& strategy = document->snapshot().strategy;
        const qint64 sni = strategy.actorByName(QStringLiteral("SNI"))->id;
        const qint64 conam = strategy.actorByName(QStringLiteral("CONAM"))->id;
        REQUIRE(document->setResponsibility(QStringLiteral("3.C1"), sni, {conam}).done());
        REQUIRE(document->setResponsibility(QStringLiteral("5.C1"), conam, {}).done());
        REQUIRE(waitFor([&] { return !document->isBusy(); }));
        proxy.setActorFilter(sni);
        REQUIRE(shownCodes(proxy) == QStringList{QStringLiteral("3.C1")});
        proxy.setActorFilter(conam); // lead or support
        REQUIRE(shownCodes(proxy) == QStringList{QStringLiteral("3.C1"), QStringLiteral("5.C1")});
        proxy.setActorFilter(std::nullopt);

        record(*document, {updateRequest(QStringLiteral("3.C1"), Status::InProgress, 20)});
        proxy.setStatusFilter(Status::InProgress);
        REQUIRE(shownCodes(proxy) == QStringList{QStringLiteral("3.C1")});
        proxy.setStatusFilter(std::nullopt);
        // Not updated since: core's rule, that of the reminder (open, due, not updated).
        const auto awaiting = [&](const QDate& since) {
            return sorted(engineCodes(*document, [&](const Activity&, const ActivityProgress& p) {
                return awaitsUpdate(p, since, document->asOf());
            }));
        };
        proxy.setNotUpdatedSince(document->today());
        REQUIRE(sorted(shownCodes(proxy)) == awaiting(document->today()));
        REQUIRE_FALSE(shownCodes(proxy).contains(QStringLiteral("3.C1"))); // updated today
        proxy.setNotUpdatedSince(document->today().addDays(1));
        REQUIRE(sorted(shownCodes(proxy)) == awaiting(document->today().addDays(1)));
        REQUIRE(shownCodes(proxy).contains(QStringLiteral("3.C1")));
        proxy.clearFilters();
        REQUIRE(proxy.filter().isEmpty());
        REQUIRE(proxy.rowCount() == 97);
    }
}

TEST_CASE("figures sort numerically", "[activities]")
{
    TempTracker tracker;
    auto document = tracker.open();
    ActivitiesTableModel model(document.get());
    ActivityFilterProxy proxy(&model);
    record(*document, {updateRequest(QStringLiteral("6.C1"), Status::InProgress, 9),
                       updateRequest(QStringLiteral("6.C2"), Status::InProgress, 50),
                       updateRequest(QStringLiteral("6.C3"), Status::Completed, 100)});
    proxy.sort(ActivitiesTableModel::Actual, Qt::DescendingOrder);
    // Numbers, not text ("9" > "50" > "100"); ties keep the document's order.
    REQUIRE(shownCodes(proxy).mid(0, 4) ==
            QStringList{QStringLiteral("6.C3"), QStringLiteral("6.C2"), QStringLiteral("6.C1"),
                        QStringLiteral("1.C1")});
    // Code order is the document's: 2.C1 before 10.C1.
    proxy.sort(ActivitiesTableModel::Code, Qt::AscendingOrder);
    const QStringList codes = shownCodes(proxy);
    REQUIRE(codes.indexOf(QStringLiteral("2.C1")) < codes.indexOf(QStringLiteral("10.C1")));
    REQUIRE(codes.first() == QStringLiteral("1.C1"));
    REQUIRE(codes.last() == QStringLiteral("24.L1"));
    // A refresh keeps the sort.
    proxy.sort(ActivitiesTableModel::Actual, Qt::AscendingOrder);
    record(*document, {updateRequest(QStringLiteral("6.C4"), Status::InProgress, 99)});
    REQUIRE(shownCodes(proxy).mid(94) ==
            QStringList{QStringLiteral("6.C2"), QStringLiteral("6.C4"), QStringLiteral("6.C3")});
}

TEST_CASE("the activities view: filter bar, counts, activation and bulk update",
          "[activities][view]")
{
    TempTracker tracker;
    auto document = tracker.open();
    actAs(*document, QStringLiteral("ana"));
    ActivitiesView view(document.get());
    view.resize(1200, 700);
    view.show();

    SECTION("programmatic filters show in the filter bar and the count")
    {
        view.setLineFilter(1);
        view.setHorizonFilter(Horizon::Short);
        view.setScheduleFilter(Schedule::Late);
        REQUIRE(view.proxy()->rowCount() == 22);
        REQUIRE(view.filterBar()->filter().line == 1);
        REQUIRE(view.filterBar()->filter().horizon == Horizon::Short);
        REQUIRE(view.filterBar()->filter().schedule == Schedule::Late);
        REQUIRE(view.filterBar()->countText() == QStringLiteral("22 of 97 activities"));
        view.filterBar()->searchField()->setText(QStringLiteral("normas"));
        Q_EMIT view.filterBar()->searchField()->returnPressed();
        REQUIRE(view.proxy()->rowCount() == 0); // objective 20 is in line 4
        view.clearFilters();
        REQUIRE(view.proxy()->rowCount() == 97);
        REQUIRE(view.filterBar()->searchField()->text().isEmpty());
    }
    SECTION("Enter on a row asks to show that activity")
    {
        QSignalSpy activated(&view, &ActivitiesView::itemActivated);
        view.setTextFilter(QStringLiteral("14.C1"));
        REQUIRE(view.proxy()->rowCount() == 1);
        view.table()->setFocus();
        view.table()->setCurrentIndex(view.proxy()->index(0, 0));
        QTest::keyClick(view.table(), Qt::Key_Return);
        REQUIRE(activated.count() == 1);
        REQUIRE(activated.at(0).at(0).value<ItemRef>() ==
                ItemRef::activity(QStringLiteral("14.C1")));
    }
    SECTION("one update for every selected activity is one undo step")
    {
        view.setTextFilter(QStringLiteral("normas"));
        view.table()->selectAll();
        const QStringList codes = view.selectedCodes();
        REQUIRE(sorted(codes) == QStringList{QStringLiteral("20.C4"), QStringLiteral("20.L1"),
                                             QStringLiteral("20.M1")});
        BulkUpdateDialog dialog(document.get(), codes);
        dialog.setStatus(Status::InProgress);
        dialog.setPercent(40);
        dialog.setNote(QStringLiteral("Comité técnico instalado"));
        REQUIRE(dialog.problem().isEmpty());
        const int undoSteps = document->undoStack()->count();
        const qsizetype before = storeOf(*document).history().size();
        QSignalSpy changed(document.get(), &TrackerDocument::progressChanged);
        view.recordForSelection(dialog.requests());
        REQUIRE(waitFor([&] { return changed.count() > 0 && !document->isBusy(); }));
        REQUIRE(document->undoStack()->count() == undoSteps + 1);
        const QList<StatusUpdate> history = storeOf(*document).history();
        REQUIRE(history.size() == before + 3);
        for (const StatusUpdate& u : history.mid(before)) {
            REQUIRE(codes.contains(u.activity));
            REQUIRE(u.status == Status::InProgress);
            REQUIRE(u.percent == 40);
            REQUIRE(u.note == QStringLiteral("Comité técnico instalado"));
            REQUIRE(u.recordedBy == QStringLiteral("ana"));
        }
        for (const QString& code : codes) {
            const int row = view.tableModel()->rowOfCode(code);
            REQUIRE(view.tableModel()->row(row).percent == 40);
        }
        document->undoStack()->undo();
        REQUIRE(waitFor([&] { return changed.count() > 1 && !document->isBusy(); }));
        for (const QString& code : codes) {
            REQUIRE(view.tableModel()->row(view.tableModel()->rowOfCode(code)).percent == 0);
            REQUIRE(document->progress().activities.value(code).percent == 0);
        }
    }
    SECTION("the dialog checks each activity against the recording rules")
    {
        const QStringList codes{QStringLiteral("1.C1"), QStringLiteral("1.C2")};
        BulkUpdateDialog dialog(document.get(), codes);
        dialog.setStatus(Status::Cancelled);
        REQUIRE(dialog.problem().isEmpty());
        const QList<UpdateRequest> requests = dialog.requests();
        REQUIRE(requests.size() == 2);
        REQUIRE_FALSE(requests[0].percent.has_value()); // cancelled keeps the last percent
        dialog.setStatus(Status::Completed);
        REQUIRE(dialog.requests()[1].percent == 100);
    }
    SECTION("read-only trackers offer no bulk update")
    {
        auto readOnly = tracker.open(OpenMode::ReadOnly);
        ActivitiesView readOnlyView(readOnly.get());
        readOnlyView.table()->selectAll();
        REQUIRE_FALSE(readOnlyView.selectedCodes().isEmpty());
        const auto buttons = readOnlyView.findChildren<QPushButton*>();
        const auto update = std::find_if(buttons.begin(), buttons.end(), [](QPushButton* b) {
            return b->text().contains(QStringLiteral("Update"));
        });
        REQUIRE(update != buttons.end());
        REQUIRE_FALSE((*update)->isEnabled());
    }
}

TEST_CASE("the activities table remembers its columns", "[activities][view]")
{
    TempTracker tracker;
    auto document = tracker.open();
    {
        ActivitiesView view(document.get());
        view.table()->horizontalHeader()->resizeSection(ActivitiesTableModel::Text, 222);
        view.table()->sortByColumn(ActivitiesTableModel::Planned, Qt::DescendingOrder);
    }
    ActivitiesView view(document.get());
    QHeaderView* header = view.table()->horizontalHeader();
    REQUIRE(header->sectionSize(ActivitiesTableModel::Text) == 222);
    REQUIRE(header->sortIndicatorSection() == ActivitiesTableModel::Planned);
    REQUIRE(view.proxy()->sortColumn() == ActivitiesTableModel::Planned);
    REQUIRE(view.proxy()->sortOrder() == Qt::DescendingOrder);
    QSettings().remove(QStringLiteral("activities"));
}
