// The quarter: which are valid, the dates its figures are read for, and which quarters a
// tracker offers from its start to today.
#include "core/quarter.h"

#include <catch2/catch.hpp>

using namespace pml;

TEST_CASE("a quarter's figures are read at its end and at the previous quarter's end", "[quarter]")
{
    const QuarterFigureDates q2 = figureDates(Quarter{2026, 2});
    CHECK(q2.end == QDate(2026, 6, 30));
    CHECK(q2.previousEnd == QDate(2026, 3, 31));
    CHECK(q2.list() == QList<QDate>{QDate(2026, 6, 30), QDate(2026, 3, 31)});
    // The first quarter's trend is read at the end of the previous year.
    const QuarterFigureDates q1 = figureDates(Quarter{2026, 1});
    CHECK(q1.end == QDate(2026, 3, 31));
    CHECK(q1.previousEnd == QDate(2025, 12, 31));
}

TEST_CASE("the quarters offered run from the start's quarter to today's, newest first", "[quarter]")
{
    const QList<Quarter> quarters = quartersSince(QDate(2025, 11, 20), QDate(2026, 5, 2));
    CHECK(quarters == QList<Quarter>{{2026, 2}, {2026, 1}, {2025, 4}});
    // A start after today, or none, offers today's quarter only.
    CHECK(quartersSince(QDate(2027, 1, 1), QDate(2026, 5, 2)) == QList<Quarter>{{2026, 2}});
    CHECK(quartersSince(QDate(), QDate(2026, 5, 2)) == QList<Quarter>{{2026, 2}});
    // A mistyped start (year 1026) cannot fill the list: at most 400 quarters.
    const QList<Quarter> bounded = quartersSince(QDate(1026, 1, 1), QDate(2026, 5, 2));
    CHECK(bounded.size() == 400);
    CHECK(bounded.first() == Quarter{2026, 2});
    CHECK(bounded.last() == Quarter{1926, 3});
}

TEST_CASE("a quarter is a four-digit year and a number from 1 to 4", "[quarter]")
{
    CHECK_FALSE(quarterProblem(Quarter{2026, 1}));
    CHECK_FALSE(quarterProblem(Quarter{2026, 4}));
    for (const Quarter& bad : {Quarter{2026, 0}, Quarter{2026, 5}, Quarter{999, 2}}) {
        const auto problem = quarterProblem(bad);
        REQUIRE(problem);
        CHECK(problem->contains(QStringLiteral("%1-Q%2").arg(bad.year).arg(bad.number)));
    }
}
