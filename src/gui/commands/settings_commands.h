#pragma once

#include "core/settings.h"
#include "core/strategy.h"
#include "document_command.h"

namespace pml {

class SetSettingsCommand : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(pml::SetSettingsCommand)
public:
    SetSettingsCommand(TrackerDocument* document, const Settings& before, const Settings& after);

protected:
    void undoInStore(TrackerStore& store) override;
    void redoInStore(TrackerStore& store) override;
    void undoInSnapshot(Snapshot& snapshot) override { snapshot.settings = m_before; }
    void redoInSnapshot(Snapshot& snapshot) override { snapshot.settings = m_after; }

private:
    Settings m_before;
    Settings m_after;
};

// Renaming an actor or changing its group.
class UpdateActorCommand : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(pml::UpdateActorCommand)
public:
    UpdateActorCommand(TrackerDocument* document, const Actor& before, const Actor& after);

protected:
    void undoInStore(TrackerStore& store) override;
    void redoInStore(TrackerStore& store) override;
    void undoInSnapshot(Snapshot& snapshot) override { mirror(snapshot, m_before); }
    void redoInSnapshot(Snapshot& snapshot) override { mirror(snapshot, m_after); }

private:
    static void mirror(Snapshot& snapshot, const Actor& actor);
    Actor m_before;
    Actor m_after;
};

} // namespace pml
