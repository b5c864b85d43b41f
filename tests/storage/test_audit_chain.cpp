#include "core/user.h"
#include "storage/sql_support.h"
#include "support.h"

using namespace pml;
using namespace pml::test;

namespace {

const QDate kToday{2024, 6, 1};

// Edits the file as a careful someone with sqlite3 would: triggers dropped first and put
// back after, so that the schema check does not give the edit away.
void tamper(const QString& file, const QStringList& statements)
{
    sql::Connection c(file, false);
    const QSqlDatabase db = c.database();
    QStringList triggers;
    QStringList definitions;
    QSqlQuery q(db);
    q.exec("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'");
    while (q.next()) {
        triggers << q.value(0).toString();
        definitions << q.value(1).toString();
    }
    for (const QString& t : triggers) {
        sql::exec(db, "DROP TRIGGER " + t);
    }
    for (const QString& s : statements) {
        sql::exec(db, s);
    }
    for (const QString& definition : definitions) {
        sql::exec(db, definition);
    }
}

struct ChainFixture {
    QTemporaryDir dir;
    QString file = dir.filePath("t.pml");
    std::unique_ptr<TrackerStore> store = createTrackerFile(file, sampleContent());
    QList<qint64> ids;

    ChainFixture()
    {
        store->setActingUser("tester");
        for (int p : {40, 45, 50}) {
            ids << store
                       ->recordUpdates(
                           {request("11.C1", Status::InProgress, p, QDate(2024, 5, p - 30))},
                           kToday)
                       .first()
                       .id;
        }
        store->setPlanning("11.C2", 2.0, std::nullopt, std::nullopt);
        REQUIRE(store->check().isEmpty());
    }
    QStringList problems()
    {
        store.reset();
        store = openTrackerFile(file);
        return store->check();
    }
};

bool mentions(const QStringList& problems, const QString& text)
{
    return !problems.filter(text).isEmpty();
}

} // namespace

TEST_CASE("audit: every change is logged with who, when, old and new values")
{
    ChainFixture f;
    const auto log = f.store->auditLog();
    CHECK(log.first().kind == "tracker.create");
    CHECK(f.store->auditLog({std::nullopt, "tester", "update.record", {}}).size() == 3);
    const auto planning = f.store->auditLog({std::nullopt, {}, "planning", "11.C2"});
    REQUIRE(planning.size() == 1);
    CHECK(planning[0].oldValue.contains("\"weight\":1"));
    CHECK(planning[0].newValue.contains("\"weight\":2"));
    f.store->setActingUser(systemUserName());
    Settings s = f.store->settings();
    s.atRiskGap = 12;
    f.store->setSettings(s);
    CHECK(f.store->auditLog({std::nullopt, {}, "settings", {}}).size() == 1);
    CHECK(f.store->auditHead() == f.store->auditLog().last().hash);
    CHECK(!chainBreak(f.store->auditLog()));
}

TEST_CASE("check: an edited percent is caught and named")
{
    ChainFixture f;
    tamper(f.file,
           {QStringLiteral("UPDATE status_updates SET percent = 90 WHERE id = %1").arg(f.ids[1])});
    const auto problems = f.problems();
    INFO(problems.join('\n').toStdString());
    CHECK(mentions(problems, QStringLiteral("Update %1 differs").arg(f.ids[1])));
    CHECK(mentions(problems, "percent: 45 → 90"));
}

TEST_CASE("check: a deleted last update is caught")
{
    ChainFixture f;
    tamper(f.file, {QStringLiteral("DELETE FROM status_updates WHERE id = %1").arg(f.ids[2])});
    const auto problems = f.problems();
    INFO(problems.join('\n').toStdString());
    CHECK(mentions(problems, QStringLiteral("Update %1, recorded in audit entry").arg(f.ids[2])));
}

TEST_CASE("check: swapped update ids are caught")
{
    ChainFixture f;
    tamper(f.file,
           {QStringLiteral("UPDATE status_updates SET id = -1 WHERE id = %1").arg(f.ids[0]),
            QStringLiteral("UPDATE status_updates SET id = %1 WHERE id = %2")
                .arg(f.ids[0])
                .arg(f.ids[1]),
            QStringLiteral("UPDATE status_updates SET id = %1 WHERE id = -1").arg(f.ids[1])});
    const auto problems = f.problems();
    INFO(problems.join('\n').toStdString());
    CHECK(mentions(problems, QStringLiteral("Update %1 differs").arg(f.ids[0])));
    CHECK(mentions(problems, QStringLiteral("Update %1 differs").arg(f.ids[1])));
}

