#pragma once

#include "core/enums.h"
#include "core/evidence.h"
#include "core/review.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pml {

// Where a line's quarter stands in the review cycle when the report is produced, with
// what the monitor said (the narrative of the last submission) and the evidence listed.
struct LineReview {
    int line = 0;
    ReviewState state = ReviewState::Open;
    QList<ReviewTransition> transitions; // of the line's quarter, in recording order
    Narrative narrative;                 // of the last submission; empty when none
    QString submittedBy;                 // the last submission
    QDateTime submittedAt;
    QString approvedBy; // the approval in force (state Approved)
    QDateTime approvedAt;
    bool reopened = false; // approved again after a reopening
    QString returnNote;    // the reviewer's note while the quarter is returned
    // Files and links supporting the line's quarter and its updates of the quarter, not
    // withdrawn; for an approved quarter, those listed when it was approved.
    QList<Evidence> evidence;
    // The line's figures, rows and updates come from what approval froze, not from the
    // tracker as it is now; computed with the settings then:
    bool frozen = false;
    RollupMode mode = RollupMode::Objectives;
    double atRiskGap = 10;
    double lateGap = 25;
};

// The review of a line from its transitions (of one line and quarter, in recording
// order); evidence and freezing are left to the caller.
LineReview lineReviewFrom(int line, const QList<ReviewTransition>& transitions);

} // namespace pml
