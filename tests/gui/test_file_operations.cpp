#include "core/error.h"
#include "gui/file_operations.h"
#include "gui_fixtures.h"

#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace pml;
using namespace pml::test;

TEST_CASE("export and import JSON round-trip a tracker with its history", "[files]")
{
    TempTracker tracker;
    auto document = tracker.open();
    document->recordUpdates(
        {updateRequest(QStringLiteral("14.C1"), Status::InProgress, 50, QStringLiteral("nota"))});
    document->undoStack()->undo(); // a withdrawal is exported too
    const QString json = tracker.dir.filePath(QStringLiteral("export.json"));
    exportTrackerJson(document->store(), json);
    REQUIRE(QFileInfo(json).size() > 0);

    const QString imported = tracker.dir.filePath(QStringLiteral("imported.sqlite"));
    importTrackerJson(json, imported);
    auto store = openTracker(imported, OpenMode::ReadOnly);
    const QList<StatusUpdate> history = store->history(QStringLiteral("14.C1"));
    REQUIRE(history.size() == 1);
    REQUIRE(history.first().withdrawn);
    REQUIRE(history.first().note == QStringLiteral("nota"));
    // An existing tracker is never overwritten.
    REQUIRE_THROWS_AS(importTrackerJson(json, imported), Error);
}

TEST_CASE("the default tracker is created once from the bundled strategy", "[files]")
{
    TempTracker tracker;
    const QString file = tracker.dir.filePath(QStringLiteral("data/seguimiento-pml.sqlite"));
    REQUIRE(ensureTrackerExists(file));
    REQUIRE_FALSE(ensureTrackerExists(file));
    auto store = openTracker(file);
    REQUIRE(store->settings().start == QDate(QDate::currentDate().year(), 1, 1));
    REQUIRE(store->loadSnapshot(false).strategy.activities.size() == 97);
    REQUIRE(defaultTrackerPath().endsWith(QStringLiteral("seguimiento-pml.sqlite")));
}

TEST_CASE("an export that cannot be written names the file", "[files]")
{
    TempTracker tracker;
    auto document = tracker.open();
    const QString bad = tracker.dir.filePath(QStringLiteral("no/such/folder/export.json"));
    try {
        exportTrackerJson(document->store(), bad);
        FAIL("no error");
    } catch (const Error& error) {
        REQUIRE(error.message().contains(QStringLiteral("export.json")));
    }
}