TEST_CASE("check: an edited weight is caught, named when it was changed through the program")
{
    ChainFixture f;
    tamper(f.file, {"UPDATE activities SET weight = 5 WHERE code = '11.C2'"});
    auto problems = f.problems();
    INFO(problems.join('\n').toStdString());
    CHECK(mentions(problems, "activity 11.C2 differs"));
    CHECK(mentions(problems, "weight: 2 → 5"));
    tamper(f.file, {"UPDATE activities SET weight = 2 WHERE code = '11.C2'",
                    "UPDATE activities SET weight = 3 WHERE code = '1.C1'"});
    problems = f.problems();
    CHECK(mentions(problems, "The planning (weight and dates) of activity 1.C1 differs from what "
                             "the audit log recorded when it began"));
    CHECK_FALSE(mentions(problems, "one or more"));
    CHECK(problems.size() == 1);
}

TEST_CASE("check: its sentences name no table or column and repeat no word")
{
    ChainFixture f;
    tamper(f.file, {"UPDATE settings SET value = '2024-02-01' WHERE key = 'schedule.start'",
                    "UPDATE status_updates SET effective_date = '2024-05-11', recorded_by = 'x' "
                    "WHERE id = " +
                        QString::number(f.ids[1])});
    const QStringList problems = f.problems();
    const QString all = problems.join('\n');
    INFO(all.toStdString());
    CHECK(mentions(problems, "The settings differ from what the audit log recorded when it "
                             "began: they were changed outside the program."));
    CHECK(mentions(problems, "effective date: 2024-05-15 → 2024-05-11"));
    CHECK(mentions(problems, "recorded by: tester → x"));
    for (const char* word :
         {"settings settings", "effective_date", "recorded_by", "status_updates", "Table "}) {
        CHECK_FALSE(all.contains(QLatin1String(word)));
    }
}

TEST_CASE("check: history kept before the log began is covered too")
{
    ChainFixture f;
    tamper(f.file, {"UPDATE status_updates SET note = 'otra' WHERE id = 1"});
    CHECK(mentions(f.problems(), "before the audit log began"));
}

TEST_CASE("check: deleted, edited and reordered audit entries break the chain")
{
    SECTION("the last entry deleted")
    {
        ChainFixture f;
        tamper(f.file, {"DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)"});
        // The planning change it recorded is now unlogged.
        CHECK(mentions(f.problems(), "planning"));
    }
    SECTION("a middle entry deleted")
    {
        ChainFixture f;
        tamper(f.file, {"DELETE FROM audit_log WHERE id = 3"});
        const auto problems = f.problems();
        CHECK(mentions(problems, "broken at entry 4"));
    }
    SECTION("an entry edited")
    {
        ChainFixture f;
        tamper(f.file, {"UPDATE audit_log SET recorded_by = 'otro' WHERE id = 2"});
        CHECK(mentions(f.problems(), "broken at entry 2"));
    }
    SECTION("two entries swapped")
    {
        ChainFixture f;
        tamper(f.file, {"UPDATE audit_log SET id = -1 WHERE id = 2",
                        "UPDATE audit_log SET id = 2 WHERE id = 3",
                        "UPDATE audit_log SET id = 3 WHERE id = -1"});
        CHECK(mentions(f.problems(), "broken at entry 2"));
    }
    SECTION("an update and its entry deleted together leave the chain whole, but not the "
            "fingerprint of a report made before")
    {
        ChainFixture f;
        const QByteArray fingerprint = f.store->auditHead();
        CHECK(!f.store->fingerprintProblem(fingerprint));
        CHECK(!f.store->fingerprintProblem(fingerprint.left(16)));
        tamper(f.file, {"DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)",
                        "UPDATE activities SET weight = 1 WHERE code = '11.C2'"});
        CHECK(f.problems().isEmpty()); // consistent rewriting of the end of the log
        const auto problem = f.store->fingerprintProblem(fingerprint);
        REQUIRE(problem);
        CHECK(problem->contains("No entry"));
    }
}

TEST_CASE("fingerprint: an earlier report's fingerprint still checks out after later changes")
{
    ChainFixture f;
    const QByteArray fingerprint = f.store->auditHead();
    f.store->recordUpdates({request("11.C3", Status::Completed, {}, QDate(2024, 5, 30))}, kToday);
    CHECK(f.store->auditHead() != fingerprint);
    CHECK(!f.store->fingerprintProblem(fingerprint));
    CHECK(f.store->fingerprintProblem("0123456789abcdef")->contains("No entry"));
    tamper(f.file, {"UPDATE status_updates SET percent = 1 WHERE id = 1"});
    const QStringList problems = f.problems();
    REQUIRE_FALSE(problems.isEmpty());
    const QString problem = *f.store->fingerprintProblem(fingerprint);
    CHECK(problem.contains("no longer holds"));
    // check() lists the problems; the fingerprint's sentence does not repeat them.
    for (const QString& p : problems) {
        CHECK_FALSE(problem.contains(p));
    }
}
