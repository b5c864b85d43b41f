#include "cli_runner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <catch2/catch.hpp>

using namespace pml::test;

namespace {

CliResult sqlite(const QString& db, const QString& sql)
{
    const CliResult result = runProgram("sqlite3", {db}, {}, sql.toUtf8());
    INFO("sqlite3: " << result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return result;
}

// Every command that reads or writes a tracker refuses `db` with a message naming the
// problem, and leaves every file in its folder byte-identical.
void requireRefusedUntouched(const QString& db, const QString& named)
{
    const QString folder = QFileInfo(db).absolutePath();
    const QStringList before = folderListing(folder);
    QTemporaryDir out;
    const QList<QStringList> commands{
        {"show", db},
        {"check", db},
        {"update", db, "14.C1", "--status", "completed"},
        {"export", db, out.filePath("x.json")},
        {"report", db, "--quarter", "2026-Q2", "--output", out.filePath("r.json")},
    };
    for (const QStringList& command : commands) {
        const CliResult result = runCli(command);
        INFO("pml-tracker-cli " << command.join(' ').toStdString()
                                << "\nstderr: " << result.err.toStdString());
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(named));
        CHECK_FALSE(hasDriverText(result.err));
        CHECK(folderListing(folder) == before);
    }
}

} // namespace

TEST_CASE("damaged and foreign files are refused with a clear message, untouched",
          "[cli][refusal][damaged]")
{
    TrackerFixture tracker;
    runOk({"update", tracker.db, "14.C1", "--status", "in_progress", "--percent", "40"});
    const QByteArray good = readFile(tracker.db);
    QTemporaryDir dir;
    const auto file = [&](const QString& name, const QByteArray& content) {
        writeFile(dir.filePath(name), content);
        return dir.filePath(name);
    };
    requireRefusedUntouched(file("truncated.pml", good.left(good.size() / 2)), "is damaged");
    requireRefusedUntouched(file("empty.pml", {}), "is empty");
    QByteArray noise(8192, Qt::Uninitialized);
    QRandomGenerator(7).fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
    requireRefusedUntouched(file("random.pml", noise), "not an SQLite database");
    requireRefusedUntouched(file("text.pml", "{\"lines\": []}\n"), "not an SQLite database");
    // Random bytes after a real header: damaged, not "not a tracker".
    requireRefusedUntouched(file("scrambled.pml", good.left(100) + noise), "damaged");
    const QString foreign = dir.filePath("foreign.pml");
    sqlite(foreign, "CREATE TABLE t (x);");
    requireRefusedUntouched(foreign, "not a PML tracker");

    const QString newer = file("newer.pml", good);
    sqlite(newer, "UPDATE meta SET value = '99' WHERE key = 'schema_version';");
    requireRefusedUntouched(newer, "newer than the version");
}

TEST_CASE("a schema version set back by hand is reported, never retried with backups",
          "[cli][refusal][damaged]")
{
    TrackerFixture tracker;
    sqlite(tracker.db, "UPDATE meta SET value = '1' WHERE key = 'schema_version';");
    for (int attempt = 0; attempt < 3; ++attempt) {
        requireRefusedUntouched(tracker.db, "update_withdrawals");
    }
    CHECK(QDir(tracker.dir.path()).entryList({"*.bak"}).isEmpty());
    // Half of a migration (a table of version 2 missing from a version-2 file).
    sqlite(tracker.db, "UPDATE meta SET value = '2' WHERE key = 'schema_version'; "
                       "DROP TABLE update_withdrawals;");
    requireRefusedUntouched(tracker.db, "is missing");
}

TEST_CASE("a lock held too long gets a message saying what to wait for", "[cli][faults]")
{
    TrackerFixture tracker;
    QProcess holder;
    holder.start("sqlite3", {tracker.db});
    REQUIRE(holder.waitForStarted());
    holder.write("BEGIN EXCLUSIVE; SELECT 'locked';\n");
    REQUIRE(holder.waitForReadyRead(10000));
    const CliResult result = runCliWith({"update", tracker.db, "14.C1", "--status", "completed"},
                                        {"PML_BUSY_TIMEOUT_MS=300"});
    holder.write("ROLLBACK;\n");
    holder.closeWriteChannel();
    holder.waitForFinished();
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains("in use by another program"));
    CHECK(result.err.contains("try again"));
    CHECK(runJson({"history", tracker.db, "--json"}).empty());
}

TEST_CASE("a leftover WAL is recovered and a foreign one is ignored", "[cli][faults]")
{
    TrackerFixture tracker;
    // An earlier version kept trackers in WAL mode; a crash left a committed update in
    // the WAL only (sqlite3 is killed before it can checkpoint).
    runProgram("sqlite3", {tracker.db}, {},
               "PRAGMA journal_mode = WAL;\n"
               "INSERT INTO status_updates (activity, effective_date, recorded_at, status, "
               "percent) VALUES ('14.C1', '2026-03-01', 1772323200000, 'in_progress', 25);\n"
               ".system kill -9 $PPID\n");
    REQUIRE(QFile::exists(tracker.db + "-wal"));
    CHECK(runJson({"history", tracker.db, "14.C1", "--json"}).size() == 1);
    runOk({"update", tracker.db, "14.C2", "--status", "completed"});
    CHECK_FALSE(QFile::exists(tracker.db + "-wal")); // back to the single-file journal
    // The row was written behind the program's back, so the audit log flags it.
    const CliResult checked = runCli({"check", tracker.db});
    CHECK(checked.exitCode == 3);
    CHECK(checked.out.contains("Update 1 is not in the audit log"));
    CHECK(runJson({"history", tracker.db, "--json"}).size() == 2);

    // A WAL from another database beside the tracker would be replayed into it by SQLite:
    // it is refused, and the tracker is left as it was.
    TrackerFixture other;
    runProgram("sqlite3", {other.db}, {},
               "PRAGMA journal_mode = WAL;\nDELETE FROM settings;\n.system kill -9 $PPID\n");
    REQUIRE(QFile::copy(other.db + "-wal", tracker.db + "-wal"));
    requireRefusedUntouched(tracker.db, "belongs to another database");
    REQUIRE(QFile::remove(tracker.db + "-wal"));
    CHECK(runJson({"history", tracker.db, "--json"}).size() == 2);
    CHECK(runCli({"check", tracker.db}).out == checked.out);
}

TEST_CASE("temporary files of a killed command are removed by the next run", "[cli][faults]")
{
    TrackerFixture tracker;
    const QString leftover = tracker.db + ".tmp-Ab12Cd";
    writeFile(leftover, "SQLite format 3");
    writeFile(leftover + "-journal", "x");
    writeFile(tracker.db + ".tmp-notours", "kept: not a name the program makes");
    runOk({"update", tracker.db, "14.C1", "--status", "completed"});
    CHECK_FALSE(QFile::exists(leftover));
    CHECK_FALSE(QFile::exists(leftover + "-journal"));
    CHECK(QFile::exists(tracker.db + ".tmp-notours"));

    // A real crash: generate killed while it writes, then init on the same name.
    const QString big = tracker.path("big.pml");
    QProcess generate;
    generate.start(PML_CLI_PATH, {"generate", big, "--activities", "20000", "--updates", "400000"});
    REQUIRE(generate.waitForStarted());
    for (int i = 0; i < 200 && QDir(tracker.dir.path()).entryList({"big.pml.tmp-*"}).isEmpty();
         ++i) {
        QThread::msleep(20);
    }
    generate.kill();
    generate.waitForFinished();
    runOk({"init", big});
    CHECK(QDir(tracker.dir.path()).entryList({"big.pml.*"}).isEmpty());
}
