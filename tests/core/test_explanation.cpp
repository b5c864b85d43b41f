#include "core/error.h"
#include "fixtures.h"

#include <catch2/catch.hpp>

using namespace pml;
using pml::test::day;

namespace {

const QDate kAsOf = day("2024-07-01");
const QDate kBefore = day("2024-06-01");

// As in the roll-up tests: objectives 1 → 50, 2 → 20, 3 → no data, 21 → 75, 22 → 60.
test::Fixture scenario()
{
    auto f = test::sharedFixture();
    f.update("1.C1", kBefore, Status::InProgress, 40);
    f.update("1.C2", kBefore, Status::InProgress, 60);
    f.update("2.C1", kBefore, Status::InProgress, 20);
    f.update("3.C1", kBefore, Status::Cancelled, 70);
    f.update("21.C1", kBefore, Status::Completed, 100);
    f.update("21.C2", kBefore, Status::InProgress, 50);
    f.update("22.C1", kBefore, Status::Suspended, 30);
    return f;
}

QStringList keys(const Explanation& e)
{
    QStringList result;
    for (const ExplanationItem& item : e.items) {
        result << item.key;
    }
    return result;
}

} // namespace

TEST_CASE("compact numbers: up to 4 decimals, no trailing zeros", "[explanation]")
{
    CHECK(compactNumber(50) == "50");
    CHECK(compactNumber(12.5) == "12.5");
    CHECK(compactNumber(250.0 / 3) == "83.3333");
    CHECK(compactNumber(100.0 / 3) == "33.3333");
    CHECK(compactNumber(0.1) == "0.1");
    CHECK(compactNumber(100) == "100");
    CHECK(compactNumber(0.00004) == "0");
    CHECK(compactNumber(-0.00001) == "0");
    CHECK(compactNumber(66.66666) == "66.6667");
    CHECK(compactNumber(1000000) == "1000000");
}

TEST_CASE("explaining an objective lists its activities with weights", "[explanation]")
{
    test::Fixture f;
    f.line(1).group("1.1", 1).objective(1, "1.1").objective(2, "1.1");
    f.activity("1.C1", Horizon::Short, {1}, 1).activity("2.C1", Horizon::Short, {2});
    f.activity("1.C2", Horizon::Short, {1}, 2).activity("1.C3", Horizon::Short, {1}, 4);
    f.update("1.C1", kBefore, Status::InProgress, 50);
    f.update("1.C2", kBefore, Status::Completed, 100);
    f.update("1.C3", kBefore, Status::Cancelled, 20);
    const Explanation e = f.explainAt(kAsOf, Target::objective(1));
    CHECK(e.basis == ExplanationItem::Kind::Activity);
    REQUIRE(keys(e) == QStringList{"1.C1", "1.C2", "1.C3"});
    CHECK(e.items[0].kind == ExplanationItem::Kind::Activity);
    CHECK(e.items[0].label == "Activity 1.C1");
    CHECK(e.items[1].weight == 2);
    CHECK(e.items[1].actual == 100.0);
    CHECK(e.items[1].exclusion == Exclusion::None);
    CHECK(e.items[2].exclusion == Exclusion::Cancelled);
    CHECK(e.items[2].actual == 20.0); // listed with its last percent
    CHECK(e.items[2].weight == 4);
    CHECK(*e.figures.actual == Approx(250.0 / 3));
    CHECK(e.actualFormula == "(1×50 + 2×100) / (1 + 2) = 83.3333");
    // Planned on 2024-07-01 in the short-term window: 100 · 182 / 730.
    CHECK(*e.items[0].planned == Approx(100.0 * 182 / 730));
    CHECK(e.plannedFormula == "(1×24.9315 + 2×24.9315) / (1 + 2) = 24.9315");
}

TEST_CASE("an objective with a single activity and one with none counting", "[explanation]")
{
    test::Fixture f;
    f.line(1).group("1.1", 1).objective(1, "1.1").objective(2, "1.1").objective(3, "1.1");
    f.activity("1.C1", Horizon::Short, {1}, 2).activity("2.C1", Horizon::Short, {2});
    f.update("1.C1", kBefore, Status::InProgress, 50);
    f.update("2.C1", kBefore, Status::Cancelled, 0);
    CHECK(f.explainAt(kAsOf, Target::objective(1)).actualFormula == "(2×50) / 2 = 50");
    const Explanation cancelled = f.explainAt(kAsOf, Target::objective(2));
    CHECK(cancelled.items.size() == 1);
    CHECK(cancelled.actualFormula == "no data");
    CHECK(cancelled.plannedFormula == "no data");
    CHECK_FALSE(cancelled.figures.actual);
    const Explanation empty = f.explainAt(kAsOf, Target::objective(3));
    CHECK(empty.items.isEmpty());
    CHECK(empty.actualFormula == "no data");
}

