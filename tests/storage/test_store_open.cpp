#include "core/user.h"
#include "storage/sql_schema.h"
#include "storage/sql_support.h"
#include "storage/sqlite_store.h"
#include "storage/tracker_json.h"
#include "support.h"

#include <QFile>
#include <QFileInfo>

#include <thread>

using namespace pml;
using namespace pml::test;

TEST_CASE("open: a missing file is refused and not created")
{
    QTemporaryDir dir;
    const QString file = dir.filePath("nada.pml");
    for (OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
        CHECK(errorOf([&] { openTrackerFile(file, mode); }).contains("does not exist"));
        CHECK(errorOf([&] { openTrackerFile(file, mode); }).contains(file));
    }
    CHECK(folderEntries(dir.path()).isEmpty());
}

TEST_CASE("open: files that are not trackers are refused unchanged")
{
    QTemporaryDir dir;
    const QString text = dir.filePath("notes.txt");
    writeBytes(text, "just some notes\n");
    CHECK(errorOf([&] { openTrackerFile(text); }).contains("not an SQLite database"));
    CHECK(readBytes(text) == "just some notes\n");

    const QString empty = dir.filePath("empty.pml");
    writeBytes(empty, {});
    CHECK(errorOf([&] { openTrackerFile(empty); }).contains("is not a PML tracker"));
    CHECK(readBytes(empty).isEmpty());

    const QString other = dir.filePath("other.sqlite");
    {
        sql::Connection c(other, false);
        sql::exec(c.database(), "CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT)");
        sql::exec(c.database(), "INSERT INTO things (name) VALUES ('x')");
    }
    const QByteArray before = readBytes(other);
    CHECK(errorOf([&] { openTrackerFile(other); }).contains("has no tracker schema version"));
    CHECK(
        errorOf([&] { openTrackerFile(other, OpenMode::ReadOnly); }).contains("not a PML tracker"));
    CHECK(readBytes(other) == before);
    CHECK(folderEntries(dir.path()) == QStringList{"empty.pml", "notes.txt", "other.sqlite"});
}

TEST_CASE("open: a newer schema is refused with both versions, file unchanged")
{
    QTemporaryDir dir;
    const QString file = dir.filePath("t.pml");
    createTrackerFile(file, freshContent());
    {
        sql::Connection c(file, false);
        sql::exec(c.database(), "UPDATE meta SET value = '7' WHERE key = 'schema_version'");
    }
    const QByteArray before = readBytes(file);
    const QString message = errorOf([&] { openTrackerFile(file); });
    CHECK(message.contains("schema version 7"));
    CHECK(message.contains(QStringLiteral("version %1").arg(currentSchemaVersion())));
    CHECK(errorOf([&] { openTrackerFile(file, OpenMode::ReadOnly); }).contains("schema version 7"));
    CHECK(readBytes(file) == before);
}

TEST_CASE("open: a version 1 tracker is backed up and upgraded in place")
{
    QTemporaryDir dir;
    const QString file = dir.filePath("old.pml");
    TrackerContent content = sampleContent();
    content.withdrawals.clear(); // version 1 has no withdrawals
    content.updates[2].withdrawn = false;
    createVersion1Database(file, content);
    {
        sql::Connection c(file, true);
        CHECK(sql::readSchemaVersion(c.database()) == 1);
        CHECK(!c.database().tables().contains("update_withdrawals"));
    }
    // Read-only cannot upgrade: refused, nothing written.
    CHECK(
        errorOf([&] {
            openTrackerFile(file, OpenMode::ReadOnly);
        }).contains(QStringLiteral("must be upgraded to version %1").arg(currentSchemaVersion())));
    CHECK(!QFileInfo::exists(file + ".v1.bak"));

    auto store = openTrackerFile(file);
    const QString backup = file + ".v1.bak";
    REQUIRE(QFileInfo::exists(backup));
    {
        sql::Connection c(backup, true);
        CHECK(sql::readSchemaVersion(c.database()) == 1);
        CHECK(sql::scalar(c.database(), "SELECT COUNT(*) FROM status_updates").toInt() == 4);
        CHECK(!c.database().tables().contains("update_withdrawals"));
    }
    const TrackerContent upgraded = store->exportContent();
    CHECK(trackerToJson(upgraded) == trackerToJson(content));
    CHECK(store->check().isEmpty());
    // The audit log begins with the upgrade, made by the system user, who may do
    // everything until an admin lists others.
    const QList<AuditEntry> log = store->auditLog();
    REQUIRE(log.size() == 1);
    CHECK(log[0].kind == "tracker.upgrade");
    CHECK(log[0].recordedBy == systemUserName());
    // The upgraded file takes withdrawals, and stays append-only.
    store->setWithdrawn(2, true, systemUserName());
    CHECK(store->check().isEmpty());
    CHECK(store->history("6.C7")[1].withdrawn);
    store.reset();
    auto again = openTrackerFile(file); // already current: no second backup
    CHECK(!QFileInfo::exists(file + ".v1-2.bak"));
    CHECK(folderEntries(dir.path()).filter(".bak").size() == 1);
}

