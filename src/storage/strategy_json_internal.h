#pragma once

#include "core/strategy.h"
#include "json_support.h"

// Pieces of the strategy format reused by the tracker format and by the database
// (which keeps the reference text as one JSON value).
namespace pml::json {

enum class StrategyForm {
    File,   // the strategy file: no ids, no planning
    Tracker // inside a tracker export: actor ids and per-activity planning
};

// Reads and validates (validateStrategy) a strategy object found at `path`.
Strategy strategyFromJson(const Json& object, const QString& path, StrategyForm form);
Json strategyToJsonValue(const Strategy& strategy, StrategyForm form);

ReferenceText referenceFromJson(const Json& object, const QString& path);
Json referenceToJson(const ReferenceText& reference);

} // namespace pml::json
