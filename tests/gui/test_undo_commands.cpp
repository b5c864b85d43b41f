#include "core/clock.h"
#include "gui_fixtures.h"

#include <catch2/catch.hpp>

using namespace pml;
using namespace pml::test;

namespace {

// A copy: each call reads the tracker again, so two results can be compared.
Activity storedActivity(TrackerDocument& document, const QString& code)
{
    const Snapshot snapshot = storeOf(document).loadSnapshot(false);
    return *snapshot.strategy.activity(code);
}

QList<Assignment> storedAssignments(TrackerDocument& document, const QString& code)
{
    QList<Assignment> result;
    for (const Assignment& a : storeOf(document).loadSnapshot(false).assignments) {
        if (a.activity == code)
            result.append(a);
    }
    return result;
}

} // namespace

TEST_CASE("planning changes are undoable and reach the figures", "[undo]")
{
    TempTracker tracker;
    auto document = tracker.open();
    const QString code = QStringLiteral("14.C1");
    const double weight = document->snapshot().strategy.activity(code)->weight;
    const QDate start = pml::today().addDays(-10);
    const QDate end = pml::today().addDays(10);

    REQUIRE(document->setPlanning(code, 3.0, start, end).done());
    REQUIRE(document->undoStack()->count() == 1);
    REQUIRE(storedActivity(*document, code).weight == 3.0);
    REQUIRE(document->snapshot().strategy.activity(code)->plannedStart == start);
    // Half of the planned window has passed.
    REQUIRE(document->progress().activities.value(code).planned == Approx(50.0));

    document->undoStack()->undo();
    REQUIRE(storedActivity(*document, code).weight == weight);
    REQUIRE_FALSE(storedActivity(*document, code).plannedStart.has_value());
    REQUIRE_FALSE(document->snapshot().strategy.activity(code)->plannedStart.has_value());
    document->undoStack()->redo();
    REQUIRE(storedActivity(*document, code).plannedEnd == end);
}

TEST_CASE("responsibility changes are undoable", "[undo]")
{
    TempTracker tracker;
    auto document = tracker.open();
    const QString code = QStringLiteral("14.C1");
    const QList<Actor>& actors = document->snapshot().strategy.actors;
    REQUIRE(actors.size() >= 3);
    REQUIRE(document->setResponsibility(code, actors.at(0).id, {actors.at(1).id, actors.at(2).id})
                .done());
    REQUIRE(storedAssignments(*document, code).size() == 3);
    REQUIRE(document->snapshot().assignments.size() == 3);
    document->undoStack()->undo();
    REQUIRE(storedAssignments(*document, code).isEmpty());
    REQUIRE(document->snapshot().assignments.isEmpty());
    document->undoStack()->redo();
    REQUIRE(storedAssignments(*document, code).size() == 3);
}

TEST_CASE("settings changes are undoable and change the roll-up", "[undo]")
{
    TempTracker tracker;
    auto document = tracker.open();
    const Settings before = document->snapshot().settings;
    Settings after = before;
    after.mode =
        before.mode == RollupMode::Objectives ? RollupMode::Activities : RollupMode::Objectives;
    REQUIRE(document->setSettings(after).done());
    REQUIRE(storeOf(*document).settings() == after);
    REQUIRE(document->progress().mode == after.mode);
    document->undoStack()->undo();
    REQUIRE(storeOf(*document).settings() == before);
    REQUIRE(document->progress().mode == before.mode);

    // Invalid settings are refused with the core's message; nothing is pushed.
    Settings invalid = before;
    invalid.shortYears = invalid.longYears + 1;
    const int count = document->undoStack()->count();
    REQUIRE_FALSE(document->setSettings(invalid).done());
    REQUIRE(document->undoStack()->count() == count);
    REQUIRE(storeOf(*document).settings() == before);
}

