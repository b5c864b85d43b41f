#include "fixtures.h"

#include <catch2/catch.hpp>

using namespace pml;
using pml::test::day;

namespace {

const Window kWindow{day("2024-01-01"), day("2025-12-31")};
const QDate kInside = day("2024-07-01");

Settings defaults()
{
    Settings s;
    s.start = day("2024-01-01");
    return s;
}

Schedule activity(Status status, int percent, double planned, const QDate& asOf = kInside)
{
    return activitySchedule(status, percent, planned, kWindow, asOf, defaults());
}

Schedule aggregate(std::optional<double> actual, std::optional<double> planned)
{
    return aggregateSchedule(actual, planned, defaults());
}

} // namespace

TEST_CASE("activity schedule: cancelled and completed come first", "[schedule]")
{
    CHECK(activity(Status::Cancelled, 0, 100, day("2030-01-01")) == Schedule::Cancelled);
    CHECK(activity(Status::Cancelled, 0, 0) == Schedule::Cancelled);
    CHECK(activity(Status::Completed, 100, 100, day("2030-01-01")) == Schedule::Completed);
    CHECK(activity(Status::Completed, 100, 0) == Schedule::Completed);
}

TEST_CASE("activity schedule: not_due only when planned and actual are both 0", "[schedule]")
{
    CHECK(activity(Status::NotStarted, 0, 0) == Schedule::NotDue);
    CHECK(activity(Status::Suspended, 0, 0) == Schedule::NotDue);
    CHECK(activity(Status::InProgress, 5, 0) == Schedule::OnTrack);
    CHECK(activity(Status::NotStarted, 0, 0.5) == Schedule::OnTrack);
    CHECK(activity(Status::NotStarted, 0, 10) == Schedule::OnTrack);
}

TEST_CASE("activity schedule: gap thresholds at their boundaries", "[schedule]")
{
    CHECK(activity(Status::InProgress, 40, 50) == Schedule::OnTrack);     // gap 10
    CHECK(activity(Status::InProgress, 40, 50.0001) == Schedule::AtRisk); // gap 10.0001
    CHECK(activity(Status::InProgress, 25, 50) == Schedule::AtRisk);      // gap 25
    CHECK(activity(Status::InProgress, 25, 50.0001) == Schedule::Late);   // gap 25.0001
    CHECK(activity(Status::InProgress, 24, 50) == Schedule::Late);        // gap 26
    CHECK(activity(Status::InProgress, 90, 50) == Schedule::OnTrack);     // ahead
    CHECK(activity(Status::Suspended, 30, 50) == Schedule::AtRisk);
    CHECK(activity(Status::NotStarted, 0, 26) == Schedule::Late);
}

TEST_CASE("activity schedule: past the end of its window an unfinished one is late", "[schedule]")
{
    CHECK(activity(Status::InProgress, 95, 100, day("2025-12-31")) == Schedule::OnTrack);
    CHECK(activity(Status::InProgress, 99, 100, day("2026-01-01")) == Schedule::Late);
    CHECK(activity(Status::Suspended, 99, 100, day("2026-01-01")) == Schedule::Late);
    CHECK(activity(Status::NotStarted, 0, 100, day("2026-01-01")) == Schedule::Late);
}

TEST_CASE("activity schedule follows the gap settings", "[schedule]")
{
    Settings s = defaults();
    s.atRiskGap = 5;
    s.lateGap = 15;
    CHECK(activitySchedule(Status::InProgress, 45, 50, kWindow, kInside, s) == Schedule::OnTrack);
    CHECK(activitySchedule(Status::InProgress, 44, 50, kWindow, kInside, s) == Schedule::AtRisk);
    CHECK(activitySchedule(Status::InProgress, 35, 50, kWindow, kInside, s) == Schedule::AtRisk);
    CHECK(activitySchedule(Status::InProgress, 34, 50, kWindow, kInside, s) == Schedule::Late);
    s.atRiskGap = 0;
    s.lateGap = 0;
    CHECK(activitySchedule(Status::InProgress, 50, 50, kWindow, kInside, s) == Schedule::OnTrack);
    CHECK(activitySchedule(Status::InProgress, 49, 50, kWindow, kInside, s) == Schedule::Late);
}

