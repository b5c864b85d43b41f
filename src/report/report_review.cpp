#include "report_review.h"

#include "report_model.h"

namespace pml {

LineReview lineReviewFrom(int line, const QList<ReviewTransition>& transitions)
{
    LineReview review;
    review.line = line;
    review.transitions = transitions;
    review.state = reviewStateAfter(transitions);
    if (const ReviewTransition* submission = lastSubmission(transitions)) {
        review.narrative = submission->narrative;
        review.submittedBy = submission->recordedBy;
        review.submittedAt = submission->recordedAt;
    }
    if (const ReviewTransition* approval = currentApproval(transitions)) {
        review.approvedBy = approval->recordedBy;
        review.approvedAt = approval->recordedAt;
        review.reopened = wasReopened(transitions);
    }
    if (review.state == ReviewState::Returned) {
        review.returnNote = transitions.constLast().text;
    }
    return review;
}

const LineReview* ReportModel::review(int line) const
{
    for (const LineReview& review : reviews) {
        if (review.line == line) {
            return &review;
        }
    }
    return nullptr;
}

bool ReportModel::frozenSubject() const
{
    const LineReview* subject = subjectLine ? review(*subjectLine) : nullptr;
    return subject && subject->frozen;
}

} // namespace pml
