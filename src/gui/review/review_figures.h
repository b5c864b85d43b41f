#pragma once

#include "core/progress.h"
#include "core/review.h"
#include "gui/document/tracker_reader.h"

#include <QFuture>
#include <QList>
#include <QString>

class QTableWidget;

namespace pml {

// A line's figures for its review: as of the quarter's last day (what submission shows
// and approval freezes) and as of the previous quarter's last day (what changed), both
// from the engine. An approved quarter's come from its frozen input, so they stay what
// the reviewer approved whatever changed since.
struct QuarterFigures {
    Quarter quarter;
    int line = 0;
    Snapshot snapshot;
    Progress end;    // as of quarter.lastDay()
    Progress before; // as of quarter.previous().lastDay()
    bool frozen = false;
    QList<StatusUpdate> updates; // of the line, effective in the quarter (recording order)
    QString error;               // the store could not be read
};

// The activities whose updates a line's figures depend on: those of its barrier groups
// and any serving one of its objectives.
QStringList activitiesOfLineFigures(const Strategy& strategy, int line);

// Reads only what the line needs: `structure` (strategy, settings) is the document's, in
// memory; of the history, the updates in force of the line's activities at the two dates,
// and the quarter's updates. Figures equal the engine's over the whole tracker.
QuarterFigures quarterFigures(const TrackerReader& tracker, const Snapshot& structure,
                              const Quarter& quarter, int line);
// The same in a worker thread, on its own read-only connection to the tracker (big ones).
QFuture<QuarterFigures> quarterFiguresInBackground(const TrackerLocation& location,
                                                   const Snapshot& structure,
                                                   const Quarter& quarter, int line);

// At most this many of the quarter's updates are listed (the latest): a reviewer reads a
// few dozen; a synthetic tracker may have tens of thousands.
constexpr int kMaxQuarterUpdatesShown = 500;

// Fills `table` with the line, its barrier groups and its objectives: code, name, actual at
// the end of the previous quarter and of this one, the change, planned and schedule.
void fillQuarterFigures(QTableWidget* table, const QuarterFigures& figures);
QStringList quarterFigureHeaders(const Quarter& quarter);

// Fills `table` with the updates effective in the quarter (the latest
// kMaxQuarterUpdatesShown) and their evidence counts.
void fillQuarterUpdates(QTableWidget* table, const QuarterFigures& figures,
                        const QHash<qint64, int>& evidence);
QStringList quarterUpdateHeaders();

} // namespace pml
