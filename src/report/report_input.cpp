#include "report_model.h"

namespace pml {

ReportModel buildReport(TrackerStore& store, const ReportOptions& options, const ReportMeta& meta)
{
    // What is in force at the quarter's end and the previous one's, and the quarter's
    // updates: never the earlier history.
    const ReportPeriod period = reportPeriod(options);
    const Snapshot snapshot = store.loadSnapshotAt(period.figureDates());
    const QList<StatusUpdate> updates = store.updatesEffectiveBetween(period.start, period.asOf);
    return buildReport(snapshot, updates, options, meta);
}

} // namespace pml
