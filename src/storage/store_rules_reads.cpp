#include "consistent_copy.h"
#include "core/messages.h"
#include "files/output_target.h"
#include "files/temporary_file.h"
#include "store_rules.h"

#include <QCoreApplication>

namespace pml {

// Reads need no rule but the check of a named activity: they go to Persistence as asked.

TrackerLocation RulesStore::location() const
{
    return m_persistence.location();
}

qint64 RulesStore::storedBytes()
{
    return m_persistence.storedBytes();
}

bool RulesStore::isReadOnly() const
{
    return m_readOnly || !m_refusal.isEmpty();
}

std::unique_ptr<ReadTransaction> RulesStore::beginRead()
{
    return m_persistence.beginRead();
}

Snapshot RulesStore::loadSnapshotAt(const QList<QDate>& dates, Detail detail)
{
    return m_persistence.loadSnapshotAt(dates, detail);
}

QList<StatusUpdate> RulesStore::updatesInForce(const QDate& date, const QStringList& activities)
{
    return m_persistence.updatesInForce(date, activities);
}

QList<StatusUpdate> RulesStore::updatesEffectiveBetween(const QDate& from, const QDate& to,
                                                        const QStringList& activities)
{
    return m_persistence.updatesEffectiveBetween(from, to, activities);
}

Snapshot RulesStore::loadSnapshot(bool withText)
{
    return m_persistence.loadSnapshot(withText);
}

Snapshot RulesStore::loadActivityContext(const QString& activity)
{
    return m_persistence.loadActivityContext(activity);
}

Settings RulesStore::settings()
{
    return m_persistence.settings();
}

QList<StatusUpdate> RulesStore::history(const QString& activity)
{
    const auto transaction = m_persistence.begin(Persistence::Access::Read);
    if (!activity.isEmpty()) {
        requireActivity(activity);
    }
    QList<StatusUpdate> out = m_persistence.history(activity);
    transaction->commit();
    return out;
}

QList<WithdrawalEvent> RulesStore::withdrawals(qint64 update)
{
    return m_persistence.withdrawals(update);
}

ActivityHistory RulesStore::activityHistory(const QString& activity)
{
    const auto transaction = m_persistence.begin(Persistence::Access::Read);
    requireActivity(activity);
    ActivityHistory out = m_persistence.activityHistory(activity);
    transaction->commit();
    return out;
}

TrackerContent RulesStore::exportContent()
{
    return m_persistence.exportContent();
}

QList<ReviewTransition> RulesStore::reviewTransitions(const Quarter& quarter, int line)
{
    return m_persistence.reviewTransitions(quarter, line);
}

QList<ReviewTransition> RulesStore::allReviewTransitions()
{
    return m_persistence.allReviewTransitions();
}

QList<Evidence> RulesStore::evidenceFor(const QList<qint64>& updates,
                                        const std::optional<Quarter>& quarter, int line)
{
    return m_persistence.evidenceFor(updates, quarter, line);
}

QList<Evidence> RulesStore::evidenceOfPeriod(const QDate& from, const QDate& to,
                                             const Quarter& quarter)
{
    return m_persistence.evidenceOfPeriod(from, to, quarter);
}

Evidence RulesStore::evidence(qint64 id)
{
    return m_persistence.evidence(id);
}

QByteArray RulesStore::evidenceContent(qint64 id)
{
    return m_persistence.evidenceContent(id);
}

QList<AuditEntry> RulesStore::auditLog(const AuditFilter& filter)
{
    QList<AuditEntry> out;
    for (const AuditEntry& e : m_persistence.auditEntries()) {
        if ((filter.since && e.recordedAt.toUTC().date() < *filter.since) ||
            (!filter.by.isEmpty() && !samePersonName(e.recordedBy, filter.by)) ||
            (!filter.kind.isEmpty() && !e.kind.startsWith(filter.kind)) ||
            (!filter.item.isEmpty() && !e.item.contains(filter.item, Qt::CaseInsensitive))) {
            continue;
        }
        out.append(e);
    }
    return out;
}

QByteArray RulesStore::auditHead()
{
    return m_persistence.auditHead();
}

std::optional<QString> RulesStore::fingerprintProblem(const QByteArray& fingerprint)
{
    const auto transaction = m_persistence.begin(Persistence::Access::Read);
    const QList<AuditEntry> entries = m_persistence.auditEntries();
    QStringList problems;
    checkAudit(entries, problems);
    transaction->commit();
    int found = -1;
    for (int i = 0; i < entries.size(); ++i) {
        if (entries.at(i).hash.startsWith(fingerprint)) {
            found = i;
            break;
        }
    }
    if (found < 0) {
        return Messages::tr("No entry of this tracker's audit log has the fingerprint %1: the "
                            "history the report was computed from has been changed or removed "
                            "since, or the report comes from another tracker.")
            .arg(shortFingerprint(fingerprint));
    }
    if (!problems.isEmpty()) {
        // The problems themselves are check()'s to list: repeating them here printed each
        // one twice.
        return Messages::tr("The report's fingerprint is audit entry %1, but the tracker no "
                            "longer holds its history unchanged: see the other problems "
                            "listed.")
            .arg(entries.at(found).id);
    }
    return std::nullopt;
}

qint64 RulesStore::externalChangeCounter()
{
    return m_persistence.externalChangeCounter();
}

void RulesStore::writeConsistentCopy(const QString& file)
{
    // A copy is a tracker itself, so it never replaces one (nor this tracker).
    const QString target = files::requireOutputTarget(file, location().filesToProtect());
    files::sweepLeftovers(target);
    writeCopyAtomically(location().shown(), target, true,
                        [this](const QString& temp) { m_persistence.copyTo(temp); });
}

} // namespace pml
