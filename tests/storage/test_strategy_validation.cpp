#include "storage/strategy_json.h"
#include "support.h"

#include <algorithm>
#include <functional>

using namespace pml;
using pml::test::errorOf;

namespace {

QByteArray replaceFirst(QByteArray text, const QByteArray& from, const QByteArray& to)
{
    const qsizetype at = text.indexOf(from);
    REQUIRE(at >= 0);
    return text.replace(at, from.size(), to);
}

QString refusalOf(const std::function<void(Strategy&)>& change)
{
    Strategy s = bundledStrategy();
    change(s);
    const QByteArray bytes = strategyToJson(s);
    return errorOf([&] { parseStrategyJson(bytes); });
}

QString refusalOfText(const QByteArray& from, const QByteArray& to)
{
    const QByteArray bytes = replaceFirst(strategyToJson(bundledStrategy()), from, to);
    return errorOf([&] { parseStrategyJson(bytes); });
}

void renameGroup(Strategy& s, const QString& from, const QString& to)
{
    for (auto& g : s.barrierGroups) {
        if (g.code == from) {
            g.code = to;
        }
    }
    for (auto& o : s.objectives) {
        if (o.barrierGroup == from) {
            o.barrierGroup = to;
        }
    }
    for (auto& a : s.activities) {
        if (a.barrierGroup == from) {
            a.barrierGroup = to;
        }
    }
}

Activity& activity(Strategy& s, const QString& code)
{
    for (auto& a : s.activities) {
        if (a.code == code) {
            return a;
        }
    }
    FAIL("no activity " << code.toStdString());
    return s.activities.first();
}

} // namespace

TEST_CASE("strategy validation: format and types")
{
    CHECK(refusalOfText("\"pml-strategy\"", "\"other\"").contains("not a strategy file"));
    CHECK(refusalOfText("\"format_version\": 1", "\"format_version\": 2")
              .contains("version 2 is not supported"));
    CHECK(refusalOfText("\"title\": \"Estrategia", "\"titulo\": \"Estrategia")
              .contains("missing key \"title\""));
    CHECK(refusalOfText("\"number\": 1,\n      \"name\"", "\"number\": \"1\",\n      \"name\"") ==
          "lines[0].number: expected a whole number.");
    CHECK(refusalOfText("\"text\": \"Orientar tesis a PML\"", "\"text\": \"  \"") ==
          "lines[0].barrier_groups[0].activities[4].text: expected a non-empty string.");
    CHECK(refusalOfText("\"objectives\": [\n", "\"objectives\": {\n").size() > 0);
}

TEST_CASE("strategy validation: malformed JSON names line and column")
{
    CHECK(errorOf([] { parseStrategyJson("{\n  \"format\": x\n}"); }) ==
          "The document is not valid JSON: at line 2, column 13, there is a word that is not a "
          "JSON value (text goes between double quotes; true, false and null in lower case).");
    CHECK(errorOf([] { parseStrategyJson("{\"á\": 1,\n\"b\": [1, 2,]}"); }) ==
          "The document is not valid JSON: at line 2, column 12, a value is missing.");
    CHECK(errorOf([] { parseStrategyJson(""); }) == "The document is empty; it holds no JSON.");
    CHECK(errorOf([] {
              parseStrategyJson("[1, 2");
          }).startsWith("The document is not valid JSON: at line 1"));
    CHECK(errorOf([] { parseStrategyJson("\"\xff\""); }).contains("not in UTF-8"));
    CHECK(errorOf([] {
              parseStrategyJson("{\n  \"format\": x\n}", QStringLiteral("estrategia.json"));
          }).startsWith("The file estrategia.json is not valid JSON: at line 2, column 13, "));
}

