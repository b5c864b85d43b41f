#pragma once

#include "storage/tracker_location.h"

#include <QDate>
#include <QFuture>
#include <QStringList>

class QWidget;

namespace pml {

// What checking a tracker found: its problems, one sentence each, or why it could not be
// checked.
struct TrackerCheckResult {
    QStringList problems;
    QString failure;
};

// File → Check Tracker…: every check the command line's "check" makes (the structure, the
// history's rules, the audit chain replayed, and what this computer's witness remembers),
// on a connection of its own in the background, since a large tracker takes a while.
QFuture<TrackerCheckResult> checkTrackerInBackground(const TrackerLocation& location,
                                                     const QDate& today);

// Runs the check with a progress box, then shows what it found (objectName
// "trackerCheckBox": "no problems", or the problems, the first ones in its text and all of
// them in its details part).
void checkTrackerInWindow(QWidget* parent, const TrackerLocation& location, const QDate& today);

} // namespace pml
