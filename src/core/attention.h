#pragma once

#include "progress.h"

#include <QList>
#include <QString>

#include <optional>

namespace pml {

// Why an activity needs attention at the as-of date (docs/progress-rules.md §9). The
// dashboard's lists and the report's "needing attention" section both come from here.
enum class Attention { Late, AtRisk, Suspended, NeverUpdated, NoLead };

// Every reason, in the order reports list them.
QList<Attention> attentionOrder();
// Stable keys for files: "late", "at_risk", "suspended", "never_updated", "no_lead".
QString attentionKey(Attention reason);
std::optional<Attention> attentionFromKey(const QString& key);

// Not yet due: its planned progress is still 0 and nothing is recorded for it. Such an
// activity needs no attention, whatever else is true of it.
bool notYetDue(const ActivityProgress& activity);

// The reasons an activity needs attention, in attentionOrder(); empty when it needs none.
// `hasLead`: it has a lead actor ("Responsable").
QList<Attention> attentionReasons(const ActivityProgress& activity, bool hasLead);

} // namespace pml
