#include "fixtures.h"

#include <QTime>

#include <catch2/catch.hpp>

using namespace pml;
using pml::test::day;

namespace {

test::Fixture oneActivity()
{
    test::Fixture f;
    f.line(1).group("1.1", 1).objective(1, "1.1").activity("1.C1", Horizon::Short, {1});
    return f;
}

QDateTime at(const char* date, int hour)
{
    return QDateTime(day(date), QTime(hour, 0), Qt::UTC);
}

} // namespace

TEST_CASE("with no update in force an activity is not_started at 0", "[as-of]")
{
    auto f = oneActivity();
    f.update("1.C1", day("2024-03-10"), Status::InProgress, 30);
    const ActivityProgress ap = f.at(day("2024-03-09")).activities["1.C1"];
    CHECK(ap.status == Status::NotStarted);
    CHECK(ap.percent == 0);
    CHECK_FALSE(ap.lastUpdate);
    CHECK(ap.lastEffectiveDate.isNull());
    // Not started still counts as 0 in its objective (it is not cancelled).
    CHECK(f.at(day("2024-03-09")).objectives[1].actual == 0.0);
}

TEST_CASE("the latest effective date on or before D wins, whatever the recording order", "[as-of]")
{
    auto f = oneActivity();
    f.update("1.C1", day("2024-05-01"), Status::InProgress, 50); // id 1
    f.update("1.C1", day("2024-03-01"), Status::InProgress, 20); // id 2, backdated
    f.update("1.C1", day("2024-07-01"), Status::Completed, 100); // id 3
    CHECK(f.at(day("2024-02-29")).activities["1.C1"].percent == 0);
    CHECK(f.at(day("2024-03-01")).activities["1.C1"].percent == 20);
    CHECK(f.at(day("2024-04-30")).activities["1.C1"].percent == 20);
    const ActivityProgress may = f.at(day("2024-05-01")).activities["1.C1"];
    CHECK(may.percent == 50);
    CHECK(may.lastUpdate == 1);
    CHECK(may.lastEffectiveDate == day("2024-05-01"));
    CHECK(f.at(day("2024-06-30")).activities["1.C1"].percent == 50);
    const ActivityProgress july = f.at(day("2024-07-01")).activities["1.C1"];
    CHECK(july.status == Status::Completed);
    CHECK(july.lastUpdate == 3);
}

TEST_CASE("two updates on one day: the one recorded last wins", "[as-of]")
{
    auto f = oneActivity();
    // Listed out of recording order on purpose: the engine must not rely on list order.
    f.update("1.C1", day("2024-05-01"), Status::InProgress, 70, at("2024-05-02", 10)); // id 1
    f.update("1.C1", day("2024-05-01"), Status::InProgress, 40, at("2024-05-01", 10)); // id 2
    CHECK(f.at(day("2024-05-01")).activities["1.C1"].percent == 70);
    CHECK(f.at(day("2024-05-01")).activities["1.C1"].lastUpdate == 1);
}

TEST_CASE("two updates on one day recorded at the same instant: the larger id wins", "[as-of]")
{
    auto f = oneActivity();
    const QDateTime same = at("2024-05-01", 9);
    f.update("1.C1", day("2024-05-01"), Status::InProgress, 40, same); // id 1
    f.update("1.C1", day("2024-05-01"), Status::InProgress, 60, same); // id 2
    std::swap(f.snapshot.updates[0], f.snapshot.updates[1]);
    CHECK(f.at(day("2024-05-01")).activities["1.C1"].percent == 60);
    CHECK(f.at(day("2024-05-01")).activities["1.C1"].lastUpdate == 2);
}

TEST_CASE("withdrawn updates are ignored", "[as-of]")
{
    auto f = oneActivity();
    f.update("1.C1", day("2024-05-01"), Status::InProgress, 40);
    f.update("1.C1", day("2024-06-01"), Status::InProgress, 90).withdrawLast();
    CHECK(f.at(day("2024-06-15")).activities["1.C1"].percent == 40);
    f.update("1.C1", day("2024-04-01"), Status::InProgress, 10).withdrawLast();
    CHECK(f.at(day("2024-04-15")).activities["1.C1"].percent == 0);
    CHECK(f.at(day("2024-04-15")).activities["1.C1"].status == Status::NotStarted);
}

TEST_CASE("updates for unknown activities do not disturb the figures", "[as-of]")
{
    auto f = oneActivity();
    f.update("9.C9", day("2024-05-01"), Status::Completed, 100);
    f.update("1.C1", day("2024-05-01"), Status::InProgress, 30);
    const Progress p = f.at(day("2024-06-01"));
    CHECK(p.activities.size() == 1);
    CHECK(p.activities["1.C1"].percent == 30);
}

TEST_CASE("a later correction back to not_started sets the activity back to 0", "[as-of]")
{
    auto f = oneActivity();
    f.update("1.C1", day("2024-05-01"), Status::InProgress, 40);
    f.update("1.C1", day("2024-05-02"), Status::NotStarted, 0);
    const ActivityProgress ap = f.at(day("2024-05-03")).activities["1.C1"];
    CHECK(ap.status == Status::NotStarted);
    CHECK(ap.percent == 0);
    CHECK(ap.lastUpdate == 2);
}
