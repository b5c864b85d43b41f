#pragma once

#include "core/settings.h"
#include "core/strategy.h"
#include "gui/document/document_command.h"

namespace pml {

class SetSettingsCommand : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(pml::SetSettingsCommand)
public:
    SetSettingsCommand(TrackerDocument* document, const Settings& before, const Settings& after);

protected:
    void undoInStore(TrackerStore& store) override;
    void redoInStore(TrackerStore& store) override;
    StoredChange change() const override { return {{}, true}; }

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
    StoredChange change() const override { return {{}, true}; }

private:
    Actor m_before;
    Actor m_after;
};

} // namespace pml
