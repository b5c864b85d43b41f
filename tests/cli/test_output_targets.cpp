#include "cli_runner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>
#include <sys/stat.h>

using namespace pml::test;

namespace {

struct Target {
    QString path;
    QString named; // what the refusal must say
};

// Runs `arguments` ("OUT" stands for the target) and requires a refusal that names the
// problem and leaves the tracker, the other tracker and the target as they were.
void requireRefused(const TrackerFixture& tracker, const QString& other, QStringList arguments,
                    const Target& target)
{
    arguments.replaceInStrings(QStringLiteral("OUT"), target.path);
    const TrackerState before = trackerState(tracker.db);
    const QByteArray otherBefore = readFile(other);
    const CliResult result = runCli(arguments);
    INFO("pml-tracker-cli " << arguments.join(' ').toStdString()
                            << "\nstderr: " << result.err.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(target.named));
    CHECK(trackerState(tracker.db) == before);
    CHECK(readFile(other) == otherBefore);
}

} // namespace

TEST_CASE("export, report and backup never write over a tracker, a folder or a device",
          "[cli][refusal][targets]")
{
    TrackerFixture tracker;
    runOk({"update", tracker.db, "14.C1", "--status", "in_progress", "--percent", "40"});
    QTemporaryDir elsewhere; // special files stay out of the tracker's folder
    const QString other = elsewhere.filePath("other.pml");
    runOk({"init", other});
    const QString symlink = elsewhere.filePath("link.pml");
    REQUIRE(QFile::link(tracker.db, symlink));
    const QString hardlink = elsewhere.filePath("hard.pml");
    REQUIRE(::link(QFile::encodeName(tracker.db).constData(),
                   QFile::encodeName(hardlink).constData()) == 0);
    const QString fifo = elsewhere.filePath("pipe");
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString folder = elsewhere.filePath("folder");
    REQUIRE(QDir().mkdir(folder));
    const QString dangling = elsewhere.filePath("dangling.json");
    REQUIRE(QFile::link(elsewhere.filePath("missing/x.json"), dangling));

    const QList<Target> targets{
        {tracker.db, "is the tracker being read"},
        {symlink, "is the tracker being read"},
        {hardlink, "is the tracker being read"},
        {other, "is a database"},
        {fifo, "is a pipe"},
        {"/dev/null", "is a device"},
        {folder, "is a folder"},
        {dangling, "link to a missing file"},
    };
    const QList<QStringList> commands{
        {"export", "DB", "OUT"},
        {"report", "DB", "--quarter", "2026-Q2", "--format", "json", "--output", "OUT"},
        {"report", "DB", "--quarter", "2026-Q2", "--format", "pdf", "--output", "OUT"},
    };
    for (QStringList command : commands) {
        command.replaceInStrings(QStringLiteral("DB"), tracker.db);
        for (const Target& target : targets) {
            requireRefused(tracker, other, command, target);
        }
    }
    CHECK(QFileInfo(fifo).isFile() == false); // still a FIFO
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(fifo).constData(), &info) == 0);
    CHECK(S_ISFIFO(info.st_mode));
    CHECK(QFileInfo(folder).isDir());
}

TEST_CASE("an ordinary file is replaced whole, through a link too", "[cli][targets]")
{
    TrackerFixture tracker;
    const QString out = tracker.path("out.json");
    writeFile(out, "old content");
    const QString link = tracker.path("link.json");
    REQUIRE(QFile::link(out, link));
    runOk({"export", tracker.db, link});
    CHECK(QFileInfo(link).isSymLink()); // the link is kept, its file replaced
    CHECK(readFile(out).startsWith("{"));
    runOk({"report", tracker.db, "--quarter", "2026-Q2", "--output", out, "--format", "json"});
    CHECK(readFile(out).contains("\"quarter\""));
    // No temporary file is left beside it.
    CHECK(QDir(tracker.dir.path()).entryList({"*.tmp-*"}, QDir::Files).isEmpty());
}
