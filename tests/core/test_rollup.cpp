#include "fixtures.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

using namespace pml;
using pml::test::day;

namespace {

const QDate kAsOf = day("2024-07-01");
const QDate kBefore = day("2024-06-01");

// Objective actuals: 1 → 50, 2 → 20, 3 → no data (its only activity is cancelled),
// 21 → 75, 22 → 60. The shared activities 21.C1 (100) and 21.C2 (50) serve 21 and 22.
test::Fixture sharedWithUpdates()
{
    auto f = test::sharedFixture();
    f.update("1.C1", kBefore, Status::InProgress, 40);
    f.update("1.C2", kBefore, Status::InProgress, 60);
    f.update("2.C1", kBefore, Status::InProgress, 20);
    f.update("3.C1", kBefore, Status::InProgress, 70);
    f.update("3.C1", kBefore.addDays(1), Status::Cancelled, 70);
    f.update("21.C1", kBefore, Status::Completed, 100);
    f.update("21.C2", kBefore, Status::InProgress, 50);
    f.update("22.C1", kBefore, Status::Suspended, 30);
    return f;
}

void checkNoData(const Figures& f)
{
    CHECK_FALSE(f.actual);
    CHECK_FALSE(f.planned);
    CHECK(f.schedule == Schedule::NoData);
}

} // namespace

TEST_CASE("a strategy without activities has no data anywhere, in both modes", "[rollup]")
{
    for (RollupMode mode : {RollupMode::Objectives, RollupMode::Activities}) {
        test::Fixture f;
        f.mode(mode).line(1).line(2).group("1.1", 1).objective(1, "1.1");
        const Progress p = f.at(kAsOf);
        CHECK(p.mode == mode);
        CHECK(p.asOf == kAsOf);
        CHECK(p.activities.isEmpty());
        checkNoData(p.objectives[1]);
        checkNoData(p.groups["1.1"]);
        checkNoData(p.lines[1]);
        checkNoData(p.lines[2]);
        checkNoData(p.strategy);
    }
    const Progress empty = computeProgress(Snapshot{}, kAsOf);
    checkNoData(empty.strategy);
}

TEST_CASE("all activities cancelled: no data, never 0 or 100, in both modes", "[rollup]")
{
    for (RollupMode mode : {RollupMode::Objectives, RollupMode::Activities}) {
        auto f = test::sharedFixture();
        f.mode(mode);
        int percent = 0;
        for (const Activity& a : f.snapshot.strategy.activities) {
            f.update(a.code, kBefore, Status::Cancelled, percent);
            percent = percent == 0 ? 100 : percent - 20; // 0, 100, 80, 60 ...
        }
        const Progress p = f.at(kAsOf);
        for (int o : {1, 2, 3, 21, 22}) {
            checkNoData(p.objectives[o]);
        }
        for (const char* g : {"1.1", "1.2", "2.1"}) {
            checkNoData(p.groups[g]);
        }
        checkNoData(p.lines[1]);
        checkNoData(p.lines[2]);
        checkNoData(p.strategy);
        // Still listed, with their last percent.
        CHECK(p.activities["1.C1"].status == Status::Cancelled);
        CHECK(p.activities["1.C1"].percent == 0);
        CHECK(p.activities["1.C2"].percent == 100);
        CHECK(p.activities["2.C1"].percent == 80);
        CHECK(p.activities["2.C1"].schedule == Schedule::Cancelled);
        CHECK_FALSE(p.activities["2.C1"].counts());
    }
}

TEST_CASE("objective actual is the weighted mean of its non-cancelled activities", "[rollup]")
{
    test::Fixture f;
    f.line(1).group("1.1", 1).objective(1, "1.1");
    f.activity("1.C1", Horizon::Short, {1}, 1).activity("1.C2", Horizon::Short, {1}, 2);
    f.activity("1.C3", Horizon::Short, {1}, 0.5);
    f.update("1.C1", kBefore, Status::InProgress, 50);
    f.update("1.C2", kBefore, Status::Completed, 100);
    f.update("1.C3", kBefore, Status::Cancelled, 10);
    CHECK(*f.at(kAsOf).objectives[1].actual == Approx(250.0 / 3));
    // Without the cancellation the third activity counts with its weight.
    f.snapshot.updates.last().withdrawn = true;
    CHECK(*f.at(kAsOf).objectives[1].actual == Approx(250.0 / 3.5));
    CHECK(f.at(kAsOf).activities["1.C3"].weight == 0.5);
}

TEST_CASE("suspended activities count with their percent", "[rollup]")
{
    test::Fixture f;
    f.line(1).group("1.1", 1).objective(1, "1.1");
    f.activity("1.C1", Horizon::Short, {1}).activity("1.C2", Horizon::Short, {1});
    f.update("1.C1", kBefore, Status::Suspended, 30);
    f.update("1.C2", kBefore, Status::InProgress, 50);
    CHECK(*f.at(kAsOf).objectives[1].actual == Approx(40));
    f.update("1.C2", kBefore, Status::Suspended, 0);
    CHECK(*f.at(kAsOf).objectives[1].actual == Approx(15));
}

