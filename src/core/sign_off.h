#pragma once

#include "review.h"

#include <QList>
#include <QString>

#include <optional>

namespace pml {

// Who signs a quarter's report: the people who made the submission in force of each line
// it covers, and those who approved them. Each name once, in line order, joined by ", ";
// empty when no line covered is submitted (prepared) or approved (reviewed).
struct SignOff {
    QString preparedBy;
    QString reviewedBy;
};

// `transitions` are the quarter's review steps (any lines, in recording order); the report
// covers `line`, or every line when none.
SignOff quarterSignOff(const QList<ReviewTransition>& transitions, const Quarter& quarter,
                       std::optional<int> line);

} // namespace pml