TEST_CASE("objectives mode: lines and groups by objectives, the strategy by lines", "[explanation]")
{
    const auto f = scenario();
    const Explanation line1 = f.explainAt(kAsOf, Target::line(1));
    CHECK(line1.mode == RollupMode::Objectives);
    CHECK(line1.basis == ExplanationItem::Kind::Objective);
    REQUIRE(keys(line1) == QStringList{"1", "2", "3"});
    CHECK(line1.items[0].label == "Objective 1");
    CHECK(line1.items[0].weight == 1);
    CHECK(line1.items[2].exclusion == Exclusion::NoData);
    CHECK_FALSE(line1.items[2].actual);
    CHECK(line1.actualFormula == "(50 + 20) / 2 = 35");

    const Explanation line2 = f.explainAt(kAsOf, Target::line(2));
    CHECK(keys(line2) == QStringList{"21", "22"});
    CHECK(line2.actualFormula == "(75 + 60) / 2 = 67.5");

    CHECK(f.explainAt(kAsOf, Target::barrierGroup("1.2")).actualFormula == "no data");
    CHECK(f.explainAt(kAsOf, Target::barrierGroup("1.1")).actualFormula == "(50 + 20) / 2 = 35");

    const Explanation strategy = f.explainAt(kAsOf, Target::strategy());
    CHECK(strategy.basis == ExplanationItem::Kind::Line);
    REQUIRE(keys(strategy) == QStringList{"1", "2"});
    CHECK(strategy.items[1].label == "Line 2");
    CHECK(strategy.actualFormula == "(35 + 67.5) / 2 = 51.25");
    CHECK(*strategy.figures.actual == Approx(51.25));
    const QString p = compactNumber(100.0 * 182 / 730);
    CHECK(strategy.plannedFormula == "(" + p + " + " + p + ") / 2 = " + p);
}

TEST_CASE("activities mode: distinct activities, shared ones listed once", "[explanation]")
{
    auto f = scenario();
    f.mode(RollupMode::Activities);
    const Explanation line2 = f.explainAt(kAsOf, Target::line(2));
    CHECK(line2.mode == RollupMode::Activities);
    CHECK(line2.basis == ExplanationItem::Kind::Activity);
    CHECK(keys(line2) == QStringList{"21.C1", "21.C2", "22.C1"});
    CHECK(line2.actualFormula == "(1×100 + 1×50 + 1×30) / (1 + 1 + 1) = 60");

    const Explanation strategy = f.explainAt(kAsOf, Target::strategy());
    CHECK(strategy.items.size() == 7);
    CHECK(strategy.items[3].key == "3.C1");
    CHECK(strategy.items[3].exclusion == Exclusion::Cancelled);
    CHECK(strategy.actualFormula ==
          "(1×40 + 1×60 + 1×20 + 1×100 + 1×50 + 1×30) / (1 + 1 + 1 + 1 + 1 + 1) = 50");

    const Explanation group = f.explainAt(kAsOf, Target::barrierGroup("1.2"));
    CHECK(keys(group) == QStringList{"3.C1"});
    CHECK(group.actualFormula == "no data");
    // Objectives are explained by their activities in both modes.
    CHECK(keys(f.explainAt(kAsOf, Target::objective(22))) ==
          QStringList{"21.C1", "21.C2", "22.C1"});
}

TEST_CASE("explaining something that does not exist is refused, naming it", "[explanation]")
{
    const auto f = scenario();
    const Progress p = f.at(kAsOf);
    auto message = [&](const Target& t) -> QString {
        try {
            explain(f.snapshot, p, t);
        } catch (const Error& e) {
            return e.message();
        }
        return {};
    };
    CHECK(message(Target::objective(4)).contains("4"));
    CHECK(message(Target::objective(4)).contains("objective"));
    CHECK(message(Target::line(3)).contains("line 3"));
    CHECK(message(Target::barrierGroup("9.9")).contains("9.9"));
    CHECK(message(Target::line(0)).contains("0"));
}
