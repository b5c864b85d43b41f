#include "strategy.h"

#include "messages.h"

#include <cmath>

namespace pml {

const Line* Strategy::line(int number) const
{
    for (const auto& l : lines) {
        if (l.number == number) {
            return &l;
        }
    }
    return nullptr;
}

const BarrierGroup* Strategy::barrierGroup(const QString& code) const
{
    for (const auto& g : barrierGroups) {
        if (g.code == code) {
            return &g;
        }
    }
    return nullptr;
}

const Objective* Strategy::objective(int number) const
{
    for (const auto& o : objectives) {
        if (o.number == number) {
            return &o;
        }
    }
    return nullptr;
}

const Activity* Strategy::activity(const QString& code) const
{
    for (const auto& a : activities) {
        if (a.code == code) {
            return &a;
        }
    }
    return nullptr;
}

const Actor* Strategy::actor(qint64 id) const
{
    for (const auto& a : actors) {
        if (a.id == id) {
            return &a;
        }
    }
    return nullptr;
}

const Actor* Strategy::actorByName(const QString& nameOrShortName) const
{
    const QString wanted = nameOrShortName.trimmed();
    for (const auto& a : actors) {
        if (a.name.compare(wanted, Qt::CaseInsensitive) == 0 ||
            (!a.shortName.isEmpty() && a.shortName.compare(wanted, Qt::CaseInsensitive) == 0)) {
            return &a;
        }
    }
    return nullptr;
}

int Strategy::lineOfObjective(int objectiveNumber) const
{
    const Objective* o = objective(objectiveNumber);
    const BarrierGroup* g = o ? barrierGroup(o->barrierGroup) : nullptr;
    return g ? g->line : 0;
}

int Strategy::lineOfActivity(const Activity& a) const
{
    const BarrierGroup* g = barrierGroup(a.barrierGroup);
    return g ? g->line : 0;
}

QSet<QString> Strategy::activityCodesOfLine(int lineNumber) const
{
    QSet<QString> groups;
    for (const BarrierGroup& g : barrierGroups) {
        if (g.line == lineNumber) {
            groups.insert(g.code);
        }
    }
    QSet<QString> codes;
    for (const Activity& a : activities) {
        if (groups.contains(a.barrierGroup)) {
            codes.insert(a.code);
        }
    }
    return codes;
}

QList<const Objective*> Strategy::objectivesOfGroup(const QString& groupCode) const
{
    QList<const Objective*> result;
    for (const auto& o : objectives) {
        if (o.barrierGroup == groupCode) {
            result.append(&o);
        }
    }
    return result;
}

QList<const BarrierGroup*> Strategy::groupsOfLine(int lineNumber) const
{
    QList<const BarrierGroup*> result;
    for (const auto& g : barrierGroups) {
        if (g.line == lineNumber) {
            result.append(&g);
        }
    }
    return result;
}

QList<const Activity*> Strategy::activitiesOfObjective(int objectiveNumber) const
{
    QList<const Activity*> result;
    for (const auto& a : activities) {
        if (a.objectives.contains(objectiveNumber)) {
            result.append(&a);
        }
    }
    return result;
}

std::optional<QString> weightProblem(double weight)
{
    if (!std::isfinite(weight) || weight < kMinimumWeight || weight > kMaximumWeight) {
        return Messages::tr("the weight must be a number from %1 to %2, not %3")
            .arg(kMinimumWeight)
            .arg(kMaximumWeight)
            .arg(weight);
    }
    return std::nullopt;
}

QList<qint64> ActivityActors::all() const
{
    QList<qint64> out;
    if (lead) {
        out.append(*lead);
    }
    out.append(support);
    return out;
}

namespace {

void addAssignment(ActivityActors& actors, const Assignment& assignment)
{
    if (assignment.role == ActorRole::Lead) {
        actors.lead = assignment.actor;
    } else {
        actors.support.append(assignment.actor);
    }
}

} // namespace

ActivityActors activityActors(const QList<Assignment>& assignments, const QString& activity)
{
    ActivityActors actors;
    for (const Assignment& assignment : assignments) {
        if (assignment.activity == activity) {
            addAssignment(actors, assignment);
        }
    }
    return actors;
}

QHash<QString, ActivityActors> actorsByActivity(const QList<Assignment>& assignments)
{
    QHash<QString, ActivityActors> byActivity;
    for (const Assignment& assignment : assignments) {
        addAssignment(byActivity[assignment.activity], assignment);
    }
    return byActivity;
}

} // namespace pml
