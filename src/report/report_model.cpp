#include "report_model.h"

#include "core/clock.h"
#include "core/error.h"
#include "core/messages.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace pml {
namespace {

Trend trendOf(const Figures& current, const Figures& previous)
{
    Trend trend{current, previous, std::nullopt};
    if (current.actual && previous.actual) {
        trend.change = *current.actual - *previous.actual;
    }
    return trend;
}

template <typename Key>
Trend trendIn(const QHash<Key, Figures>& now, const QHash<Key, Figures>& before, const Key& key)
{
    return trendOf(now.value(key), before.value(key));
}

ReportActivity activityRow(const Snapshot& snapshot, const Activity& activity,
                           const ActivityProgress& progress,
                           const QHash<QString, ActivityActors>& actorsOf)
{
    ReportActivity row;
    row.code = activity.code;
    row.text = activity.text;
    row.horizon = activity.horizon;
    row.line = snapshot.strategy.lineOfActivity(activity);
    row.objectives = activity.objectives;
    row.status = progress.status;
    row.percent = progress.percent;
    row.weight = progress.weight;
    row.planned = progress.planned;
    row.schedule = progress.schedule;
    row.plannedStart = progress.plannedStart;
    row.plannedEnd = progress.plannedEnd;
    row.lastUpdate = progress.lastEffectiveDate;
    const ActivityActors own = actorsOf.value(activity.code);
    const auto add = [&](qint64 id, ActorRole role) {
        if (const Actor* actor = snapshot.strategy.actor(id)) {
            row.actors.append({actor->shortName.isEmpty() ? actor->name : actor->shortName, role});
        }
    };
    if (own.lead) {
        add(*own.lead, ActorRole::Lead);
    }
    for (qint64 id : own.support) {
        add(id, ActorRole::Support);
    }
    return row;
}

// The quarter's updates in the order they take effect, each with the status and percent
// it replaced: the first replaces what was in force at the previous quarter's end.
void addUpdates(ReportModel& model, const Snapshot& snapshot, const QList<StatusUpdate>& history,
                const QSet<QString>& subjectCodes, const Progress& before)
{
    QList<const StatusUpdate*> ordered;
    ordered.reserve(history.size());
    for (const StatusUpdate& update : history) {
        if (!update.withdrawn && update.effectiveDate >= model.periodStart &&
            update.effectiveDate <= model.asOf && subjectCodes.contains(update.activity)) {
            ordered.append(&update);
        }
    }
    std::stable_sort(
        ordered.begin(), ordered.end(),
        [](const StatusUpdate* a, const StatusUpdate* b) { return supersedes(*b, *a); });
    struct State {
        Status status = Status::NotStarted;
        int percent = 0;
    };
    QHash<QString, State> state;                // of the activities updated so far in the quarter
    QHash<QString, const Activity*> activities; // Strategy::activity() scans the list
    for (const Activity& activity : snapshot.strategy.activities) {
        activities.insert(activity.code, &activity);
    }
    for (const StatusUpdate* update : ordered) {
        auto found = state.find(update->activity);
        if (found == state.end()) {
            const ActivityProgress previous = before.activities.value(update->activity);
            found = state.insert(update->activity, {previous.status, previous.percent});
        }
        State& current = *found;
        UpdateRow row;
        row.id = update->id;
        row.code = update->activity;
        const Activity* activity = activities.value(update->activity);
        row.text = activity ? activity->text : QString();
        row.effectiveDate = update->effectiveDate;
        row.recordedAt = update->recordedAt;
        row.oldStatus = current.status;
        row.oldPercent = current.percent;
        row.newStatus = update->status;
        row.newPercent = update->percent;
        row.note = update->note;
        row.recordedBy = update->recordedBy;
        model.updates.append(row);
        current = {update->status, update->percent};
    }
    model.updatesInQuarter = int(model.updates.size());
}

} // namespace

bool ReportActivity::hasLead() const
{
    return std::any_of(actors.begin(), actors.end(),
                       [](const ActorRef& actor) { return actor.role == ActorRole::Lead; });
}

