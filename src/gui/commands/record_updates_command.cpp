#include "record_updates_command.h"

#include "gui/tracker_document.h"

#include <QSet>

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

void RecordUpdatesCommand::undoInSnapshot(Snapshot& snapshot)
{
    setWithdrawnInSnapshot(snapshot, true);
}

void RecordUpdatesCommand::redoInSnapshot(Snapshot& snapshot)
{
    if (!m_appended) {
        m_appended = true;
        snapshot.updates.append(m_recorded);
        return;
    }
    setWithdrawnInSnapshot(snapshot, false);
}

void RecordUpdatesCommand::setWithdrawnInSnapshot(Snapshot& snapshot, bool withdrawn)
{
    QSet<qint64> ids;
    for (const StatusUpdate& update : std::as_const(m_recorded))
        ids.insert(update.id);
    // Recent rows sit at the end of the list: search backwards.
    for (qsizetype i = snapshot.updates.size() - 1; i >= 0 && !ids.isEmpty(); --i) {
        if (ids.remove(snapshot.updates.at(i).id))
            snapshot.updates[i].withdrawn = withdrawn;
    }
}

} // namespace pml
