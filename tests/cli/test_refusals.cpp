#include "cli_runner.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace pml::test;

namespace {

struct Refusal {
    QStringList arguments; // "DB" stands for the tracker file
    int exitCode;
    QString named; // what the message must name
};

void checkRefusals(const QString& db, const QList<Refusal>& refusals)
{
    const TrackerState before = trackerState(db);
    for (const Refusal& refusal : refusals) {
        QStringList arguments = refusal.arguments;
        arguments.replaceInStrings(QRegularExpression("^DB$"), db);
        const CliResult result = runCli(arguments);
        INFO("pml-tracker-cli " << arguments.join(' ').toStdString()
                                << "\nstdout: " << result.out.toStdString()
                                << "\nstderr: " << result.err.toStdString());
        CHECK(result.exitCode == refusal.exitCode);
        CHECK(result.err.startsWith("pml-tracker-cli: "));
        CHECK(result.err.contains(refusal.named, Qt::CaseInsensitive));
        CHECK_FALSE(result.out.contains("recorded"));
        const TrackerState after = trackerState(db);
        INFO("before:\n"
             << describe(before).toStdString() << "\nafter:\n"
             << describe(after).toStdString());
        CHECK(after == before);
    }
}

} // namespace

TEST_CASE("refused updates change nothing", "[cli][refusal]")
{
    TrackerFixture tracker;
    runOk({"update", tracker.db, "14.C1", "--status", "in_progress", "--percent", "40", "--date",
           "2026-02-01"});
    checkRefusals(
        tracker.db,
        {
            {{"update", "DB", "99.C1", "--status", "completed"}, 1, "99.C1"},
            {{"update", "DB", "22.C1", "--status", "completed"}, 1, "22.C1"},
            {{"update", "DB", "14.C1", "--status", "done"}, 1, "done"},
            {{"update", "DB", "14.C1", "--status", "in_progress", "--percent", "abc"}, 1, "abc"},
            {{"update", "DB", "14.C1", "--status", "in_progress", "--percent", "12.5"}, 1, "12.5"},
            {{"update", "DB", "14.C1", "--status", "in_progress", "--percent", "100"}, 1, "100"},
            {{"update", "DB", "14.C1", "--status", "in_progress", "--percent", "0"}, 1, "0"},
            {{"update", "DB", "14.C1", "--status", "in_progress"}, 1, "percent"},
            {{"update", "DB", "14.C1", "--status", "completed", "--percent", "90"}, 1, "90"},
            {{"update", "DB", "14.C1", "--status", "not_started", "--percent", "5"}, 1, "5"},
            {{"update", "DB", "14.C1", "--status", "suspended", "--percent", "100"}, 1, "100"},
            {{"update", "DB", "14.C1", "--status", "suspended", "--percent", "-1"}, 1, "-1"},
            {{"update", "DB", "14.C1", "--status", "cancelled", "--percent", "10"}, 1, "percent"},
            {{"update", "DB", "14.C1", "--status", "completed", "--date", "2026-02-30"},
             1,
             "2026-02-30"},
            {{"update", "DB", "14.C1", "--status", "completed", "--date", "yesterday"},
             1,
             "yesterday"},
            {{"update", "DB", "14.C1", "--status", "completed", "--date", "2026-07-01"},
             1,
             "2026-07-01"},
            {{"update", "DB", "14.C1", "--status", "completed", "--date", "30/06/2026"},
             1,
             "30/06/2026"},
            // Usage errors.
            {{"update", "DB", "14.C1"}, 2, "--status"},
            {{"update", "DB"}, 2, "missing"},
            {{"update", "DB", "14.C1", "--status", "completed", "--bogus"}, 2, "bogus"},
            {{"update", "DB", "14.C1", "--status"}, 2, "status"},
        });
}

