#include "cli_runner.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace pml::test;

TEST_CASE("config lists, reads and sets settings", "[cli]")
{
    TrackerFixture tracker;
    const QString listing = runOk({"config", tracker.db}).out;
    for (const char* key :
         {"rollup.mode", "schedule.start", "schedule.short_years", "schedule.medium_years",
          "schedule.long_years", "schedule.at_risk_gap", "schedule.late_gap"}) {
        CHECK(listing.contains(QRegularExpression(
            QStringLiteral("(^|\\n)%1 = \\S").arg(QRegularExpression::escape(key)))));
    }
    CHECK(runOk({"config", tracker.db, "rollup.mode"}).out == "objectives\n");
    CHECK(runOk({"config", tracker.db, "schedule.short_years"}).out == "2\n");
    CHECK(runOk({"config", tracker.db, "schedule.start"}).out == "2026-01-01\n");

    runOk({"config", tracker.db, "schedule.at_risk_gap", "15"});
    CHECK(runOk({"config", tracker.db, "schedule.at_risk_gap"}).out == "15\n");
    // 14.C2 is 24.69 points behind: at risk with a gap of 10, on track with 25.
    runOk({"config", tracker.db, "schedule.at_risk_gap", "25"});
    auto show = runJson({"show", tracker.db, "--json"});
    CHECK(activityOf(show, "14.C2").at("schedule") == "on_track");

    // Moving the start moves every default window.
    runOk({"config", tracker.db, "schedule.start", "2025-01-01"});
    runOk({"config", tracker.db, "schedule.short_years", "3"});
    show = runJson({"show", tracker.db, "--json"});
    CHECK(activityOf(show, "14.C2").at("planned_start") == "2025-01-01");
    CHECK(activityOf(show, "14.C2").at("planned_end") == "2027-12-31");
    CHECK(activityOf(show, "14.M1").at("planned_start") == "2028-01-01");
}

TEST_CASE("set assigns actors by name or short name and clears them", "[cli]")
{
    TrackerFixture tracker;
    const CliResult set = runOk({"set", tracker.db, "14.C1", "--lead", "sni", "--support", "CONAM",
                                 "--support", "Ministerio de Salud"});
    CHECK(set.out.contains("SNI"));
    auto show = runJson({"show", tracker.db, "--json"});
    const auto& actors = activityOf(show, "14.C1").at("actors");
    REQUIRE(actors.size() == 3);
    CHECK(actors[0].at("name") == "SNI");
    CHECK(actors[0].at("role") == "lead");
    int supporting = 0;
    for (const auto& actor : actors) {
        supporting += actor.at("role") == "support";
    }
    CHECK(supporting == 2);

    // Options not given keep their values.
    runOk({"set", tracker.db, "14.C1", "--weight", "2.5"});
    show = runJson({"show", tracker.db, "--json"});
    CHECK(activityOf(show, "14.C1").at("actors").size() == 3);
    CHECK(activityOf(show, "14.C1").at("weight") == 2.5);

    runOk({"set", tracker.db, "14.C1", "--lead", "none"});
    show = runJson({"show", tracker.db, "--json"});
    CHECK(activityOf(show, "14.C1").at("actors").size() == 2);
    runOk({"set", tracker.db, "14.C1", "--support", "none"});
    show = runJson({"show", tracker.db, "--json"});
    CHECK(activityOf(show, "14.C1").at("actors").empty());
    CHECK(activityOf(show, "14.C1").at("weight") == 2.5);
}

