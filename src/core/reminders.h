#pragma once

#include "progress.h"
#include "review.h"

#include <QList>
#include <QString>

namespace pml {

// What needs doing, shown when the window opens and printed by `status`: the current
// quarter's days left and the activities due but not updated since it began; of the
// quarter just ended (the one under review), the lines not yet submitted; of every
// quarter, submissions waiting for review, returned quarters and reopened ones (both wait
// to be submitted again).
struct Reminder {
    enum class Kind { DaysLeft, NotUpdated, NotSubmitted, AwaitingReview, Returned, Reopened };
    Kind kind = Kind::DaysLeft;
    Quarter quarter;
    int line = 0;     // NotSubmitted, AwaitingReview, Returned and Reopened
    QString activity; // NotUpdated
    int days = 0;     // DaysLeft
    QString note;     // Returned, Reopened: the reviewer's note
    QString text;     // one translated sentence
};

// Whether an activity awaits an update made since `since`: open (neither completed nor
// cancelled), due by `asOf` (its planned start has come) and without an update in force
// effective on or after `since` (`lastUpdate`: the effective date of the update in force,
// null when none). The reminder "not updated since the quarter began" and the Activities
// filter it opens both ask this, so they list the same activities.
bool awaitsUpdate(Status status, const QDate& plannedStart, const QDate& lastUpdate,
                  const QDate& since, const QDate& asOf);
bool awaitsUpdate(const ActivityProgress& activity, const QDate& since, const QDate& asOf);

QString reminderKindKey(Reminder::Kind kind); // "days_left", "not_updated", ...

// `progress` is computed as of `today`; `transitions` are every review step recorded.
QList<Reminder> reminders(const Snapshot& snapshot, const Progress& progress,
                          const QList<ReviewTransition>& transitions, const QDate& today);

} // namespace pml
