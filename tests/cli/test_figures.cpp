#include "cli_runner.h"

#include <catch2/catch.hpp>

using namespace pml::test;
using Catch::Detail::Approx;

namespace {

// The rules of the progress engine, applied by hand to a tracker started 2026-01-01 and
// seen on 2026-06-30: a short-horizon activity runs 2026-01-01..2027-12-31 (729 days),
// 180 of which have passed; medium, long and ML windows start in 2028 or later.
const double p = 100.0 * 180 / 729;

double actual(const nlohmann::json& item)
{
    REQUIRE(item.at("actual").is_number());
    return item.at("actual").get<double>();
}

double planned(const nlohmann::json& item)
{
    REQUIRE(item.at("planned").is_number());
    return item.at("planned").get<double>();
}

void update(const QString& db, const QString& code, const QString& status, const QString& percent,
            const QString& date)
{
    QStringList arguments{"update", db, code, "--status", status, "--date", date};
    if (!percent.isEmpty()) {
        arguments << "--percent" << percent;
    }
    runOk(arguments);
}

} // namespace

TEST_CASE("a scripted series of updates gives exactly the figures the rules define", "[cli]")
{
    TrackerFixture tracker;
    const QString& db = tracker.db;

    // 1. One activity of objective 14 (7 activities: 5 short, 2 medium) half done.
    update(db, "14.C1", "in_progress", "50", "2026-03-01");
    auto show = runJson({"show", db, "--json"});
    CHECK(activityOf(show, "14.C1").at("percent") == 50);
    CHECK(activityOf(show, "14.C1").at("planned").get<double>() == Approx(p));
    CHECK(activityOf(show, "14.C1").at("schedule") == "on_track");
    CHECK(activityOf(show, "14.C2").at("schedule") == "at_risk"); // gap 24.69: > 10, <= 25
    CHECK(activityOf(show, "14.M1").at("schedule") == "not_due");
    const auto& objective14 = objectiveOf(show, 14);
    CHECK(actual(objective14) == Approx(50.0 / 7));
    CHECK(planned(objective14) == Approx(5 * p / 7));
    CHECK(objective14.at("schedule") == "at_risk"); // gap (5p − 50)/7 = 10.49
    // Line 3, mode objectives: plain mean of objectives 14–17.
    const auto& line3 = lineOf(show, 3);
    CHECK(actual(line3) == Approx(50.0 / 7 / 4));
    CHECK(planned(line3) == Approx((5 * p / 7 + p + p / 3 + p / 2) / 4));
    CHECK(actual(show.at("strategy")) == Approx(50.0 / 7 / 4 / 5));

    // 2. Two updates with one effective date: the one recorded last counts; an update
    //    recorded later with an earlier effective date does not replace them.
    update(db, "14.C2", "in_progress", "20", "2026-04-01");
    update(db, "14.C2", "in_progress", "30", "2026-04-01");
    update(db, "14.C2", "in_progress", "90", "2026-03-15");
    show = runJson({"show", db, "--json"});
    CHECK(activityOf(show, "14.C2").at("percent") == 30);
    CHECK(actual(objectiveOf(show, 14)) == Approx(80.0 / 7));

    // 3. As of earlier dates only the updates effective by then count.
    auto past = runJson({"show", db, "--json", "--as-of", "2026-03-20"});
    CHECK(past.at("as_of") == "2026-03-20");
    CHECK(activityOf(past, "14.C2").at("percent") == 90);
    CHECK(actual(objectiveOf(past, 14)) == Approx(140.0 / 7));
    past = runJson({"show", db, "--json", "--as-of", "2026-02-01"});
    CHECK(actual(objectiveOf(past, 14)) == Approx(0.0));
    CHECK(planned(objectiveOf(past, 14)) == Approx(5 * (100.0 * 31 / 729) / 7));
    CHECK(activityOf(past, "14.C1").at("status") == "not_started");

    // 4. Weights: 14.C1 counts three times.
    runOk({"set", db, "14.C1", "--weight", "3"});
    show = runJson({"show", db, "--json"});
    CHECK(activityOf(show, "14.C1").at("weight") == 3.0);
    CHECK(actual(objectiveOf(show, 14)) == Approx((3 * 50 + 30) / 9.0));
    CHECK(planned(objectiveOf(show, 14)) == Approx(7 * p / 9));

    // 5. A cancelled activity leaves every total but stays listed.
    update(db, "14.C3", "cancelled", "", "2026-05-01");
    show = runJson({"show", db, "--json"});
    CHECK(activityOf(show, "14.C3").at("status") == "cancelled");
    CHECK(activityOf(show, "14.C3").at("schedule") == "cancelled");
    CHECK(actual(objectiveOf(show, 14)) == Approx(180.0 / 8));
    CHECK(planned(objectiveOf(show, 14)) == Approx(6 * p / 8));

    // 6. A shared activity of group 5.1 counts for objectives 21 and 22.
    update(db, "21.C1", "completed", "", "2026-05-01");
    show = runJson({"show", db, "--json"});
    CHECK(activityOf(show, "21.C1").at("percent") == 100);
    CHECK(activityOf(show, "21.C1").at("schedule") == "completed");
    CHECK(actual(objectiveOf(show, 21)) == Approx(25.0));
    CHECK(actual(objectiveOf(show, 22)) == Approx(25.0));
    CHECK(actual(lineOf(show, 5)) == Approx((25.0 + 25.0 + 0 + 0) / 4));
    CHECK(actual(lineOf(show, 3)) == Approx(22.5 / 4));
    CHECK(actual(show.at("strategy")) == Approx((22.5 / 4 + 12.5) / 5));

    // 7. Mode activities: lines and strategy weigh distinct activities, 21.* once.
    runOk({"config", db, "rollup.mode", "activities"});
    show = runJson({"show", db, "--json"});
    CHECK(show.at("mode") == "activities");
    // Line 3: objective 14 (weights 3+1+1+1+1+1, 14.C3 cancelled) + 2 + 3 + 2 activities.
    CHECK(actual(lineOf(show, 3)) == Approx(180.0 / 15));
    CHECK(planned(lineOf(show, 3)) == Approx((3 * p + p + p + p + 2 * p + p + p) / 15));
    CHECK(actual(lineOf(show, 5)) == Approx(100.0 / 11));
    // Strategy: 97 activities, one cancelled, 14.C1 weighing 3.
    CHECK(actual(show.at("strategy")) == Approx(280.0 / 98));
    CHECK(actual(objectiveOf(show, 21)) == Approx(25.0)); // objectives do not change

    // 8. An objective whose only activity is cancelled has no data, never 0 or 100.
    update(db, "7.C1", "cancelled", "", "2026-05-01");
    show = runJson({"show", db, "--json"});
    CHECK(objectiveOf(show, 7).at("actual").is_null());
    CHECK(objectiveOf(show, 7).at("planned").is_null());
    CHECK(objectiveOf(show, 7).at("schedule") == "no_data");

    // 9. Suspended keeps the last percent by default and still counts.
    update(db, "15.C1", "in_progress", "40", "2026-05-01");
    update(db, "15.C1", "suspended", "", "2026-06-01");
    show = runJson({"show", db, "--json"});
    CHECK(activityOf(show, "15.C1").at("status") == "suspended");
    CHECK(activityOf(show, "15.C1").at("percent") == 40);
    CHECK(actual(objectiveOf(show, 15)) == Approx(20.0));

    // 10. A planned window override moves the planned figure: 2026-04-01..2026-08-29
    //     is 150 days, 90 of them passed on 2026-06-30.
    runOk({"set", db, "16.C1", "--start", "2026-04-01", "--end", "2026-08-29"});
    show = runJson({"show", db, "--json"});
    CHECK(activityOf(show, "16.C1").at("planned").get<double>() == Approx(60.0));
    CHECK(activityOf(show, "16.C1").at("planned_start") == "2026-04-01");
    runOk({"set", db, "16.C1", "--start", "none", "--end", "none"});
    show = runJson({"show", db, "--json"});
    CHECK(activityOf(show, "16.C1").at("planned").get<double>() == Approx(p));
    CHECK(activityOf(show, "16.C1").at("planned_end") == "2027-12-31");
}

