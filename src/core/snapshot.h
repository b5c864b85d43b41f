#pragma once

#include "history.h"
#include "settings.h"
#include "strategy.h"

#include <QList>

namespace pml {

// Everything the progress engine needs, in memory. Notes and names of history rows
// are left out by storage when it only loads for figures (they do not affect them).
struct Snapshot {
    Strategy strategy;
    Settings settings;
    QList<Assignment> assignments;
    QList<StatusUpdate> updates; // any order; withdrawn ones are ignored by the engine
};

} // namespace pml
