#pragma once

#include "progress.h"
#include "review.h"

#include <QList>
#include <QString>

namespace pml {

// What needs doing, shown when the window opens and printed by `status`: the current
// quarter's days left and the activities due but not updated since it began; of the
// quarter just ended (the one under review), the lines not yet submitted; of every
// quarter, submissions waiting for review and returned quarters.
struct Reminder {
    enum class Kind { DaysLeft, NotUpdated, NotSubmitted, AwaitingReview, Returned };
    Kind kind = Kind::DaysLeft;
    Quarter quarter;
    int line = 0;     // lines of NotSubmitted, AwaitingReview and Returned
    QString activity; // NotUpdated
    int days = 0;     // DaysLeft
    QString note;     // Returned: the reviewer's note
    QString text;     // one translated sentence
};

QString reminderKindKey(Reminder::Kind kind); // "days_left", "not_updated", ...

// `progress` is computed as of `today`; `transitions` are every review step recorded.
QList<Reminder> reminders(const Snapshot& snapshot, const Progress& progress,
                          const QList<ReviewTransition>& transitions, const QDate& today);

} // namespace pml