TEST_CASE("strategy validation: lines and barrier groups")
{
    CHECK(refusalOf([](Strategy& s) { s.lines[1].number = 3; }) ==
          "Line 3: line numbers must be 1, 2, 3… in order (expected 2).");
    CHECK(refusalOfText("\"code\": \"3.2\"", "\"code\": \"3-2\"") ==
          "Barrier group \"3-2\": the code must look like \"3.2\".");
    CHECK(refusalOf([](Strategy& s) { renameGroup(s, "1.9", "1.10"); }) ==
          "Barrier group 1.10: code does not match its position (expected 1.9).");
    CHECK(refusalOf([](Strategy& s) {
              renameGroup(s, "2.1", "3.9");
          }).contains("code does not match its position (expected 2.1)"));
    // A listed barrier in two groups, and one in none.
    CHECK(refusalOf([](Strategy& s) {
              s.barrierGroups[1].barriers.append(s.barrierGroups[0].barriers.first());
          }).contains("must be in exactly one barrier group, it is in 2 (1.1, 1.2)"));
    CHECK(refusalOf([](Strategy& s) {
              s.barrierGroups[4].barriers.removeLast();
          }).contains("must be in exactly one barrier group, it is in 0 (none)"));
    CHECK(refusalOf([](Strategy& s) { s.barrierGroups[4].barriers.append("Inventada"); }) ==
          "Barrier group 1.5: barrier \"Inventada\" is not a barrier of line 1.");
    CHECK(refusalOf([](Strategy& s) {
              s.lines[0].barriers.append(s.lines[0].barriers[0]);
          }).contains("is listed twice"));
}

TEST_CASE("strategy validation: objectives")
{
    CHECK(refusalOf([](Strategy& s) { s.objectives[1].number = 1; }) ==
          "Objective 1 appears twice.");
    CHECK(refusalOf([](Strategy& s) {
              s.objectives.last().number = 25;
              for (auto& a : s.activities) {
                  std::replace(a.objectives.begin(), a.objectives.end(), 24, 25);
              }
          }) == "Objective numbers must be exactly 1 to 24: objective 24 is missing.");
}

TEST_CASE("strategy validation: activities")
{
    CHECK(refusalOf([](Strategy& s) { activity(s, "6.C7").code = "6.C8"; }) ==
          "Activity 6.C8: code does not match its position (expected 6.C7).");
    CHECK(refusalOf([](Strategy& s) { activity(s, "6.C6").code = "6.C5"; }) ==
          "Activity 6.C5 appears twice.");
    CHECK(refusalOf([](Strategy& s) {
              activity(s, "6.C6").code = "6.X6";
          }).contains("the code must look like"));
    CHECK(refusalOfText("\"horizon\": \"ML\"", "\"horizon\": \"LM\"") ==
          "lines[0].barrier_groups[0].activities[3].horizon: unknown horizon \"LM\" "
          "(expected C, M, L or ML).");
    CHECK(refusalOf([](Strategy& s) {
              activity(s, "6.C7").objectives = {6, 7};
          }) == "Activity 6.C7: objective 7 is not an objective of its barrier group 1.5.");
    CHECK(refusalOf([](Strategy& s) { activity(s, "6.C7").objectives = {}; }) ==
          "Activity 6.C7 serves no objective.");
    CHECK(refusalOf([](Strategy& s) {
              activity(s, "21.C1").objectives = {21, 21};
          }) == "Activity 21.C1 lists objective 21 twice.");
    // Coded by its first objective: [22, 21] would need code 22.C1.
    CHECK(refusalOf([](Strategy& s) {
              activity(s, "21.C1").objectives = {22, 21};
          }) == "Activity 21.C1: code does not match its position (expected 22.C1).");
    // A code whose horizon differs from the activity's horizon.
    CHECK(refusalOf([](Strategy& s) {
              activity(s, "1.ML2").horizon = Horizon::Long;
          }).contains("Activity 1.ML2: code does not match its position (expected 1.L1)"));
}

TEST_CASE("strategy validation: actors")
{
    CHECK(refusalOfText("\"group\": \"sector\"", "\"group\": \"ministerio\"")
              .contains("unknown actor group \"ministerio\""));
    CHECK(refusalOf([](Strategy& s) {
              s.actors[1].name = s.actors[0].name.toUpper();
          }).contains("is already used by"));
    CHECK(refusalOfText("\"short_name\": null", "\"short_name\": 3")
              .contains("expected a non-empty string or null"));
}
