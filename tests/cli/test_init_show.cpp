#include "cli_runner.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <catch2/catch.hpp>

using namespace pml::test;

TEST_CASE("init + show --json gives the complete strategy matrix", "[cli]")
{
    TrackerFixture tracker;
    const auto show = runJson({"show", tracker.db, "--json"});

    CHECK(show.at("as_of") == "2026-06-30");
    CHECK(show.at("mode") == "objectives");
    REQUIRE(show.at("lines").size() == 5);
    int groups = 0;
    QSet<int> objectives;
    QSet<QString> activities;
    int activityEntries = 0;
    for (const auto& line : show.at("lines")) {
        for (const auto& group : line.at("barrier_groups")) {
            ++groups;
            CHECK(QString::fromStdString(group.at("code").get<std::string>())
                      .startsWith(QString::number(line.at("number").get<int>()) + '.'));
            CHECK(!group.at("barriers").empty());
            CHECK(group.contains("source_code"));
            CHECK(group.contains("heading"));
            for (const auto& objective : group.at("objectives")) {
                objectives.insert(objective.at("number").get<int>());
                for (const auto& activity : objective.at("activities")) {
                    ++activityEntries;
                    activities.insert(QString::fromStdString(activity.at("code")));
                    for (const char* field :
                         {"code", "text", "horizon", "objectives", "status", "percent", "weight",
                          "planned", "schedule", "planned_start", "planned_end", "actors"}) {
                        CHECK(activity.contains(field));
                    }
                    CHECK(activity.at("status") == "not_started");
                    CHECK(activity.at("percent") == 0);
                    CHECK(activity.at("weight") == 1.0);
                    CHECK(activity.at("actors").empty());
                }
            }
        }
    }
    CHECK(groups == 21);
    CHECK(objectives.size() == 24);
    CHECK(activities.size() == 97);
    CHECK(activityEntries == 97 + 4); // the four 21.* activities appear under 21 and 22

    // The shared activities of group 5.1 are listed under both objectives they serve.
    for (int number : {21, 22}) {
        const auto& objective = objectiveOf(show, number);
        std::vector<std::string> codes;
        for (const auto& activity : objective.at("activities")) {
            codes.push_back(activity.at("code"));
            CHECK(activity.at("objectives") == nlohmann::json::array({21, 22}));
        }
        CHECK(codes == std::vector<std::string>{"21.C1", "21.C2", "21.M1", "21.M2"});
    }
    CHECK(activityOf(show, "1.ML2").at("horizon") == "ML");
    CHECK(activityOf(show, "1.ML2").at("planned_start") == "2028-01-01");
    CHECK(activityOf(show, "1.ML2").at("planned_end") == "2035-12-31");
    CHECK(activityOf(show, "6.C7").at("planned_end") == "2027-12-31");

    // Nothing recorded yet: figures are 0, not null, and the strategy has a schedule.
    CHECK(show.at("strategy").at("actual") == 0.0);
    CHECK(show.at("strategy").at("schedule").is_string());
}

TEST_CASE("init defaults the start to 1 January of this year and refuses to overwrite", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath("t.pml");
    runOk({"init", db});
    CHECK(runOk({"config", db, "schedule.start"}).out.trimmed() == "2026-01-01");
    const QByteArray before = readFile(db);
    const CliResult again = runCli({"init", db});
    CHECK(again.exitCode == 1);
    CHECK(again.err.startsWith("pml-tracker-cli: "));
    CHECK(again.err.contains(db));
    CHECK(readFile(db) == before);
}

TEST_CASE("init --strategy uses a strategy file, and refuses a malformed one", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath("t.pml");
    runOk({"init", db, "--strategy", PML_STRATEGY_JSON, "--start", "2026-01-01"});
    const auto show = runJson({"show", db, "--json"});
    CHECK(show.at("lines").size() == 5);

    const QString broken = dir.filePath("broken.json");
    writeFile(broken, "{\n  \"format\": \"pml-strategy\",\n  \"lines\": [,]\n}");
    const QString other = dir.filePath("other.pml");
    const CliResult result = runCli({"init", other, "--strategy", broken});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains("broken.json"));
    CHECK(result.err.contains("line", Qt::CaseInsensitive));
    CHECK_FALSE(QFileInfo::exists(other));
    for (const QString& file : folderListing(dir.path())) {
        CHECK_FALSE(file.startsWith("other"));
    }
}

