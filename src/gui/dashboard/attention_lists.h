#pragma once

#include "gui/dashboard/activity_list_model.h"

#include <vector>

namespace pml {

struct Progress;
struct Snapshot;

// The dashboard's lists of activities needing attention, as of progress.asOf, by the
// engine's reasons (core/attention.h): an activity not yet due is in none of them.
struct AttentionLists {
    std::vector<ActivityListModel::Entry> late;         // largest gap first
    std::vector<ActivityListModel::Entry> neverUpdated; // due, with no update in force
    std::vector<ActivityListModel::Entry> unassigned;   // open, without a lead
};

AttentionLists attentionLists(const Snapshot& snapshot, const Progress& progress);

} // namespace pml
