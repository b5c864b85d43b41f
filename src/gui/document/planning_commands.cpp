#include "gui/document/planning_commands.h"

#include "gui/document/tracker_document.h"

namespace pml {

SetPlanningCommand::SetPlanningCommand(TrackerDocument* document, const QString& activity,
                                       const Planning& before, const Planning& after)
    : DocumentCommand(document, tr("Change planning of %1").arg(activity))
    , m_activity(activity)
    , m_before(before)
    , m_after(after)
{
}

void SetPlanningCommand::undoInStore(TrackerStore& store)
{
    this->store(store, m_before);
}

void SetPlanningCommand::redoInStore(TrackerStore& store)
{
    this->store(store, m_after);
}

void SetPlanningCommand::store(TrackerStore& store, const Planning& planning)
{
    store.changeActivity(m_activity, planning, std::nullopt);
}

SetResponsibilityCommand::SetResponsibilityCommand(TrackerDocument* document,
                                                   const QString& activity,
                                                   const Responsibility& before,
                                                   const Responsibility& after)
    : DocumentCommand(document, tr("Change responsible actors of %1").arg(activity))
    , m_activity(activity)
    , m_before(before)
    , m_after(after)
{
}

Responsibility SetResponsibilityCommand::current(const Snapshot& snapshot, const QString& activity)
{
    const ActivityActors actors = activityActors(snapshot.assignments, activity);
    return {actors.lead, actors.support};
}

void SetResponsibilityCommand::undoInStore(TrackerStore& store)
{
    store.changeActivity(m_activity, std::nullopt, m_before);
}

void SetResponsibilityCommand::redoInStore(TrackerStore& store)
{
    store.changeActivity(m_activity, std::nullopt, m_after);
}

} // namespace pml
