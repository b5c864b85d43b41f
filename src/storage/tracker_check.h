#pragma once

#include "chain_witness.h"
#include "tracker_store.h"

#include <QDate>
#include <QStringList>

namespace pml {

// Everything TrackerStore::check() finds, with what the checks on opening find that it
// cannot (a history rolled back, as `witness` tells), each once: one sentence each. The
// command line's check and the window's "Check Tracker" both ask this.
QStringList trackerProblems(TrackerStore& store, ChainWitness& witness, const QDate& today);

} // namespace pml
