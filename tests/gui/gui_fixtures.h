#pragma once

#include "gui/tracker_document.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace pml::test {

// A tracker created from the bundled strategy in a temporary folder; its schedule
// starts two years ago, so planned figures are well under way today.
struct TempTracker {
    TempTracker();
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<TrackerDocument> open(OpenMode mode = OpenMode::ReadWrite) const;
};

// Processes events until `done` holds or `milliseconds` pass; returns `done()`.
bool waitFor(const std::function<bool()>& done, int milliseconds = 10000);

// One update request for `code`, recorded today.
UpdateRequest updateRequest(const QString& code, Status status, std::optional<int> percent,
                            const QString& note = {});

// The figures the engine gives for what is stored in the tracker now.
Progress storedProgress(TrackerStore& store, const QDate& asOf);

} // namespace pml::test