TEST_CASE("update prints what it recorded and history lists updates in recording order", "[cli]")
{
    TrackerFixture tracker;
    const CliResult first =
        runOk({"update", tracker.db, "14.C1", "--status", "in_progress", "--percent", "50",
               "--note", "Taller realizado", "--date", "2026-05-02"});
    CHECK(first.out.contains(QRegularExpression(
        "^recorded update 1: 14\\.C1 in_progress 50% effective 2026-05-02\\n$")));
    runOk({"users", tracker.db, "add", "Ana Pérez", "--role", "monitor"});
    runOk({"update", tracker.db, "6.C7", "--status", "completed", "--by", "Ana Pérez"});
    runOk({"update", tracker.db, "14.C1", "--status", "in_progress", "--percent", "60", "--date",
           "2026-04-01"});

    const auto history = runJson({"history", tracker.db, "--json"});
    REQUIRE(history.size() == 3);
    std::vector<std::string> codes;
    for (std::size_t i = 0; i < history.size(); ++i) {
        const auto& update = history[i];
        for (const char* field : {"id", "activity", "effective_date", "recorded_at", "status",
                                  "percent", "note", "recorded_by", "withdrawn"}) {
            CHECK(update.contains(field));
        }
        codes.push_back(update.at("activity"));
        if (i > 0) {
            CHECK(update.at("id").get<long long>() > history[i - 1].at("id").get<long long>());
            CHECK(update.at("recorded_at").get<std::string>() >=
                  history[i - 1].at("recorded_at").get<std::string>());
        }
    }
    CHECK(codes == std::vector<std::string>{"14.C1", "6.C7", "14.C1"});
    CHECK(history[0].at("note") == "Taller realizado");
    CHECK(history[0].at("recorded_by") == "tester");
    CHECK(history[0].at("effective_date") == "2026-05-02");
    CHECK(history[1].at("recorded_by") == "Ana Pérez");
    CHECK(history[1].at("effective_date") == "2026-06-30"); // today by default
    CHECK(history[1].at("percent") == 100);
    CHECK(history[2].at("withdrawn") == false);

    const auto ofOne = runJson({"history", tracker.db, "14.C1", "--json"});
    REQUIRE(ofOne.size() == 2);
    CHECK(ofOne[0].at("percent") == 50);
    CHECK(ofOne[1].at("percent") == 60);
    CHECK(runJson({"history", tracker.db, "21.C1", "--json"}).empty());

    const QString text = runOk({"history", tracker.db}).out;
    CHECK(text.split('\n', Qt::SkipEmptyParts).size() == 3);
    CHECK(text.contains("Taller realizado"));
}

TEST_CASE("export then import then export gives the identical file and check is clean", "[cli]")
{
    TrackerFixture tracker;
    CHECK(runOk({"check", tracker.db}).out.contains("no problems"));
    runOk({"update", tracker.db, "14.C1", "--status", "in_progress", "--percent", "50", "--note",
           "línea \"3\"\nsegunda", "--date", "2026-03-01"});
    runOk({"update", tracker.db, "21.C2", "--status", "cancelled"});
    runOk({"set", tracker.db, "14.C1", "--weight", "1.75", "--start", "2026-02-01", "--lead", "SNI",
           "--support", "CONAM"});
    runOk({"config", tracker.db, "rollup.mode", "activities"});

    const QString first = tracker.path("first.json");
    const QString copy = tracker.path("copy.pml");
    const QString second = tracker.path("second.json");
    runOk({"export", tracker.db, first});
    runOk({"import", first, copy});
    runOk({"export", copy, second});
    CHECK(readFile(first) == readFile(second));
    CHECK(runOk({"show", tracker.db, "--json"}).out == runOk({"show", copy, "--json"}).out);
    CHECK(runOk({"history", copy, "--json"}).out == runOk({"history", tracker.db, "--json"}).out);
    CHECK(runOk({"check", copy}).exitCode == 0);

    // Export replaces an existing file atomically.
    runOk({"update", tracker.db, "14.C2", "--status", "completed"});
    runOk({"export", tracker.db, first});
    CHECK(readFile(first) != readFile(second));
    CHECK(readFile(first).contains("14.C2"));

    const CliResult unwritable =
        runCli({"export", tracker.db, tracker.path("no-such-folder/out.json")});
    CHECK(unwritable.exitCode == 1);
    CHECK(unwritable.err.contains("out.json"));
}

