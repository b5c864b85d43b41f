// Load benchmark, hidden from the normal run. Build and run:
//   pml_core_tests "[.bench]" -s
#include "core/progress.h"
#include "core/synthetic.h"

#include <QElapsedTimer>

#include <catch2/catch.hpp>
#include <ctime>

using namespace pml;

TEST_CASE("engine speed on 50,000 activities and 1,000,000 updates", "[.bench]")
{
    const QDate today(2025, 6, 15);
    QElapsedTimer timer;
    timer.start();
    SyntheticTracker t = generateSyntheticTracker({5, 500, 50000, 1000000, 42}, today);
    const qint64 generated = timer.restart();
    Snapshot snapshot{t.strategy, t.settings, t.assignments, t.updates, std::nullopt};
    t = {};
    timer.restart();
    const std::clock_t cpuStart = std::clock();
    const Progress byObjectives = computeProgress(snapshot, today);
    const double objectivesCpuMs = 1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    const qint64 objectivesMs = timer.restart();
    snapshot.settings.mode = RollupMode::Activities;
    const Progress byActivities = computeProgress(snapshot, today);
    const qint64 activitiesMs = timer.restart();
    const Progress earlier = computeProgress(snapshot, today.addYears(-1));
    const qint64 earlierMs = timer.restart();
    const Explanation e = explain(snapshot, byActivities, Target::strategy());
    const qint64 explainMs = timer.elapsed();

    // Wall-clock times; the processor time shows how much of it is waiting on a busy machine.
    WARN("generate: " << generated << " ms; computeProgress objectives mode: " << objectivesMs
                      << " ms (" << objectivesCpuMs << " ms processor time), activities mode: "
                      << activitiesMs << " ms, a year earlier: " << earlierMs
                      << " ms; explain strategy (50,000 items): " << explainMs << " ms");
    CHECK(byObjectives.activities.size() == 50000);
    CHECK(byObjectives.strategy.actual);
    CHECK(byActivities.strategy.actual);
    CHECK(earlier.strategy.actual);
    CHECK(e.items.size() == 50000);
    CHECK(objectivesCpuMs < 1000);
}
