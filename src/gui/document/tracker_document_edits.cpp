// TrackerDocument's edits: each checks, calls the store once, then pushes its command.

#include "gui/document/planning_commands.h"
#include "gui/document/record_updates_command.h"
#include "gui/document/settings_commands.h"
#include "gui/document/tracker_document.h"

namespace pml {

namespace {

// Why no edit can be made now (core's sentence); called when canEdit() is false.
QString refusal(const TrackerDocument& document)
{
    return viewBlockedReason(document.editState()).value_or(QString());
}

} // namespace

EditResult TrackerDocument::recordUpdates(const QList<UpdateRequest>& requests)
{
    if (!canEdit())
        return {refusal(*this)};
    if (requests.isEmpty())
        return {};
    QList<UpdateRequest> filled = requests;
    for (UpdateRequest& request : filled) {
        if (request.recordedBy.trimmed().isEmpty())
            request.recordedBy = userName();
    }
    QList<StatusUpdate> recorded;
    EditResult result{storeRefusal([&] { recorded = store().recordUpdates(filled, today()); })};
    if (result.done())
        undoStack()->push(new RecordUpdatesCommand(this, recorded));
    return result;
}

EditResult TrackerDocument::setPlanning(const QString& activity, double weight,
                                        const std::optional<QDate>& start,
                                        const std::optional<QDate>& end)
{
    if (!canEdit())
        return {refusal(*this)};
    const Activity* current = latestSnapshot().strategy.activity(activity);
    if (!current)
        return {tr("There is no activity %1.").arg(activity)};
    const Planning before{current->weight, current->plannedStart, current->plannedEnd};
    const Planning after{weight, start, end};
    if (before.weight == after.weight && before.plannedStart == after.plannedStart &&
        before.plannedEnd == after.plannedEnd)
        return {};
    EditResult result{storeRefusal([&] { store().setPlanning(activity, weight, start, end); })};
    if (result.done())
        undoStack()->push(new SetPlanningCommand(this, activity, before, after));
    return result;
}

EditResult TrackerDocument::setResponsibility(const QString& activity, std::optional<qint64> lead,
                                              const QList<qint64>& support)
{
    if (!canEdit())
        return {refusal(*this)};
    const Responsibility before = SetResponsibilityCommand::current(latestSnapshot(), activity);
    const Responsibility after{lead, support};
    EditResult result{storeRefusal([&] { store().setResponsibility(activity, lead, support); })};
    if (result.done())
        undoStack()->push(new SetResponsibilityCommand(this, activity, before, after));
    return result;
}

EditResult TrackerDocument::setSettings(const Settings& settings)
{
    if (!canEdit())
        return {refusal(*this)};
    const Settings before = latestSnapshot().settings;
    if (before == settings)
        return {};
    if (const auto problem = validateSettings(settings))
        return {*problem};
    EditResult result{storeRefusal([&] { store().setSettings(settings); })};
    if (result.done())
        undoStack()->push(new SetSettingsCommand(this, before, settings));
    return result;
}

EditResult TrackerDocument::addActor(const QString& name, const QString& shortName,
                                     ActorGroup group)
{
    if (!canEdit())
        return {refusal(*this)};
    EditResult result;
    result.refusal = storeRefusal([&] { result.id = store().addActor(name, shortName, group); });
    if (result.done())
        refreshAfter({{}, true});
    return result;
}

EditResult TrackerDocument::updateActor(const Actor& actor)
{
    if (!canEdit())
        return {refusal(*this)};
    const Actor* current = latestSnapshot().strategy.actor(actor.id);
    if (!current)
        return {tr("There is no actor with id %1.").arg(actor.id)};
    const Actor before = *current;
    if (before.name == actor.name && before.shortName == actor.shortName &&
        before.group == actor.group)
        return {};
    EditResult result{storeRefusal([&] { store().updateActor(actor); })};
    if (result.done())
        undoStack()->push(new UpdateActorCommand(this, before, actor));
    return result;
}

} // namespace pml
