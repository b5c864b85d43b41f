#pragma once

#include "core/evidence.h"
#include "core/review.h"

#include <nlohmann/json.hpp>

namespace pml::cli {

// The JSON shapes `review`, `evidence` and `status` print.
nlohmann::ordered_json transitionJson(const ReviewTransition& t);
nlohmann::ordered_json narrativeJson(const Narrative& n);
nlohmann::ordered_json evidenceJson(const Evidence& e);
QString timeText(const QDateTime& utc); // "2026-07-10 14:05 UTC"

} // namespace pml::cli
