#pragma once

#include <QString>

#include <optional>

namespace pml {

struct Narrative;

// The texts people write, each with the most characters it may hold: enough for any real
// note or narrative, small enough that reports and the review stay quick to produce
// (docs/review-cycle.md).
enum class PersonText {
    UpdateNote,
    ReviewNote, // a return note or a reopening reason
    Achievements,
    Difficulties,
    NextSteps,
    EvidenceWithdrawalReason,
};

inline constexpr qsizetype narrativeFieldLimit = 20000; // each of a narrative's three fields
inline constexpr qsizetype noteLimit = 4000;            // a note or a reason

qsizetype textLengthLimit(PersonText what);
// A translated refusal when `text` is longer than `what` may be, with both figures.
std::optional<QString> textLengthProblem(PersonText what, const QString& text);
// The first of the narrative's three fields that is too long.
std::optional<QString> narrativeLengthProblem(const Narrative& narrative);

} // namespace pml
