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

// The percents a status can be recorded with (resolvePercent's bounds); the window's
// percent fields take their range from here.
struct PercentRange {
    int minimum = 0;
    int maximum = 100;
};
PercentRange percentRange(Status status);

// The order that decides which update is in force: `a` supersedes `b` when its effective
// date is later, then when it was recorded later, then when its id is greater.
bool supersedes(const StatusUpdate& a, const StatusUpdate& b);
// The update of `activity` in force at `date`: not withdrawn, effective on or before
// `date`, and superseding every other such update; null when there is none.
const StatusUpdate* updateInForce(const QList<StatusUpdate>& updates, const QString& activity,
                                  const QDate& date);

// The earliest date a status can take effect: 1 January 2000. The strategy's monitoring
// began long after; an earlier date is a typing error such as 0026 for 2026.
QDate earliestEffectiveDate();

// Checks an effective date: a real date, not before earliestEffectiveDate() and not after
// `today`. The same rule serves `update`, the window and import.
std::optional<QString> validateEffectiveDate(const QDate& date, const QDate& today);

} // namespace pml
