#include "core/error.h"
#include "core/messages.h"
#include "core/progress.h"
#include "store_rules.h"

#include <QCoreApplication>
#include <QSet>

namespace pml {
namespace {

void requireValidPlanning(const QString& activity, const Planning& planning)
{
    if (const auto problem = weightProblem(planning.weight)) {
        throw Error(Messages::tr("Activity %1: %2.").arg(activity, *problem));
    }
    if ((planning.plannedStart && !planning.plannedStart->isValid()) ||
        (planning.plannedEnd && !planning.plannedEnd->isValid())) {
        throw Error(Messages::tr("Activity %1: a planned date is not a real date.").arg(activity));
    }
}

} // namespace

ActivityChange RulesStore::changeActivity(const QString& activity,
                                          const std::optional<Planning>& planning,
                                          const std::optional<Responsibility>& responsibility)
{
    requireWritable();
    const auto transaction = m_persistence.begin(Persistence::Access::Write);
    requireAllowed(planning ? Operation::ChangePlanning : Operation::ChangeResponsibility);
    if (planning && responsibility) {
        requireAllowed(Operation::ChangeResponsibility);
    }
    requireActivity(activity);
    ActivityChange previous;
    if (planning) {
        previous.planning = m_persistence.planningOf(activity);
    }
    if (responsibility) {
        previous.responsibility = responsibilityOf(activity);
    }
    for (const auto& [category, wanted] :
         {std::pair{QStringLiteral("planning"), planning.has_value()},
          std::pair{QStringLiteral("responsibility"), responsibility.has_value()}}) {
        if (!wanted) {
            continue;
        }
        const QString before = m_persistence.auditedState(category, activity);
        if (category == QLatin1String("planning")) {
            writePlanning(activity, *planning);
        } else {
            writeResponsibility(activity, *responsibility);
        }
        const QString after = m_persistence.auditedState(category, activity);
        if (after != before) {
            m_persistence.appendAudit(m_actingUser, category, activity, before, after);
        }
    }
    transaction->commit();
    return previous;
}

Responsibility RulesStore::responsibilityOf(const QString& activity)
{
    Responsibility responsibility;
    for (const Assignment& assignment : m_persistence.assignmentsOf(activity)) {
        if (assignment.role == ActorRole::Lead) {
            responsibility.lead = assignment.actor;
        } else {
            responsibility.support.append(assignment.actor);
        }
    }
    return responsibility;
}

void RulesStore::writePlanning(const QString& activity, const Planning& planning)
{
    requireValidPlanning(activity, planning);
    // The window in force after the change (an override may meet a default bound): only
    // the horizon is needed, not the whole strategy.
    Activity changed;
    changed.code = activity;
    changed.horizon = m_persistence.horizonOf(activity).value_or(Horizon::Short);
    changed.plannedStart = planning.plannedStart;
    changed.plannedEnd = planning.plannedEnd;
    if (const auto error = validatePlannedWindow(changed, m_persistence.settings())) {
        throw Error(*error);
    }
    m_persistence.writePlanning(activity, planning);
}

void RulesStore::writeResponsibility(const QString& activity, const Responsibility& wanted)
{
    QList<qint64> actors = wanted.support;
    if (wanted.lead) {
        actors.prepend(*wanted.lead);
    }
    for (qint64 id : actors) {
        if (!m_persistence.actor(id)) {
            throw Error(Messages::tr("Activity %1: unknown actor %2.").arg(activity).arg(id));
        }
    }
    if (wanted.lead && wanted.support.contains(*wanted.lead)) {
        throw Error(
            Messages::tr("Activity %1: actor %2 cannot be both the lead and a supporting actor.")
                .arg(activity)
                .arg(*wanted.lead));
    }
    Responsibility stored{wanted.lead, {}};
    for (qint64 id : wanted.support) {
        if (!stored.support.contains(id)) { // the same supporting actor named twice counts once
            stored.support.append(id);
        }
    }
    m_persistence.writeResponsibility(activity, stored);
}

Settings RulesStore::setSettings(const Settings& settings)
{
    requireWritable();
    if (const auto problem = validateSettings(settings)) {
        throw Error(*problem);
    }
    const auto transaction = m_persistence.begin(Persistence::Access::Write);
    requireAllowed(Operation::ChangeSettings);
    const Settings previous = m_persistence.settings();
    const QString category = QStringLiteral("settings");
    const QString before = m_persistence.auditedState(category, category);
    m_persistence.writeSettings(settings);
    const QString after = m_persistence.auditedState(category, category);
    if (after != before) {
        m_persistence.appendAudit(m_actingUser, category, category, before, after);
    }
    transaction->commit();
    return previous;
}

} // namespace pml
