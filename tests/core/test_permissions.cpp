// Who may do what, and why an edit is blocked: core's one table and one sentence.
#include "core/permissions.h"

#include <catch2/catch.hpp>

using namespace pml;

namespace {

EditState writableToday(const QList<Role>& roles)
{
    EditState state;
    state.asOf = QDate(2026, 5, 4);
    state.today = QDate(2026, 5, 4);
    state.people = {Person{QStringLiteral("Ana"), roles, true}};
    state.user = QStringLiteral("ana"); // names compare without regard to case
    return state;
}

} // namespace

TEST_CASE("each operation needs one role", "[permissions]")
{
    CHECK(requiredRole(Operation::RecordUpdate) == Role::Monitor);
    CHECK(requiredRole(Operation::ChangeResponsibility) == Role::Monitor);
    CHECK(requiredRole(Operation::AddEvidence) == Role::Monitor);
    CHECK(requiredRole(Operation::SubmitQuarter) == Role::Monitor);
    CHECK(requiredRole(Operation::ApproveQuarter) == Role::Reviewer);
    CHECK(requiredRole(Operation::ReopenQuarter) == Role::Reviewer);
    CHECK(requiredRole(Operation::ChangeSettings) == Role::Admin);
    CHECK(requiredRole(Operation::ManagePeople) == Role::Admin);
    for (Operation operation : allOperations()) {
        CHECK_FALSE(operationPhrase(operation).isEmpty());
    }
}

TEST_CASE("an edit is allowed on a writable tracker viewed today, with the role", "[permissions]")
{
    CHECK_FALSE(editBlockedReason(writableToday({Role::Monitor}), Operation::RecordUpdate));
    CHECK_FALSE(editBlockedReason(writableToday({Role::Admin}), Operation::ChangeSettings));
    CHECK_FALSE(viewBlockedReason(writableToday({})));
}

TEST_CASE("a read-only tracker blocks every operation first", "[permissions]")
{
    EditState state = writableToday({Role::Monitor, Role::Reviewer, Role::Admin});
    state.readOnly = true;
    for (Operation operation : allOperations()) {
        const auto reason = editBlockedReason(state, operation);
        REQUIRE(reason);
        CHECK(reason->contains(QStringLiteral("read-only")));
    }
    CHECK(viewBlockedReason(state) == editBlockedReason(state, Operation::RecordUpdate));
}

TEST_CASE("another date viewed blocks the edits that change figures, not the review",
          "[permissions]")
{
    EditState state = writableToday({Role::Monitor, Role::Reviewer});
    state.asOf = QDate(2026, 3, 31);
    const auto reason = editBlockedReason(state, Operation::RecordUpdate);
    REQUIRE(reason);
    CHECK(reason->contains(QStringLiteral("viewing today")));
    CHECK(reason->contains(QStringLiteral("2026"))); // names the date viewed
    CHECK(viewBlockedReason(state) == reason);
    CHECK(editBlockedReason(state, Operation::ChangePlanning) == reason);
    CHECK(needsTodaysView(Operation::ChangeSettings));
    CHECK_FALSE(needsTodaysView(Operation::ApproveQuarter));
    CHECK_FALSE(editBlockedReason(state, Operation::SubmitQuarter));
    CHECK_FALSE(editBlockedReason(state, Operation::AddEvidence));
}

TEST_CASE("a missing role is named in the reason", "[permissions]")
{
    const EditState reviewer = writableToday({Role::Reviewer});
    const auto reason = editBlockedReason(reviewer, Operation::RecordUpdate);
    REQUIRE(reason);
    CHECK(*reason == *operationProblem(reviewer.people, reviewer.user, Operation::RecordUpdate));
    CHECK(reason->contains(roleName(Role::Monitor)));
    CHECK_FALSE(editBlockedReason(reviewer, Operation::ApproveQuarter));
    // Someone not listed may do nothing.
    EditState stranger = writableToday({Role::Monitor});
    stranger.user = QStringLiteral("Luis");
    REQUIRE(editBlockedReason(stranger, Operation::RecordUpdate));
    CHECK(editBlockedReason(stranger, Operation::RecordUpdate)->contains(QStringLiteral("Luis")));
}
