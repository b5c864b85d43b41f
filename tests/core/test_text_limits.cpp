#include "core/review.h"
#include "core/text_limits.h"

#include <catch2/catch.hpp>

using namespace pml;

TEST_CASE("A note or reason holds up to 4000 characters, a narrative field 20000",
          "[rules][limits]")
{
    CHECK_FALSE(textLengthProblem(PersonText::UpdateNote, QString(noteLimit, QLatin1Char('a'))));
    const auto note = textLengthProblem(PersonText::ReviewNote, QString(4001, QLatin1Char('a')));
    REQUIRE(note);
    CHECK(note->contains(QLatin1String("4001 characters")));
    CHECK(note->contains(QLatin1String("at most 4000")));
    CHECK(textLengthProblem(PersonText::EvidenceWithdrawalReason, QString(4001, QLatin1Char('a'))));

    Narrative narrative;
    narrative.achievements = QString(narrativeFieldLimit, QLatin1Char('a'));
    CHECK_FALSE(narrativeLengthProblem(narrative));
    narrative.nextSteps = QString(narrativeFieldLimit + 1, QLatin1Char('a'));
    const auto problem = narrativeLengthProblem(narrative);
    REQUIRE(problem);
    CHECK(problem->contains(QLatin1String("next steps")));
    CHECK(problem->contains(QLatin1String("at most 20000")));
}
