#include "core/format.h"
#include "core/history.h"

#include <catch2/catch.hpp>

using namespace pml;

namespace {

// The percent recorded, or -1 when refused (the message must then name the value).
int resolved(Status status, std::optional<int> percent, int previous = 40)
{
    const ResolvedPercent r = resolvePercent(status, percent, previous);
    if (r.error) {
        REQUIRE_FALSE(r.error->isEmpty());
        if (percent) {
            CHECK(r.error->contains(QString::number(*percent)));
        }
        return -1;
    }
    return r.percent;
}

} // namespace

TEST_CASE("not_started takes percent 0 only", "[history]")
{
    CHECK(resolved(Status::NotStarted, std::nullopt) == 0);
    CHECK(resolved(Status::NotStarted, 0) == 0);
    CHECK(resolved(Status::NotStarted, 1) == -1);
    CHECK(resolved(Status::NotStarted, 100) == -1);
    CHECK(resolved(Status::NotStarted, -3) == -1);
}

TEST_CASE("in_progress requires a percent from 1 to 99", "[history]")
{
    CHECK(resolved(Status::InProgress, std::nullopt) == -1);
    CHECK(resolved(Status::InProgress, 0) == -1);
    CHECK(resolved(Status::InProgress, 1) == 1);
    CHECK(resolved(Status::InProgress, 50) == 50);
    CHECK(resolved(Status::InProgress, 99) == 99);
    CHECK(resolved(Status::InProgress, 100) == -1);
    CHECK(resolved(Status::InProgress, -1) == -1);
}

TEST_CASE("completed is 100, given or omitted", "[history]")
{
    CHECK(resolved(Status::Completed, std::nullopt) == 100);
    CHECK(resolved(Status::Completed, 100) == 100);
    CHECK(resolved(Status::Completed, 99) == -1);
    CHECK(resolved(Status::Completed, 0) == -1);
    CHECK(resolved(Status::Completed, 101) == -1);
}

TEST_CASE("suspended takes 0 to 99, by default the previous percent clamped to 99", "[history]")
{
    CHECK(resolved(Status::Suspended, 0) == 0);
    CHECK(resolved(Status::Suspended, 99) == 99);
    CHECK(resolved(Status::Suspended, 35) == 35);
    CHECK(resolved(Status::Suspended, 100) == -1);
    CHECK(resolved(Status::Suspended, -1) == -1);
    CHECK(resolved(Status::Suspended, std::nullopt, 40) == 40);
    CHECK(resolved(Status::Suspended, std::nullopt, 0) == 0);
    CHECK(resolved(Status::Suspended, std::nullopt, 100) == 99);
}

TEST_CASE("cancelled refuses any percent and keeps the previous one", "[history]")
{
    CHECK(resolved(Status::Cancelled, std::nullopt, 40) == 40);
    CHECK(resolved(Status::Cancelled, std::nullopt, 100) == 100);
    CHECK(resolved(Status::Cancelled, std::nullopt, 0) == 0);
    CHECK(resolved(Status::Cancelled, 40, 40) == -1);
    CHECK(resolved(Status::Cancelled, 0, 0) == -1);
}

TEST_CASE("effective dates: valid and not after today", "[history]")
{
    const QDate today(2025, 6, 15);
    CHECK_FALSE(validateEffectiveDate(today, today));
    CHECK_FALSE(validateEffectiveDate(QDate(2020, 1, 1), today));
    const auto future = validateEffectiveDate(QDate(2025, 6, 16), today);
    REQUIRE(future);
    CHECK(future->contains(dateText(QDate(2025, 6, 16)))); // as the user writes dates
    CHECK(validateEffectiveDate(QDate(), today));
    CHECK(validateEffectiveDate(QDate(2025, 2, 30), today)); // not a real date
}

// The forms take their ranges from percentRange(); the store accepts exactly those.
TEST_CASE("percentRange gives the percents resolvePercent accepts", "[history]")
{
    for (Status status :
         {Status::NotStarted, Status::InProgress, Status::Completed, Status::Suspended}) {
        const PercentRange range = percentRange(status);
        INFO("status " << int(status));
        CHECK_FALSE(resolvePercent(status, range.minimum, 0).error);
        CHECK_FALSE(resolvePercent(status, range.maximum, 0).error);
        if (range.minimum > 0) {
            CHECK(resolvePercent(status, range.minimum - 1, 0).error);
        }
        if (range.maximum < 100) {
            CHECK(resolvePercent(status, range.maximum + 1, 0).error);
        }
    }
    // Cancelling keeps the percent in force, within the range.
    CHECK(resolvePercent(Status::Cancelled, std::nullopt, 70).percent == 70);
    CHECK(percentRange(Status::Cancelled).maximum == 100);
}
