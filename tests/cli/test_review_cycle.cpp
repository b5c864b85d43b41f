#include "cli_runner.h"

#include <QFile>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace pml::test;

namespace {

const QString kAfterQ2 = QStringLiteral("2026-07-15");

CliResult as(const QString& user, QStringList arguments, const QString& today = kAfterQ2)
{
    return runCli(arguments << "--user" << user, today);
}

// The lines of two reports that differ must be the generation time or the fingerprint,
// which name the moment the report was produced.
QStringList otherDifferences(const QByteArray& a, const QByteArray& b)
{
    const QStringList left = QString::fromUtf8(a).split('\n');
    const QStringList right = QString::fromUtf8(b).split('\n');
    if (left.size() != right.size()) {
        return {QStringLiteral("line count %1 vs %2").arg(left.size()).arg(right.size())};
    }
    static const QRegularExpression moment(QStringLiteral(
        "\\d\\d:\\d\\d|[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}|[0-9a-f]{64}"));
    QStringList differences;
    for (int i = 0; i < left.size(); ++i) {
        if (left[i] != right[i] && !moment.match(left[i]).hasMatch()) {
            differences << left[i] + " | " + right[i];
        }
    }
    return differences;
}

QList<QByteArray> reports(const TrackerFixture& t, const QString& suffix)
{
    QList<QByteArray> out;
    for (const QString format : {"json", "csv", "html"}) {
        const QString file = t.path("q2-" + suffix + "." + format);
        runOk({"report", t.db, "--quarter", "2026-Q2", "--format", format, "--output", file},
              kAfterQ2);
        out << readFile(file);
    }
    return out;
}

} // namespace

TEST_CASE("review cycle: line 2's 2026-Q2 submitted with evidence, returned, resubmitted, "
          "approved and frozen",
          "[cli][review]")
{
    TrackerFixture t;
    runOk({"users", t.db, "add", "ana", "--role", "monitor"});
    runOk({"users", t.db, "add", "rosa", "--role", "reviewer"});
    REQUIRE(as("ana", {"update", t.db, "11.C1", "--status", "in_progress", "--percent", "40",
                       "--date", "2026-05-10"})
                .exitCode == 0);
    // A reviewer cannot record updates, a monitor cannot approve.
    const CliResult refused = as("rosa", {"update", t.db, "11.C2", "--status", "completed"});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("needs the monitor role"));
    QFile acta(t.path("acta.pdf"));
    REQUIRE(acta.open(QIODevice::WriteOnly));
    acta.write("%PDF-1.4 acta de la reunión");
    acta.close();
    CHECK(as("ana", {"evidence", t.db, "line:2", "--quarter", "2026-Q2", "add", t.path("acta.pdf")})
              .exitCode == 0);
    CHECK(as("ana", {"evidence", t.db, "11.C1", "link", "https://example.org/informe"}).exitCode ==
          0);
    const auto submit = QStringList{"review",  t.db,          "--quarter",
                                    "2026-Q2", "--line",      "2",
                                    "submit",  "--narrative", "Se capacitó a 40 empresas"};
    CHECK(as("ana", submit).exitCode == 0);
    const CliResult notMine =
        as("ana", {"review", t.db, "--quarter", "2026-Q2", "--line", "2", "approve"});
    CHECK(notMine.exitCode == 1);
    CHECK(notMine.err.contains("needs the reviewer role"));
    CHECK(as("rosa", {"review", t.db, "--quarter", "2026-Q2", "--line", "2", "return", "--note",
                      "Falta el acta firmada"})
              .exitCode == 0);
    auto states = runJson({"review", t.db, "--quarter", "2026-Q2", "--json"}, kAfterQ2);
    CHECK(states["lines"][1]["state"] == "returned");
    CHECK(as("ana", submit).exitCode == 0);
    CHECK(as("rosa", {"review", t.db, "--quarter", "2026-Q2", "--line", "2", "approve"}).exitCode ==
          0);
    states = runJson({"review", t.db, "--quarter", "2026-Q2", "--json"}, kAfterQ2);
    CHECK(states["lines"][1]["state"] == "approved");
    CHECK(states["lines"][1]["approved_by"] == "rosa");
    CHECK(states["lines"][1]["transitions"].size() == 4);
    CHECK(states["lines"][0]["state"] == "open");

    const QList<QByteArray> before = reports(t, "before");
    const auto json = nlohmann::json::parse(before[0].toStdString());
    const std::string fingerprint = json.at("fingerprint");
    CHECK(fingerprint.size() == 64);

    // A back-dated update into the approved quarter is refused, naming how to reopen it.
    const CliResult locked = as("ana", {"update", t.db, "11.C1", "--status", "in_progress",
                                        "--percent", "60", "--date", "2026-06-20"});
    CHECK(locked.exitCode == 1);
    CHECK(locked.err.contains("2026-Q2"));
    CHECK(locked.err.contains("reopen"));
    // Later corrections: planning, and an update of an earlier quarter.
    CHECK(as("ana", {"set", t.db, "11.C1", "--weight", "3"}).exitCode == 0);
    CHECK(as("ana", {"update", t.db, "12.C1", "--status", "in_progress", "--percent", "70",
                     "--date", "2026-03-01"})
              .exitCode == 0);
    const QList<QByteArray> after = reports(t, "after");
    for (int i = 0; i < before.size(); ++i) {
        INFO("format " << i);
        CHECK(otherDifferences(before[i], after[i]).join('\n').toStdString() == "");
    }
    // The fingerprint of the first report still checks out; a made-up one does not.
    CHECK(runCli({"check", t.db, "--fingerprint", QString::fromStdString(fingerprint)}).exitCode ==
          0);
    const CliResult wrong = runCli({"check", t.db, "--fingerprint", "0123 4567 89ab cdef …"});
    CHECK(wrong.exitCode == 3);
    CHECK(wrong.out.contains("No entry"));

    // Reopened with a reason, the update is accepted; re-approved, the report says so.
    CHECK(as("rosa", {"review", t.db, "--quarter", "2026-Q2", "--line", "2", "reopen", "--reason",
                      "Corrección del 11.C1"})
              .exitCode == 0);
    // Until it is submitted again, status lists it as reopened, with the reason.
    const auto waiting = runJson({"status", t.db, "--json"}, kAfterQ2);
    int reopened = 0;
    for (const auto& r : waiting) {
        if (r["kind"] == "reopened") {
            ++reopened;
            CHECK(r["line"] == 2);
            CHECK(r["quarter"] == "2026-Q2");
        }
        CHECK_FALSE((r["kind"] == "not_submitted" && r["line"] == 2));
    }
    CHECK(reopened == 1);
    CHECK(runCli({"status", t.db}, kAfterQ2).out.contains("Corrección del 11.C1"));
    CHECK(as("ana", {"update", t.db, "11.C1", "--status", "in_progress", "--percent", "60",
                     "--date", "2026-06-20"})
              .exitCode == 0);
    CHECK(as("ana", submit).exitCode == 0);
    CHECK(as("rosa", {"review", t.db, "--quarter", "2026-Q2", "--line", "2", "approve"}).exitCode ==
          0);
    states = runJson({"review", t.db, "--quarter", "2026-Q2", "--json"}, kAfterQ2);
    CHECK(states["lines"][1]["reopened"] == true);
    CHECK(runCli({"check", t.db}).exitCode == 0);
    const auto audit = runCli({"audit", t.db, "--by", "rosa", "--csv"});
    CHECK(audit.out.count("review.") == 4); // return, approve, reopen, approve
    // Without --csv, each entry reads as the window says it, not as its recorded values.
    const auto returned = runCli({"audit", t.db, "--kind", "review.return"});
    CHECK(returned.out.contains("rosa returned line 2, Q2 2026: “Falta el acta firmada”"));
    CHECK_FALSE(returned.out.contains("from_state"));
    const auto planning = runCli({"audit", t.db, "--kind", "planning"});
    CHECK(planning.out.contains("ana changed the weight of 11.C1 from 1 to 3"));
}