TEST_CASE("aggregate schedule rules", "[schedule]")
{
    CHECK(aggregate(std::nullopt, std::nullopt) == Schedule::NoData);
    CHECK(aggregate(100, 100) == Schedule::Completed);
    CHECK(aggregate(100, 20) == Schedule::Completed);
    CHECK(aggregate(100 - 1e-12, 100) == Schedule::Completed); // rounding of a weighted mean
    CHECK(aggregate(99.99, 100) == Schedule::OnTrack);
    CHECK(aggregate(0, 0) == Schedule::NotDue);
    CHECK(aggregate(0, 3) == Schedule::OnTrack);
    CHECK(aggregate(20, 0) == Schedule::OnTrack);
    CHECK(aggregate(40, 50) == Schedule::OnTrack);
    CHECK(aggregate(40, 50.0001) == Schedule::AtRisk);
    CHECK(aggregate(25, 50) == Schedule::AtRisk);
    CHECK(aggregate(25, 50.0001) == Schedule::Late);
    // A gap of 10 reached through floating-point sums stays on track.
    CHECK(aggregate(0.1 + 0.2, 10.3 + 1e-13) == Schedule::OnTrack);
}

TEST_CASE("schedules through the engine", "[schedule]")
{
    // A 10-day window: planned is 50 on 2024-01-06.
    const QDate asOf = day("2024-01-06");
    test::Fixture f;
    f.line(1).group("1.1", 1).objective(1, "1.1").objective(2, "1.1");
    for (const char* code : {"1.C1", "1.C2", "1.C3", "1.C4", "1.C5"}) {
        f.activity(code, Horizon::Short, {1});
        f.window(code, day("2024-01-01"), day("2024-01-11"));
    }
    f.activity("2.C1", Horizon::Short, {2});
    f.window("2.C1", day("2024-01-06"), day("2024-01-11"));
    f.update("1.C1", asOf, Status::InProgress, 40);
    f.update("1.C2", asOf, Status::InProgress, 39);
    f.update("1.C3", asOf, Status::InProgress, 25);
    f.update("1.C4", asOf, Status::InProgress, 24);
    f.update("1.C5", asOf, Status::Completed, 100);
    const Progress p = f.at(asOf);
    CHECK(p.activities["1.C1"].schedule == Schedule::OnTrack);
    CHECK(p.activities["1.C2"].schedule == Schedule::AtRisk);
    CHECK(p.activities["1.C3"].schedule == Schedule::AtRisk);
    CHECK(p.activities["1.C4"].schedule == Schedule::Late);
    CHECK(p.activities["1.C5"].schedule == Schedule::Completed);
    CHECK(p.activities["2.C1"].schedule == Schedule::NotDue);
    // Objective 1: actual (40 + 39 + 25 + 24 + 100) / 5 = 45.6, planned 50: on track.
    CHECK(*p.objectives[1].actual == Approx(45.6));
    CHECK(p.objectives[1].schedule == Schedule::OnTrack);
    CHECK(p.objectives[2].schedule == Schedule::NotDue);
    const Progress later = f.at(day("2024-01-12"));
    CHECK(later.activities["1.C1"].schedule == Schedule::Late); // past its end
    CHECK(later.activities["1.C5"].schedule == Schedule::Completed);
    // 45.6 against 100: late.
    CHECK(later.objectives[1].schedule == Schedule::Late);
}

TEST_CASE("an objective whose activities are all completed is completed", "[schedule]")
{
    test::Fixture f;
    f.line(1).group("1.1", 1).objective(1, "1.1");
    f.activity("1.C1", Horizon::Short, {1}, 0.3).activity("1.C2", Horizon::Short, {1}, 0.7);
    f.activity("1.C3", Horizon::Short, {1}, 0.1);
    f.update("1.C1", day("2024-02-01"), Status::Completed, 100);
    f.update("1.C2", day("2024-02-01"), Status::Completed, 100);
    f.update("1.C3", day("2024-02-01"), Status::Cancelled, 30);
    const Progress p = f.at(day("2024-03-01"));
    CHECK(*p.objectives[1].actual == Approx(100));
    CHECK(p.objectives[1].schedule == Schedule::Completed);
    CHECK(p.lines[1].schedule == Schedule::Completed);
    CHECK(p.strategy.schedule == Schedule::Completed);
}