TEST_CASE("generate builds a synthetic tracker deterministically", "[cli]")
{
    QTemporaryDir dir;
    const QString a = dir.filePath("a.pml");
    const QString b = dir.filePath("b.pml");
    const QStringList options{"--lines", "3",         "--objectives", "7",      "--activities",
                              "40",      "--updates", "300",          "--seed", "7"};
    const CliResult generated = runOk(QStringList{"generate", a} + options);
    CHECK(generated.out.contains(QRegularExpression("in \\d+\\.\\d\\d s")));
    runOk(QStringList{"generate", b} + options);

    const auto show = runJson({"show", a, "--json"});
    CHECK(show.at("lines").size() == 3);
    int objectives = 0;
    for (const auto& line : show.at("lines")) {
        for (const auto& group : line.at("barrier_groups")) {
            objectives += int(group.at("objectives").size());
        }
    }
    CHECK(objectives == 7);
    CHECK(runJson({"history", a, "--json"}).size() == 300);
    CHECK(runOk({"check", a}).exitCode == 0);

    runOk({"export", a, dir.filePath("a.json")});
    runOk({"export", b, dir.filePath("b.json")});
    CHECK(readFile(dir.filePath("a.json")) == readFile(dir.filePath("b.json")));

    const CliResult bad = runCli({"generate", dir.filePath("c.pml"), "--activities", "lots"});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains("lots"));
    const CliResult tooFew =
        runCli({"generate", dir.filePath("c.pml"), "--objectives", "10", "--activities", "5"});
    CHECK(tooFew.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(dir.filePath("c.pml")));
}

TEST_CASE("check reports a damaged tracker with a non-zero exit and leaves it as it is", "[cli]")
{
    TrackerFixture tracker;
    for (const char* code : {"14.C1", "14.C2", "14.C3"}) {
        runOk({"update", tracker.db, code, "--status", "completed"});
    }
    CHECK(runOk({"check", tracker.db}).out.contains("no problems"));

    // Overwrite the second half of the last page, where SQLite keeps the cells.
    QByteArray bytes = readFile(tracker.db);
    const int pageSize = 4096;
    REQUIRE(bytes.size() % pageSize == 0);
    const qsizetype lastPage = bytes.size() - pageSize;
    for (qsizetype i = lastPage + pageSize / 2; i < bytes.size(); ++i) {
        bytes[i] = ' ';
    }
    writeFile(tracker.db, bytes);

    const CliResult check = runCli({"check", tracker.db});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK((check.exitCode == 3 || check.exitCode == 1));
    if (check.exitCode == 3) {
        CHECK(!check.out.trimmed().isEmpty()); // the problems, one a line
        CHECK(check.err.contains("problem"));
    }
    CHECK(readFile(tracker.db) == bytes);
}

TEST_CASE("the CLI speaks the system's language; JSON and status words stay", "[cli][i18n]")
{
    TrackerFixture tracker;
    const QStringList spanish{"LC_ALL=es_PE.UTF-8", "LANG=es_PE.UTF-8"};
    const CliResult help = runCliWith({"--help"}, spanish);
    CHECK(help.out.contains("Comandos:"));
    const CliResult refused =
        runCliWith({"update", tracker.db, "99.C1", "--status", "completed"}, spanish);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("Código de actividad desconocido «99.C1»"));
    const CliResult recorded = runCliWith(
        {"update", tracker.db, "14.C1", "--status", "in_progress", "--percent", "20"}, spanish);
    CHECK(recorded.out.contains("in_progress"));
    const CliResult json = runCliWith({"show", tracker.db, "--json"}, spanish);
    CHECK(json.out.contains("\"status\": \"in_progress\""));
    // English elsewhere.
    CHECK(runCli({"--help"}).out.contains("Commands:"));
}