TEST_CASE("objectives mode: plain means of objectives, shared objectives both count", "[rollup]")
{
    const Progress p = sharedWithUpdates().at(kAsOf);
    CHECK(p.mode == RollupMode::Objectives);
    CHECK(*p.objectives[1].actual == Approx(50));
    CHECK(*p.objectives[2].actual == Approx(20));
    checkNoData(p.objectives[3]);
    CHECK(*p.objectives[21].actual == Approx(75));
    CHECK(*p.objectives[22].actual == Approx(60));
    CHECK(*p.groups["1.1"].actual == Approx(35));
    checkNoData(p.groups["1.2"]);
    CHECK(*p.groups["2.1"].actual == Approx(67.5));
    CHECK(*p.lines[1].actual == Approx(35));    // (50 + 20) / 2: objective 3 has no data
    CHECK(*p.lines[2].actual == Approx(67.5));  // (75 + 60) / 2: 21 and 22 both count
    CHECK(*p.strategy.actual == Approx(51.25)); // (35 + 67.5) / 2
}

TEST_CASE("activities mode: weighted means of distinct activities, shared ones once", "[rollup]")
{
    auto f = sharedWithUpdates();
    f.mode(RollupMode::Activities);
    const Progress p = f.at(kAsOf);
    CHECK(p.mode == RollupMode::Activities);
    // Objectives are the same in both modes.
    CHECK(*p.objectives[21].actual == Approx(75));
    CHECK(*p.objectives[22].actual == Approx(60));
    CHECK(*p.groups["1.1"].actual == Approx(40)); // (40 + 60 + 20) / 3
    checkNoData(p.groups["1.2"]);
    CHECK(*p.groups["2.1"].actual == Approx(60)); // (100 + 50 + 30) / 3, not / 5
    CHECK(*p.lines[1].actual == Approx(40));
    CHECK(*p.lines[2].actual == Approx(60));
    CHECK(*p.strategy.actual == Approx(50)); // 300 / 6; counted twice it would be 56.25

    // Weights apply to lines and the strategy too.
    f.activityRef("21.C1").weight = 3;
    const Progress weighted = f.at(kAsOf);
    CHECK(*weighted.lines[2].actual == Approx((300.0 + 50 + 30) / 5));
    CHECK(*weighted.strategy.actual == Approx((40 + 60 + 20 + 300.0 + 50 + 30) / 8));
}

TEST_CASE("planned rolls up with the same weights, exclusions and mode as actual", "[rollup]")
{
    // Windows of 10 days from 2024-01-01: planned is 50 on 2024-01-06 and 100 from 01-11.
    const QDate asOf = day("2024-01-06");
    test::Fixture f;
    f.line(1).line(2).group("1.1", 1).group("2.1", 2);
    f.objective(1, "1.1").objective(2, "1.1").objective(3, "2.1");
    f.activity("1.C1", Horizon::Short, {1}, 1).activity("1.C2", Horizon::Short, {1}, 3);
    f.activity("2.C1", Horizon::Short, {2}).activity("3.C1", Horizon::Short, {3});
    f.window("1.C1", day("2024-01-01"), day("2024-01-11")); // planned 50
    f.window("1.C2", day("2023-12-01"), day("2024-01-01")); // planned 100
    f.window("2.C1", day("2024-01-01"), day("2024-01-11")); // planned 50, cancelled
    f.window("3.C1", day("2024-01-06"), day("2024-01-16")); // planned 0
    f.update("1.C1", asOf, Status::InProgress, 10);
    f.update("1.C2", asOf, Status::InProgress, 20);
    f.update("2.C1", asOf, Status::Cancelled, 0);
    f.update("3.C1", asOf, Status::InProgress, 30);

    Progress p = f.at(asOf);
    CHECK(p.activities["1.C1"].planned == Approx(50));
    CHECK(p.activities["1.C2"].planned == 100);
    CHECK(*p.objectives[1].planned == Approx((50 + 300.0) / 4));
    CHECK(*p.objectives[1].actual == Approx((10 + 60.0) / 4));
    checkNoData(p.objectives[2]); // the cancelled activity's planned 50 does not count
    CHECK(*p.objectives[3].planned == 0);
    // Line 1 in objectives mode: only objective 1 has data, so only its planned counts.
    CHECK(*p.lines[1].planned == Approx(87.5));
    CHECK(*p.strategy.planned == Approx((87.5 + 0) / 2));
    CHECK(*p.strategy.actual == Approx((17.5 + 30) / 2));

    f.mode(RollupMode::Activities);
    p = f.at(asOf);
    CHECK(*p.lines[1].planned == Approx(87.5));
    CHECK(*p.strategy.planned == Approx((50 + 300.0 + 0) / 5));
    CHECK(*p.strategy.actual == Approx((10 + 60.0 + 30) / 5));
}

