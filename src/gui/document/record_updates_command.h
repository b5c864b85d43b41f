#pragma once

#include "core/history.h"
#include "gui/document/document_command.h"

#include <QList>

namespace pml {

// Status updates already recorded. History is append-only: undo records the
// withdrawal of each update, redo records its restoration; both stay in the history.
class RecordUpdatesCommand : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(pml::RecordUpdatesCommand)
public:
    RecordUpdatesCommand(TrackerDocument* document, const QList<StatusUpdate>& recorded);

protected:
    void undoInStore(TrackerStore& store) override;
    void redoInStore(TrackerStore& store) override;
    StoredChange change() const override;

private:
    void setWithdrawnInStore(TrackerStore& store, bool withdrawn);
    QList<StatusUpdate> m_recorded;
};

} // namespace pml
