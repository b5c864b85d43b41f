// Evidence that is safe to add and to open, and people's names, from the command line.
#include "cli_runner.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace pml::test;

namespace {

const QString kAfterQ2 = QStringLiteral("2026-07-15");

CliResult as(const QString& user, QStringList arguments)
{
    return runCli(arguments << "--user" << user, kAfterQ2);
}

// A tracker with ana listed and an update of 11.C1 to attach evidence to.
struct EvidenceFixture : TrackerFixture {
    EvidenceFixture()
    {
        runOk({"users", db, "add", "ana", "--role", "monitor"});
        REQUIRE(as("ana", {"update", db, "11.C1", "--status", "in_progress", "--percent", "40",
                           "--date", "2026-05-10"})
                    .exitCode == 0);
    }
    // An edit made behind the program's back, as anyone who can write the file could.
    void forge(const QString& sql) const
    {
        runProgram("sqlite3", {db}, {}, ("DROP TRIGGER evidence_no_update; " + sql).toUtf8());
    }
};

} // namespace

TEST_CASE("evidence open writes only inside a new private folder, whatever name is stored",
          "[cli][evidence]")
{
    EvidenceFixture t;
    writeFile(t.path("acta.txt"), "acta de la reunión");
    REQUIRE(as("ana", {"evidence", t.db, "11.C1", "add", t.path("acta.txt")}).exitCode == 0);
    t.forge("UPDATE evidence SET name = '../../escape.txt' WHERE id = 1;");
    writeFile(t.path("escape.txt"), "not to be overwritten");
    REQUIRE(QDir().mkpath(t.path("tmp/inner")));
    const CliResult opened =
        runCliWith({"evidence", t.db, "11.C1", "open", "1"},
                   {"TMPDIR=" + t.path("tmp/inner"), "DISPLAY=", "WAYLAND_DISPLAY="});
    REQUIRE(opened.exitCode == 0);
    CHECK(readFile(t.path("escape.txt")) == "not to be overwritten");
    CHECK_FALSE(QFile::exists(t.path("tmp/escape.txt")));
    const QString written = opened.out.section(' ', 1).trimmed();
    CHECK(written.startsWith(t.path("tmp/inner/pml-evidence-")));
    CHECK(written.endsWith("/escape.txt"));
    CHECK(readFile(written) == "acta de la reunión");
}

TEST_CASE("evidence open checks a stored link again and prints it first", "[cli][evidence]")
{
    EvidenceFixture t;
    REQUIRE(
        as("ana", {"evidence", t.db, "11.C1", "link", "https://example.org/informe"}).exitCode ==
        0);
    const CliResult good =
        runCliWith({"evidence", t.db, "11.C1", "open", "1"}, {"DISPLAY=", "WAYLAND_DISPLAY="});
    CHECK(good.exitCode == 0);
    CHECK(good.out.contains("https://example.org/informe"));
    for (const QString forged : {"javascript:alert(1)", "file:///etc/passwd"}) {
        t.forge(QStringLiteral("UPDATE evidence SET url = '%1', name = '%1' WHERE id = 1;")
                    .arg(forged));
        const CliResult refused =
            runCliWith({"evidence", t.db, "11.C1", "open", "1"}, {"DISPLAY=", "WAYLAND_DISPLAY="});
        INFO(forged.toStdString());
        CHECK(refused.exitCode != 0);
        CHECK(refused.err.contains("not opened"));
        CHECK_FALSE(refused.out.contains(forged));
    }
}

TEST_CASE("evidence add refuses links, system files and deceptive addresses, with exact sizes",
          "[cli][evidence]")
{
    EvidenceFixture t;
    writeFile(t.path("acta.txt"), "acta");
    REQUIRE(QFile::link(t.path("acta.txt"), t.path("enlace.txt")));
    const CliResult link = as("ana", {"evidence", t.db, "11.C1", "add", t.path("enlace.txt")});
    CHECK(link.exitCode != 0);
    CHECK(link.err.contains("symbolic link"));
    CHECK(link.err.contains(t.path("acta.txt")));
    const CliResult proc = as("ana", {"evidence", t.db, "11.C1", "add", "/proc/self/status"});
    CHECK(proc.exitCode != 0);
    CHECK(proc.err.contains("not an ordinary file"));
    CHECK_FALSE(proc.err.contains("empty"));
    {
        QFile big(t.path("big21"));
        REQUIRE(big.open(QIODevice::WriteOnly));
        REQUIRE(big.resize(20 * 1024 * 1024 + 1));
    }
    const CliResult tooBig = as("ana", {"evidence", t.db, "11.C1", "add", t.path("big21")});
    CHECK(tooBig.exitCode != 0);
    CHECK(tooBig.err.contains(QRegularExpression("big21 is 20.?971.?521 bytes")));
    CHECK(tooBig.err.contains(QRegularExpression("20.?971.?520 bytes \\(20 MiB\\)")));
    for (const QString& url : {QString("https://trusted.gob.pe@evil.example/x"),
                               QString("https://example.org/") + QChar(0x202E) + "fdp.exe"}) {
        CHECK(as("ana", {"evidence", t.db, "11.C1", "link", url}).exitCode != 0);
    }
    const auto listed = runJson({"evidence", t.db, "11.C1", "list", "--json"}, kAfterQ2);
    CHECK(listed.empty());
}

TEST_CASE("people: JOSÉ is José, and --user ANA acts and records as ana", "[cli][people]")
{
    EvidenceFixture t;
    runOk({"users", t.db, "add", QString("Jose") + QChar(0x0301), "--role", "monitor"});
    const CliResult again = runCli({"users", t.db, "add", "JOSÉ", "--role", "monitor"});
    CHECK(again.exitCode != 0);
    CHECK(again.err.contains("already listed"));
    REQUIRE(as("ANA", {"evidence", t.db, "11.C1", "link", "https://example.org/acta"}).exitCode ==
            0);
    const auto listed = runJson({"evidence", t.db, "11.C1", "list", "--json"}, kAfterQ2);
    REQUIRE(listed.size() == 1);
    CHECK(listed[0]["recorded_by"] == "ana");
    runOk({"users", t.db, "remove", "ana"});
    const CliResult removed =
        as("ana", {"evidence", t.db, "11.C1", "link", "https://example.org/b"});
    CHECK(removed.exitCode != 0);
    CHECK(removed.err.contains("removed"));
    CHECK(removed.err.contains("by tester"));
}
