#include "gui/document/settings_commands.h"

#include "gui/document/tracker_document.h"

namespace pml {

SetSettingsCommand::SetSettingsCommand(TrackerDocument* document, const Settings& before,
                                       const Settings& after)
    : DocumentCommand(document, tr("Change tracker settings"))
    , m_before(before)
    , m_after(after)
{
}

void SetSettingsCommand::undoInStore(TrackerStore& store)
{
    store.setSettings(m_before);
}

void SetSettingsCommand::redoInStore(TrackerStore& store)
{
    store.setSettings(m_after);
}

UpdateActorCommand::UpdateActorCommand(TrackerDocument* document, const Actor& before,
                                       const Actor& after)
    : DocumentCommand(document, before.name == after.name
                                    ? tr("Change actor %1").arg(after.name)
                                    : tr("Rename actor %1 to %2").arg(before.name, after.name))
    , m_before(before)
    , m_after(after)
{
}

void UpdateActorCommand::undoInStore(TrackerStore& store)
{
    store.updateActor(m_before);
}

void UpdateActorCommand::redoInStore(TrackerStore& store)
{
    store.updateActor(m_after);
}

} // namespace pml
