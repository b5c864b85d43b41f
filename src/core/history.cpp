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

PercentRange percentRange(Status status)
{
    switch (status) {
    case Status::NotStarted:
        return {0, 0};
    case Status::InProgress:
        return {1, 99};
    case Status::Completed:
        return {100, 100};
    case Status::Suspended:
        return {0, 99}; // suspending keeps the work done; 100 would contradict "not finished"
    case Status::Cancelled:
        return {0, 100}; // keeps the percent in force
    }
    return {};
}

ResolvedPercent resolvePercent(Status status, std::optional<int> percent, int previousPercent)
{
    const PercentRange range = percentRange(status);
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
        if (*percent < range.minimum || *percent > range.maximum) {
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
            return {qBound(range.minimum, previousPercent, range.maximum), std::nullopt};
        }
        if (*percent < range.minimum || *percent > range.maximum) {
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
        return {qBound(range.minimum, previousPercent, range.maximum), std::nullopt};
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
