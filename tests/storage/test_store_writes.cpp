#include "core/format.h"
#include "files/temporary_file.h"
#include "storage/sql_support.h"
#include "storage/tracker_json.h"
#include "support.h"

#include <QDir>
#include <QFile>

using namespace pml;
using namespace pml::test;

namespace {

struct Fixture {
    QTemporaryDir dir;
    QString file = dir.filePath("t.pml");
    std::unique_ptr<TrackerStore> store = createTrackerFile(file, freshContent());
    QDate today{2024, 6, 1};
};

} // namespace

TEST_CASE("recordUpdates: records, resolves percents and returns the stored rows")
{
    Fixture f;
    const auto rows =
        f.store->recordUpdates({request("6.C7", Status::InProgress, 30, QDate(2024, 2, 1), "nota"),
                                request("6.C7", Status::Suspended, {}, QDate(2024, 3, 1)),
                                request("1.C1", Status::Completed, {}, QDate(2024, 3, 1))},
                               f.today);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].percent == 30);
    CHECK(rows[1].percent == 30); // suspended keeps the percent in force
    CHECK(rows[2].percent == 100);
    CHECK(rows[0].id < rows[1].id);
    CHECK(rows[0].recordedAt.timeSpec() == Qt::UTC);
    const auto history = f.store->history();
    REQUIRE(history.size() == 3);
    CHECK(history[0].note == "nota");
    CHECK(history[0].recordedBy == "tester");
    CHECK(history[1].recordedAt == rows[1].recordedAt);

    // Cancelling keeps the percent in force at the effective date, not the latest one.
    f.store->recordUpdates({request("6.C7", Status::InProgress, 80, QDate(2024, 5, 1))}, f.today);
    const auto cancelled = f.store->recordUpdates(
        {request("6.C7", Status::Cancelled, {}, QDate(2024, 4, 1))}, f.today);
    CHECK(cancelled[0].percent == 30);
    // Withdrawn updates do not count as the previous percent.
    f.store->setWithdrawn(rows[0].id, true, "ana");
    CHECK(f.store
              ->recordUpdates({request("6.C7", Status::Suspended, {}, QDate(2024, 2, 15))},
                              f.today)[0]
              .percent == 0);
    CHECK(f.store->check().isEmpty());
}

TEST_CASE("recordUpdates: a batch with one bad request records nothing")
{
    Fixture f;
    f.store->recordUpdates({request("1.C1", Status::InProgress, 5, f.today)}, f.today);
    const auto refused = [&](const UpdateRequest& third) {
        return errorOf([&] {
            f.store->recordUpdates({request("1.C2", Status::InProgress, 10, f.today),
                                    request("1.C3", Status::Completed, {}, f.today), third},
                                   f.today);
        });
    };
    CHECK(refused(request("99.C1", Status::Completed, {}, f.today)) ==
          "Unknown activity code \"99.C1\".");
    CHECK(refused(request("1.C1", Status::InProgress, 100, f.today)).startsWith("Activity 1.C1:"));
    CHECK(refused(request("1.C1", Status::InProgress, {}, f.today)).contains("1 to 99"));
    CHECK(refused(request("1.C1", Status::Completed, 50, f.today)).contains("not 50"));
    CHECK(refused(request("1.C1", Status::Cancelled, 20, f.today)).contains("No percent"));
    CHECK(refused(request("1.C1", Status::NotStarted, 3, f.today)).contains("not 3"));
    CHECK(refused(request("1.C1", Status::Completed, {}, f.today.addDays(1)))
              .contains(dateText(f.today.addDays(1)) + " is in the future"));
    CHECK(refused(request("1.C1", Status::Completed, {}, QDate())).contains("not a valid date"));
    CHECK(f.store->history().size() == 1);
    CHECK(f.store->history("1.C2").isEmpty());
}

