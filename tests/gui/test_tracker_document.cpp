#include "core/clock.h"
#include "core/error.h"
#include "gui_fixtures.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace pml;
using namespace pml::test;

namespace {

bool same(const std::optional<double>& a, const std::optional<double>& b)
{
    return a.has_value() == b.has_value() && (!a || qAbs(*a - *b) < 1e-9);
}

bool same(const Figures& a, const Figures& b)
{
    return same(a.actual, b.actual) && same(a.planned, b.planned) && a.schedule == b.schedule;
}

// The document's figures are exactly the engine's on what the store holds.
void requireMatchesStore(TrackerDocument& document)
{
    const Progress stored = storedProgress(storeOf(document), document.asOf());
    REQUIRE(same(document.progress().strategy, stored.strategy));
    for (auto it = stored.lines.cbegin(); it != stored.lines.cend(); ++it)
        REQUIRE(same(document.progress().lines.value(it.key()), it.value()));
    for (auto it = stored.objectives.cbegin(); it != stored.objectives.cend(); ++it)
        REQUIRE(same(document.progress().objectives.value(it.key()), it.value()));
    for (auto it = stored.activities.cbegin(); it != stored.activities.cend(); ++it) {
        const ActivityProgress& shown = document.progress().activities.value(it.key());
        REQUIRE(shown.status == it.value().status);
        REQUIRE(shown.percent == it.value().percent);
    }
}

} // namespace

TEST_CASE("a document loads the tracker's figures as of today", "[document]")
{
    TempTracker tracker;
    auto document = tracker.open();
    REQUIRE(document->snapshot().strategy.activities.size() == 97);
    REQUIRE(document->asOf() == pml::today());
    REQUIRE(document->canEdit());
    REQUIRE_FALSE(document->isReadOnly());
    REQUIRE(document->location() == TrackerLocation::file(tracker.path));
    REQUIRE(document->progress().activities.value(QStringLiteral("14.C1")).status ==
            Status::NotStarted);
    requireMatchesStore(*document);
}

TEST_CASE("recording an update changes the figures as the engine says; undo and redo",
          "[document][undo]")
{
    TempTracker tracker;
    auto document = tracker.open();
    actAs(*document, QStringLiteral("ana"));
    QSignalSpy changed(document.get(), &TrackerDocument::progressChanged);
    const Figures objectiveBefore = document->progress().objectives.value(14);
    const Figures lineBefore = document->progress().lines.value(3);

    REQUIRE(document
                ->recordUpdates({updateRequest(QStringLiteral("14.C1"), Status::InProgress, 50,
                                               QStringLiteral("half"))})
                .done());
    REQUIRE(changed.count() == 1);
    REQUIRE(document->undoStack()->count() == 1);
    REQUIRE(document->undoStack()->undoText() == QStringLiteral("Record update of 14.C1"));
    REQUIRE(document->progress().activities.value(QStringLiteral("14.C1")).percent == 50);
    REQUIRE(document->progress().objectives.value(14).actual.has_value());
    REQUIRE_FALSE(same(document->progress().objectives.value(14), objectiveBefore));
    REQUIRE_FALSE(same(document->progress().lines.value(3), lineBefore));
    requireMatchesStore(*document);

    const QList<StatusUpdate> history = storeOf(*document).history(QStringLiteral("14.C1"));
    REQUIRE(history.size() == 1);
    REQUIRE(history.first().recordedBy == QStringLiteral("ana"));
    REQUIRE(history.first().note == QStringLiteral("half"));
    const qint64 id = history.first().id;

    document->undoStack()->undo();
    // History stays append-only: the update is still there, marked withdrawn.
    const QList<StatusUpdate> afterUndo = storeOf(*document).history(QStringLiteral("14.C1"));
    REQUIRE(afterUndo.size() == 1);
    REQUIRE(afterUndo.first().withdrawn);
    const QList<WithdrawalEvent> events = storeOf(*document).withdrawals(id);
    REQUIRE(events.size() == 1);
    REQUIRE(events.first().withdrawn);
    REQUIRE(events.first().recordedBy == QStringLiteral("ana"));
    REQUIRE(same(document->progress().objectives.value(14), objectiveBefore));
    REQUIRE(same(document->progress().lines.value(3), lineBefore));
    REQUIRE(document->progress().activities.value(QStringLiteral("14.C1")).percent == 0);
    requireMatchesStore(*document);

    document->undoStack()->redo();
    REQUIRE_FALSE(storeOf(*document).history(QStringLiteral("14.C1")).first().withdrawn);
    REQUIRE(storeOf(*document).withdrawals(id).size() == 2);
    REQUIRE(document->progress().activities.value(QStringLiteral("14.C1")).percent == 50);
    requireMatchesStore(*document);
}

TEST_CASE("a refused update reports the store's message and leaves the stack unchanged",
          "[document]")
{
    TempTracker tracker;
    auto document = tracker.open();
    // The refusal is returned to the form that asked, and not signalled as well: the user
    // sees it once.
    QSignalSpy signalled(document.get(), &TrackerDocument::editRefused);
    // In progress needs a percent between 1 and 99.
    const EditResult badPercent =
        document->recordUpdates({updateRequest(QStringLiteral("14.C1"), Status::InProgress, 100)});
    REQUIRE_FALSE(badPercent.done());
    REQUIRE(badPercent.refusal.contains(QStringLiteral("14.C1")));
    const EditResult badCode =
        document->recordUpdates({updateRequest(QStringLiteral("99.C9"), Status::Completed, 100)});
    REQUIRE_FALSE(badCode.done());
    REQUIRE(badCode.refusal.contains(QStringLiteral("99.C9")));
    REQUIRE(signalled.isEmpty());
    REQUIRE(document->undoStack()->count() == 0);
    REQUIRE(storeOf(*document).history().isEmpty());
}

