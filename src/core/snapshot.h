#pragma once

#include "history.h"
#include "settings.h"
#include "strategy.h"

#include <QDate>
#include <QList>

#include <optional>

namespace pml {

// Everything the progress engine needs, in memory. Notes and names of history rows
// are left out by storage when it only loads for figures (they do not affect them).
struct Snapshot {
    Strategy strategy;
    Settings settings;
    QList<Assignment> assignments;
    QList<StatusUpdate> updates; // any order; withdrawn ones are ignored by the engine
    // None: `updates` is the whole history. Otherwise it holds only the updates in
    // force at these dates, and figures can be computed as of these dates only (none
    // when the list is empty: the structure alone was loaded).
    std::optional<QList<QDate>> inForceAt;
};

} // namespace pml
