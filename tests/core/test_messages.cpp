// How core's sentences name quarters, dates and remedies, and who signs a quarter's report.
#include "core/format.h"
#include "core/reminders.h"
#include "core/review.h"
#include "core/sign_off.h"
#include "core/surface.h"
#include "fixtures.h"

#include <QLocale>

#include <catch2/catch.hpp>

using namespace pml;
using namespace pml::test;

namespace {

ReviewTransition step(const Quarter& quarter, int line, ReviewAction action, const QString& by,
                      const QString& text = {})
{
    ReviewTransition t;
    t.quarter = quarter;
    t.line = line;
    t.action = action;
    t.recordedBy = by;
    t.text = text;
    return t;
}

// Restores the surface a test changed, also when it fails.
struct SurfaceGuard {
    Surface saved = surface();
    ~SurfaceGuard() { setSurface(saved); }
};

} // namespace

TEST_CASE("quarters are named for people as 'Q2 2026'; the key stays what files read", "[messages]")
{
    const Quarter q{2026, 2};
    CHECK(quarterText(q) == QStringLiteral("Q2 2026"));
    CHECK(q.key() == QStringLiteral("2026-Q2"));
}

TEST_CASE("a rule's phrase shown alone reads as a sentence", "[messages]")
{
    CHECK(asSentence(QStringLiteral("the quarter is approved")) ==
          QStringLiteral("The quarter is approved."));
    CHECK(asSentence(QStringLiteral("Already a sentence.")) ==
          QStringLiteral("Already a sentence."));
    CHECK(asSentence(QStringLiteral("returned by Rosa: \"Falta evidencia\"")) ==
          QStringLiteral("Returned by Rosa: \"Falta evidencia\""));
    CHECK(asSentence(QString()).isEmpty());
}

TEST_CASE("the approved-quarter lock tells the window's user where to reopen, the command "
          "line's user which command",
          "[messages]")
{
    SurfaceGuard guard;
    const Quarter q{2026, 2};
    const QDate date(2026, 5, 15);
    setSurface(Surface::Window);
    const QString window = lockedQuarterMessage(QStringLiteral("11.C1"), date, 2, q);
    CHECK(window.contains(QStringLiteral("Q2 2026")));
    CHECK(window.contains(dateText(date)));
    CHECK(window.contains(QStringLiteral("Review page")));
    CHECK_FALSE(window.contains(QStringLiteral("--quarter")));
    CHECK_FALSE(window.contains(QStringLiteral("2026-05-15")));

    setSurface(Surface::CommandLine);
    const QString cli = lockedQuarterMessage(QStringLiteral("11.C1"), date, 2, q);
    CHECK(cli.contains(QStringLiteral("--quarter 2026-Q2 --line 2 reopen")));
    CHECK_FALSE(cli.contains(QStringLiteral("Review page")));

    // The same for a person who is not listed.
    const auto unlisted = permissionProblem({}, QStringLiteral("Eva"), Role::Monitor,
                                            QStringLiteral("record updates"));
    REQUIRE(unlisted);
    CHECK(unlisted->contains(QStringLiteral("users DB add")));
    setSurface(Surface::Window);
    CHECK(permissionProblem({}, QStringLiteral("Eva"), Role::Monitor,
                            QStringLiteral("record updates"))
              ->contains(QStringLiteral("People page")));
}

TEST_CASE("the report is signed by who submitted and approved each line's quarter", "[messages]")
{
    const Quarter q{2026, 2};
    const Quarter other{2026, 1};
    const QList<ReviewTransition> steps = {
        step(q, 2, ReviewAction::Submit, QStringLiteral("Luis")),
        step(q, 1, ReviewAction::Submit, QStringLiteral("Ana")),
        step(q, 1, ReviewAction::Approve, QStringLiteral("Rosa")),
        step(q, 3, ReviewAction::Submit, QStringLiteral("ana")), // the same person
        step(q, 3, ReviewAction::Approve, QStringLiteral("Pedro")),
        step(q, 4, ReviewAction::Submit, QStringLiteral("Eva")),
        step(q, 4, ReviewAction::Return, QStringLiteral("Rosa"), QStringLiteral("Falta")),
        step(other, 5, ReviewAction::Submit, QStringLiteral("Otro")),
    };
    const SignOff all = quarterSignOff(steps, q, std::nullopt);
    CHECK(all.preparedBy == QStringLiteral("Ana, Luis"));
    CHECK(all.reviewedBy == QStringLiteral("Rosa, Pedro"));
    const SignOff two = quarterSignOff(steps, q, 2);
    CHECK(two.preparedBy == QStringLiteral("Luis"));
    CHECK(two.reviewedBy.isEmpty());
    CHECK(quarterSignOff(steps, q, 4).preparedBy.isEmpty()); // returned: no submission stands
}

TEST_CASE("a reopened quarter is listed as waiting to be submitted again, once", "[messages]")
{
    Fixture f = sharedFixture();
    const QDate today(2024, 8, 10);
    const Quarter ended{2024, 2};
    const Quarter older{2024, 1};
    const QList<ReviewTransition> steps = {
        step(older, 2, ReviewAction::Submit, QStringLiteral("Ana")),
        step(older, 2, ReviewAction::Approve, QStringLiteral("Rosa")),
        step(older, 2, ReviewAction::Reopen, QStringLiteral("Rosa"), QStringLiteral("Corregir")),
        step(ended, 1, ReviewAction::Submit, QStringLiteral("Ana")),
        step(ended, 1, ReviewAction::Approve, QStringLiteral("Rosa")),
        step(ended, 1, ReviewAction::Reopen, QStringLiteral("Rosa"), QStringLiteral("Cifra")),
    };
    const QList<Reminder> list = reminders(f.snapshot, f.at(today), steps, today);
    QList<Reminder> reopened;
    for (const Reminder& r : list) {
        if (r.kind == Reminder::Kind::Reopened)
            reopened.append(r);
        // Not also as "not submitted".
        CHECK_FALSE((r.kind == Reminder::Kind::NotSubmitted && r.line == 1));
    }
    REQUIRE(reopened.size() == 2);
    for (const Reminder& r : reopened) {
        CHECK(r.text.contains(quarterText(r.quarter)));
        CHECK(r.text.contains(QStringLiteral("submitted again")));
        CHECK(r.text.contains(r.note));
    }
    CHECK(reminderKindKey(Reminder::Kind::Reopened) == QStringLiteral("reopened"));
    // The days left name the quarter and its last day in the user's form.
    CHECK(list.first().text.contains(quarterText({2024, 3})));
    CHECK(list.first().text.contains(dateText(QDate(2024, 9, 30))));
}
