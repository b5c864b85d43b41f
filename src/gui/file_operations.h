#pragma once

#include "gui/document/tracker_reader.h"
#include "storage/tracker_store.h"

#include <QDate>
#include <QString>

namespace pml {

// File work behind the File menu, without dialogs. Each throws pml::Error naming the
// problem and the file; nothing is left half-written.

// The tracker opened when no file is given: "seguimiento-pml.sqlite" in the user's
// application data folder (named before trackers had their own extension; kept so that
// no user loses the tracker they already have).
QString defaultTrackerPath();
// A tracker file name as chosen in a save dialog, given the trackers' own extension
// (.pmltracker, which the desktop opens with the program) when it has none. Any other
// extension is kept: older trackers end in .sqlite.
QString withTrackerExtension(const QString& file);
// A new tracker's content: the strategy, default settings starting on `start`. The
// creator (every role) is `creator`, or the system user when empty.
TrackerContent newTrackerContent(const Strategy& strategy, const QDate& start,
                                 const QString& creator = {});
// Creates the default tracker from the bundled strategy (start: 1 January of this
// year) when it does not exist yet. Returns true when it was created.
bool ensureTrackerExists(const QString& file, const QString& creator = {});
// Reads a strategy JSON file (docs/data-format.md).
Strategy readStrategyFile(const QString& file);
// Writes the whole tracker as JSON, atomically; never over a tracker, a folder or a device.
void exportTrackerJson(const TrackerReader& tracker, const QString& file);
// Creates a new tracker at `trackerFile` from an exported JSON file; `creator` as above.
void importTrackerJson(const QString& jsonFile, const QString& trackerFile,
                       const QString& creator = {});

} // namespace pml
