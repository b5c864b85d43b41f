#pragma once

#include "core/progress.h"
#include "core/snapshot.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pml::test {

QDate day(const char* iso); // "2024-03-01"

// Builds a small strategy and history in code, so each test shows its own data.
class Fixture {
public:
    // Start 2024-01-01, the default horizons (2, 5, 10 years) and gaps (10, 25).
    Fixture();

    Fixture& line(int number);
    Fixture& group(const QString& code, int line);
    Fixture& objective(int number, const QString& group);
    Fixture& activity(const QString& code, Horizon horizon, const QList<int>& objectives,
                      double weight = 1.0);
    // Records an update; recordedAt defaults to one minute after the previous one.
    Fixture& update(const QString& code, const QDate& effective, Status status, int percent,
                    std::optional<QDateTime> recordedAt = std::nullopt);
    Fixture& withdrawLast();
    Fixture& mode(RollupMode mode);
    Fixture& window(const QString& code, std::optional<QDate> start, std::optional<QDate> end);

    Progress at(const QDate& asOf) const { return computeProgress(snapshot, asOf); }
    Explanation explainAt(const QDate& asOf, const Target& target) const
    {
        return explain(snapshot, at(asOf), target);
    }
    Activity& activityRef(const QString& code);

    Snapshot snapshot;

private:
    qint64 m_nextId = 1;
    QDateTime m_clock;
};

// Line 1: group 1.1 (objectives 1, 2), group 1.2 (objective 3).
// Line 2: group 2.1 (objectives 21, 22). Activities (all short term):
// 1.C1, 1.C2 → 1; 2.C1 → 2; 3.C1 → 3; 21.C1, 21.C2 → 21 and 22; 22.C1 → 22.
Fixture sharedFixture();

} // namespace pml::test
