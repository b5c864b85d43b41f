#include "cli_runner.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

using namespace pml::test;

namespace {

const uid_t kNobody = 65534;

// Runs the CLI as an ordinary user: as root, permissions would not apply.
CliResult runAsUser(const QStringList& arguments)
{
    if (::geteuid() != 0) {
        return runCli(arguments);
    }
    return runProgram("setpriv", QStringList{"--reuid=65534", "--regid=65534", "--clear-groups",
                                             "--", PML_CLI_PATH} +
                                     arguments);
}

void giveToUser(const QString& path)
{
    if (::geteuid() == 0) {
        REQUIRE(::chown(QFile::encodeName(path).constData(), kNobody, kNobody) == 0);
    }
}

void setMode(const QString& path, mode_t mode)
{
    REQUIRE(::chmod(QFile::encodeName(path).constData(), mode) == 0);
}

// Runs the shell `steps` on a 1 MB tmpfs: $cli is the CLI, $d the tmpfs, $db a tracker
// created there, and `fill` fills the disk. The tmpfs is unmounted by the script on any
// exit. As root it is mounted directly (a private mount namespace cannot be made inside a
// chroot, where CI runs); as an ordinary user, in a user and mount namespace of its own.
CliResult runOnSmallDisk(const QString& steps)
{
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath("small");
    REQUIRE(QDir().mkdir(mountPoint));
    const QStringList shell = ::geteuid() == 0 ? QStringList{"sh", "-c"}
                                               : QStringList{"unshare", "--user", "--map-root-user",
                                                             "--mount", "sh",     "-c"};
    const QString script =
        QStringLiteral("set -u; cli=\"$1\"; d=\"$2\"; db=\"$d/t.pml\"\n"
                       "mount -t tmpfs -o size=1m tmpfs \"$d\" || exit 90\n"
                       "trap 'cd /; umount \"$d\"' EXIT\n"
                       "\"$cli\" init \"$db\" --start 2026-01-01 >/dev/null || exit 91\n"
                       "fill() { dd if=/dev/zero of=\"$d/fill\" bs=4k 2>/dev/null; }\n") +
        steps;
    return runProgram(shell.first(),
                      shell.mid(1) + QStringList{script, "sh", PML_CLI_PATH, mountPoint});
}

} // namespace

TEST_CASE("a read-only tracker or folder is read, and a write says why it cannot",
          "[cli][faults][permissions]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath("shared");
    REQUIRE(QDir().mkdir(folder));
    setMode(dir.path(), 0755);
    const QString db = folder + "/tracker.pml";
    runOk({"init", db, "--start", "2026-01-01"});
    runOk({"update", db, "14.C1", "--status", "in_progress", "--percent", "30"});
    giveToUser(folder);
    giveToUser(db);

    const auto requireReadOnly = [&](const char* what) {
        INFO(what);
        const QStringList before = folderListing(folder);
        const CliResult show = runAsUser({"show", db, "--json"});
        INFO("show: " << show.err.toStdString());
        CHECK(show.exitCode == 0);
        CHECK(show.out.contains("\"14.C1\""));
        const CliResult update = runAsUser({"update", db, "14.C1", "--status", "completed"});
        INFO("update: " << update.err.toStdString());
        CHECK(update.exitCode == 1);
        CHECK(update.err.contains("Cannot write"));
        CHECK(update.err.contains("read-only"));
        CHECK(folderListing(folder) == before);
    };
    setMode(db, 0444);
    requireReadOnly("read-only file");
    setMode(db, 0644);
    setMode(folder, 0555);
    requireReadOnly("read-only folder");
    setMode(folder, 0755);
}

