#pragma once

#include "tracker_store.h"

#include <optional>

namespace pml {

// Whether a recorded status/percent pair is possible under the rules of resolvePercent
// (a cancelled row keeps whatever percent was in force, 0–100).
std::optional<QString> recordedPercentProblem(Status status, int percent);

// Problems of a withdrawal sequence for one update: events must alternate, starting
// with a withdrawal. Returns the first problem.
std::optional<QString> withdrawalSequenceProblem(qint64 update, const QList<bool>& events);

// Checks a whole tracker's content before it is written (strategy rules, settings,
// assignments, history). Throws pml::Error naming the first problem.
void validateContent(const TrackerContent& content);

} // namespace pml