TEST_CASE("actors: renaming is undoable, adding is not on the stack", "[undo]")
{
    TempTracker tracker;
    auto document = tracker.open();
    const qint64 id =
        document
            ->addActor(QStringLiteral("Nueva institución"), QStringLiteral("NI"), ActorGroup::Other)
            .id;
    REQUIRE(id > 0);
    REQUIRE(document->undoStack()->count() == 0);
    REQUIRE(document->snapshot().strategy.actor(id)->name == QStringLiteral("Nueva institución"));

    Actor renamed = *document->snapshot().strategy.actor(id);
    renamed.name = QStringLiteral("Institución renombrada");
    renamed.group = ActorGroup::Sector;
    REQUIRE(document->updateActor(renamed).done());
    REQUIRE(document->undoStack()->count() == 1);
    REQUIRE(storeOf(*document).loadSnapshot(false).strategy.actor(id)->group == ActorGroup::Sector);
    document->undoStack()->undo();
    const Snapshot stored = storeOf(*document).loadSnapshot(false);
    REQUIRE(stored.strategy.actor(id)->name == QStringLiteral("Nueva institución"));
    REQUIRE(stored.strategy.actor(id)->group == ActorGroup::Other);
    REQUIRE(document->snapshot().strategy.actor(id)->name == QStringLiteral("Nueva institución"));
}

// Another program changes the tracker after the window read it; undoing the window's
// edit must write back what the tracker held just before that edit, not the window's copy.
TEST_CASE("undo restores what another program wrote, not the window's copy", "[undo]")
{
    TempTracker tracker;
    auto document = tracker.open();
    const QString code = QStringLiteral("14.C1");
    const Actor actor = document->snapshot().strategy.actors.at(0);
    const Settings settings = document->snapshot().settings;
    REQUIRE(document->snapshot().strategy.activity(code)->weight != 7.0);

    auto other = openTrackerFile(tracker.path);
    other->setPlanning(code, 7.0, std::nullopt, std::nullopt);
    other->setResponsibility(code, actor.id, {});
    Actor renamedElsewhere = actor;
    renamedElsewhere.name = QStringLiteral("Renombrado en otro programa");
    other->updateActor(renamedElsewhere);
    Settings otherSettings = settings;
    otherSettings.mode =
        settings.mode == RollupMode::Objectives ? RollupMode::Activities : RollupMode::Objectives;
    other->setSettings(otherSettings);

    REQUIRE(document->setPlanning(code, 3.0, std::nullopt, std::nullopt).done());
    document->undoStack()->undo();
    CHECK(storedActivity(*document, code).weight == 7.0);

    REQUIRE(document->setResponsibility(code, std::nullopt, {}).done());
    document->undoStack()->undo();
    REQUIRE(storedAssignments(*document, code).size() == 1);
    CHECK(storedAssignments(*document, code).at(0).actor == actor.id);

    Actor renamedHere = actor;
    renamedHere.name = QStringLiteral("Renombrado en la ventana");
    REQUIRE(document->updateActor(renamedHere).done());
    document->undoStack()->undo();
    CHECK(storeOf(*document).loadSnapshot(false).strategy.actor(actor.id)->name ==
          renamedElsewhere.name);

    REQUIRE(document->setSettings(settings).done());
    document->undoStack()->undo();
    CHECK(storeOf(*document).settings() == otherSettings);
}

TEST_CASE("several updates in one command are withdrawn and restored together", "[undo]")
{
    TempTracker tracker;
    auto document = tracker.open();
    REQUIRE(document
                ->recordUpdates({updateRequest(QStringLiteral("1.C1"), Status::Completed, {}),
                                 updateRequest(QStringLiteral("1.C2"), Status::InProgress, 30)})
                .done());
    REQUIRE(document->undoStack()->count() == 1);
    REQUIRE(document->undoStack()->undoText() == QStringLiteral("Record updates of 2 activities"));
    document->undoStack()->undo();
    for (const StatusUpdate& update : storeOf(*document).history())
        REQUIRE(update.withdrawn);
    REQUIRE(document->progress().activities.value(QStringLiteral("1.C1")).status ==
            Status::NotStarted);
    document->undoStack()->redo();
    for (const StatusUpdate& update : storeOf(*document).history())
        REQUIRE_FALSE(update.withdrawn);
}