TEST_CASE("history is append-only, enforced by the database too")
{
    Fixture f;
    f.store->recordUpdates({request("1.C1", Status::InProgress, 5, f.today)}, f.today);
    f.store->setWithdrawn(1, true, "ana");
    sql::Connection c(f.file, false);
    for (const char* statement :
         {"UPDATE status_updates SET percent = 6", "DELETE FROM status_updates",
          "UPDATE update_withdrawals SET withdrawn = 0", "DELETE FROM update_withdrawals"}) {
        CHECK(errorOf([&] { sql::exec(c.database(), statement); }).contains("append-only"));
    }
    CHECK(f.store->history()[0].percent == 5);
    CHECK(f.store->history()[0].withdrawn);
}

TEST_CASE("setWithdrawn: alternates withdrawal and restoration")
{
    Fixture f;
    f.store->recordUpdates({request("1.C1", Status::InProgress, 5, f.today)}, f.today);
    CHECK(errorOf([&] { f.store->setWithdrawn(1, false, "ana"); }).contains("is not withdrawn"));
    CHECK(errorOf([&] { f.store->setWithdrawn(42, true, "ana"); }) == "Unknown update 42.");
    const auto first = f.store->setWithdrawn(1, true, "ana");
    CHECK(first.withdrawn);
    CHECK(first.update == 1);
    CHECK(errorOf([&] { f.store->setWithdrawn(1, true, "ana"); }).contains("already withdrawn"));
    f.store->setWithdrawn(1, false, "luis");
    CHECK(!f.store->history()[0].withdrawn);
    const auto events = f.store->withdrawals(1);
    REQUIRE(events.size() == 2);
    CHECK(events[1].recordedBy == "luis");
    CHECK(f.store->withdrawals().size() == 2);
    CHECK(f.store->check().isEmpty());
}

TEST_CASE("setWithdrawn: several updates in one transaction, or none")
{
    Fixture f;
    f.store->recordUpdates({request("1.C1", Status::InProgress, 5, f.today),
                            request("1.C2", Status::InProgress, 10, f.today),
                            request("1.C3", Status::InProgress, 15, f.today)},
                           f.today);
    // The third is unknown: the first two must not be withdrawn either.
    CHECK(errorOf([&] {
              f.store->setWithdrawn(QList<qint64>{1, 2, 42}, true, "ana");
          }) == "Unknown update 42.");
    CHECK(f.store->withdrawals().isEmpty());
    // Naming one update twice would withdraw it twice: refused whole.
    CHECK(errorOf([&] {
              f.store->setWithdrawn(QList<qint64>{1, 1}, true, "ana");
          }).contains("already withdrawn"));
    CHECK(f.store->withdrawals().isEmpty());

    const auto events = f.store->setWithdrawn(QList<qint64>{1, 2, 3}, true, "ana");
    REQUIRE(events.size() == 3);
    for (const StatusUpdate& u : f.store->history()) {
        CHECK(u.withdrawn);
    }
    f.store->setWithdrawn(QList<qint64>{1, 2, 3}, false, "ana");
    CHECK(f.store->withdrawals().size() == 6);
    CHECK(f.store->check().isEmpty());
}

TEST_CASE("setPlanning: weight and planned window")
{
    Fixture f;
    f.store->setPlanning("6.C7", 2.5, QDate(2024, 2, 1), QDate(2024, 12, 31));
    const Snapshot stored = f.store->loadSnapshot(); // kept: `a` points into it
    const Activity* a = stored.strategy.activity("6.C7");
    CHECK(a->weight == 2.5);
    CHECK(a->plannedStart == QDate(2024, 2, 1));
    CHECK(a->plannedEnd == QDate(2024, 12, 31));
    f.store->setPlanning("6.C7", 1, {}, {});
    CHECK(!f.store->loadSnapshot().strategy.activity("6.C7")->plannedStart);
    CHECK(errorOf([&] { f.store->setPlanning("6.C7", 0, {}, {}); }).contains("from 0.001 to 1000"));
    CHECK(
        errorOf([&] { f.store->setPlanning("6.C7", -1, {}, {}); }).contains("from 0.001 to 1000"));
    CHECK(errorOf([&] {
              f.store->setPlanning("6.C7", std::nan(""), {}, {});
          }).contains("from 0.001 to 1000"));
    CHECK(errorOf([&] {
              f.store->setPlanning("6.C7", 1, QDate(2025, 1, 1), QDate(2024, 1, 1));
          }).contains("must be before the planned end"));
    CHECK(errorOf([&] {
              f.store->setPlanning("6.C7", 1, QDate(2025, 1, 1), QDate(2025, 1, 1));
          }).contains("must be before"));
    // A start override after the horizon's default end (short term ends 2025-12-31).
    CHECK(errorOf([&] { f.store->setPlanning("6.C7", 1, QDate(2026, 3, 1), {}); })
              .contains(dateText(QDate(2026, 3, 1)) + " must be before the planned end " +
                        dateText(QDate(2025, 12, 31))));
    CHECK(errorOf([&] { f.store->setPlanning("6.C77", 1, {}, {}); }).contains("6.C77"));
    CHECK(f.store->loadSnapshot().strategy.activity("6.C7")->weight == 1);
}

