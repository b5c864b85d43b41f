// Every copy of the program is a witness: what it saw of a tracker's history is checked
// each time the tracker is opened, and a tracker found changed refuses every write.
#include "storage/chain_witness.h"
#include "storage/sql_support.h"
#include "support.h"

#include <QFile>

using namespace pml;
using namespace pml::test;

namespace {

const QDate kToday{2024, 6, 1};

struct WitnessFixture {
    QTemporaryDir dir;
    QString file = dir.filePath("t.pml");
    ChainWitness witness{dir.filePath("witness.ini")};

    WitnessFixture()
    {
        auto store = createTrackerFile(file, sampleContent());
        record(*store, 40);
    }
    static void record(TrackerStore& store, int percent)
    {
        store.setActingUser("tester");
        store.recordUpdates({request("11.C1", Status::InProgress, percent, QDate(2024, 5, 2))},
                            kToday);
    }
    // Opens the tracker as a window or command would.
    QStringList open(std::unique_ptr<TrackerStore>* kept = nullptr)
    {
        auto store = openTrackerFile(file);
        const QStringList problems = verifyOnOpening(*store, witness, kToday);
        if (kept) {
            *kept = std::move(store);
        }
        return problems;
    }
};

} // namespace

TEST_CASE("witness: a tracker put back to an older copy is reported on opening", "[witness]")
{
    WitnessFixture f;
    REQUIRE(QFile::copy(f.file, f.dir.filePath("older.pml")));
    REQUIRE(f.open().isEmpty());
    {
        auto store = openTrackerFile(f.file);
        WitnessFixture::record(*store, 50);
    }
    REQUIRE(f.open().isEmpty()); // seen with the new entry
    REQUIRE(QFile::remove(f.file));
    REQUIRE(QFile::copy(f.dir.filePath("older.pml"), f.file));
    std::unique_ptr<TrackerStore> store;
    const QStringList problems = f.open(&store);
    REQUIRE(problems.size() == 1);
    CHECK(problems.constFirst().contains("an older copy was put in its place"));
    CHECK(store->isReadOnly());
    CHECK(errorOf([&] {
              WitnessFixture::record(*store, 60);
          }).contains("was changed outside the program"));
    CHECK(store->check().isEmpty()); // the file alone cannot show it: only the witness can
}

TEST_CASE("witness: an end of the history rewritten consistently is reported", "[witness]")
{
    WitnessFixture f;
    REQUIRE(f.open().isEmpty());
    {
        sql::Connection c(f.file, false);
        const QSqlDatabase db = c.database();
        for (const QString& s :
             {QStringLiteral("DROP TRIGGER audit_log_no_delete"),
              QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)"),
              QStringLiteral("DROP TRIGGER status_updates_no_delete"),
              QStringLiteral("DELETE FROM status_updates")}) {
            sql::exec(db, s);
        }
    }
    const QStringList problems = f.open();
    CHECK_FALSE(problems.filter("the end of its history was rewritten").isEmpty());
}

TEST_CASE("witness: opening hashes only the entries after what was seen", "[witness]")
{
    WitnessFixture f;
    REQUIRE(f.open().isEmpty());
    {
        auto store = openTrackerFile(f.file);
        WitnessFixture::record(*store, 55);
    }
    // The new entry is hashed: a change of it is caught on opening.
    {
        sql::Connection c(f.file, false);
        sql::exec(c.database(), "DROP TRIGGER audit_log_no_update");
        sql::exec(c.database(), "UPDATE audit_log SET recorded_by = 'otro' WHERE id = "
                                "(SELECT MAX(id) FROM audit_log)");
    }
    CHECK_FALSE(f.open().filter("broken at entry").isEmpty());
    CHECK(f.witness.all().size() == 1);
    CHECK(f.witness.all().constFirst().location == f.file);
}

TEST_CASE("witness: a schema changed by hand is reported on opening", "[witness]")
{
    WitnessFixture f;
    {
        sql::Connection c(f.file, false);
        sql::exec(c.database(), "DROP TRIGGER audit_log_no_delete");
    }
    std::unique_ptr<TrackerStore> store;
    CHECK_FALSE(f.open(&store).filter("safeguard (trigger) audit_log_no_delete").isEmpty());
    CHECK(store->isReadOnly());
}

TEST_CASE("witness: what a program wrote itself is remembered when it closes the tracker",
          "[witness]")
{
    WitnessFixture f;
    REQUIRE(QFile::copy(f.file, f.dir.filePath("older.pml")));
    {
        std::unique_ptr<TrackerStore> store;
        REQUIRE(f.open(&store).isEmpty());
        WitnessFixture::record(*store, 70); // after the mark taken on opening
    }
    REQUIRE(QFile::remove(f.file));
    REQUIRE(QFile::copy(f.dir.filePath("older.pml"), f.file));
    CHECK_FALSE(f.open().filter("an older copy was put in its place").isEmpty());
}
