#pragma once

#include "tracker_store.h"

#include <optional>

namespace pml {

// Problems of a withdrawal sequence for one update: events must alternate, starting
// with a withdrawal. Returns the first problem.
std::optional<QString> withdrawalSequenceProblem(qint64 update, const QList<bool>& events);

// Checks a whole tracker's content before it is written (strategy rules, settings,
// assignments, history). Throws pml::Error naming the first problem.
void validateContent(const TrackerContent& content);

} // namespace pml
