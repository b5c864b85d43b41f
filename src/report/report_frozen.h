#pragma once

#include "report_model.h"

#include <QList>

namespace pml {

// Replaces, in a report's live input, what line `line`'s figures depend on by what its
// approval froze: its activities' planning (weight, planned window), their assignments,
// the updates in force and the updates effective in the quarter. The strategy's, other
// lines' and the settings' input stays live.
void mergeFrozenLine(Snapshot& live, QList<StatusUpdate>& periodUpdates, const FrozenLine& frozen,
                     int line);

// Replaces the section, activity rows, attention rows and update rows of the line that
// `lineModel` reports on (a report on that line alone) in `model`, then counts again.
void spliceLine(ReportModel& model, const ReportModel& lineModel);

} // namespace pml
