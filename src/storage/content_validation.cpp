#include "content_validation.h"

#include "core/error.h"
#include "core/messages.h"
#include "core/text_limits.h"
#include "strategy_validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace pml {
namespace {

void validateAssignments(const TrackerContent& c)
{
    QSet<QString> pairs;
    QSet<QString> led;
    for (const Assignment& a : c.assignments) {
        if (!c.strategy.activity(a.activity)) {
            throw Error(Messages::tr("Assignment: unknown activity %1.").arg(a.activity));
        }
        if (!c.strategy.actor(a.actor)) {
            throw Error(
                Messages::tr("Assignment of %1: unknown actor %2.").arg(a.activity).arg(a.actor));
        }
        const QString pair = QStringLiteral("%1/%2").arg(a.activity).arg(a.actor);
        if (pairs.contains(pair)) {
            throw Error(Messages::tr("Activity %1: actor %2 is assigned twice.")
                            .arg(a.activity)
                            .arg(a.actor));
        }
        pairs.insert(pair);
        if (a.role == ActorRole::Lead) {
            if (led.contains(a.activity)) {
                throw Error(
                    Messages::tr("Activity %1 has more than one lead actor.").arg(a.activity));
            }
            led.insert(a.activity);
        }
    }
}

void validateUpdates(const TrackerContent& c, QSet<qint64>& ids)
{
    QSet<QString> codes;
    for (const Activity& a : c.strategy.activities) {
        codes.insert(a.code);
    }
    for (const StatusUpdate& u : c.updates) {
        const QString where = Messages::tr("Update %1").arg(u.id);
        if (u.id <= 0 || ids.contains(u.id)) {
            throw Error(
                Messages::tr("%1: the id must be a unique number greater than 0.").arg(where));
        }
        ids.insert(u.id);
        if (!codes.contains(u.activity)) {
            throw Error(Messages::tr("%1: unknown activity %2.").arg(where, u.activity));
        }
        if (!u.effectiveDate.isValid() || !u.recordedAt.isValid()) {
            throw Error(
                Messages::tr("%1 (%2): the effective date and the recording time must be real "
                             "dates.")
                    .arg(where, u.activity));
        }
        // The rules of `update`: not before the earliest date, and not in the future,
        // which for an imported row means not after the day it was recorded (with a day of
        // slack, since the effective date is the user's local day), nor recorded later
        // than now (another day of slack for clocks that differ between machines).
        if (const auto problem = validateEffectiveDate(u.effectiveDate, {})) {
            throw Error(Messages::tr("%1 (%2): %3").arg(where, u.activity, *problem));
        }
        if (const auto problem = textLengthProblem(PersonText::UpdateNote, u.note)) {
            throw Error(Messages::tr("%1 (%2): %3").arg(where, u.activity, *problem));
        }
        if (u.recordedAt > QDateTime::currentDateTimeUtc().addDays(1)) {
            throw Error(
                Messages::tr("%1 (%2): it was recorded in the future (%3).")
                    .arg(where, u.activity, u.recordedAt.toUTC().toString(Qt::ISODateWithMs)));
        }
        if (!effectiveDateRange(u.recordedAt.toUTC().date().addDays(1)).contains(u.effectiveDate)) {
            throw Error(
                Messages::tr("%1 (%2): the effective date %3 is after the day it was recorded "
                             "(%4).")
                    .arg(where, u.activity, u.effectiveDate.toString(Qt::ISODate),
                         u.recordedAt.toUTC().toString(Qt::ISODateWithMs)));
        }
        if (const auto problem = storedPercentProblem(u.status, u.percent)) {
            throw Error(Messages::tr("%1 (%2): %3").arg(where, u.activity, *problem));
        }
    }
}

void validateWithdrawals(const TrackerContent& c, const QSet<qint64>& updates)
{
    QSet<qint64> ids;
    QHash<qint64, QList<bool>> sequences;
    QList<qint64> order;
    for (const WithdrawalEvent& w : c.withdrawals) {
        if (w.id <= 0 || ids.contains(w.id)) {
            throw Error(
                Messages::tr("Withdrawal %1: the id must be a unique number greater than 0.")
                    .arg(w.id));
        }
        ids.insert(w.id);
        if (!updates.contains(w.update)) {
            throw Error(Messages::tr("Withdrawal %1: unknown update %2.").arg(w.id).arg(w.update));
        }
        if (!w.recordedAt.isValid()) {
            throw Error(
                Messages::tr("Withdrawal %1: the recording time is not a real time.").arg(w.id));
        }
        if (!sequences.contains(w.update)) {
            order.append(w.update);
        }
        sequences[w.update].append(w.withdrawn);
    }
    for (qint64 update : order) {
        if (const auto problem = withdrawalSequenceProblem(update, sequences.value(update))) {
            throw Error(*problem);
        }
    }
}

} // namespace

std::optional<QString> withdrawalSequenceProblem(qint64 update, const QList<bool>& events)
{
    bool withdrawn = false;
    for (bool event : events) {
        if (event == withdrawn) {
            return event ? Messages::tr("Update %1 is withdrawn twice without being restored.")
                               .arg(update)
                         : Messages::tr("Update %1 is restored without having been withdrawn.")
                               .arg(update);
        }
        withdrawn = event;
    }
    return std::nullopt;
}

void validateContent(const TrackerContent& content)
{
    validateStrategy(content.strategy);
    if (const auto problem = validateSettings(content.settings)) {
        throw Error(*problem);
    }
    validateAssignments(content);
    QSet<qint64> updates;
    validateUpdates(content, updates);
    validateWithdrawals(content, updates);
}

} // namespace pml
