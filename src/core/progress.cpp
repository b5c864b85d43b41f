#include "progress.h"

#include "error.h"
#include "format.h"
#include "messages.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <vector>

namespace pml {
namespace {

// Figures are sums of doubles; differences below this are rounding, not progress.
constexpr double kTolerance = 1e-9;

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
            .arg(activity.code, dateText(window.start), dateText(window.end));
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

} // namespace pml