TEST_CASE("open: read-only mode refuses every write")
{
    QTemporaryDir dir;
    const QString file = dir.filePath("t.pml");
    createTrackerFile(file, sampleContent());
    const QByteArray before = readBytes(file);
    auto store = openTrackerFile(file, OpenMode::ReadOnly);
    CHECK(store->isReadOnly());
    CHECK(store->loadSnapshot().updates.size() == 4);
    const QDate today(2024, 6, 1);
    const auto readOnly = [](const QString& m) {
        return m.contains("read-only");
    };
    CHECK(readOnly(errorOf(
        [&] { store->recordUpdates({request("1.C1", Status::Completed, {}, today)}, today); })));
    CHECK(readOnly(errorOf([&] { store->setWithdrawn(1, true, "x"); })));
    CHECK(readOnly(errorOf([&] { store->setPlanning("1.C1", 2, {}, {}); })));
    CHECK(readOnly(errorOf([&] { store->setResponsibility("1.C1", 1, {}); })));
    CHECK(readOnly(errorOf([&] { store->setSettings(store->settings()); })));
    CHECK(readOnly(errorOf([&] { store->addActor("Nuevo", {}, ActorGroup::Other); })));
    CHECK(readOnly(errorOf([&] { store->updateActor(store->loadSnapshot().strategy.actors[0]); })));
    CHECK(store->check().isEmpty());
    // A copy can still be taken from a read-only tracker.
    store->writeConsistentCopy(dir.filePath("copy.pml"));
    CHECK(openTrackerFile(dir.filePath("copy.pml"))->history().size() == 4);
    store.reset();
    CHECK(readBytes(file) == before);
    // Closing leaves no "-wal" or "-shm" files behind.
    CHECK(folderEntries(dir.path()) == QStringList{"copy.pml", "t.pml"});
}

TEST_CASE("open: two stores on one file, as in two threads or programs")
{
    QTemporaryDir dir;
    const QString file = dir.filePath("t.pml");
    auto a = createTrackerFile(file, freshContent());
    auto b = openTrackerFile(file);
    const QDate today(2024, 6, 1);
    a->recordUpdates({request("1.C1", Status::InProgress, 10, today)}, today);
    b->recordUpdates({request("1.C1", Status::InProgress, 20, today)}, today);
    CHECK(a->history().size() == 2);
    CHECK(b->history().size() == 2);
}

TEST_CASE("create: refuses an existing file and leaves nothing behind on failure")
{
    QTemporaryDir dir;
    const QString file = dir.filePath("t.pml");
    writeBytes(file, "keep me");
    CHECK(errorOf([&] { createTrackerFile(file, freshContent()); }).contains("already exists"));
    CHECK(readBytes(file) == "keep me");
    QFile::remove(file);

    TrackerContent bad = freshContent();
    bad.settings.start = QDate();
    CHECK(!errorOf([&] { createTrackerFile(file, bad); }).isEmpty());
    CHECK(folderEntries(dir.path()).isEmpty());

    // A failure after the data is written, just before the commit.
    CHECK(errorOf([&] {
              createTrackerFile(file, sampleContent(),
                                [](const QSqlDatabase&) { throw Error("disk full"); });
          }) == "disk full");
    CHECK(folderEntries(dir.path()).isEmpty());
    CHECK(errorOf([&] {
              createTrackerFile(dir.filePath("no/such/folder/t.pml"), freshContent());
          }).contains("folder does not exist"));

    createTrackerFile(file, freshContent());
    CHECK(folderEntries(dir.path()) == QStringList{"t.pml"});
}

TEST_CASE("create: keeps ids and recording times of imported history exactly")
{
    QTemporaryDir dir;
    const TrackerContent content = sampleContent();
    auto store = createTrackerFile(dir.filePath("t.pml"), content);
    const auto history = store->history();
    REQUIRE(history.size() == content.updates.size());
    for (qsizetype i = 0; i < history.size(); ++i) {
        CHECK(history[i].id == content.updates[i].id);
        CHECK(history[i].recordedAt == content.updates[i].recordedAt);
        CHECK(history[i].note == content.updates[i].note);
        CHECK(history[i].withdrawn == content.updates[i].withdrawn);
    }
    const auto events = store->withdrawals(3);
    REQUIRE(events.size() == 3);
    CHECK(events[2].recordedAt == content.withdrawals[2].recordedAt);
    CHECK(events[2].recordedBy == "luis");
    CHECK(store->exportContent().settings == content.settings);
    CHECK(store->check().isEmpty());
}

TEST_CASE("open: a store per thread, each with its own connection")
{
    QTemporaryDir dir;
    const QString file = dir.filePath("t.pml");
    auto main = createTrackerFile(file, freshContent());
    const QDate today(2024, 6, 1);
    QString failure;
    std::thread worker([&] {
        try {
            auto store = openTrackerFile(file);
            store->recordUpdates({request("2.C1", Status::Completed, {}, today)}, today);
        } catch (const Error& e) {
            failure = e.message();
        }
    });
    worker.join();
    CHECK(failure.isEmpty());
    CHECK(main->history("2.C1").size() == 1);
}
