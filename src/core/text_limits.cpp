#include "text_limits.h"

#include "messages.h"
#include "review.h"

namespace pml {
namespace {

QString nameOf(PersonText what)
{
    switch (what) {
    case PersonText::UpdateNote:
        return Messages::tr("The update's note");
    case PersonText::ReviewNote:
        return Messages::tr("The note");
    case PersonText::Achievements:
        return Messages::tr("The narrative's achievements");
    case PersonText::Difficulties:
        return Messages::tr("The narrative's difficulties");
    case PersonText::NextSteps:
        return Messages::tr("The narrative's next steps");
    case PersonText::EvidenceWithdrawalReason:
        return Messages::tr("The reason for withdrawing the evidence");
    }
    return {};
}

} // namespace

qsizetype textLengthLimit(PersonText what)
{
    switch (what) {
    case PersonText::Achievements:
    case PersonText::Difficulties:
    case PersonText::NextSteps:
        return narrativeFieldLimit;
    case PersonText::UpdateNote:
    case PersonText::ReviewNote:
    case PersonText::EvidenceWithdrawalReason:
        return noteLimit;
    }
    return noteLimit;
}

std::optional<QString> textLengthProblem(PersonText what, const QString& text)
{
    const qsizetype limit = textLengthLimit(what);
    if (text.size() <= limit) {
        return std::nullopt;
    }
    return Messages::tr("%1 has %2 characters; it may have at most %3. Shorten it, or keep the "
                        "full text as evidence.")
        .arg(nameOf(what))
        .arg(text.size())
        .arg(limit);
}

std::optional<QString> narrativeLengthProblem(const Narrative& narrative)
{
    for (const auto& [what, text] : {std::pair{PersonText::Achievements, narrative.achievements},
                                     std::pair{PersonText::Difficulties, narrative.difficulties},
                                     std::pair{PersonText::NextSteps, narrative.nextSteps}}) {
        if (auto problem = textLengthProblem(what, text)) {
            return problem;
        }
    }
    return std::nullopt;
}

} // namespace pml
