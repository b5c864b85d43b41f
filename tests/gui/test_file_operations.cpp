#include "core/clock.h"
#include "core/error.h"
#include "gui/file_operations.h"
#include "gui/tracker_check.h"
#include "gui_fixtures.h"
#include "report/report_model.h"
#include "report/report_writers.h"
#include "storage/strategy_json.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <catch2/catch.hpp>
#include <functional>

using namespace pml;
using namespace pml::test;

TEST_CASE("export and import JSON round-trip a tracker with its history", "[files]")
{
    TempTracker tracker;
    auto document = tracker.open();
    REQUIRE(document
                ->recordUpdates({updateRequest(QStringLiteral("14.C1"), Status::InProgress, 50,
                                               QStringLiteral("nota"))})
                .done());
    document->undoStack()->undo(); // a withdrawal is exported too
    const QString json = tracker.dir.filePath(QStringLiteral("export.json"));
    exportTrackerJson(document->reader(), json);
    REQUIRE(QFileInfo(json).size() > 0);

    const QString imported = tracker.dir.filePath(QStringLiteral("imported.sqlite"));
    importTrackerJson(json, imported);
    auto store = openTrackerFile(imported, OpenMode::ReadOnly);
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
    auto store = openTrackerFile(file);
    REQUIRE(store->settings().start == QDate(pml::today().year(), 1, 1));
    REQUIRE(store->loadSnapshot(false).strategy.activities.size() == 97);
    REQUIRE(defaultTrackerPath().endsWith(QStringLiteral("seguimiento-pml.sqlite")));
}

TEST_CASE("an export that cannot be written names the file", "[files]")
{
    TempTracker tracker;
    auto document = tracker.open();
    const QString bad = tracker.dir.filePath(QStringLiteral("no/such/folder/export.json"));
    try {
        exportTrackerJson(document->reader(), bad);
        FAIL("no error");
    } catch (const Error& error) {
        REQUIRE(error.message().contains(QStringLiteral("export.json")));
    }
}

TEST_CASE("the window's save paths never write over a tracker, a folder or a device", "[files]")
{
    TempTracker tracker;
    auto document = tracker.open();
    const QString other = tracker.dir.filePath(QStringLiteral("other.sqlite"));
    REQUIRE(ensureTrackerExists(other));
    const QString link = tracker.dir.filePath(QStringLiteral("link.sqlite"));
    REQUIRE(QFile::link(tracker.path, link));
    const QByteArray before = [&] {
        QFile f(tracker.path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();
    const auto refusal = [](const std::function<void()>& save) {
        try {
            save();
        } catch (const Error& error) {
            return error.message();
        }
        return QString();
    };
    const QList<QPair<QString, QString>> targets{
        {tracker.path, QStringLiteral("is the tracker being read")},
        {link, QStringLiteral("is the tracker being read")},
        {other, QStringLiteral("is a database")},
        {tracker.dir.path(), QStringLiteral("is a folder")},
        {QStringLiteral("/dev/null"), QStringLiteral("is a device")},
    };
    ReportOptions options;
    options.year = pml::today().year();
    options.quarter = 1;
    const ReportModel model = buildReport(storeOf(*document), options, ReportMeta{});
    for (const auto& [target, named] : targets) {
        INFO(target.toStdString());
        CHECK(refusal([&] { exportTrackerJson(document->reader(), target); }).contains(named));
        CHECK(refusal([&] { storeOf(*document).writeConsistentCopy(target); }).contains(named));
        CHECK(refusal([&] {
                  writeReportFile(model, ReportFormat::Json, target, {},
                                  storeOf(*document).location().filesToProtect());
              }).contains(named));
    }
    QFile after(tracker.path);
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == before);
}

TEST_CASE("File → Check Tracker runs the command line's checks and reports what they find",
          "[files][check]")
{
    TempTracker tracker;
    {
        auto document = tracker.open();
        REQUIRE(
            document
                ->recordUpdates({updateRequest(QStringLiteral("14.C1"), Status::InProgress, 40)})
                .done());
    }
    const TrackerLocation location = TrackerLocation::file(tracker.path);
    QFuture<TrackerCheckResult> clean = checkTrackerInBackground(location, pml::today());
    clean.waitForFinished();
    CHECK(clean.result().failure.isEmpty());
    CHECK(clean.result().problems.isEmpty());

    // Written behind the program's back: the same problems the command line reports.
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {tracker.path});
    sqlite.write("DROP TRIGGER status_updates_no_update; UPDATE status_updates SET percent = 95;");
    sqlite.closeWriteChannel();
    REQUIRE(sqlite.waitForFinished());
    QFuture<TrackerCheckResult> tampered = checkTrackerInBackground(location, pml::today());
    tampered.waitForFinished();
    CHECK(tampered.result().failure.isEmpty());
    CHECK_FALSE(tampered.result().problems.isEmpty());

    QFuture<TrackerCheckResult> missing = checkTrackerInBackground(
        TrackerLocation::file(tracker.dir.filePath(QStringLiteral("none.sqlite"))), pml::today());
    missing.waitForFinished();
    CHECK_FALSE(missing.result().failure.isEmpty());
}

TEST_CASE("a tracker saved without an extension gets the trackers' own", "[files]")
{
    TempTracker tracker;
    const QString chosen = tracker.dir.filePath(QStringLiteral("seguimiento-2027"));
    const QString file = withTrackerExtension(chosen);
    REQUIRE(file == chosen + QStringLiteral(".pmltracker"));
    // Trackers named before their extension existed keep their name.
    const QString older = tracker.dir.filePath(QStringLiteral("seguimiento.sqlite"));
    REQUIRE(withTrackerExtension(older) == older);
    REQUIRE(withTrackerExtension(QString()).isEmpty()); // the dialog was cancelled

    // The extension changes nothing in the file: it opens like any tracker.
    createTrackerFile(file, newTrackerContent(bundledStrategy(), QDate(2026, 1, 1)));
    auto store = openTrackerFile(file, OpenMode::ReadOnly);
    REQUIRE(store->history(QStringLiteral("14.C1")).isEmpty());
}
