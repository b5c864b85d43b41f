#include "core/progress.h"
#include "storage/tracker_json.h"
#include "support.h"

#include <QElapsedTimer>

#include <ctime>
#include <iostream>

using namespace pml;
using namespace pml::test;

namespace {

// `count` plausible updates over the strategy's activities, in recording order.
TrackerContent contentWithHistory(int count)
{
    TrackerContent c = freshContent();
    c.updates.reserve(count);
    const auto& activities = c.strategy.activities;
    for (int i = 0; i < count; ++i) {
        StatusUpdate u;
        u.id = i + 1;
        u.activity = activities[i % activities.size()].code;
        u.effectiveDate = QDate(2024, 1, 1).addDays(i / 5000);
        u.recordedAt = QDateTime(u.effectiveDate, QTime(12, 0), Qt::UTC).addMSecs(i % 5000);
        u.status = Status::InProgress;
        u.percent = 1 + i % 99;
        u.note = QStringLiteral("nota %1").arg(i);
        u.recordedBy = QStringLiteral("usuario");
        c.updates.append(u);
    }
    return c;
}

// Wall and CPU time: the CPU figure stays meaningful on a loaded machine.
struct Stopwatch {
    QElapsedTimer wall;
    std::clock_t cpu = std::clock();
    Stopwatch() { wall.start(); }
    void report(const char* what)
    {
        std::cout << what << ": " << wall.elapsed() << " ms wall, "
                  << (std::clock() - cpu) * 1000 / CLOCKS_PER_SEC << " ms CPU\n";
        wall.restart();
        cpu = std::clock();
    }
};

} // namespace

TEST_CASE("bench: one million updates", "[.bench]")
{
    QTemporaryDir dir;
    const TrackerContent content = contentWithHistory(1000000);
    Stopwatch timer;
    auto store = createTrackerFile(dir.filePath("big.pml"), content);
    timer.report("createTracker (1M updates)");
    const Snapshot lean = store->loadSnapshot(false);
    timer.report("loadSnapshot(false)");
    const Snapshot full = store->loadSnapshot(true);
    timer.report("loadSnapshot(true)");
    const Progress p = computeProgress(lean, QDate(2024, 12, 31));
    timer.report("computeProgress");
    const QDate today(2025, 1, 1);
    store->recordUpdates({request("1.C1", Status::Completed, {}, today)}, today);
    timer.report("recordUpdates (1 row on 1M)");
    const QStringList problems = store->check();
    timer.report("check");
    CHECK(lean.updates.size() == 1000000);
    CHECK(full.updates.last().note == "nota 999999");
    CHECK(p.activities.size() == 97);
    CHECK(problems.isEmpty());
}
