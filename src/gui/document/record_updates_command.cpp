#include "gui/document/record_updates_command.h"

#include "gui/document/tracker_document.h"

namespace pml {

namespace {

QString describe(const QList<StatusUpdate>& recorded)
{
    if (recorded.size() == 1)
        return RecordUpdatesCommand::tr("Record update of %1").arg(recorded.first().activity);
    return RecordUpdatesCommand::tr("Record updates of %n activities", nullptr,
                                    int(recorded.size()));
}

} // namespace

RecordUpdatesCommand::RecordUpdatesCommand(TrackerDocument* document,
                                           const QList<StatusUpdate>& recorded)
    : DocumentCommand(document, describe(recorded))
    , m_recorded(recorded)
{
}

void RecordUpdatesCommand::undoInStore(TrackerStore& store)
{
    setWithdrawnInStore(store, true);
}

void RecordUpdatesCommand::redoInStore(TrackerStore& store)
{
    setWithdrawnInStore(store, false);
}

void RecordUpdatesCommand::setWithdrawnInStore(TrackerStore& store, bool withdrawn)
{
    // One undo step is one transaction: every update of the step, or none.
    QList<qint64> ids;
    for (const StatusUpdate& update : std::as_const(m_recorded))
        ids.append(update.id);
    store.setWithdrawn(ids, withdrawn, document()->userName());
}

StoredChange RecordUpdatesCommand::change() const
{
    StoredChange change;
    for (const StatusUpdate& update : m_recorded) {
        if (!change.activities.contains(update.activity))
            change.activities.append(update.activity);
    }
    return change;
}

} // namespace pml
