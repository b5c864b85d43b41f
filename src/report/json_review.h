#pragma once

#include "report_review.h"
#include "writer_support.h"

#include <nlohmann/json.hpp>

namespace pml {

namespace json {
inline nlohmann::ordered_json text(const QString& value)
{
    return outputText(value).toStdString();
}
// UTC with milliseconds; null when invalid.
inline nlohmann::ordered_json dateTime(const QDateTime& value)
{
    return value.isValid()
               ? nlohmann::ordered_json(value.toUTC().toString(Qt::ISODateWithMs).toStdString())
               : nlohmann::ordered_json(nullptr);
}
} // namespace json

// A line's "review" object in the JSON report: state key, who approved it and when,
// whether it was reopened, the narrative, the evidence and every transition.
nlohmann::ordered_json reviewJson(const LineReview& review);

} // namespace pml
