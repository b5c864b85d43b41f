#include "cli_runner.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>
#include <sys/stat.h>

using namespace pml::test;

namespace {

void requireImportRefused(const QString& input, const QString& named)
{
    QTemporaryDir dir;
    const QString db = dir.filePath("new.pml");
    const CliResult result = runCli({"import", input, db});
    INFO(input.toStdString() << "\nstderr: " << result.err.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(named));
    CHECK(QDir(dir.path())
              .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)
              .isEmpty());
}

// The export of a tracker with one update, as text, with `from` replaced by `to`.
QByteArray editedExport(const QString& from, const QString& to)
{
    TrackerFixture tracker;
    runOk({"update", tracker.db, "14.C1", "--status", "in_progress", "--percent", "40", "--date",
           "2026-02-01"});
    const QString file = tracker.path("x.json");
    runOk({"export", tracker.db, file});
    QByteArray json = readFile(file);
    REQUIRE(json.contains(from.toUtf8()));
    return json.replace(from.toUtf8(), to.toUtf8());
}

} // namespace

TEST_CASE("input that is not an ordinary file or is too large is refused before reading",
          "[cli][refusal][input]")
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath("pipe.json");
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    // A FIFO with no writer must not block: runCli fails the test after 60 s.
    requireImportRefused(fifo, "not an ordinary file");
    requireImportRefused("/dev/zero", "not an ordinary file");
    requireImportRefused(dir.path(), "not an ordinary file");
    const QString huge = dir.filePath("huge.json");
    QFile sparse(huge);
    REQUIRE(sparse.open(QIODevice::WriteOnly));
    REQUIRE(sparse.resize(513LL * 1024 * 1024)); // sparse: no disk used
    sparse.close();
    requireImportRefused(huge, "512.0 MB allowed");

    const CliResult strategy = runCli({"init", dir.filePath("t.pml"), "--strategy", "/dev/zero"});
    CHECK(strategy.exitCode == 1);
    CHECK(strategy.err.contains("not an ordinary file"));
    CHECK_FALSE(QFile::exists(dir.filePath("t.pml")));
}

TEST_CASE("import applies the rules of update", "[cli][refusal][input]")
{
    QTemporaryDir dir;
    const auto refuse = [&](const QByteArray& json, const QString& named) {
        const QString file = dir.filePath("in.json");
        writeFile(file, json);
        requireImportRefused(file, named);
    };
    // A repeated key would otherwise let the last one win: here, no history at all.
    QByteArray duplicated = editedExport("\"withdrawals\": []", "\"withdrawals\": []");
    duplicated.insert(duplicated.lastIndexOf('}'), ",\n  \"updates\": []\n");
    refuse(duplicated, "\"updates\" appears twice");
    refuse(editedExport("\"effective_date\": \"2026-02-01\"", "\"effective_date\": \"1999-12-31\""),
           "before 2000-01-01");
    refuse(editedExport("\"effective_date\": \"2026-02-01\"", "\"effective_date\": \"2099-01-01\""),
           "after the day it was recorded");
    refuse(editedExport("\"recorded_at\": \"20", "\"recorded_at\": \"29"),
           "recorded in the future");
    refuse(editedExport("\"weight\": 1.0", "\"weight\": 1e308"), "from 0.001 to 1000");
    refuse(editedExport("\"weight\": 1.0", "\"weight\": 1e400"), "too large");
}
