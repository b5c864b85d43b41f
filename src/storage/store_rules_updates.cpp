#include "core/error.h"
#include "core/messages.h"
#include "core/text_limits.h"
#include "store_rules.h"

#include <QCoreApplication>
#include <QHash>

namespace pml {

void RulesStore::requireActivity(const QString& code)
{
    if (!m_persistence.activityExists(code)) {
        throw Error(Messages::tr("Unknown activity code \"%1\".").arg(code));
    }
}

QList<StatusUpdate> RulesStore::recordUpdates(const QList<UpdateRequest>& requests,
                                              const QDate& today)
{
    requireWritable();
    const auto transaction = m_persistence.begin(Persistence::Access::Write);
    QList<StatusUpdate> recorded;
    QHash<QString, QString> monitors; // as typed -> as listed, checked once per person
    for (const UpdateRequest& r : requests) {
        const QString typed = r.recordedBy.isEmpty() ? m_actingUser : r.recordedBy;
        if (!monitors.contains(typed)) {
            monitors.insert(typed, requireAllowed(Operation::RecordUpdate, typed));
        }
        const QString by = monitors.value(typed); // the name as listed
        requireActivity(r.activity);
        if (const auto problem = validateEffectiveDate(r.effectiveDate, today)) {
            throw Error(Messages::tr("Activity %1: %2").arg(r.activity, *problem));
        }
        if (const auto problem = textLengthProblem(PersonText::UpdateNote, r.note)) {
            throw Error(Messages::tr("Activity %1: %2").arg(r.activity, *problem));
        }
        requireUnlocked(r.activity, r.effectiveDate);
        // The percent in force at the effective date, this batch's rows included: the
        // default of a suspension.
        const int previousPercent = m_persistence.percentInForce(r.activity, r.effectiveDate);
        const ResolvedPercent resolved = resolvePercent(r.status, r.percent, previousPercent);
        if (resolved.error) {
            throw Error(Messages::tr("Activity %1: %2").arg(r.activity, *resolved.error));
        }
        StatusUpdate u;
        u.activity = r.activity;
        u.effectiveDate = r.effectiveDate;
        u.recordedAt = QDateTime::currentDateTimeUtc();
        u.status = r.status;
        u.percent = resolved.percent;
        u.note = r.note;
        u.recordedBy = by;
        u.id = m_persistence.insertUpdate(u);
        m_persistence.appendAuditOfRecords(by, QStringLiteral("update.record"), u.activity,
                                           {{Persistence::Record::Update, u.id}}, u.recordedAt);
        recorded.append(u);
    }
    transaction->commit();
    return recorded;
}

QList<WithdrawalEvent> RulesStore::setWithdrawn(const QList<qint64>& updates, bool withdrawn,
                                                const QString& recordedBy)
{
    requireWritable();
    const auto transaction = m_persistence.begin(Persistence::Access::Write);
    QList<WithdrawalEvent> events;
    const QString by =
        requireAllowed(withdrawn ? Operation::WithdrawUpdate : Operation::RestoreUpdate,
                       recordedBy.isEmpty() ? m_actingUser : recordedBy);
    for (qint64 update : updates) {
        const QString activity = requireUpdateUnlocked(update);
        // The latest event says whether the update is withdrawn now (this transaction's
        // own events included, so naming one update twice is refused too).
        if (m_persistence.isWithdrawn(update) == withdrawn) {
            throw Error(withdrawn
                            ? Messages::tr("Update %1 is already withdrawn.").arg(update)
                            : Messages::tr("Update %1 is not withdrawn, so it cannot be restored.")
                                  .arg(update));
        }
        WithdrawalEvent event;
        event.update = update;
        event.withdrawn = withdrawn;
        event.recordedAt = QDateTime::currentDateTimeUtc();
        event.recordedBy = by;
        event.id = m_persistence.insertWithdrawal(event);
        m_persistence.appendAuditOfRecords(
            by, withdrawn ? QStringLiteral("update.withdraw") : QStringLiteral("update.restore"),
            activity, {{Persistence::Record::Withdrawal, event.id}}, event.recordedAt);
        events.append(event);
    }
    transaction->commit();
    return events;
}

} // namespace pml