TEST_CASE("refused planning, responsibility and settings change nothing", "[cli][refusal]")
{
    TrackerFixture tracker;
    runOk({"set", tracker.db, "14.C1", "--lead", "SNI", "--support", "conam", "--weight", "2"});
    checkRefusals(tracker.db,
                  {
                      {{"set", "DB", "99.C1", "--weight", "2"}, 1, "99.C1"},
                      {{"set", "DB", "14.C1", "--weight", "0"}, 1, "0"},
                      {{"set", "DB", "14.C1", "--weight", "-1"}, 1, "-1"},
                      {{"set", "DB", "14.C1", "--weight", "heavy"}, 1, "heavy"},
                      {{"set", "DB", "14.C1", "--weight", "nan"}, 1, "nan"},
                      {{"set", "DB", "14.C1", "--start", "2027-06-01", "--end", "2027-01-01"},
                       1,
                       "2027-06-01"},
                      {{"set", "DB", "14.C1", "--start", "2027-06-01", "--end", "2027-06-01"},
                       1,
                       "2027-06-01"},
                      // After the horizon's default end, 2027-12-31.
                      {{"set", "DB", "14.C1", "--start", "2028-06-01"}, 1, "2028-06-01"},
                      {{"set", "DB", "14.C1", "--end", "2027-02-29"}, 1, "2027-02-29"},
                      {{"set", "DB", "14.C1", "--lead", "Nobody Inc"}, 1, "Nobody Inc"},
                      {{"set", "DB", "14.C1", "--support", "SNP", "--support", "XYZ"}, 1, "XYZ"},
                      // A failing part refuses the whole command: the valid weight is not written.
                      {{"set", "DB", "14.C1", "--weight", "5", "--lead", "XYZ"}, 1, "XYZ"},
                      {{"config", "DB", "no.such.key"}, 1, "no.such.key"},
                      {{"config", "DB", "no.such.key", "1"}, 1, "no.such.key"},
                      {{"config", "DB", "rollup.mode", "sideways"}, 1, "sideways"},
                      {{"config", "DB", "schedule.short_years", "two"}, 1, "two"},
                      {{"config", "DB", "schedule.start", "2026-02-30"}, 1, "2026-02-30"},
                      {{"config", "DB", "schedule.late_gap", "5"}, 1, "gap"},
                      {{"config", "DB", "schedule.medium_years", "1"}, 1, "year"},
                      {{"explain", "DB", "99"}, 1, "99"},
                      {{"explain", "DB", "line:9"}, 1, "line 9"},
                      {{"explain", "DB", "group:9.9"}, 1, "9.9"},
                      {{"explain", "DB", "everything"}, 1, "everything"},
                      {{"history", "DB", "99.C1"}, 1, "99.C1"},
                      {{"show", "DB", "--as-of", "2026-13-01"}, 1, "2026-13-01"},
                      {{"show", "DB", "--as-of"}, 2, "as-of"},
                      {{"show", "DB", "--depth", "deep"}, 2, "deep"},
                      {{"show", "DB", "extra"}, 2, "extra"},
                      {{"init", "DB"}, 1, "exists"},
                      {{"generate", "DB", "--activities", "10"}, 1, "exists"},
                  });
}

TEST_CASE("a missing file or one that is not a tracker is refused untouched", "[cli][refusal]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath("missing.pml");
    for (const QStringList& arguments :
         QList<QStringList>{{"show", missing},
                            {"update", missing, "14.C1", "--status", "completed"},
                            {"set", missing, "14.C1", "--weight", "2"},
                            {"config", missing},
                            {"config", missing, "rollup.mode", "activities"},
                            {"history", missing},
                            {"explain", missing, "strategy"},
                            {"export", missing, dir.filePath("out.json")},
                            {"check", missing}}) {
        const CliResult result = runCli(arguments);
        INFO(arguments.join(' ').toStdString() << "\n" << result.err.toStdString());
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains("missing.pml"));
        CHECK(folderListing(dir.path()).isEmpty());
    }

    const QString text = dir.filePath("notes.txt");
    writeFile(text, "These are my notes, not a tracker.\n");
    const QString empty = dir.filePath("empty.pml");
    writeFile(empty, "");
    const QString json = dir.filePath("data.json");
    writeFile(json, "{\"format\": \"pml-tracker\"}");
    const QStringList before = folderListing(dir.path());
    for (const QString& file : {text, empty, json}) {
        for (const QStringList& arguments :
             QList<QStringList>{{"show", file},
                                {"update", file, "14.C1", "--status", "completed"},
                                {"set", file, "14.C1", "--weight", "2"},
                                {"config", file, "rollup.mode", "activities"},
                                {"history", file},
                                {"check", file}}) {
            const CliResult result = runCli(arguments);
            INFO(arguments.join(' ').toStdString() << "\n" << result.err.toStdString());
            CHECK(result.exitCode == 1);
            CHECK(result.err.startsWith("pml-tracker-cli: "));
            CHECK(result.err.contains(QFileInfo(file).fileName()));
            CHECK(folderListing(dir.path()) == before);
        }
    }
}

