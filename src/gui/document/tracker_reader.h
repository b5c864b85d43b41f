#pragma once

#include "storage/tracker_store.h"

namespace pml {

struct ReportMeta;
struct ReportModel;
struct ReportOptions;

// What the window's views may read of the open tracker: reads only, each forwarded to the
// store. Views get it from TrackerDocument::reader(); every write goes through the
// document (an undo command or a review step), so no view can write behind the undo stack
// or the figures. Reads may throw pml::Error, as the store's do.
class TrackerReader {
public:
    explicit TrackerReader(TrackerStore& store)
        : m_store(store)
    {
    }

    TrackerLocation location() const;
    Snapshot snapshotAt(const QList<QDate>& dates,
                        TrackerStore::Detail detail = TrackerStore::Detail::Full) const;
    QList<StatusUpdate> updatesInForce(const QDate& date, const QStringList& activities) const;
    QList<StatusUpdate> updatesEffectiveBetween(const QDate& from, const QDate& to,
                                                const QStringList& activities = {}) const;
    // One activity's updates, withdrawal events and evidence, in one read.
    ActivityHistory activityHistory(const QString& activity) const;

    QList<ReviewTransition> reviewTransitions(const Quarter& quarter, int line) const;
    QList<ReviewTransition> allReviewTransitions() const;
    std::optional<FrozenLine> frozenLine(const Quarter& quarter, int line) const;

    QList<Evidence> evidenceFor(const QList<qint64>& updates,
                                const std::optional<Quarter>& quarter = {}, int line = 0) const;
    Evidence evidence(qint64 id) const;
    QByteArray evidenceContent(qint64 id) const;

    QList<AuditEntry> auditLog(const AuditFilter& filter = {}) const;
    ReportModel report(const ReportOptions& options, const ReportMeta& meta) const;
    TrackerContent exportContent() const;
    // A consistent copy of the tracker into `file`: it writes a new file, never the tracker.
    void writeConsistentCopy(const QString& file) const;

private:
    TrackerStore& m_store;
};

} // namespace pml
