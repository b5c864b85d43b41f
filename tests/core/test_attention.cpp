#include "core/attention.h"
#include "fixtures.h"

#include <catch2/catch.hpp>

using namespace pml;
using pml::test::day;
using pml::test::Fixture;

namespace {

// Start 2024-01-01: short-term windows run 2024–2025, medium-term ones 2026–2028.
Fixture attentionFixture()
{
    Fixture f;
    f.line(1).group(QStringLiteral("1.1"), 1).objective(1, QStringLiteral("1.1"));
    for (const char* code : {"1.C1", "1.C2", "1.C3", "1.C4", "1.C5"}) {
        f.activity(QString::fromLatin1(code), Horizon::Short, {1});
    }
    f.activity(QStringLiteral("1.M1"), Horizon::Medium, {1});
    f.activity(QStringLiteral("1.M2"), Horizon::Medium, {1});
    return f;
}

QList<Attention> reasonsOf(const Progress& progress, const char* code, bool hasLead = true)
{
    return attentionReasons(progress.activities.value(QString::fromLatin1(code)), hasLead);
}

} // namespace

TEST_CASE("attention: an activity not yet due needs none", "[attention]")
{
    Fixture f = attentionFixture();
    const Progress progress = f.at(day("2024-07-01"));
    // 1.M1's window opens in 2026: planned 0, nothing recorded.
    CHECK(notYetDue(progress.activities.value(QStringLiteral("1.M1"))));
    CHECK(reasonsOf(progress, "1.M1", false).isEmpty());
    // Once recorded (here started early, with no lead) it is due for the rules.
    f.update(QStringLiteral("1.M2"), day("2024-06-01"), Status::InProgress, 5);
    const Progress later = f.at(day("2024-07-01"));
    CHECK_FALSE(notYetDue(later.activities.value(QStringLiteral("1.M2"))));
    CHECK(reasonsOf(later, "1.M2", false) == QList<Attention>{Attention::NoLead});
}

TEST_CASE("attention: late, at risk, suspended, never updated, no lead", "[attention]")
{
    Fixture f = attentionFixture();
    // 2024-07-01: a short-term window is 24.93 % elapsed.
    f.update(QStringLiteral("1.C1"), day("2024-05-01"), Status::InProgress, 30); // on track
    f.update(QStringLiteral("1.C2"), day("2024-05-01"), Status::InProgress, 10); // gap 14.9
    f.update(QStringLiteral("1.C3"), day("2024-05-01"), Status::Suspended, 20);
    f.update(QStringLiteral("1.C4"), day("2024-05-01"), Status::Completed, 100);
    const Progress progress = f.at(day("2024-07-01"));
    CHECK(reasonsOf(progress, "1.C1").isEmpty());
    CHECK(reasonsOf(progress, "1.C2") == QList<Attention>{Attention::AtRisk});
    CHECK(reasonsOf(progress, "1.C3") == QList<Attention>{Attention::Suspended});
    // Due (planned above 0) with nothing recorded: at 0 % it is also 24.93 points behind.
    CHECK(reasonsOf(progress, "1.C5") ==
          QList<Attention>{Attention::AtRisk, Attention::NeverUpdated});
    CHECK(reasonsOf(progress, "1.C5", false) ==
          QList<Attention>{Attention::AtRisk, Attention::NeverUpdated, Attention::NoLead});
    // Early in its window (planned 4.1 %) "never updated" is the only reason.
    CHECK(reasonsOf(f.at(day("2024-01-31")), "1.C5") == QList<Attention>{Attention::NeverUpdated});
    // A completed activity needs nobody in charge any more.
    CHECK(reasonsOf(progress, "1.C4", false).isEmpty());

    // After the window's end everything open is late.
    const Progress after = f.at(day("2026-01-15"));
    CHECK(reasonsOf(after, "1.C1") == QList<Attention>{Attention::Late});
    CHECK(reasonsOf(after, "1.C3") == QList<Attention>{Attention::Late, Attention::Suspended});
    CHECK(reasonsOf(after, "1.C5", false) ==
          QList<Attention>{Attention::Late, Attention::NeverUpdated, Attention::NoLead});
}

TEST_CASE("attention keys are stable", "[attention]")
{
    CHECK(attentionOrder() == QList<Attention>{Attention::Late, Attention::AtRisk,
                                               Attention::Suspended, Attention::NeverUpdated,
                                               Attention::NoLead});
    for (Attention reason : attentionOrder()) {
        CHECK(attentionFromKey(attentionKey(reason)) == reason);
    }
    CHECK(attentionKey(Attention::NeverUpdated) == QStringLiteral("never_updated"));
    CHECK_FALSE(attentionFromKey(QStringLiteral("late ")));
}
