// The roll-up: activity figures from what is in force, then every aggregate from them
// (docs/progress-rules.md). computeProgress() does it all; recomputeProgress() redoes only
// the activities an edit changed, then the same aggregation, for the same result.
#include "error.h"
#include "messages.h"
#include "progress.h"

#include <algorithm>
#include <vector>

namespace pml {
namespace {

// A running Σ(w·actual), Σ(w·planned), Σw. Plain means use w = 1.
struct Sums {
    double actual = 0;
    double planned = 0;
    double weight = 0;
    void add(double w, double a, double p)
    {
        actual += w * a;
        planned += w * p;
        weight += w;
    }
    Figures figures(const Settings& settings) const
    {
        Figures f;
        if (weight > 0) {
            f.actual = actual / weight;
            f.planned = planned / weight;
        }
        f.schedule = aggregateSchedule(f.actual, f.planned, settings);
        return f;
    }
};

// Appends `value` unless present; the lists are tiny (an activity serves one or two
// objectives), so a linear check beats a set.
template <typename T>
void addDistinct(std::vector<T>& list, const T& value)
{
    if (std::find(list.begin(), list.end(), value) == list.end()) {
        list.push_back(value);
    }
}

// Each activity's update in force at `asOf` (an index into `updates`, or -1), by
// supersedes(). Storage gives what is in force in the strategy's order, so the walk
// mostly matches the next activity; any other update is found through a hash.
std::vector<qsizetype> updateInForceOfEach(const Strategy& strategy,
                                           const QList<StatusUpdate>& updates, const QDate& asOf)
{
    const qsizetype activityCount = strategy.activities.size();
    std::vector<qsizetype> inForce(activityCount, -1);
    QHash<QString, qsizetype> index; // built only when the order does not match
    qsizetype next = 0;
    auto activityOf = [&](const QString& code) -> qsizetype {
        // Activities without an update are skipped over: look a few ahead first.
        for (qsizetype i = next; i < std::min(next + 8, activityCount); ++i) {
            if (strategy.activities[i].code == code) {
                next = i + 1;
                return i;
            }
        }
        if (index.isEmpty()) {
            index.reserve(activityCount);
            for (qsizetype i = 0; i < activityCount; ++i) {
                index.insert(strategy.activities[i].code, i);
            }
        }
        const qsizetype found = index.value(code, -1);
        next = found + 1;
        return found;
    };
    for (qsizetype u = 0; u < updates.size(); ++u) {
        const StatusUpdate& update = updates[u];
        if (!mayBeInForceAt(update, asOf)) {
            continue;
        }
        const qsizetype activity = activityOf(update.activity);
        if (activity < 0) {
            continue;
        }
        qsizetype& current = inForce[activity];
        if (current < 0 || supersedes(update, updates[current])) {
            current = u;
        }
    }
    return inForce;
}

// Where each objective sits: built once per roll-up, then constant-time look-ups.
struct StructureIndex {
    QHash<int, int> objectiveIndex;
    std::vector<int> groupOfObjective;
    std::vector<int> lineOfObjective;

