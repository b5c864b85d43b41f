#pragma once

#include "report/report_model.h"
#include "storage/tracker_store.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace pml::test {

// The people of a review tracker besides its creator (the system user, every role).
extern const QString monitorName;  // monitor
extern const QString reviewerName; // reviewer

// A tracker of the bundled strategy (schedule from 2026-01-01) with, in 2026-Q2:
// - line 2: updates of 11.C1 and 12.C1 (11.C2 has one in Q1), a file supporting the
//   11.C1 update and a link supporting the line's quarter, a narrative submitted by the
//   monitor on and the quarter approved by the reviewer;
// - line 3: an update of 14.C1, the quarter left open.
// One actor (`actor`) leads 11.C1 and 14.C1. The store acts as the creator afterwards.
struct ReviewTracker {
    QTemporaryDir dir;
    QString file;
    std::unique_ptr<TrackerStore> store;
    qint64 actor = 0;
};
std::unique_ptr<ReviewTracker> approvedLine2Tracker();

Narrative line2Narrative();
Quarter reviewQuarter(); // 2026-Q2
// One step of the cycle for a line's 2026-Q2, taken by `who`, on 2026-07-10.
ReviewTransition reviewStep(TrackerStore& store, int line, ReviewAction action, const QString& who,
                            const QString& text = {}, const Narrative& narrative = {});
UpdateRequest updateRequest(const QString& code, Status status, std::optional<int> percent,
                            const QDate& date, const QString& note = {});
// A 2026-Q2 report made on testToday(), with testMeta().
ReportModel q2Report(TrackerStore& store, std::optional<int> line = std::nullopt,
                     const QString& language = QStringLiteral("es"));

} // namespace pml::test
