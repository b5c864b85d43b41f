// Storage finds the update in force with SQL, so that figures read one row per activity;
// core's supersedes() is the rule. These cases hold the two to the same answer.

#include "core/progress.h"
#include "storage/sql_baseline.h"
#include "support.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace pml;
using namespace pml::test;

namespace {

// A history made to tie: few dates, recording times repeated, withdrawals and restorations.
TrackerContent tiedHistory(quint32 seed)
{
    TrackerContent c = freshContent();
    c.settings.mode = RollupMode::Activities;
    QRandomGenerator random(seed);
    const QDateTime t0(QDate(2025, 1, 10), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < 600; ++i) {
        StatusUpdate u;
        u.id = i + 1;
        u.activity = c.strategy.activities[random.bounded(12)].code;
        u.effectiveDate = QDate(2024, 12, 1).addDays(random.bounded(40));
        u.recordedAt = t0.addMSecs(random.bounded(5)); // most share a millisecond
        const int kind = random.bounded(4);
        u.status = kind == 0 ? Status::Completed : Status::InProgress;
        u.percent = kind == 0 ? 100 : 1 + random.bounded(99);
        if (kind == 3) {
            u.status = Status::Cancelled;
        }
        c.updates.append(u);
    }
    for (int i = 0; i < 150; ++i) {
        WithdrawalEvent w;
        w.id = i + 1;
        w.update = 1 + random.bounded(600);
        w.withdrawn = !c.updates[w.update - 1].withdrawn; // events alternate
        w.recordedAt = t0.addSecs(60 + i);
        c.withdrawals.append(w);
        c.updates[w.update - 1].withdrawn = w.withdrawn;
    }
    return c;
}

} // namespace

TEST_CASE("in force: the store's query picks the update core's rule picks, ties included")
{
    QTemporaryDir dir;
    const QString file = dir.filePath("t.pml");
    const TrackerContent content = tiedHistory(7);
    auto store = createTrackerFile(file, content);
    for (int day = 0; day < 45; day += 2) {
        const QDate date = QDate(2024, 11, 30).addDays(day);
        QHash<QString, qint64> fromStore;
        for (const StatusUpdate& u : store->updatesInForce(date)) {
            fromStore.insert(u.activity, u.id);
        }
        for (const Activity& activity : content.strategy.activities) {
            const StatusUpdate* expected = updateInForce(content.updates, activity.code, date);
            INFO(activity.code.toStdString() << " at " << date.toString(Qt::ISODate).toStdString());
            CHECK(fromStore.value(activity.code, 0) == (expected ? expected->id : 0));
        }
        const QList<StatusUpdate> one = store->updatesInForce(date, {"1.C1"});
        const StatusUpdate* expected = updateInForce(content.updates, "1.C1", date);
        CHECK(one.size() == (expected ? 1 : 0));
    }
}

TEST_CASE("in force: figures from what is in force equal figures from the whole history")
{
    QTemporaryDir dir;
    const QString file = dir.filePath("t.pml");
    auto store = createTrackerFile(file, tiedHistory(11));
    const Snapshot whole = store->loadSnapshot(false);
    SqlBaseline baseline(file);
    for (const QDate& date : {QDate(2024, 12, 5), QDate(2024, 12, 20), QDate(2025, 1, 31)}) {
        const Snapshot partial = store->loadSnapshotAt({date});
        CHECK(partial.updates.size() <= partial.strategy.activities.size());
        const Progress a = computeProgress(whole, date);
        const Progress b = computeProgress(partial, date);
        CHECK(a.strategy.actual == b.strategy.actual);
        CHECK(a.lines == b.lines);
        CHECK(a.objectives == b.objectives);
        for (auto it = a.activities.cbegin(); it != a.activities.cend(); ++it) {
            CHECK(b.activities.value(it.key()).lastUpdate == it->lastUpdate);
        }
        // The benchmark's plain SQL gives the same strategy figure.
        REQUIRE(a.strategy.actual.has_value());
        CHECK(baseline.strategyFigure(date).value() == Approx(*a.strategy.actual).epsilon(1e-12));
    }
}

TEST_CASE("in force: figures are refused for a date the data was not loaded for")
{
    QTemporaryDir dir;
    auto store = createTrackerFile(dir.filePath("t.pml"), sampleContent());
    const Snapshot snapshot = store->loadSnapshotAt({QDate(2024, 3, 1)});
    CHECK_NOTHROW(computeProgress(snapshot, QDate(2024, 3, 1)));
    CHECK(errorOf([&] {
              computeProgress(snapshot, QDate(2024, 3, 2));
          }).contains("loaded for other dates"));
    const Snapshot structure = store->loadSnapshotAt({});
    CHECK(structure.updates.isEmpty());
    CHECK(errorOf([&] {
              computeProgress(structure, QDate(2024, 3, 1));
          }).contains("loaded for other dates"));
}

TEST_CASE("in force: a quarter's updates are read by effective date, withdrawn ones marked")
{
    QTemporaryDir dir;
    auto store = createTrackerFile(dir.filePath("t.pml"), sampleContent());
    const QList<StatusUpdate> february =
        store->updatesEffectiveBetween(QDate(2024, 2, 1), QDate(2024, 2, 29));
    REQUIRE(february.size() == 3);
    CHECK(february[0].id == 1);
    CHECK(february[2].withdrawn);
    CHECK(february[0].note == "primer avance");
}