TEST_CASE("every line, group, objective and activity has an entry", "[rollup]")
{
    const Progress p = sharedWithUpdates().at(kAsOf);
    CHECK(p.lines.size() == 2);
    CHECK(p.groups.size() == 3);
    CHECK(p.objectives.size() == 5);
    CHECK(p.activities.size() == 7);
    const ActivityProgress ap = p.activities["22.C1"];
    CHECK(ap.code == "22.C1");
    CHECK(ap.status == Status::Suspended);
    CHECK(ap.percent == 30);
    CHECK(ap.plannedStart == day("2024-01-01"));
    CHECK(ap.plannedEnd == day("2025-12-31"));
    CHECK(ap.planned == Approx(100.0 * 182 / 730));
}

TEST_CASE("core: an open activity without a lead lacks a responsible actor", "[actors]")
{
    using pml::Status;
    CHECK(pml::lacksResponsibleActor(Status::NotStarted, false));
    CHECK(pml::lacksResponsibleActor(Status::InProgress, false));
    CHECK(pml::lacksResponsibleActor(Status::Suspended, false));
    CHECK_FALSE(pml::lacksResponsibleActor(Status::InProgress, true));
    // Finished or cancelled work needs nobody in charge any more.
    CHECK_FALSE(pml::lacksResponsibleActor(Status::Completed, false));
    CHECK_FALSE(pml::lacksResponsibleActor(Status::Cancelled, false));

    const QList<pml::Assignment> assignments{
        {QStringLiteral("1.C1"), 1, pml::ActorRole::Lead},
        {QStringLiteral("1.C2"), 2, pml::ActorRole::Support},
    };
    CHECK(pml::activitiesWithLead(assignments) == QSet<QString>{QStringLiteral("1.C1")});
}

TEST_CASE("core: an institution's figures weigh its activities once each", "[actors]")
{
    pml::Snapshot snapshot;
    pml::Progress progress;
    auto add = [&](const char* code, double weight, int percent, pml::Status status) {
        pml::ActivityProgress a;
        a.code = QString::fromLatin1(code);
        a.weight = weight;
        a.percent = percent;
        a.status = status;
        progress.activities.insert(a.code, a);
    };
    add("1.C1", 1, 40, pml::Status::InProgress);
    add("1.C2", 3, 80, pml::Status::InProgress);
    add("1.C3", 5, 10, pml::Status::Cancelled);
    snapshot.assignments = {
        {QStringLiteral("1.C1"), 7, pml::ActorRole::Lead},
        {QStringLiteral("1.C2"), 7, pml::ActorRole::Support},
        {QStringLiteral("1.C3"), 7, pml::ActorRole::Support},
        {QStringLiteral("1.C3"), 8, pml::ActorRole::Lead},
    };
    const auto figures = pml::actorFigures(snapshot, progress);
    REQUIRE(figures.contains(7));
    CHECK(figures[7].leads == 1);
    CHECK(figures[7].supports == 2);
    // (1×40 + 3×80) / (1 + 3); the cancelled 1.C3 is left out.
    CHECK(*figures[7].actual == Approx(70.0));
    // Only a cancelled activity: no figure, never 0.
    CHECK_FALSE(figures[8].actual.has_value());
    CHECK_FALSE(figures.contains(9));
}

// Weights are bounded (kMinimumWeight..kMaximumWeight), so no accepted input can make a
// figure NaN or infinite: the extreme weights together, in both roll-up modes.
TEST_CASE("figures stay finite at the weight bounds", "[rollup][finite]")
{
    CHECK(weightProblem(kMinimumWeight) == std::nullopt);
    CHECK(weightProblem(kMaximumWeight) == std::nullopt);
    for (double bad : {0.0, -1.0, 0.0009, 1000.5, 1e308, std::numeric_limits<double>::infinity(),
                       std::numeric_limits<double>::quiet_NaN()}) {
        CHECK(weightProblem(bad).has_value());
    }
    for (RollupMode mode : {RollupMode::Objectives, RollupMode::Activities}) {
        pml::test::Fixture f = pml::test::sharedFixture();
        f.mode(mode);
        f.activityRef("1.C1").weight = kMaximumWeight;
        f.activityRef("1.C2").weight = kMaximumWeight;
        f.activityRef("2.C1").weight = kMinimumWeight;
        f.activityRef("21.C1").weight = kMaximumWeight;
        f.update("1.C1", day("2024-03-01"), Status::InProgress, 99);
        f.update("1.C2", day("2024-03-01"), Status::Completed, 100);
        f.update("2.C1", day("2024-03-01"), Status::InProgress, 1);
        const Progress p = f.at(day("2024-06-30"));
        const auto finite = [](const Figures& figures) {
            return figures.actual && std::isfinite(*figures.actual) && figures.planned &&
                   std::isfinite(*figures.planned);
        };
        CHECK(finite(p.strategy));
        for (const Figures& line : p.lines) {
            CHECK((!line.actual || finite(line)));
        }
        CHECK(*p.strategy.actual >= 0);
        CHECK(*p.strategy.actual <= 100);
    }
}
