#include "gui/dashboard/attention_lists.h"

#include "core/attention.h"
#include "core/progress.h"

#include <QSet>

#include <algorithm>

namespace pml {
namespace {

ActivityListModel::Entry entryOf(const Activity& activity, const ActivityProgress& figures)
{
    ActivityListModel::Entry e;
    e.code = activity.code;
    e.text = activity.text;
    e.status = figures.status;
    e.percent = figures.percent;
    e.planned = figures.planned;
    e.schedule = figures.schedule;
    return e;
}

} // namespace

AttentionLists attentionLists(const Snapshot& snapshot, const Progress& progress)
{
    const QSet<QString> led = activitiesWithLead(snapshot.assignments);
    AttentionLists lists;
    std::vector<double> lateGaps;
    for (const Activity& activity : snapshot.strategy.activities) {
        const auto it = progress.activities.constFind(activity.code);
        if (it == progress.activities.constEnd()) {
            continue;
        }
        // The engine's one rule (docs/progress-rules.md §9), as in the report.
        const QList<Attention> reasons = attentionReasons(*it, led.contains(activity.code));
        if (reasons.contains(Attention::Late)) {
            lists.late.push_back(entryOf(activity, *it));
            lateGaps.push_back(it->gap().value_or(0));
        }
        if (reasons.contains(Attention::NeverUpdated)) {
            lists.neverUpdated.push_back(entryOf(activity, *it));
        }
        if (reasons.contains(Attention::NoLead)) {
            lists.unassigned.push_back(entryOf(activity, *it));
        }
    }
    // Largest gap first; document order among equal gaps.
    std::vector<std::size_t> order(lists.late.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return lateGaps[a] > lateGaps[b]; });
    std::vector<ActivityListModel::Entry> sorted;
    sorted.reserve(order.size());
    for (std::size_t i : order) {
        sorted.push_back(std::move(lists.late[i]));
    }
    lists.late = std::move(sorted);
    return lists;
}

} // namespace pml