TEST_CASE("explain lists the items and formula behind a figure", "[cli]")
{
    TrackerFixture tracker;
    const QString& db = tracker.db;
    update(db, "14.C1", "in_progress", "50", "2026-03-01");
    update(db, "14.C3", "cancelled", "", "2026-03-01");
    runOk({"set", db, "14.C2", "--weight", "2"});

    const auto explanation = runJson({"explain", db, "14", "--json"});
    CHECK(explanation.at("target") == "objective:14");
    CHECK(explanation.at("mode") == "objectives");
    CHECK(actual(explanation) == Approx(50.0 / 7));
    CHECK(planned(explanation) == Approx(5 * p / 7));
    CHECK(explanation.at("schedule") == "at_risk");
    REQUIRE(explanation.at("items").size() == 7);
    int excluded = 0;
    for (const auto& item : explanation.at("items")) {
        CHECK(item.at("kind") == "activity");
        for (const char* field :
             {"key", "label", "weight", "actual", "planned", "excluded", "reason"}) {
            CHECK(item.contains(field));
        }
        if (item.at("key") == "14.C3") {
            CHECK(item.at("excluded") == true);
            CHECK(item.at("reason") == "cancelled");
            ++excluded;
        } else {
            CHECK(item.at("excluded") == false);
        }
        if (item.at("key") == "14.C2") {
            CHECK(item.at("weight") == 2.0);
        }
        if (item.at("key") == "14.C1") {
            CHECK(actual(item) == Approx(50.0));
        }
    }
    CHECK(excluded == 1);
    const std::string formula = explanation.at("formula");
    CHECK(formula.find("50") != std::string::npos);
    CHECK(formula.find("7.14") != std::string::npos);
    CHECK(!explanation.at("planned_formula").get<std::string>().empty());

    const auto line = runJson({"explain", db, "line:3", "--json"});
    CHECK(line.at("target") == "line:3");
    REQUIRE(line.at("items").size() == 4);
    CHECK(line.at("items")[0].at("kind") == "objective");
    CHECK(actual(line) == Approx(50.0 / 7 / 4));

    const auto strategy = runJson({"explain", db, "strategy", "--json", "--as-of", "2026-02-01"});
    CHECK(strategy.at("target") == "strategy");
    CHECK(strategy.at("items").size() == 5);
    CHECK(actual(strategy) == Approx(0.0));

    const auto group = runJson({"explain", db, "group:3.1", "--json"});
    CHECK(actual(group) == Approx(50.0 / 7));

    const QString text = runOk({"explain", db, "14"}).out;
    CHECK(text.contains("Objective 14"));
    CHECK(text.contains("14.C3"));
    CHECK(text.contains("cancelled"));
    CHECK(text.contains(QString::fromStdString(formula)));
}
