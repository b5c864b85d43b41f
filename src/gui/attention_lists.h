#pragma once

#include "activity_list_model.h"

#include <vector>

namespace pml {

struct Progress;
struct Snapshot;

// The dashboard's lists of activities needing attention, as of progress.asOf.
struct AttentionLists {
    std::vector<ActivityListModel::Entry> late;         // largest gap first
    std::vector<ActivityListModel::Entry> neverUpdated; // no update in force
    std::vector<ActivityListModel::Entry> unassigned;   // neither lead nor support
};

AttentionLists attentionLists(const Snapshot& snapshot, const Progress& progress);

} // namespace pml
