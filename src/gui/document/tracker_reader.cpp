#include "gui/document/tracker_reader.h"

#include "report/report_model.h"

namespace pml {

TrackerLocation TrackerReader::location() const
{
    return m_store.location();
}

Snapshot TrackerReader::snapshotAt(const QList<QDate>& dates, TrackerStore::Detail detail) const
{
    return m_store.loadSnapshotAt(dates, detail);
}

QList<StatusUpdate> TrackerReader::updatesInForce(const QDate& date,
                                                  const QStringList& activities) const
{
    return m_store.updatesInForce(date, activities);
}

QList<StatusUpdate> TrackerReader::updatesEffectiveBetween(const QDate& from, const QDate& to,
                                                           const QStringList& activities) const
{
    return m_store.updatesEffectiveBetween(from, to, activities);
}

ActivityHistory TrackerReader::activityHistory(const QString& activity) const
{
    return m_store.activityHistory(activity);
}

QList<ReviewTransition> TrackerReader::reviewTransitions(const Quarter& quarter, int line) const
{
    return m_store.reviewTransitions(quarter, line);
}

QList<ReviewTransition> TrackerReader::allReviewTransitions() const
{
    return m_store.allReviewTransitions();
}

std::optional<FrozenLine> TrackerReader::frozenLine(const Quarter& quarter, int line) const
{
    return m_store.frozenLine(quarter, line);
}

QList<Evidence> TrackerReader::evidenceFor(const QList<qint64>& updates,
                                           const std::optional<Quarter>& quarter, int line) const
{
    return m_store.evidenceFor(updates, quarter, line);
}

Evidence TrackerReader::evidence(qint64 id) const
{
    return m_store.evidence(id);
}

QByteArray TrackerReader::evidenceContent(qint64 id) const
{
    return m_store.evidenceContent(id);
}

QList<AuditEntry> TrackerReader::auditLog(const AuditFilter& filter) const
{
    return m_store.auditLog(filter);
}

ReportModel TrackerReader::report(const ReportOptions& options, const ReportMeta& meta) const
{
    return buildReport(m_store, options, meta);
}

TrackerContent TrackerReader::exportContent() const
{
    return m_store.exportContent();
}

void TrackerReader::writeConsistentCopy(const QString& file) const
{
    m_store.writeConsistentCopy(file);
}

} // namespace pml