TEST_CASE("show prints a readable tree that fits in 100 columns", "[cli]")
{
    TrackerFixture tracker;
    runOk({"update", tracker.db, "14.C1", "--status", "in_progress", "--percent", "50"});
    const QString text = runOk({"show", tracker.db}).out;
    const QStringList lines = text.split('\n', Qt::SkipEmptyParts);
    CHECK(lines.size() > 1 + 5 + 21 + 24 + 97);
    for (const QString& line : lines) {
        INFO(line.toStdString());
        CHECK(line.size() <= 100);
    }
    // Objective 14 row: 50/7 = 7.1, planned 5/7 of 100·180/729 = 17.6.
    const auto objective14 = std::find_if(lines.begin(), lines.end(), [](const QString& l) {
        return l.trimmed().startsWith("Obj. 14 ");
    });
    REQUIRE(objective14 != lines.end());
    CHECK(objective14->contains(QRegularExpression(" 7\\.1 +17\\.6 +At risk$")));
    const auto activity = std::find_if(lines.begin(), lines.end(), [](const QString& l) {
        return l.trimmed().startsWith("14.C1 ");
    });
    REQUIRE(activity != lines.end());
    CHECK(activity->contains(QRegularExpression(" 50\\.0 +24\\.7 +On track +In progress 50 %$")));

    const QString shallow = runOk({"show", tracker.db, "--depth", "lines"}).out;
    CHECK(shallow.split('\n', Qt::SkipEmptyParts).size() == 3 + 5);
}

TEST_CASE("show marks no data with a dash", "[cli]")
{
    TrackerFixture tracker;
    runOk({"update", tracker.db, "7.C1", "--status", "cancelled"});
    const QString text = runOk({"show", tracker.db, "--depth", "objectives"}).out;
    const QStringList lines = text.split('\n');
    const auto objective7 = std::find_if(lines.begin(), lines.end(), [](const QString& l) {
        return l.trimmed().startsWith("Obj. 7 ");
    });
    REQUIRE(objective7 != lines.end());
    CHECK(objective7->contains(QRegularExpression(" — +— +No data$")));
}

TEST_CASE("--help and --version", "[cli]")
{
    const CliResult help = runOk({"--help"});
    for (const char* command : {"init", "show", "update", "set", "config", "history", "explain",
                                "export", "import", "check", "generate"}) {
        CHECK(help.out.contains(QStringLiteral("  %1 ").arg(command)));
    }
    CHECK(runOk({"--version"}).out.contains(QRegularExpression("^pml-tracker-cli \\d+\\.\\d+")));

    const CliResult setHelp = runOk({"set", "--help"});
    CHECK(setHelp.out.contains("pml-tracker-cli set"));
    CHECK(setHelp.out.contains("--start none"));
    CHECK(setHelp.out.contains("--lead none"));
    CHECK(setHelp.out.contains("--support none"));
    CHECK(runOk({"update", "--help"}).out.contains("--percent"));
    // In Spanish: every line Spanish, the program named as typed, not by its path.
    const CliResult spanish =
        runCliWith({"show", "--help"}, {"LC_ALL=es_PE.UTF-8", "LANG=es_PE.UTF-8"});
    CHECK(spanish.out.startsWith("Uso: pml-tracker-cli show "));
    CHECK_FALSE(spanish.out.contains("Displays"));
    CHECK_FALSE(spanish.out.contains("--help-all"));

    CHECK(runCli({}).exitCode == 2);
    const CliResult unknown = runCli({"frobnicate"});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains("frobnicate"));
}
