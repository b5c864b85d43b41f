#include "progress.h"

#include "error.h"
#include "messages.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <vector>

namespace pml {
namespace {

// Figures are sums of doubles; differences below this are rounding, not progress.
constexpr double kTolerance = 1e-9;

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
        if (update.withdrawn || !update.effectiveDate.isValid() || update.effectiveDate > asOf) {
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

} // namespace

Window horizonWindow(Horizon horizon, const Settings& settings)
{
    const QDate s = settings.start;
    const QDate shortEnd = s.addYears(settings.shortYears);
    const QDate mediumEnd = s.addYears(settings.mediumYears);
    const QDate longEnd = s.addYears(settings.longYears);
    switch (horizon) {
    case Horizon::Short:
        return {s, shortEnd.addDays(-1)};
    case Horizon::Medium:
        return {shortEnd, mediumEnd.addDays(-1)};
    case Horizon::Long:
        return {mediumEnd, longEnd.addDays(-1)};
    case Horizon::MediumLong:
        return {shortEnd, longEnd.addDays(-1)};
    }
    return {};
}

Window plannedWindow(const Activity& activity, const Settings& settings)
{
    return plannedWindow(activity, horizonWindow(activity.horizon, settings));
}

Window plannedWindow(const Activity& activity, const Window& horizonDefault)
{
    Window window = horizonDefault;
    if (activity.plannedStart) {
        window.start = *activity.plannedStart;
    }
    if (activity.plannedEnd) {
        window.end = *activity.plannedEnd;
    }
    return window;
}

std::optional<QString> validatePlannedWindow(const Activity& activity, const Settings& settings)
{
    const Window window = plannedWindow(activity, settings);
    if (window.start.isValid() && window.end.isValid() && window.start >= window.end) {
        return QCoreApplication::translate(
                   "pml", "Activity %1: the planned start %2 must be before the planned end %3.")
            .arg(activity.code, window.start.toString(Qt::ISODate),
                 window.end.toString(Qt::ISODate));
    }
    return std::nullopt;
}

bool lacksResponsibleActor(Status status, bool hasLead)
{
    return !hasLead && status != Status::Completed && status != Status::Cancelled;
}

QSet<QString> activitiesWithLead(const QList<Assignment>& assignments)
{
    QSet<QString> result;
    for (const Assignment& a : assignments) {
        if (a.role == ActorRole::Lead) {
            result.insert(a.activity);
        }
    }
    return result;
}

QHash<qint64, ActorFigures> actorFigures(const Snapshot& snapshot, const Progress& progress)
{
    QHash<qint64, ActorFigures> figures;
    QHash<qint64, QSet<QString>> activitiesOf;
    for (const Assignment& a : snapshot.assignments) {
        ActorFigures& f = figures[a.actor];
        (a.role == ActorRole::Lead ? f.leads : f.supports) += 1;
        activitiesOf[a.actor].insert(a.activity);
    }
    for (auto it = activitiesOf.cbegin(); it != activitiesOf.cend(); ++it) {
        double weighted = 0;
        double weights = 0;
        for (const QString& code : it.value()) {
            const auto activity = progress.activities.constFind(code);
            if (activity != progress.activities.constEnd() && activity->counts()) {
                weighted += activity->weight * activity->percent;
                weights += activity->weight;
            }
        }
        if (weights > 0) {
            figures[it.key()].actual = weighted / weights;
        }
    }
    return figures;
}

double plannedPercent(const Window& window, const QDate& asOf)
{
    if (!window.start.isValid() || !window.end.isValid() || !asOf.isValid()) {
        return 0;
    }
    const qint64 length = window.start.daysTo(window.end);
    if (length <= 0) {
        // A one-day window: due entirely on its end day.
        return asOf >= window.end ? 100 : 0;
    }
    const double elapsed = double(window.start.daysTo(asOf)) / double(length);
    return 100 * std::clamp(elapsed, 0.0, 1.0);
}

Schedule activitySchedule(Status status, int percent, double planned, const Window& window,
                          const QDate& asOf, const Settings& settings)
{
    if (status == Status::Cancelled) {
        return Schedule::Cancelled;
    }
    if (status == Status::Completed) {
        return Schedule::Completed;
    }
    if (planned == 0 && percent == 0) {
        return Schedule::NotDue;
    }
    const double gap = planned - percent;
    if ((window.end.isValid() && asOf > window.end) || gap > settings.lateGap + kTolerance) {
        return Schedule::Late;
    }
    if (gap > settings.atRiskGap + kTolerance) {
        return Schedule::AtRisk;
    }
    return Schedule::OnTrack;
}

Schedule aggregateSchedule(const std::optional<double>& actual,
                           const std::optional<double>& planned, const Settings& settings)
{
    if (!actual) {
        return Schedule::NoData;
    }
    const double a = *actual;
    const double p = planned.value_or(0);
    if (std::abs(a - 100) < kTolerance) {
        return Schedule::Completed;
    }
    if (std::abs(a) < kTolerance && std::abs(p) < kTolerance) {
        return Schedule::NotDue;
    }
    const double gap = p - a;
    if (gap > settings.lateGap + kTolerance) {
        return Schedule::Late;
    }
    if (gap > settings.atRiskGap + kTolerance) {
        return Schedule::AtRisk;
    }
    return Schedule::OnTrack;
}

Progress computeProgress(const Snapshot& snapshot, const QDate& asOf)
{
    const Strategy& strategy = snapshot.strategy;
    const Settings& settings = snapshot.settings;
    Progress progress;
    progress.asOf = asOf;
    progress.mode = settings.mode;

    // Hash indexes built once: every later step is a constant-time look-up.
    const qsizetype activityCount = strategy.activities.size();
    QHash<QString, int> groupIndex;
    for (int i = 0; i < strategy.barrierGroups.size(); ++i) {
        groupIndex.insert(strategy.barrierGroups[i].code, i);
    }
    QHash<int, int> lineIndex;
    for (int i = 0; i < strategy.lines.size(); ++i) {
        lineIndex.insert(strategy.lines[i].number, i);
    }
    QHash<int, int> objectiveIndex;
    std::vector<int> groupOfObjective(strategy.objectives.size(), -1);
    std::vector<int> lineOfObjective(strategy.objectives.size(), -1);
    for (int i = 0; i < strategy.objectives.size(); ++i) {
        const Objective& objective = strategy.objectives[i];
        objectiveIndex.insert(objective.number, i);
        groupOfObjective[i] = groupIndex.value(objective.barrierGroup, -1);
        if (groupOfObjective[i] >= 0) {
            const int line = strategy.barrierGroups[groupOfObjective[i]].line;
            lineOfObjective[i] = lineIndex.value(line, -1);
        }
    }

    if (snapshot.inForceAt && !snapshot.inForceAt->contains(asOf)) {
        // Figures from a partial history would be silently wrong: refuse instead.
        throw Error(Messages::tr("Internal error: figures as of %1 were asked of data loaded "
                                 "for other dates.")
                        .arg(asOf.toString(Qt::ISODate)));
    }

    // 1. The update in force for each activity: one pass over the history.
    const QList<StatusUpdate>& updates = snapshot.updates;
    const std::vector<qsizetype> inForce = updateInForceOfEach(strategy, updates, asOf);

    // 2. Each activity's figures, and the sums of everything it serves. The horizons'
    // windows are the same for every activity: computed once.
    const Window horizonWindows[] = {
        horizonWindow(Horizon::Short, settings), horizonWindow(Horizon::Medium, settings),
        horizonWindow(Horizon::Long, settings), horizonWindow(Horizon::MediumLong, settings)};
    std::vector<Sums> objectiveSums(strategy.objectives.size());
    std::vector<Sums> groupSums(strategy.barrierGroups.size());
    std::vector<Sums> lineSums(strategy.lines.size());
    Sums strategySums;
    const bool byActivities = settings.mode == RollupMode::Activities;
    std::vector<int> objectivesServed, groupsServed, linesServed;
    progress.activities.reserve(activityCount);
    for (int i = 0; i < activityCount; ++i) {
        const Activity& activity = strategy.activities[i];
        ActivityProgress ap;
        ap.code = activity.code;
        if (inForce[i] >= 0) {
            const StatusUpdate& update = updates[inForce[i]];
            ap.status = update.status;
            ap.percent = update.percent;
            ap.lastUpdate = update.id;
            ap.lastEffectiveDate = update.effectiveDate;
        }
        const Window window =
            plannedWindow(activity, horizonWindows[static_cast<int>(activity.horizon)]);
        ap.plannedStart = window.start;
        ap.plannedEnd = window.end;
        ap.weight = activity.weight;
        ap.planned = plannedPercent(window, asOf);
        ap.schedule = activitySchedule(ap.status, ap.percent, ap.planned, window, asOf, settings);

        if (ap.counts()) {
            // Distinct objectives, groups and lines: an activity serving objectives 21
            // and 22 counts once in each group, line and the strategy.
            objectivesServed.clear();
            groupsServed.clear();
            linesServed.clear();
            for (int number : activity.objectives) {
                const int o = objectiveIndex.value(number, -1);
                if (o < 0) {
                    continue;
                }
                addDistinct(objectivesServed, o);
                if (groupOfObjective[o] >= 0) {
                    addDistinct(groupsServed, groupOfObjective[o]);
                }
                if (lineOfObjective[o] >= 0) {
                    addDistinct(linesServed, lineOfObjective[o]);
                }
            }
            const double w = activity.weight;
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
        progress.activities.insert(activity.code, ap);
    }

    // 3. Objectives; then groups, lines and the strategy by the roll-up mode.
    progress.objectives.reserve(strategy.objectives.size());
    for (int o = 0; o < strategy.objectives.size(); ++o) {
        const Figures figures = objectiveSums[o].figures(settings);
        progress.objectives.insert(strategy.objectives[o].number, figures);
        if (!byActivities && figures.actual) {
            // Plain mean of the objectives that have data.
            if (groupOfObjective[o] >= 0) {
                groupSums[groupOfObjective[o]].add(1, *figures.actual, *figures.planned);
            }
            if (lineOfObjective[o] >= 0) {
                lineSums[lineOfObjective[o]].add(1, *figures.actual, *figures.planned);
            }
        }
    }
    for (int g = 0; g < strategy.barrierGroups.size(); ++g) {
        progress.groups.insert(strategy.barrierGroups[g].code, groupSums[g].figures(settings));
    }
    for (int l = 0; l < strategy.lines.size(); ++l) {
        const Figures figures = lineSums[l].figures(settings);
        progress.lines.insert(strategy.lines[l].number, figures);
        if (!byActivities && figures.actual) {
            strategySums.add(1, *figures.actual, *figures.planned);
        }
    }
    progress.strategy = strategySums.figures(settings);
    return progress;
}

} // namespace pml
