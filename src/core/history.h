#pragma once

#include "enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace pml {

// One row of the append-only status history. Never changed once recorded.
struct StatusUpdate {
    qint64 id = 0;
    QString activity;
    QDate effectiveDate;
    QDateTime recordedAt; // UTC, millisecond precision
    Status status = Status::NotStarted;
    int percent = 0;
    QString note;
    QString recordedBy;
    bool withdrawn = false; // current state, derived from the withdrawal events
};

// Withdrawing an update (or restoring it) is itself recorded, never an edit.
struct WithdrawalEvent {
    qint64 id = 0;
    qint64 update = 0;
    bool withdrawn = true; // false: the update was restored
    QDateTime recordedAt;
    QString recordedBy;
};

// What someone asks to record; percent may be left out for cancelled and suspended.
struct UpdateRequest {
    QString activity;
    QDate effectiveDate;
    Status status = Status::NotStarted;
    std::optional<int> percent;
    QString note;
    QString recordedBy;
};

// Resolves the percent to record for `status` and checks the combination:
// not_started 0; in_progress 1–99 (required); completed 100; suspended 0–99 (default:
// `previousPercent`, clamped to 99); cancelled: none may be given (keeps
// `previousPercent`). On refusal returns a message naming the problem.
struct ResolvedPercent {
    int percent = 0;
    std::optional<QString> error;
};
ResolvedPercent resolvePercent(Status status, std::optional<int> percent, int previousPercent);

// What each status does to the percent: the percents it can be recorded with
// (resolvePercent's bounds) and who gives it. The window's percent fields, the bulk
// dialog, import and `check` all take it from here.
enum class PercentInput {
    Fixed,    // the status sets it: not started 0, completed 100
    Required, // the person gives it: in progress
    Optional, // given, or else the percent in force is kept: suspended
    Kept,     // never given; the percent in force is kept: cancelled
};
struct PercentRange {
    int minimum = 0;
    int maximum = 100;
};
struct PercentRule {
    PercentRange range;
    PercentInput input = PercentInput::Fixed;
    // Whether, left out, the percent comes from the update in force at the effective date.
    bool keepsPercentInForce() const
    {
        return input == PercentInput::Optional || input == PercentInput::Kept;
    }
    bool acceptsPercent() const { return input != PercentInput::Kept; }
};
PercentRule percentRule(Status status);
PercentRange percentRange(Status status); // percentRule(status).range

// Whether `percent`, as found recorded with `status` (an import, `check`), is one the
// rules could have recorded: a translated reason when not.
std::optional<QString> storedPercentProblem(Status status, int percent);

// The order that decides which update is in force: `a` supersedes `b` when its effective
// date is later, then when it was recorded later, then when its id is greater.
bool supersedes(const StatusUpdate& a, const StatusUpdate& b);
// Whether `update` can be in force at `date`: not withdrawn, with a real effective date on
// or before `date`. The one filter of every search for what is in force.
bool mayBeInForceAt(const StatusUpdate& update, const QDate& date);
// The update of `activity` in force at `date`: the one that mayBeInForceAt() and
// supersedes every other such update; null when there is none.
const StatusUpdate* updateInForce(const QList<StatusUpdate>& updates, const QString& activity,
                                  const QDate& date);

// The earliest date a status can take effect: 1 January 2000. The strategy's monitoring
// began long after; an earlier date is a typing error such as 0026 for 2026.
QDate earliestEffectiveDate();

// The dates an update can take effect on: from earliestEffectiveDate() to `today` (no
// limit when `today` is null). The window's date fields take their range from here.
struct DateRange {
    QDate earliest;
    QDate latest; // null: no limit
    bool contains(const QDate& date) const
    {
        return date >= earliest && (latest.isNull() || date <= latest);
    }
};
DateRange effectiveDateRange(const QDate& today);

// Checks an effective date: a real date within effectiveDateRange(today). The same rule
// serves `update`, the window and import.
std::optional<QString> validateEffectiveDate(const QDate& date, const QDate& today);

} // namespace pml
