#pragma once

#include "core/strategy.h"

namespace pml {

// Checks every rule of docs/data-format.md ("Validation") on a strategy in memory, and
// the planning values (weight > 0, planned start before end). Throws pml::Error naming
// the first broken rule and where (line, barrier group code, activity code, actor).
void validateStrategy(const Strategy& strategy);

// The barrier group code shape: "3.2".
bool isBarrierGroupCode(const QString& code);

} // namespace pml
