#pragma once

#include "report_review.h"

#include <nlohmann/json.hpp>

namespace pml {

// A line's "review" object in the JSON report: state key, who approved it and when,
// whether it was reopened, the narrative, the evidence and every transition.
nlohmann::ordered_json reviewJson(const LineReview& review);

} // namespace pml
