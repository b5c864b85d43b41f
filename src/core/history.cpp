#include "history.h"

#include "messages.h"

#include <QCoreApplication>

namespace pml {
namespace {

ResolvedPercent refused(const QString& message)
{
    return {0, message};
}

} // namespace

ResolvedPercent resolvePercent(Status status, std::optional<int> percent, int previousPercent)
{
    switch (status) {
    case Status::NotStarted:
        if (percent && *percent != 0) {
            return refused(
                Messages::tr("A not started activity has percent 0, not %1.").arg(*percent));
        }
        return {0, std::nullopt};
    case Status::InProgress:
        if (!percent) {
            return refused(Messages::tr("An activity in progress needs a percent from 1 to 99."));
        }
        if (*percent < 1 || *percent > 99) {
            return refused(
                Messages::tr("An activity in progress needs a percent from 1 to 99, not %1.")
                    .arg(*percent));
        }
        return {*percent, std::nullopt};
    case Status::Completed:
        if (percent && *percent != 100) {
            return refused(
                Messages::tr("A completed activity has percent 100, not %1.").arg(*percent));
        }
        return {100, std::nullopt};
    case Status::Suspended:
        if (!percent) {
            // Suspending keeps the work done so far; 100 would contradict "not finished".
            return {qBound(0, previousPercent, 99), std::nullopt};
        }
        if (*percent < 0 || *percent > 99) {
            return refused(
                Messages::tr("A suspended activity takes a percent from 0 to 99, not %1.")
                    .arg(*percent));
        }
        return {*percent, std::nullopt};
    case Status::Cancelled:
        if (percent) {
            return refused(
                Messages::tr("No percent may be given when cancelling an activity (given: %1); "
                             "it keeps its last percent.")
                    .arg(*percent));
        }
        return {qBound(0, previousPercent, 100), std::nullopt};
    }
    return refused(Messages::tr("Unknown status."));
}

bool supersedes(const StatusUpdate& a, const StatusUpdate& b)
{
    if (a.effectiveDate != b.effectiveDate) {
        return a.effectiveDate > b.effectiveDate;
    }
    if (a.recordedAt != b.recordedAt) {
        return a.recordedAt > b.recordedAt;
    }
    return a.id > b.id;
}

const StatusUpdate* updateInForce(const QList<StatusUpdate>& updates, const QString& activity,
                                  const QDate& date)
{
    const StatusUpdate* inForce = nullptr;
    for (const StatusUpdate& update : updates) {
        if (update.activity != activity || update.withdrawn || update.effectiveDate > date) {
            continue;
        }
        if (!inForce || supersedes(update, *inForce)) {
            inForce = &update;
        }
    }
    return inForce;
}

QDate earliestEffectiveDate()
{
    return QDate(2000, 1, 1);
}

std::optional<QString> validateEffectiveDate(const QDate& date, const QDate& today)
{
    if (!date.isValid()) {
        return Messages::tr("The effective date is not a valid date.");
    }
    if (date < earliestEffectiveDate()) {
        return Messages::tr("The effective date %1 is before %2, the earliest date accepted.")
            .arg(date.toString(Qt::ISODate), earliestEffectiveDate().toString(Qt::ISODate));
    }
    if (today.isValid() && date > today) {
        return Messages::tr("The effective date %1 is in the future (today is %2).")
            .arg(date.toString(Qt::ISODate), today.toString(Qt::ISODate));
    }
    return std::nullopt;
}

} // namespace pml