TEST_CASE("import refuses malformed or invalid content whole and leaves no file", "[cli][refusal]")
{
    TrackerFixture tracker;
    runOk({"update", tracker.db, "14.C1", "--status", "in_progress", "--percent", "50", "--date",
           "2026-03-01", "--note", "first"});
    const QString exported = tracker.path("export.json");
    runOk({"export", tracker.db, exported});
    const nlohmann::json valid = nlohmann::json::parse(readFile(exported).toStdString());

    QTemporaryDir dir;
    const QString db = dir.filePath("imported.pml");
    const auto refuse = [&](const QByteArray& content, const QString& named) {
        const QString input = dir.filePath("input.json");
        writeFile(input, content);
        const QStringList before = folderListing(dir.path());
        const CliResult result = runCli({"import", input, db});
        INFO(content.left(300).toStdString() << "\nstderr: " << result.err.toStdString());
        CHECK(result.exitCode == 1);
        CHECK(result.err.startsWith("pml-tracker-cli: "));
        CHECK(result.err.contains(named, Qt::CaseInsensitive));
        CHECK_FALSE(QFileInfo::exists(db));
        CHECK(folderListing(dir.path()) == before);
    };

    // Malformed JSON: the message gives the position.
    refuse("{\n  \"format\": \"pml-tracker\",\n  \"updates\": [1, 2,, 3]\n}", "line 3");
    refuse("", "input.json");
    refuse("[]", "input.json");

    // Valid JSON with invalid content.
    const auto tampered = [&](auto change) {
        nlohmann::json copy = valid;
        change(copy);
        return QByteArray::fromStdString(copy.dump(2));
    };
    nlohmann::json* firstUpdate = nullptr;
    (void)firstUpdate;
    REQUIRE(valid.contains("updates"));
    REQUIRE(valid.at("updates").size() == 1);
    refuse(tampered([](nlohmann::json& j) { j["updates"][0]["percent"] = "fifty"; }), "percent");
    refuse(tampered([](nlohmann::json& j) { j["updates"][0]["effective_date"] = "2026-02-30"; }),
           "2026-02-30");
    refuse(tampered([](nlohmann::json& j) { j["updates"][0]["activity"] = "99.C9"; }), "99.C9");
    refuse(tampered([](nlohmann::json& j) { j["updates"][0]["status"] = "finished"; }), "finished");

    // The valid export imports; an existing target is refused untouched.
    runOk({"import", exported, db});
    const QByteArray imported = readFile(db);
    const CliResult again = runCli({"import", exported, db});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains("exists"));
    CHECK(readFile(db) == imported);
    const CliResult missing = runCli({"import", dir.filePath("nowhere.json"), dir.filePath("x")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains("nowhere.json"));
    CHECK_FALSE(QFileInfo::exists(dir.filePath("x")));
}

TEST_CASE("check does not echo a huge garbage fingerprint back whole", "[cli][refusal]")
{
    TrackerFixture tracker;
    const QString garbage(100 * 1024, QLatin1Char('z'));
    const CliResult result = runCli({"check", tracker.db, "--fingerprint", garbage});
    INFO(result.err.left(300).toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains("is not a fingerprint"));
    CHECK(result.err.contains(garbage.left(40) + "…"));
    CHECK(result.err.size() < 1000);
}
