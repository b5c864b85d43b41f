#include "history.h"

#include "format.h"
#include "messages.h"

#include <QCoreApplication>

namespace pml {
namespace {

ResolvedPercent refused(const QString& message)
{
    return {0, message};
}

} // namespace

PercentRule percentRule(Status status)
{
    switch (status) {
    case Status::NotStarted:
        return {{0, 0}, PercentInput::Fixed};
    case Status::InProgress:
        return {{1, 99}, PercentInput::Required};
    case Status::Completed:
        return {{100, 100}, PercentInput::Fixed};
    case Status::Suspended:
        // Suspending keeps the work done; 100 would contradict "not finished".
        return {{0, 99}, PercentInput::Optional};
    case Status::Cancelled:
        return {{0, 100}, PercentInput::Kept};
    }
    return {};
}

PercentRange percentRange(Status status)
{
    return percentRule(status).range;
}

std::optional<QString> storedPercentProblem(Status status, int percent)
{
    const PercentRule rule = percentRule(status);
    if (rule.acceptsPercent()) {
        return resolvePercent(status, percent, 0).error;
    }
    // A kept percent was never given (only cancelling keeps one without taking one): it
    // only has to be one the status can keep.
    if (percent < rule.range.minimum || percent > rule.range.maximum) {
        return Messages::tr("a cancelled activity keeps a percent from %1 to %2, not %3.")
            .arg(rule.range.minimum)
            .arg(rule.range.maximum)
            .arg(percent);
    }
    return std::nullopt;
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

bool mayBeInForceAt(const StatusUpdate& update, const QDate& date)
{
    return !update.withdrawn && update.effectiveDate.isValid() && update.effectiveDate <= date;
}

const StatusUpdate* updateInForce(const QList<StatusUpdate>& updates, const QString& activity,
                                  const QDate& date)
{
    const StatusUpdate* inForce = nullptr;
    for (const StatusUpdate& update : updates) {
        if (update.activity != activity || !mayBeInForceAt(update, date)) {
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

DateRange effectiveDateRange(const QDate& today)
{
    return {earliestEffectiveDate(), today};
}

std::optional<QString> validateEffectiveDate(const QDate& date, const QDate& today)
{
    if (!date.isValid()) {
        return Messages::tr("The effective date is not a valid date.");
    }
    const DateRange range = effectiveDateRange(today);
    if (date < range.earliest) {
        return Messages::tr("The effective date %1 is before %2, the earliest date accepted.")
            .arg(dateText(date), dateText(range.earliest));
    }
    if (!range.contains(date)) {
        return Messages::tr("The effective date %1 is in the future (today is %2).")
            .arg(dateText(date), dateText(range.latest));
    }
    return std::nullopt;
}

} // namespace pml