TEST_CASE("setResponsibility: one lead, supporting actors, known actors")
{
    Fixture f;
    f.store->setResponsibility("6.C7", 5, {7, 9, 9});
    auto assignments = f.store->loadSnapshot().assignments;
    REQUIRE(assignments.size() == 3);
    CHECK(assignments[0].actor == 5);
    CHECK(assignments[0].role == ActorRole::Lead);
    CHECK(assignments[1].role == ActorRole::Support);
    CHECK(errorOf([&] {
              f.store->setResponsibility("6.C7", 5, {5});
          }).contains("both the lead and a supporting actor"));
    CHECK(
        errorOf([&] { f.store->setResponsibility("6.C7", 99, {}); }).contains("unknown actor 99"));
    CHECK(errorOf([&] {
              f.store->setResponsibility("6.C7", {}, {1, 77});
          }).contains("unknown actor 77"));
    CHECK(f.store->loadSnapshot().assignments.size() == 3);
    f.store->setResponsibility("6.C7", {}, {});
    CHECK(f.store->loadSnapshot().assignments.isEmpty());
}

TEST_CASE("setSettings: validated and stored as a whole")
{
    Fixture f;
    Settings s = f.store->settings();
    s.mode = RollupMode::Activities;
    s.shortYears = 3;
    s.mediumYears = 6;
    s.longYears = 12;
    s.atRiskGap = 30;
    s.lateGap = 40;
    f.store->setSettings(s);
    CHECK(f.store->settings() == s);
    Settings bad = s;
    bad.mediumYears = 2;
    CHECK(!errorOf([&] { f.store->setSettings(bad); }).isEmpty());
    CHECK(f.store->settings() == s);
}

TEST_CASE("setSettings: the report's institution and logo, stored only when set")
{
    Fixture f;
    Settings s = f.store->settings();
    s.institution = "Ministerio del Ambiente";
    s.logo = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(1000, '\0');
    f.store->setSettings(s);
    CHECK(f.store->settings() == s);
    CHECK(f.store->check().isEmpty());
    // Cleared, the keys are left out, so versions that do not know them still open it.
    s.institution.clear();
    s.logo.clear();
    f.store->setSettings(s);
    CHECK(f.store->settings() == s);
    const QByteArray exported = trackerToJson(f.store->exportContent());
    CHECK_FALSE(exported.contains("report.institution"));
    CHECK_FALSE(exported.contains("report.logo"));
}

TEST_CASE("actors: added and renamed with unique names")
{
    Fixture f;
    const qint64 id = f.store->addActor("Gobierno Regional de Piura", "GRP", ActorGroup::Other);
    CHECK(id == 32);
    CHECK(f.store->loadSnapshot().strategy.actorByName("grp")->id == 32);
    CHECK(
        errorOf([&] { f.store->addActor("sni", {}, ActorGroup::Other); }).contains("already used"));
    CHECK(errorOf([&] {
              f.store->addActor("Otro", "grp", ActorGroup::Other);
          }).contains("already used"));
    CHECK(
        errorOf([&] { f.store->addActor("  ", {}, ActorGroup::Other); }).contains("needs a name"));
    Actor a = *f.store->loadSnapshot().strategy.actor(32);
    a.name = "Gobierno Regional Piura";
    a.shortName.clear();
    f.store->updateActor(a);
    CHECK(f.store->loadSnapshot().strategy.actor(32)->name == "Gobierno Regional Piura");
    CHECK(f.store->loadSnapshot().strategy.actor(32)->shortName.isEmpty());
    a.id = 500;
    CHECK(errorOf([&] { f.store->updateActor(a); }) == "Unknown actor 500.");
    a.id = 1;
    CHECK(errorOf([&] { f.store->updateActor(a); }).contains("already used"));
}

