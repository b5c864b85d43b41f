#include "cli_runner.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>
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
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath("small");
    REQUIRE(QDir().mkdir(mountPoint));
    // A 1 MB tmpfs, unmounted by the script on any exit. As root it is mounted directly
    // (a private mount namespace cannot be made inside a chroot, where CI runs); as an
    // ordinary user, in a user and mount namespace of its own.
    const QStringList shell = ::geteuid() == 0 ? QStringList{"sh", "-c"}
                                               : QStringList{"unshare", "--user", "--map-root-user",
                                                             "--mount", "sh",     "-c"};
    const QString script = QStringLiteral(
        "set -u; cli=\"$1\"; d=\"$2\"; db=\"$d/t.pml\"\n"
        "mount -t tmpfs -o size=1m tmpfs \"$d\" || exit 90\n"
        "trap 'cd /; umount \"$d\"' EXIT\n"
        "\"$cli\" init \"$db\" --start 2026-01-01 >/dev/null || exit 91\n"
        "\"$cli\" update \"$db\" 14.C1 --status in_progress --percent 10 >/dev/null || exit 92\n"
        "dd if=/dev/zero of=\"$d/fill\" bs=4k 2>/dev/null\n"
        "before=$(sha256sum < \"$db\")\n"
        "\"$cli\" update \"$db\" 14.C1 --status completed; echo \"update-exit=$?\"\n"
        "[ \"$before\" = \"$(sha256sum < \"$db\")\" ] && echo unchanged\n"
        "\"$cli\" show \"$db\" >/dev/null && echo show-ok\n"
        "rm \"$d/fill\"\n"
        "\"$cli\" update \"$db\" 14.C1 --status completed >/dev/null && echo update-ok\n"
        "\"$cli\" check \"$db\" >/dev/null && echo check-ok\n"
        "ls \"$d\"\n");
    const CliResult result = runProgram(
        shell.first(), shell.mid(1) + QStringList{script, "sh", PML_CLI_PATH, mountPoint});
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
