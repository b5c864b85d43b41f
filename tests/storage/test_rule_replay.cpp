// check replays the rules over the audit log: entries a forger appends with valid hashes
// (as someone with the source code and sqlite3 would) are caught when they break a rule.
#include "storage/audit_rows.h"
#include "storage/sql_support.h"
#include "support.h"

#include <QSqlQuery>

using namespace pml;
using namespace pml::test;

namespace {

const QDate kToday{2024, 6, 1};

// Opens the file as a forger would: the append-only triggers dropped first.
QSqlDatabase forgerConnection(const sql::Connection& c)
{
    const QSqlDatabase db = c.database();
    QStringList triggers;
    QSqlQuery q(db);
    q.exec("SELECT name FROM sqlite_master WHERE type = 'trigger'");
    while (q.next()) {
        triggers << q.value(0).toString();
    }
    for (const QString& t : triggers) {
        sql::exec(db, "DROP TRIGGER " + t);
    }
    return db;
}

// Inserts a row with `insert` and appends an entry recording it, chained with a valid hash.
void forgeRow(const QString& file, const QString& by, const QString& kind, const QString& item,
              const QString& table, const QString& insert)
{
    sql::Connection c(file, false);
    const QSqlDatabase db = forgerConnection(c);
    sql::exec(db, insert);
    const qint64 id =
        sql::scalar(db, QStringLiteral("SELECT MAX(id) FROM %1").arg(table)).toLongLong();
    sql::AuditWriter(db, by).appendRows(kind, item, {{table, id}});
}

QString insertUpdate(const QString& activity, const QString& date, const QString& by)
{
    return QStringLiteral("INSERT INTO status_updates (activity, effective_date, recorded_at, "
                          "status, percent, note, recorded_by) VALUES ('%1', '%2', %3, "
                          "'in_progress', 60, '', '%4')")
        .arg(activity, date)
        .arg(QDateTime::currentMSecsSinceEpoch())
        .arg(by);
}

struct ReplayFixture {
    QTemporaryDir dir;
    QString file = dir.filePath("t.pml");
    std::unique_ptr<TrackerStore> store = createTrackerFile(file, sampleContent());

    ReplayFixture()
    {
        store->setActingUser("tester");
        store->recordUpdates({request("11.C1", Status::InProgress, 40, QDate(2024, 2, 1))}, kToday);
        REQUIRE(store->check().isEmpty());
    }
    int lineOf(const QString& code)
    {
        const Strategy s = store->loadSnapshotAt({}).strategy;
        for (const Line& line : s.lines) {
            if (s.activityCodesOfLine(line.number).contains(code)) {
                return line.number;
            }
        }
        return 0;
    }
    void approve(int line)
    {
        store->review({Quarter{2024, 1}, line, ReviewAction::Submit, {}, {"Logros", {}, {}}},
                      kToday);
        store->review({Quarter{2024, 1}, line, ReviewAction::Approve, {}, {}}, kToday);
    }
    QStringList problems()
    {
        store.reset();
        store = openTrackerFile(file);
        return store->check();
    }
};

QString replayed(const QStringList& problems)
{
    return problems.filter("was not allowed when it was made").join('\n');
}

} // namespace

TEST_CASE("replay: an approval with no submission and no frozen figures", "[replay]")
{
    ReplayFixture f;
    forgeRow(f.file, "tester", "review.approve", "line 3 2024-Q1", "review_transitions",
             "INSERT INTO review_transitions (quarter, line, action, from_state, to_state, note, "
             "achievements, difficulties, next_steps, recorded_at, recorded_by) VALUES "
             "('2024-Q1', 3, 'approve', 'submitted', 'approved', '', '', '', '', 1, 'tester')");
    const QString found = replayed(f.problems());
    CHECK(found.contains("line 3, 2024-Q1 was"));
    CHECK(found.contains("without the figures it froze"));
}

TEST_CASE("replay: an update recorded by a person who is not listed", "[replay]")
{
    ReplayFixture f;
    forgeRow(f.file, "mallory", "update.record", "11.C1", "status_updates",
             insertUpdate("11.C1", "2024-05-20", "mallory"));
    CHECK(replayed(f.problems()).contains("\"mallory\""));
}