TEST_CASE("a full disk refuses the update with a message and keeps the tracker",
          "[cli][faults][disk]")
{
    const CliResult result = runOnSmallDisk(QStringLiteral(
        "\"$cli\" update \"$db\" 14.C1 --status in_progress --percent 10 >/dev/null || exit 92\n"
        "fill\n"
        "before=$(sha256sum < \"$db\")\n"
        "\"$cli\" update \"$db\" 14.C1 --status completed; echo \"update-exit=$?\"\n"
        "[ \"$before\" = \"$(sha256sum < \"$db\")\" ] && echo unchanged\n"
        "\"$cli\" show \"$db\" >/dev/null && echo show-ok\n"
        "rm \"$d/fill\"\n"
        "\"$cli\" update \"$db\" 14.C1 --status completed >/dev/null && echo update-ok\n"
        "\"$cli\" check \"$db\" >/dev/null && echo check-ok\n"
        "ls \"$d\"\n"));
    INFO("stdout:\n" << result.out.toStdString() << "\nstderr:\n" << result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains("update-exit=1"));
    CHECK(result.err.contains("is full"));
    CHECK_FALSE(hasDriverText(result.err));
    CHECK(result.out.contains("unchanged"));
    CHECK(result.out.contains("show-ok"));
    CHECK(result.out.contains("update-ok"));
    CHECK(result.out.contains("check-ok"));
    CHECK_FALSE(result.out.contains("-journal"));
}

namespace {

// Whether a message carries the system's own words for a file error (strerror's text).
bool hasSystemText(const QString& message)
{
    for (const int code : {ENOENT, EACCES, ENOSPC, EROFS, EISDIR, EIO}) {
        if (message.contains(QString::fromLocal8Bit(std::strerror(code)))) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("a file that is missing or may not be read is named with the reason in plain words",
          "[cli][faults][permissions]")
{
    QTemporaryDir dir;
    setMode(dir.path(), 0755);
    const CliResult missing = runCli({"import", dir.filePath("nowhere.json"), dir.filePath("x")});
    INFO("missing: " << missing.err.toStdString());
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains("Cannot read " + dir.filePath("nowhere.json") +
                               ": the file or its folder does not exist."));
    CHECK_FALSE(hasSystemText(missing.err));

    const QString secret = dir.filePath("secret.json");
    writeFile(secret, "{}");
    setMode(secret, 0200);
    const CliResult unreadable = runAsUser({"import", secret, dir.filePath("y")});
    INFO("unreadable: " << unreadable.err.toStdString());
    CHECK(unreadable.exitCode == 1);
    CHECK(unreadable.err.contains("Cannot read " + secret +
                                  ": you do not have permission to use this file or its folder."));
    CHECK_FALSE(hasSystemText(unreadable.err));
}

TEST_CASE("an export into a folder that may not be written says so in plain words",
          "[cli][faults][permissions]")
{
    QTemporaryDir dir;
    setMode(dir.path(), 0755);
    const QString folder = dir.filePath("shared");
    const QString out = dir.filePath("out");
    REQUIRE(QDir().mkdir(folder));
    REQUIRE(QDir().mkdir(out));
    const QString db = folder + "/tracker.pml";
    runOk({"init", db, "--start", "2026-01-01"});
    giveToUser(folder);
    giveToUser(db);
    giveToUser(out);
    setMode(out, 0555);
    const CliResult result = runAsUser({"export", db, out + "/copy.json"});
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains("Cannot write " + out +
                              "/copy.json: you do not have permission to use this file or its "
                              "folder."));
    CHECK_FALSE(hasSystemText(result.err));
    CHECK(folderListing(out).isEmpty());
    setMode(out, 0755);
}

TEST_CASE("an export to a full disk says the disk is full", "[cli][faults][disk]")
{
    const CliResult result = runOnSmallDisk(
        QStringLiteral("fill\n"
                       "\"$cli\" export \"$db\" \"$d/copy.json\"; echo \"export-exit=$?\"\n"
                       "rm \"$d/fill\"\n"
                       "ls \"$d\"\n"));
    INFO("stdout:\n" << result.out.toStdString() << "\nstderr:\n" << result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains("export-exit=1"));
    CHECK(result.err.contains("copy.json: the disk is full."));
    CHECK_FALSE(hasSystemText(result.err));
    CHECK_FALSE(result.out.contains("copy.json"));
}

TEST_CASE("a malformed import is refused with its line and column in plain words",
          "[cli][refusal][input]")
{
    QTemporaryDir dir;
    const QString input = dir.filePath("input.json");
    writeFile(input, "{\n  \"format\": \"pml-tracker\",\n  \"updates\": [1, 2,, 3]\n}");
    const CliResult result = runCli({"import", input, dir.filePath("t.pml")});
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.err == "pml-tracker-cli: The file " + input +
                            " is not valid JSON: at line 3, column 20, a value is missing.\n");
    CHECK_FALSE(result.err.contains("[json.exception"));
    CHECK_FALSE(result.err.contains("syntax error"));
}
