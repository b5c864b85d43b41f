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

bool samePlanning(const Planning& a, const Planning& b)
{
    return a.weight == b.weight && a.plannedStart == b.plannedStart && a.plannedEnd == b.plannedEnd;
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
    if (!latestSnapshot().strategy.activity(activity))
        return {tr("There is no activity %1.").arg(activity)};
    const Planning after{weight, start, end};
    // Undo writes back what the store held just before, not this window's copy: another
    // program may have changed it since the window last read it.
    Planning before;
    EditResult result{
        storeRefusal([&] { before = store().setPlanning(activity, weight, start, end); })};
    if (result.done() && !samePlanning(before, after))
        undoStack()->push(new SetPlanningCommand(this, activity, before, after));
    else if (result.done())
        refreshAfter({{}, true});
    return result;
}

EditResult TrackerDocument::setResponsibility(const QString& activity, std::optional<qint64> lead,
                                              const QList<qint64>& support)
{
    if (!canEdit())
        return {refusal(*this)};
    const Responsibility after{lead, support};
    Responsibility before;
    EditResult result{
        storeRefusal([&] { before = store().setResponsibility(activity, lead, support); })};
    if (result.done())
        undoStack()->push(new SetResponsibilityCommand(this, activity, before, after));
    return result;
}

EditResult TrackerDocument::setSettings(const Settings& settings)
{
    if (!canEdit())
        return {refusal(*this)};
    if (const auto problem = validateSettings(settings))
        return {*problem};
    Settings before;
    EditResult result{storeRefusal([&] { before = store().setSettings(settings); })};
    if (result.done() && before != settings)
        undoStack()->push(new SetSettingsCommand(this, before, settings));
    else if (result.done())
        refreshAfter({{}, true});
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
    if (!latestSnapshot().strategy.actor(actor.id))
        return {tr("There is no actor with id %1.").arg(actor.id)};
    Actor before;
    EditResult result{storeRefusal([&] { before = store().updateActor(actor); })};
    const bool changed = before.name != actor.name || before.shortName != actor.shortName ||
                         before.group != actor.group;
    if (result.done() && changed)
        undoStack()->push(new UpdateActorCommand(this, before, actor));
    else if (result.done())
        refreshAfter({{}, true});
    return result;
}

} // namespace pml