TEST_CASE("replay: an update dated inside an approved quarter", "[replay]")
{
    ReplayFixture f;
    f.approve(f.lineOf("11.C1"));
    REQUIRE(f.problems().isEmpty());
    forgeRow(f.file, "tester", "update.record", "11.C1", "status_updates",
             insertUpdate("11.C1", "2024-02-10", "tester"));
    const QString found = replayed(f.problems());
    CHECK(found.contains("11.C1"));
    CHECK(found.contains("approved"));
}

TEST_CASE("replay: an admin added by someone who was not one", "[replay]")
{
    ReplayFixture f;
    f.store->addPerson("rosa", {Role::Monitor});
    REQUIRE(f.problems().isEmpty());
    {
        sql::Connection c(f.file, false);
        const QSqlDatabase db = forgerConnection(c);
        sql::exec(db, "INSERT INTO people (name, roles, active) VALUES ('eve', 'admin', 1)");
        sql::AuditWriter(db, "rosa")
            .append("person.add", "eve", {}, sql::stateValue(db, "people", "eve"));
    }
    const QString found = replayed(f.problems());
    CHECK(found.contains("rosa"));
}

TEST_CASE("check: the schema is exactly what the program creates", "[replay][schema]")
{
    ReplayFixture f;
    SECTION("a column added")
    {
        {
            sql::Connection c(f.file, false);
            sql::exec(c.database(), "ALTER TABLE people ADD COLUMN password TEXT");
        }
        CHECK(f.problems().filter("table people differs").size() == 1);
    }
    SECTION("the append-only safeguards dropped")
    {
        {
            sql::Connection c(f.file, false);
            forgerConnection(c);
        }
        CHECK_FALSE(f.problems().filter("safeguard (trigger)").isEmpty());
    }
    SECTION("a trigger planted on people")
    {
        {
            sql::Connection c(f.file, false);
            sql::exec(c.database(), "CREATE TRIGGER planted AFTER INSERT ON people BEGIN "
                                    "UPDATE people SET roles = 'admin'; END");
        }
        CHECK(f.problems().filter("named planted").size() == 1);
    }
}

TEST_CASE("check: the document's title, introduction and reference are covered", "[replay]")
{
    ReplayFixture f;
    {
        sql::Connection c(f.file, false);
        sql::exec(c.database(), "UPDATE meta SET value = 'Estrategia falsa' WHERE key = 'title'");
    }
    CHECK(f.problems().filter("title, introduction or reference").size() == 1);
}

TEST_CASE("check: frozen figures and evidence files are held to their SHA-256", "[replay]")
{
    ReplayFixture f;
    EvidenceRequest file;
    file.quarter = Quarter{2024, 1};
    file.line = 3;
    file.name = QStringLiteral("acta.pdf");
    file.content = QByteArray("%PDF-1.4 acta");
    f.store->addEvidence(file);
    f.approve(3);
    REQUIRE(f.problems().isEmpty());
    {
        sql::Connection c(f.file, false);
        const QSqlDatabase db = forgerConnection(c);
        sql::exec(db, "UPDATE review_snapshots SET content = content || ' '");
        sql::exec(db, "UPDATE evidence_files SET content = X'00'");
    }
    const QStringList problems = f.problems();
    CHECK(problems.filter("frozen figures").size() == 1);
    CHECK(problems.filter("evidence 1").size() >= 1);
}

TEST_CASE("an admin added by hand cannot manage people", "[replay]")
{
    ReplayFixture f;
    f.store->addPerson("rosa", {Role::Monitor});
    {
        sql::Connection c(f.file, false);
        sql::exec(c.database(), "UPDATE people SET roles = 'monitor,admin' WHERE name = 'rosa'");
    }
    f.problems();
    f.store->setActingUser("rosa");
    const QString refusal = errorOf([&] { f.store->addPerson("eve", {Role::Admin}); });
    CHECK(refusal.contains("People cannot be changed"));
    CHECK(refusal.contains("rosa"));
}