TEST_CASE("check: reports inconsistencies written behind the store's back")
{
    Fixture f;
    CHECK(f.store->check().isEmpty());
    {
        sql::Connection c(f.file, false);
        sql::exec(c.database(), "PRAGMA foreign_keys = OFF");
        sql::exec(c.database(), "DELETE FROM activity_objectives WHERE activity = '6.C7'");
        sql::exec(c.database(), "INSERT INTO assignments VALUES ('1.C1', 1, 'lead')");
        sql::exec(c.database(), "INSERT INTO assignments VALUES ('1.C1', 999, 'support')");
        sql::exec(c.database(), "UPDATE settings SET value = 'x' WHERE key = 'rollup.mode'");
        sql::exec(
            c.database(),
            "INSERT INTO status_updates VALUES (1, '1.C2', '2024-01-01', 0, 'in_progress', 0, "
            "'', '')");
        sql::exec(c.database(), "INSERT INTO update_withdrawals VALUES (1, 1, 0, 0, '')");
    }
    const QString problems = f.store->check().join("\n");
    CHECK(problems.contains("Activity 6.C7 serves no objective."));
    CHECK(problems.contains(
        "An actor's assignment to activity 1.C1 belongs to an actor that no longer exists."));
    CHECK_FALSE(problems.contains("table"));
    CHECK_FALSE(problems.contains("assignments"));
    CHECK(problems.contains("Settings:"));
    CHECK(problems.contains("Update 1 (1.C2)"));
    CHECK(problems.contains("restored without having been withdrawn"));
}

TEST_CASE("writeConsistentCopy: a consistent that never replaces a tracker")
{
    Fixture f;
    f.store->recordUpdates({request("1.C1", Status::InProgress, 5, f.today)}, f.today);
    const QString copy = f.dir.filePath("copy.pml");
    f.store->writeConsistentCopy(copy);
    f.store->recordUpdates({request("1.C1", Status::InProgress, 6, f.today)}, f.today);
    // The older copy is a tracker too: it is kept, and the new copy needs a new name.
    CHECK(errorOf([&] { f.store->writeConsistentCopy(copy); }).contains("is a database"));
    CHECK(openTrackerFile(copy, OpenMode::ReadOnly)->history().size() == 1);
    const QString second = f.dir.filePath("copy-2.pml");
    f.store->writeConsistentCopy(second);
    CHECK(openTrackerFile(second, OpenMode::ReadOnly)->history().size() == 2);
    CHECK(errorOf([&] {
              f.store->writeConsistentCopy(f.file);
          }).contains("is the tracker being read"));
    const QString link = f.dir.filePath("link.pml");
    REQUIRE(QFile::link(f.file, link));
    CHECK(
        errorOf([&] { f.store->writeConsistentCopy(link); }).contains("is the tracker being read"));
    CHECK(errorOf([&] { f.store->writeConsistentCopy(f.dir.path()); }).contains("is a folder"));
    CHECK(errorOf([&] { f.store->writeConsistentCopy("/dev/null"); }).contains("is a device"));
    CHECK(QDir(f.dir.path()).entryList({"*.tmp-*"}, QDir::Files).isEmpty());
}

TEST_CASE("temporary files: a live one is kept, a dead writer's is swept")
{
    QTemporaryDir dir;
    const QString target = dir.filePath("t.pml");
    files::TemporaryFile live(target);
    const QString dead = target + ".tmp-Zz9Yy8";
    QFile(dead).open(QIODevice::WriteOnly);
    QFile(dead + "-journal").open(QIODevice::WriteOnly);
    files::sweepLeftovers(target);
    CHECK(QFile::exists(live.path()));
    CHECK_FALSE(QFile::exists(dead));
    CHECK_FALSE(QFile::exists(dead + "-journal"));
}
