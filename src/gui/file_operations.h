#pragma once

#include "storage/tracker_store.h"

#include <QDate>
#include <QString>

namespace pml {

// File work behind the File menu, without dialogs. Each throws pml::Error naming the
// problem and the file; nothing is left half-written.

// The tracker opened when no file is given: "seguimiento-pml.sqlite" in the user's
// application data folder.
QString defaultTrackerPath();
// A new tracker's content: the strategy, default settings starting on `start`.
TrackerContent newTrackerContent(const Strategy& strategy, const QDate& start);
// Creates the default tracker from the bundled strategy (start: 1 January of this
// year) when it does not exist yet. Returns true when it was created.
bool ensureTrackerExists(const QString& file);
// Reads a strategy JSON file (docs/data-format.md).
Strategy readStrategyFile(const QString& file);
// Writes the whole tracker as JSON, atomically; never over a tracker, a folder or a device.
void exportTrackerJson(TrackerStore& store, const QString& file);
// Creates a new tracker at `trackerFile` from an exported JSON file.
void importTrackerJson(const QString& jsonFile, const QString& trackerFile);

} // namespace pml
