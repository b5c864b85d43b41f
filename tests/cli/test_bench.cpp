// `bench` measures a tracker without writing to it, and its SQL baseline gives the
// program's own strategy figure.
#include "cli_runner.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace pml::test;

namespace {

QByteArray bytesOf(const QString& file)
{
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("bench times every step, never writes the tracker, and its baseline agrees", "[cli]")
{
    TrackerFixture tracker;
    runOk({"update", tracker.db, "14.C1", "--status", "in_progress", "--percent", "50", "--date",
           "2026-03-01"});
    runOk({"update", tracker.db, "1.C1", "--status", "completed", "--date", "2026-04-01"});
    runOk({"update", tracker.db, "2.C1", "--status", "cancelled", "--date", "2026-04-01"});
    const QByteArray before = bytesOf(tracker.db);

    const auto result =
        runJson({"bench", tracker.db, "--as-of", "2026-06-30", "--runs", "1", "--json"});
    CHECK(bytesOf(tracker.db) == before);
    QStringList names;
    for (const auto& step : result.at("steps")) {
        names << QString::fromStdString(step.at("name").get<std::string>());
        CHECK(step.at("median_ms").get<double>() >= 0);
    }
    for (const char* expected :
         {"open_rollup", "rollup", "sql_baseline", "record_update", "record_update_and_figures",
          "report_pdf", "report_xlsx", "report_html", "report_csv", "report_json"}) {
        CHECK(names.contains(QString::fromLatin1(expected)));
    }
    CHECK(result.at("activities") == 97);
    CHECK(result.at("updates") == 3);
    const auto& baseline = result.at("baseline");
    // 50 + 100 over 96 activities not cancelled, each weighing 1.
    CHECK(baseline.at("figure").get<double>() == Approx(150.0 / 96));
    CHECK(baseline.at("program_figure").get<double>() == Approx(150.0 / 96));
    CHECK(QString::fromStdString(baseline.at("sql").get<std::string>()).contains("'2026-06-30'"));
    CHECK(result.at("peak_memory_mib").at("at_end").get<double>() > 0);

    // The printed SQL, run by sqlite3 itself, gives the same figure.
    const CliResult sqlite = runProgram(
        "sqlite3", {tracker.db, QString::fromStdString(baseline.at("sql").get<std::string>())});
    REQUIRE(sqlite.exitCode == 0);
    CHECK(sqlite.out.trimmed().toDouble() == Approx(150.0 / 96));
}

TEST_CASE("bench refuses a bad number of runs before it opens anything", "[cli]")
{
    TrackerFixture tracker;
    for (const char* runs : {"0", "101", "many"}) {
        const CliResult result = runCli({"bench", tracker.db, "--runs", runs});
        CHECK(result.exitCode != 0);
        CHECK(result.err.contains("--runs"));
    }
}
