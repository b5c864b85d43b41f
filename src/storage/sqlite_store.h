#pragma once

#include "tracker_store.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace pml {

// createTracker() with a step run just before the commit (tests use it to make the
// creation fail late and check that nothing is left behind).
std::unique_ptr<TrackerStore>
createTrackerFile(const QString& file, const TrackerContent& content,
                  const std::function<void(const QSqlDatabase&)>& beforeCommit);

} // namespace pml