ReportPeriod reportPeriod(const ReportOptions& options)
{
    ReportPeriod period;
    const Quarter quarter = options.period();
    period.start = quarter.firstDay();
    // A running quarter is cut at today: figures of a day still to come would be the
    // plan's, not the facts'.
    const QDate today = options.today.isValid() ? options.today : pml::today();
    const QuarterFigureDates dates = figureDates(quarter);
    period.provisional = today < dates.end;
    period.asOf = period.provisional ? std::max(today, period.start) : dates.end;
    period.previousAsOf = dates.previousEnd;
    return period;
}

ReportModel buildReport(const Snapshot& snapshot, const QList<StatusUpdate>& periodUpdates,
                        const ReportOptions& options, const ReportMeta& meta)
{
    if (const auto problem = quarterProblem(options.period())) {
        throw Error(*problem);
    }
    if (!isLanguage(options.language)) {
        throw Error(
            Messages::tr("Unknown report language \"%1\": use es or en.").arg(options.language));
    }
    const Strategy& strategy = snapshot.strategy;
    if (options.line && !strategy.line(*options.line)) {
        throw Error(Messages::tr("Unknown line of action %1.").arg(*options.line));
    }

    ReportModel model;
    model.strategyTitle = strategy.title;
    model.options = options;
    model.meta = meta;
    model.quarter = options.period();
    model.periodStart = model.quarter.firstDay();
    model.periodEnd = model.quarter.lastDay();
    const ReportPeriod period = reportPeriod(options);
    model.provisional = period.provisional;
    model.asOf = period.asOf;
    model.previousAsOf = period.previousAsOf;
    model.mode = snapshot.settings.mode;
    model.atRiskGap = snapshot.settings.atRiskGap;
    model.lateGap = snapshot.settings.lateGap;
    model.institution = snapshot.settings.institution;
    model.logo = snapshot.settings.logo;

    const Progress now = computeProgress(snapshot, model.asOf);
    const Progress before = computeProgress(snapshot, model.previousAsOf);

    model.strategy = trendOf(now.strategy, before.strategy);
    model.subjectLine = options.line;
    if (options.line) {
        model.subject = trendIn(now.lines, before.lines, *options.line);
        model.subjectName = strategy.line(*options.line)->name;
    } else {
        model.subject = model.strategy;
        model.subjectName = strategy.title;
    }

    for (const Line& line : strategy.lines) {
        if (options.line && line.number != *options.line) {
            continue;
        }
        LineSection section{
            line.number, line.name, trendIn(now.lines, before.lines, line.number), {}};
        for (const BarrierGroup* group : strategy.groupsOfLine(line.number)) {
            for (const Objective* objective : strategy.objectivesOfGroup(group->code)) {
                ObjectiveRow row{objective->number, objective->text,
                                 trendIn(now.objectives, before.objectives, objective->number),
                                 std::nullopt};
                row.gap = row.trend.current.gap();
                section.objectives.append(row);
            }
        }
        model.lines.append(section);
    }

    const QHash<QString, ActivityActors> actorsOf = actorsByActivity(snapshot.assignments);
    for (Status status : allStatuses()) {
        model.statusCounts[status] = 0;
    }
    for (Schedule schedule : allSchedules()) {
        // An activity always has a schedule status: "no data" is an aggregate's only.
        if (schedule != Schedule::NoData) {
            model.scheduleCounts[schedule] = 0;
        }
    }
    QSet<QString> subjectCodes;
    for (const Activity& activity : strategy.activities) {
        const auto found = now.activities.constFind(activity.code);
        if (found == now.activities.constEnd()) {
            continue;
        }
        ReportActivity row = activityRow(snapshot, activity, *found, actorsOf);
        if (options.line && row.line != *options.line) {
            continue;
        }
        subjectCodes.insert(row.code);
        model.statusCounts[row.status] += 1;
        model.scheduleCounts[row.schedule] += 1;
        const QList<Attention> reasons = attentionReasons(*found, row.hasLead());
        if (!reasons.isEmpty()) {
            model.attention.append({row, reasons});
        }
        model.activities.append(row);
    }
    model.activityCount = int(model.activities.size());

    addUpdates(model, snapshot, periodUpdates, subjectCodes, before);
    return model;
}

} // namespace pml