TEST_CASE("a read-only document refuses every edit", "[document][read-only]")
{
    TempTracker tracker;
    auto document = tracker.open(OpenMode::ReadOnly);
    REQUIRE(document->isReadOnly());
    REQUIRE_FALSE(document->canEdit());
    REQUIRE_FALSE(
        document->recordUpdates({updateRequest(QStringLiteral("14.C1"), Status::Completed, 100)})
            .done());
    REQUIRE_FALSE(
        document->setPlanning(QStringLiteral("14.C1"), 2.0, std::nullopt, std::nullopt).done());
    Settings settings = document->snapshot().settings;
    settings.lateGap = 40;
    REQUIRE_FALSE(document->setSettings(settings).done());
    const EditResult actor = document->addActor(QStringLiteral("X"), {}, ActorGroup::Other);
    REQUIRE(actor.refusal.contains(QStringLiteral("read-only")));
    REQUIRE(actor.id == 0);
    REQUIRE(document->undoStack()->count() == 0);
    // The store itself refuses too, whatever the caller.
    REQUIRE_THROWS_AS(
        storeOf(*document).recordUpdates(
            {updateRequest(QStringLiteral("14.C1"), Status::Completed, 100)}, pml::today()),
        Error);
    REQUIRE(storeOf(*document).history().isEmpty());
}

TEST_CASE("the as-of date recomputes the figures and allows editing only today", "[document]")
{
    TempTracker tracker;
    auto document = tracker.open();
    REQUIRE(document->recordUpdates({updateRequest(QStringLiteral("14.C1"), Status::Completed, {})})
                .done());
    QSignalSpy canEdit(document.get(), &TrackerDocument::canEditChanged);
    const QDate past = pml::today().addDays(-1);
    document->setAsOf(past);
    REQUIRE(canEdit.count() == 1);
    REQUIRE_FALSE(document->canEdit());
    REQUIRE(document->progress().asOf == past);
    // Recorded today with effective date today: not yet in force yesterday.
    REQUIRE(document->progress().activities.value(QStringLiteral("14.C1")).status ==
            Status::NotStarted);
    REQUIRE_FALSE(
        document->recordUpdates({updateRequest(QStringLiteral("1.C1"), Status::Completed, {})})
            .done());
    document->setAsOf(pml::today());
    REQUIRE(document->canEdit());
    REQUIRE(document->progress().activities.value(QStringLiteral("14.C1")).status ==
            Status::Completed);
}

TEST_CASE("big snapshots are computed in the background, keeping the previous figures",
          "[document][background]")
{
    TempTracker tracker;
    auto document = tracker.open();
    document->setBackgroundThreshold(0); // everything counts as big
    QSignalSpy busy(document.get(), &TrackerDocument::busyChanged);
    const Figures before = document->progress().objectives.value(14);

    // An edit recomputes only the activities it changed, at once: no worker.
    REQUIRE(
        document->recordUpdates({updateRequest(QStringLiteral("14.C1"), Status::InProgress, 40)})
            .done());
    REQUIRE(busy.isEmpty());
    REQUIRE_FALSE(same(document->progress().objectives.value(14), before));
    REQUIRE(document->progress().activities.value(QStringLiteral("14.C1")).percent == 40);
    requireMatchesStore(*document);

    // A reload reads the file on the worker's own read-only connection; until it is done,
    // the previous, consistent figures stay.
    auto other = openTrackerFile(tracker.path);
    other->recordUpdates({updateRequest(QStringLiteral("1.C1"), Status::Completed, {})},
                         pml::today());
    document->reload();
    REQUIRE(busy.count() == 1);
    REQUIRE(busy.first().first().toBool());
    REQUIRE(document->isBusy());
    REQUIRE(document->progress().activities.value(QStringLiteral("1.C1")).status !=
            Status::Completed);
    REQUIRE(waitFor([&] { return !document->isBusy(); }));
    REQUIRE(busy.last().first().toBool() == false);
    REQUIRE(document->progress().activities.value(QStringLiteral("1.C1")).status ==
            Status::Completed);
    requireMatchesStore(*document);

    // Two quick changes: only the latest result is published.
    document->setAsOf(pml::today().addDays(-3));
    document->setAsOf(pml::today());
    REQUIRE(waitFor([&] { return !document->isBusy(); }));
    REQUIRE(document->progress().asOf == pml::today());
}

TEST_CASE("another program's update shows in the window without a reload by hand", "[document]")
{
    TempTracker tracker;
    auto document = tracker.open();
    const QString code = QStringLiteral("14.C1");
    REQUIRE(document->progress().activities.value(code).percent == 0);
    {
        // Another program: its own connection to the same file.
        auto other = openTrackerFile(tracker.path);
        other->recordUpdates({updateRequest(code, Status::InProgress, 60)}, pml::today());
    }
    REQUIRE(
        waitFor([&] { return document->progress().activities.value(code).percent == 60; }, 5000));
    // Its own writes do not trigger a reload of their own.
    REQUIRE(document->recordUpdates({updateRequest(code, Status::InProgress, 70)}).done());
    CHECK(document->progress().activities.value(code).percent == 70);
}
