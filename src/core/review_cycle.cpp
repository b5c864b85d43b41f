#include "format.h"
#include "messages.h"
#include "review.h"

namespace pml {
namespace {

struct ActionInfo {
    ReviewAction action;
    const char* key;
    ReviewState to;
};

constexpr ActionInfo kActions[] = {
    {ReviewAction::Submit, "submit", ReviewState::Submitted},
    {ReviewAction::Approve, "approve", ReviewState::Approved},
    {ReviewAction::Return, "return", ReviewState::Returned},
    {ReviewAction::Reopen, "reopen", ReviewState::Open},
};

const ActionInfo& info(ReviewAction action)
{
    for (const ActionInfo& i : kActions) {
        if (i.action == action) {
            return i;
        }
    }
    return kActions[0];
}

constexpr const char* kStateKeys[] = {"open", "submitted", "returned", "approved"};

} // namespace

QString reviewStateKey(ReviewState state)
{
    return QString::fromLatin1(kStateKeys[int(state)]);
}

std::optional<ReviewState> reviewStateFromKey(const QString& key)
{
    for (int i = 0; i < 4; ++i) {
        if (key == QLatin1String(kStateKeys[i])) {
            return ReviewState(i);
        }
    }
    return std::nullopt;
}

QString reviewStateName(ReviewState state)
{
    switch (state) {
    case ReviewState::Open:
        return Messages::tr("open");
    case ReviewState::Submitted:
        return Messages::tr("submitted");
    case ReviewState::Returned:
        return Messages::tr("returned");
    case ReviewState::Approved:
        return Messages::tr("approved");
    }
    return {};
}

QString reviewActionKey(ReviewAction action)
{
    return QString::fromLatin1(info(action).key);
}

std::optional<ReviewAction> reviewActionFromKey(const QString& key)
{
    for (const ActionInfo& i : kActions) {
        if (key == QLatin1String(i.key)) {
            return i.action;
        }
    }
    return std::nullopt;
}

QString reviewActionName(ReviewAction action)
{
    switch (action) {
    case ReviewAction::Submit:
        return Messages::tr("submitted");
    case ReviewAction::Approve:
        return Messages::tr("approved");
    case ReviewAction::Return:
        return Messages::tr("returned");
    case ReviewAction::Reopen:
        return Messages::tr("reopened");
    }
    return {};
}

ReviewState stateAfter(ReviewAction action)
{
    return info(action).to;
}

ReviewState reviewStateAfter(const QList<ReviewTransition>& transitions)
{
    return transitions.isEmpty() ? ReviewState::Open : transitions.constLast().to;
}

std::optional<QString> stateProblem(ReviewState state, ReviewAction action)
{
    const bool allowed = (action == ReviewAction::Submit &&
                          (state == ReviewState::Open || state == ReviewState::Returned)) ||
                         ((action == ReviewAction::Approve || action == ReviewAction::Return) &&
                          state == ReviewState::Submitted) ||
                         (action == ReviewAction::Reopen && state == ReviewState::Approved);
    if (!allowed) {
        return Messages::tr("the quarter is %1, and only %2 quarters can be %3")
            .arg(reviewStateName(state),
                 action == ReviewAction::Submit
                     ? Messages::tr("open or returned")
                     : (action == ReviewAction::Reopen ? reviewStateName(ReviewState::Approved)
                                                       : reviewStateName(ReviewState::Submitted)),
                 reviewActionName(action));
    }
    return std::nullopt;
}

std::optional<QString> quarterNotEndedProblem(const Quarter& quarter, const QDate& today)
{
    if (quarter.lastDay() >= today) {
        return Messages::tr("%1 ends on %2: a quarter is submitted and reviewed once it has "
                            "ended, so that its figures are final.")
            .arg(quarterText(quarter), dateText(quarter.lastDay()));
    }
    return std::nullopt;
}

std::optional<QString> transitionProblem(ReviewState state, ReviewAction action,
                                         const QString& text, const Narrative& narrative)
{
    if (const auto problem = stateProblem(state, action)) {
        return problem;
    }
    if (action == ReviewAction::Submit && narrative.isEmpty()) {
        return Messages::tr("a submission needs a narrative (achievements, difficulties or next "
                            "steps)");
    }
    if (action == ReviewAction::Return && text.trimmed().isEmpty()) {
        return Messages::tr("returning a quarter needs a note saying what to change");
    }
    if (action == ReviewAction::Reopen && text.trimmed().isEmpty()) {
        return Messages::tr("reopening a quarter needs a reason");
    }
    return std::nullopt;
}

int approvalCount(const QList<ReviewTransition>& transitions)
{
    int count = 0;
    for (const ReviewTransition& t : transitions) {
        count += t.action == ReviewAction::Approve ? 1 : 0;
    }
    return count;
}

bool wasReopened(const QList<ReviewTransition>& transitions)
{
    for (const ReviewTransition& t : transitions) {
        if (t.action == ReviewAction::Reopen) {
            return true;
        }
    }
    return false;
}

const ReviewTransition* currentApproval(const QList<ReviewTransition>& transitions)
{
    if (transitions.isEmpty() || transitions.constLast().action != ReviewAction::Approve) {
        return nullptr;
    }
    return &transitions.constLast();
}

const ReviewTransition* lastSubmission(const QList<ReviewTransition>& transitions)
{
    for (auto it = transitions.crbegin(); it != transitions.crend(); ++it) {
        if (it->action == ReviewAction::Submit) {
            return &*it;
        }
    }
    return nullptr;
}

} // namespace pml