TEST_CASE("check catches edits made with sqlite3 behind the program's back", "[cli][review]")
{
    TrackerFixture t;
    runOk({"update", t.db, "11.C1", "--status", "in_progress", "--percent", "40"});
    runOk({"update", t.db, "11.C2", "--status", "in_progress", "--percent", "20"});
    const QString dropTriggers = "SELECT 1;\n";
    for (const QString sql : {"DROP TRIGGER status_updates_no_delete; DELETE FROM status_updates "
                              "WHERE id = (SELECT MAX(id) FROM status_updates);",
                              "DROP TRIGGER status_updates_no_update; UPDATE status_updates SET "
                              "percent = 95 WHERE id = 1;",
                              "UPDATE activities SET weight = 4 WHERE code = '1.C1';"}) {
        TrackerFixture copy;
        QFile::remove(copy.db);
        REQUIRE(QFile::copy(t.db, copy.db));
        runProgram("sqlite3", {copy.db}, {}, (dropTriggers + sql).toUtf8());
        const CliResult checked = runCli({"check", copy.db});
        INFO(sql.toStdString());
        CHECK(checked.exitCode == 3);
        CHECK(!checked.out.isEmpty());
    }
    CHECK(runCli({"check", t.db}).exitCode == 0);
}

TEST_CASE("status prints what needs doing; users refuse non-admins", "[cli][review]")
{
    TrackerFixture t;
    runOk({"users", t.db, "add", "ana", "--role", "monitor"});
    const auto status = runJson({"status", t.db, "--json"}, kAfterQ2);
    CHECK(status[0]["kind"] == "days_left");
    int notSubmitted = 0;
    for (const auto& r : status) {
        notSubmitted += r["kind"] == "not_submitted" ? 1 : 0;
    }
    CHECK(notSubmitted == 5);
    const CliResult refused = as("ana", {"users", t.db, "add", "pepe", "--role", "admin"});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("admin"));
    CHECK(runCli({"users", t.db, "add", "pepe", "--role", "chief"}).err.contains("unknown role"));
}