    explicit StructureIndex(const Strategy& strategy)
        : groupOfObjective(strategy.objectives.size(), -1)
        , lineOfObjective(strategy.objectives.size(), -1)
    {
        QHash<QString, int> groupIndex;
        for (int i = 0; i < strategy.barrierGroups.size(); ++i) {
            groupIndex.insert(strategy.barrierGroups[i].code, i);
        }
        QHash<int, int> lineIndex;
        for (int i = 0; i < strategy.lines.size(); ++i) {
            lineIndex.insert(strategy.lines[i].number, i);
        }
        for (int i = 0; i < strategy.objectives.size(); ++i) {
            const Objective& objective = strategy.objectives[i];
            objectiveIndex.insert(objective.number, i);
            groupOfObjective[i] = groupIndex.value(objective.barrierGroup, -1);
            if (groupOfObjective[i] >= 0) {
                const int line = strategy.barrierGroups[groupOfObjective[i]].line;
                lineOfObjective[i] = lineIndex.value(line, -1);
            }
        }
    }
};

void requireLoadedFor(const Snapshot& snapshot, const QDate& asOf)
{
    if (snapshot.inForceAt && !snapshot.inForceAt->contains(asOf)) {
        // Figures from a partial history would be silently wrong: refuse instead.
        throw Error(Messages::tr("Internal error: figures as of %1 were asked of data loaded "
                                 "for other dates.")
                        .arg(asOf.toString(Qt::ISODate)));
    }
}

// The horizons' windows are the same for every activity: computed once.
struct HorizonWindows {
    Window windows[4];
    explicit HorizonWindows(const Settings& settings)
        : windows{horizonWindow(Horizon::Short, settings), horizonWindow(Horizon::Medium, settings),
                  horizonWindow(Horizon::Long, settings),
                  horizonWindow(Horizon::MediumLong, settings)}
    {
    }
    const Window& of(Horizon horizon) const { return windows[static_cast<int>(horizon)]; }
};

ActivityProgress activityProgress(const Activity& activity, const StatusUpdate* update,
                                  const HorizonWindows& horizons, const QDate& asOf,
                                  const Settings& settings)
{
    ActivityProgress ap;
    ap.code = activity.code;
    if (update) {
        ap.status = update->status;
        ap.percent = update->percent;
        ap.lastUpdate = update->id;
        ap.lastEffectiveDate = update->effectiveDate;
    }
    const Window window = plannedWindow(activity, horizons.of(activity.horizon));
    ap.plannedStart = window.start;
    ap.plannedEnd = window.end;
    ap.weight = activity.weight;
    ap.planned = plannedPercent(window, asOf);
    ap.schedule = activitySchedule(ap.status, ap.percent, ap.planned, window, asOf, settings);
    return ap;
}

// Every aggregate from the activities' figures, taken in the strategy's order (`inOrder`
// parallels strategy.activities), so that the sums are always added in the same order.
void rollUp(Progress& progress, const Strategy& strategy, const Settings& settings,
            const std::vector<const ActivityProgress*>& inOrder)
{
    const StructureIndex index(strategy);
    std::vector<Sums> objectiveSums(strategy.objectives.size());
    std::vector<Sums> groupSums(strategy.barrierGroups.size());
    std::vector<Sums> lineSums(strategy.lines.size());
    Sums strategySums;
    const bool byActivities = settings.mode == RollupMode::Activities;
    std::vector<int> objectivesServed, groupsServed, linesServed;
    for (qsizetype i = 0; i < strategy.activities.size(); ++i) {
        const ActivityProgress& ap = *inOrder[std::size_t(i)];
        if (!ap.counts()) {
            continue;
        }
        // Distinct objectives, groups and lines: an activity serving objectives 21 and 22
        // counts once in each group, line and the strategy.
        objectivesServed.clear();
        groupsServed.clear();
        linesServed.clear();
        for (int number : strategy.activities[i].objectives) {
            const int o = index.objectiveIndex.value(number, -1);
            if (o < 0) {
                continue;
            }
            addDistinct(objectivesServed, o);
            if (index.groupOfObjective[o] >= 0) {
                addDistinct(groupsServed, index.groupOfObjective[o]);
            }
            if (index.lineOfObjective[o] >= 0) {
                addDistinct(linesServed, index.lineOfObjective[o]);
            }
        }
        const double w = ap.weight;
        for (int o : objectivesServed) {
            objectiveSums[o].add(w, ap.percent, ap.planned);
        }
        if (byActivities) {
            for (int g : groupsServed) {
                groupSums[g].add(w, ap.percent, ap.planned);
            }
            for (int l : linesServed) {
                lineSums[l].add(w, ap.percent, ap.planned);
            }
            strategySums.add(w, ap.percent, ap.planned);
        }
    }

    // Objectives; then groups, lines and the strategy by the roll-up mode.
    progress.objectives.clear();
    progress.objectives.reserve(strategy.objectives.size());
    for (int o = 0; o < strategy.objectives.size(); ++o) {
        const Figures figures = objectiveSums[o].figures(settings);
        progress.objectives.insert(strategy.objectives[o].number, figures);
        if (!byActivities && figures.actual) {
            // Plain mean of the objectives that have data.
            if (index.groupOfObjective[o] >= 0) {
                groupSums[index.groupOfObjective[o]].add(1, *figures.actual, *figures.planned);
            }
            if (index.lineOfObjective[o] >= 0) {
                lineSums[index.lineOfObjective[o]].add(1, *figures.actual, *figures.planned);
            }
        }
    }
    progress.groups.clear();
    for (int g = 0; g < strategy.barrierGroups.size(); ++g) {
        progress.groups.insert(strategy.barrierGroups[g].code, groupSums[g].figures(settings));
    }
    progress.lines.clear();
    for (int l = 0; l < strategy.lines.size(); ++l) {
        const Figures figures = lineSums[l].figures(settings);
        progress.lines.insert(strategy.lines[l].number, figures);
        if (!byActivities && figures.actual) {
            strategySums.add(1, *figures.actual, *figures.planned);
        }
    }
    progress.strategy = strategySums.figures(settings);
}

} // namespace

Progress computeProgress(const Snapshot& snapshot, const QDate& asOf)
{
    requireLoadedFor(snapshot, asOf);
    const Strategy& strategy = snapshot.strategy;
    Progress progress;
    progress.asOf = asOf;
    progress.mode = snapshot.settings.mode;
    const std::vector<qsizetype> inForce = updateInForceOfEach(strategy, snapshot.updates, asOf);
    const HorizonWindows horizons(snapshot.settings);
    std::vector<ActivityProgress> activities;
    activities.reserve(std::size_t(strategy.activities.size()));
    for (qsizetype i = 0; i < strategy.activities.size(); ++i) {
        const qsizetype u = inForce[std::size_t(i)];
        activities.push_back(activityProgress(strategy.activities[i],
                                              u >= 0 ? &snapshot.updates[u] : nullptr, horizons,
                                              asOf, snapshot.settings));
    }
    std::vector<const ActivityProgress*> inOrder;
    inOrder.reserve(activities.size());
    progress.activities.reserve(strategy.activities.size());
    for (const ActivityProgress& ap : activities) {
        inOrder.push_back(&ap);
        progress.activities.insert(ap.code, ap);
    }
    rollUp(progress, strategy, snapshot.settings, inOrder);
    return progress;
}

Progress recomputeProgress(const Progress& previous, const Snapshot& snapshot,
                           const QStringList& changed)
{
    const QDate asOf = previous.asOf;
    requireLoadedFor(snapshot, asOf);
    const Strategy& strategy = snapshot.strategy;
    Progress progress = previous;
    const HorizonWindows horizons(snapshot.settings);
    for (const QString& code : changed) {
        if (const Activity* activity = strategy.activity(code)) {
            progress.activities.insert(
                code, activityProgress(*activity, updateInForce(snapshot.updates, code, asOf),
                                       horizons, asOf, snapshot.settings));
        }
    }
    std::vector<const ActivityProgress*> inOrder;
    inOrder.reserve(std::size_t(strategy.activities.size()));
    for (const Activity& activity : strategy.activities) {
        const auto it = progress.activities.constFind(activity.code);
        if (it == progress.activities.constEnd()) {
            return computeProgress(snapshot, asOf); // not from this structure: start over
        }
        inOrder.push_back(&*it);
    }
    rollUp(progress, strategy, snapshot.settings, inOrder);
    return progress;
}

} // namespace pml
