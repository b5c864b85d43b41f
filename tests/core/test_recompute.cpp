// After an edit, the window recomputes only the activities it changed. The figures must be
// exactly those of a full roll-up: these cases compare the two bit for bit.
#include "core/error.h"
#include "core/progress.h"
#include "core/synthetic.h"

#include <QRandomGenerator>

#include <catch2/catch.hpp>

using namespace pml;

namespace {

const QDate kToday(2026, 6, 30);

void requireSame(const Progress& a, const Progress& b)
{
    REQUIRE(a.strategy == b.strategy);
    REQUIRE(a.lines == b.lines);
    REQUIRE(a.groups == b.groups);
    REQUIRE(a.objectives == b.objectives);
    REQUIRE(a.activities.size() == b.activities.size());
    for (auto it = a.activities.cbegin(); it != a.activities.cend(); ++it) {
        const ActivityProgress& other = b.activities.value(it.key());
        REQUIRE(other.percent == it->percent);
        REQUIRE(other.status == it->status);
        REQUIRE(other.lastUpdate == it->lastUpdate);
        REQUIRE(other.planned == it->planned);
        REQUIRE(other.schedule == it->schedule);
    }
}

} // namespace

TEST_CASE("recomputing the changed activities gives the full roll-up's figures", "[rollup]")
{
    for (const RollupMode mode : {RollupMode::Objectives, RollupMode::Activities}) {
        SyntheticTracker t = generateSyntheticTracker({5, 40, 400, 3000, 3}, kToday);
        t.settings.mode = mode;
        Snapshot snapshot{t.strategy, t.settings, t.assignments, t.updates, std::nullopt};
        Progress progress = computeProgress(snapshot, kToday);
        QRandomGenerator random(11);
        qint64 nextId = 100000;
        for (int edit = 0; edit < 30; ++edit) {
            // One to three activities get a new update, or lose their latest one.
            QStringList changed;
            for (int n = 1 + random.bounded(3); n > 0; --n) {
                const QString code = t.strategy.activities[random.bounded(400)].code;
                changed << code;
                if (random.bounded(4) == 0) {
                    for (StatusUpdate& u : snapshot.updates) {
                        if (u.activity == code && !u.withdrawn) {
                            u.withdrawn = true;
                            break;
                        }
                    }
                    continue;
                }
                StatusUpdate u;
                u.id = nextId++;
                u.activity = code;
                u.effectiveDate = kToday.addDays(-random.bounded(200));
                u.recordedAt = QDateTime(kToday, QTime(12, 0), Qt::UTC);
                u.status = random.bounded(5) == 0 ? Status::Cancelled : Status::InProgress;
                u.percent = 1 + random.bounded(99);
                snapshot.updates.append(u);
            }
            progress = recomputeProgress(progress, snapshot, changed);
            INFO("mode " << int(mode) << ", edit " << edit);
            requireSame(progress, computeProgress(snapshot, kToday));
        }
    }
}

TEST_CASE("recomputing refuses a date the data was not loaded for", "[rollup]")
{
    SyntheticTracker t = generateSyntheticTracker({2, 4, 10, 20, 1}, kToday);
    Snapshot snapshot{t.strategy, t.settings, t.assignments, t.updates, QList<QDate>{kToday}};
    Progress progress = computeProgress(snapshot, kToday);
    progress.asOf = kToday.addDays(-1);
    const std::string expected = "Internal error: figures as of 2026-06-29 were asked of data "
                                 "loaded for other dates.";
    CHECK_THROWS_MATCHES(recomputeProgress(progress, snapshot, {t.strategy.activities[0].code}),
                         Error, Catch::Matchers::Message(expected));
}
