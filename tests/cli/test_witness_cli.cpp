// A tracker put back to an older copy is noticed by every command on a computer that saw
// it before: a warning before any output, every write refused, check naming it.
#include "cli_runner.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace pml::test;

TEST_CASE("a rolled-back tracker is reported by every command that saw it", "[cli][witness]")
{
    TrackerFixture tracker;
    const QString older = tracker.dir.filePath("older.sqlite");
    REQUIRE(QFile::copy(tracker.db, older));
    runOk({"check", tracker.db});
    const CliResult witness = runOk({"check", "--witness"});
    CHECK(witness.out.contains(tracker.db));
    // The update's own entry is remembered as the command closes the tracker.
    runOk({"update", tracker.db, "14.C1", "--status", "in_progress", "--percent", "50"});

    REQUIRE(QFile::remove(tracker.db));
    REQUIRE(QFile::copy(older, tracker.db));
    const CliResult show = runCli({"show", tracker.db});
    CHECK(show.exitCode == 0); // reading stays possible
    CHECK(show.err.startsWith("pml-tracker-cli: warning:"));
    CHECK(show.err.contains("an older copy was put in its place"));
    const CliResult update =
        runCli({"update", tracker.db, "14.C1", "--status", "in_progress", "--percent", "60"});
    CHECK(update.exitCode == 1);
    CHECK(update.err.contains("was changed outside the program"));
    const CliResult check = runCli({"check", tracker.db});
    CHECK(check.exitCode == 3);
    CHECK(check.out.contains("an older copy was put in its place"));
    CHECK(check.err.count("older copy") == 0); // no warning: check lists it once itself
}
