// Rules every layer asks of core rather than writing its own copy: what is in force, what a
// status does to the percent, the effective date's limits, who answers for an activity,
// a new tracker's defaults and the reminder "not updated".
#include "core/history.h"
#include "core/reminders.h"
#include "core/tracker_defaults.h"

#include <catch2/catch.hpp>

using namespace pml;

namespace {

StatusUpdate updateOn(qint64 id, const QDate& effective, int percent)
{
    StatusUpdate u;
    u.id = id;
    u.activity = QStringLiteral("1.C1");
    u.effectiveDate = effective;
    u.recordedAt = QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);
    u.status = Status::InProgress;
    u.percent = percent;
    return u;
}

} // namespace

TEST_CASE("what may be in force: not withdrawn, a real date, not after the day asked", "[history]")
{
    const QDate day(2026, 5, 1);
    CHECK(mayBeInForceAt(updateOn(1, day, 10), day));
    CHECK_FALSE(mayBeInForceAt(updateOn(1, day.addDays(1), 10), day));
    StatusUpdate withdrawn = updateOn(1, day, 10);
    withdrawn.withdrawn = true;
    CHECK_FALSE(mayBeInForceAt(withdrawn, day));
    CHECK_FALSE(mayBeInForceAt(updateOn(1, QDate(), 10), day));
    // The search by activity and the engine's use the same filter: an update without a
    // date is never in force, so both give the dated one.
    const QList<StatusUpdate> updates{updateOn(1, day, 10), updateOn(2, QDate(), 60)};
    const StatusUpdate* inForce = updateInForce(updates, QStringLiteral("1.C1"), day);
    REQUIRE(inForce != nullptr);
    CHECK(inForce->id == 1);
}

TEST_CASE("each status says which percents it takes and who gives them", "[history]")
{
    CHECK(percentRule(Status::NotStarted).input == PercentInput::Fixed);
    CHECK(percentRule(Status::InProgress).input == PercentInput::Required);
    CHECK(percentRule(Status::Completed).input == PercentInput::Fixed);
    CHECK(percentRule(Status::Suspended).input == PercentInput::Optional);
    CHECK(percentRule(Status::Cancelled).input == PercentInput::Kept);
    CHECK(percentRule(Status::Suspended).keepsPercentInForce());
    CHECK(percentRule(Status::Cancelled).keepsPercentInForce());
    CHECK_FALSE(percentRule(Status::InProgress).keepsPercentInForce());
    CHECK_FALSE(percentRule(Status::Cancelled).acceptsPercent());
    CHECK(percentRule(Status::Suspended).acceptsPercent());
    for (Status status : allStatuses()) {
        CHECK(percentRange(status).minimum == percentRule(status).range.minimum);
        CHECK(percentRange(status).maximum == percentRule(status).range.maximum);
    }
}

TEST_CASE("a stored percent is checked against its status's rule", "[history]")
{
    CHECK_FALSE(storedPercentProblem(Status::Cancelled, 0));
    CHECK_FALSE(storedPercentProblem(Status::Cancelled, 100)); // cancelled after completion
    REQUIRE(storedPercentProblem(Status::Cancelled, 101));
    CHECK(storedPercentProblem(Status::Cancelled, 101)->contains(QStringLiteral("101")));
    CHECK_FALSE(storedPercentProblem(Status::Suspended, 99));
    REQUIRE(storedPercentProblem(Status::Suspended, 100));
    CHECK_FALSE(storedPercentProblem(Status::InProgress, 40));
    CHECK(storedPercentProblem(Status::InProgress, 0));
    CHECK(storedPercentProblem(Status::Completed, 90));
}

TEST_CASE("an effective date lies from the earliest accepted date to today", "[history]")
{
    const QDate today(2026, 5, 4);
    const DateRange range = effectiveDateRange(today);
    CHECK(range.earliest == earliestEffectiveDate());
    CHECK(range.latest == today);
    CHECK(range.contains(today));
    CHECK_FALSE(range.contains(today.addDays(1)));
    CHECK_FALSE(range.contains(earliestEffectiveDate().addDays(-1)));
    // Without today (an import), no upper limit.
    CHECK(effectiveDateRange({}).contains(QDate(2999, 1, 1)));
    CHECK_FALSE(validateEffectiveDate(today, today));
    CHECK(validateEffectiveDate(today.addDays(1), today));
    CHECK(validateEffectiveDate(QDate(26, 5, 4), today));
}

TEST_CASE("an activity's lead and supporters come from its assignments", "[strategy]")
{
    const QList<Assignment> assignments{
        {QStringLiteral("1.C1"), 7, ActorRole::Support},
        {QStringLiteral("2.C1"), 3, ActorRole::Lead},
        {QStringLiteral("1.C1"), 4, ActorRole::Lead},
        {QStringLiteral("1.C1"), 9, ActorRole::Support},
    };
    const ActivityActors actors = activityActors(assignments, QStringLiteral("1.C1"));
    CHECK(actors.lead == 4);
    CHECK(actors.support == QList<qint64>{7, 9});
    CHECK(actors.all() == QList<qint64>{4, 7, 9});
    CHECK_FALSE(activityActors(assignments, QStringLiteral("3.C1")).lead);
    const QHash<QString, ActivityActors> all = actorsByActivity(assignments);
    CHECK(all.size() == 2);
    CHECK(all.value(QStringLiteral("1.C1")).all() == actors.all());
    CHECK(all.value(QStringLiteral("2.C1")).lead == 3);
}

TEST_CASE("a new tracker lists its creator with every role and starts in January", "[defaults]")
{
    const QList<Person> people = defaultPeople(QStringLiteral("  Ana Quispe "));
    REQUIRE(people.size() == 1);
    CHECK(people.first().name == QStringLiteral("Ana Quispe"));
    CHECK(people.first().roles == allRoles());
    CHECK(people.first().active);
    CHECK(defaultPeople(QStringLiteral("  ")).isEmpty());
    CHECK(defaultStartDate(QDate(2026, 8, 17)) == QDate(2026, 1, 1));
}

TEST_CASE("an activity awaits an update when open, due and not updated since", "[reminders]")
{
    const QDate since(2026, 4, 1);
    const QDate asOf(2026, 5, 4);
    const QDate started(2025, 1, 1);
    CHECK(awaitsUpdate(Status::InProgress, started, QDate(2026, 3, 31), since, asOf));
    CHECK(awaitsUpdate(Status::NotStarted, started, QDate(), since, asOf));
    CHECK(awaitsUpdate(Status::Suspended, started, QDate(), since, asOf));
    CHECK_FALSE(awaitsUpdate(Status::InProgress, started, since, since, asOf)); // updated
    CHECK_FALSE(awaitsUpdate(Status::Completed, started, QDate(), since, asOf));
    CHECK_FALSE(awaitsUpdate(Status::Cancelled, started, QDate(), since, asOf));
    CHECK_FALSE(awaitsUpdate(Status::NotStarted, asOf.addDays(1), QDate(), since, asOf));
    CHECK(awaitsUpdate(Status::NotStarted, asOf, QDate(), since, asOf)); // due today
    ActivityProgress activity;
    activity.status = Status::InProgress;
    activity.plannedStart = started;
    activity.lastEffectiveDate = QDate(2026, 2, 1);
    CHECK(awaitsUpdate(activity, since, asOf));
}
