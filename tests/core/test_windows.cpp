#include "core/format.h"
#include "fixtures.h"

#include <catch2/catch.hpp>

using namespace pml;
using pml::test::day;

namespace {

Settings startingOn(const char* iso)
{
    Settings s;
    s.start = day(iso);
    return s;
}

void checkWindow(const Window& w, const char* start, const char* end)
{
    CHECK(w.start == day(start));
    CHECK(w.end == day(end));
}

} // namespace

TEST_CASE("horizon windows with the default 2, 5 and 10 years", "[windows]")
{
    const Settings s = startingOn("2024-01-01");
    checkWindow(horizonWindow(Horizon::Short, s), "2024-01-01", "2025-12-31");
    checkWindow(horizonWindow(Horizon::Medium, s), "2026-01-01", "2028-12-31");
    checkWindow(horizonWindow(Horizon::Long, s), "2029-01-01", "2033-12-31");
    checkWindow(horizonWindow(Horizon::MediumLong, s), "2026-01-01", "2033-12-31");
}

TEST_CASE("horizon windows with custom years and a mid-year start", "[windows]")
{
    Settings s = startingOn("2023-07-15");
    s.shortYears = 1;
    s.mediumYears = 3;
    s.longYears = 4;
    checkWindow(horizonWindow(Horizon::Short, s), "2023-07-15", "2024-07-14");
    checkWindow(horizonWindow(Horizon::Medium, s), "2024-07-15", "2026-07-14");
    checkWindow(horizonWindow(Horizon::Long, s), "2026-07-15", "2027-07-14");
    checkWindow(horizonWindow(Horizon::MediumLong, s), "2024-07-15", "2027-07-14");
}

TEST_CASE("years are added as QDate::addYears does (29 February)", "[windows]")
{
    const Settings s = startingOn("2024-02-29");
    // 2026-02-29 does not exist: the boundary is 28 February, the end the day before.
    checkWindow(horizonWindow(Horizon::Short, s), "2024-02-29", "2026-02-27");
    checkWindow(horizonWindow(Horizon::Medium, s), "2026-02-28", "2029-02-27");
    checkWindow(horizonWindow(Horizon::Long, s), "2029-02-28", "2034-02-27");
}

TEST_CASE("override windows replace either or both ends", "[windows]")
{
    const Settings s = startingOn("2024-01-01");
    Activity a;
    a.horizon = Horizon::Medium;
    checkWindow(plannedWindow(a, s), "2026-01-01", "2028-12-31");
    a.plannedStart = day("2025-03-01");
    checkWindow(plannedWindow(a, s), "2025-03-01", "2028-12-31");
    a.plannedStart.reset();
    a.plannedEnd = day("2027-06-30");
    checkWindow(plannedWindow(a, s), "2026-01-01", "2027-06-30");
    a.plannedStart = day("2024-05-01");
    checkWindow(plannedWindow(a, s), "2024-05-01", "2027-06-30");
}

TEST_CASE("planned percent: 0 on the start day, 100 on the end day, linear in days", "[windows]")
{
    const Window w{day("2024-01-01"), day("2024-01-11")}; // 10 days long
    CHECK(plannedPercent(w, day("2023-12-31")) == 0);
    CHECK(plannedPercent(w, day("2024-01-01")) == 0);
    CHECK(plannedPercent(w, day("2024-01-02")) == Approx(10));
    CHECK(plannedPercent(w, day("2024-01-06")) == Approx(50));
    CHECK(plannedPercent(w, day("2024-01-10")) == Approx(90));
    CHECK(plannedPercent(w, day("2024-01-11")) == 100);
    CHECK(plannedPercent(w, day("2030-01-01")) == 100);

    const Window year{day("2024-01-01"), day("2025-12-31")}; // 730 days
    CHECK(plannedPercent(year, day("2025-01-01")) == Approx(100.0 * 366 / 730));
}

TEST_CASE("a zero-length window is 0 before its day and 100 from it", "[windows]")
{
    const Window w{day("2024-05-01"), day("2024-05-01")};
    CHECK(plannedPercent(w, day("2024-04-30")) == 0);
    CHECK(plannedPercent(w, day("2024-05-01")) == 100);
    CHECK(plannedPercent(w, day("2024-05-02")) == 100);
}

TEST_CASE("a window whose start override falls after its end counts from its end", "[windows]")
{
    // Only the start is overridden, beyond the default end of a short-term activity.
    Activity a;
    a.plannedStart = day("2026-06-01");
    const Window w = plannedWindow(a, startingOn("2024-01-01"));
    checkWindow(w, "2026-06-01", "2025-12-31");
    CHECK(plannedPercent(w, day("2025-12-30")) == 0);
    CHECK(plannedPercent(w, day("2025-12-31")) == 100);
    CHECK(plannedPercent(w, day("2026-07-01")) == 100);
}

TEST_CASE("an ML activity is planned over medium and long term together", "[windows]")
{
    auto f = test::Fixture();
    f.line(1).group("1.1", 1).objective(1, "1.1").activity("1.ML1", Horizon::MediumLong, {1});
    // [2026-01-01, 2033-12-31]: 2921 days.
    CHECK(f.at(day("2025-12-31")).activities["1.ML1"].planned == 0);
    CHECK(f.at(day("2026-01-01")).activities["1.ML1"].planned == 0);
    CHECK(f.at(day("2030-01-01")).activities["1.ML1"].planned == Approx(100.0 * 1461 / 2921));
    CHECK(f.at(day("2033-12-31")).activities["1.ML1"].planned == 100);
    const ActivityProgress ap = f.at(day("2027-01-01")).activities["1.ML1"];
    CHECK(ap.plannedStart == day("2026-01-01"));
    CHECK(ap.plannedEnd == day("2033-12-31"));
}

TEST_CASE("core: a planned window must start before it ends", "[windows]")
{
    pml::Settings settings;
    settings.start = QDate(2026, 1, 1);
    pml::Activity activity;
    activity.code = QStringLiteral("1.C1");
    activity.horizon = pml::Horizon::Short;
    CHECK_FALSE(pml::validatePlannedWindow(activity, settings).has_value());

    // Only the start overridden, past the horizon's default end (2027-12-31).
    activity.plannedStart = QDate(2028, 3, 1);
    const auto error = pml::validatePlannedWindow(activity, settings);
    REQUIRE(error.has_value());
    CHECK(error->contains(QStringLiteral("1.C1")));
    CHECK(error->contains(pml::dateText(QDate(2027, 12, 31))));

    activity.plannedEnd = QDate(2028, 3, 1); // same day: still refused
    CHECK(pml::validatePlannedWindow(activity, settings).has_value());
    activity.plannedEnd = QDate(2028, 3, 2);
    CHECK_FALSE(pml::validatePlannedWindow(activity, settings).has_value());
}
