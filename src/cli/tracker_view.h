#pragma once

#include "core/progress.h"
#include "core/snapshot.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

namespace pml::cli {

// A snapshot with the engine's figures as of one date, plus the look-ups the
// printing commands share. Computes nothing itself: the figures come from the engine.
struct TrackerView {
    Snapshot snapshot;
    Progress progress;
    QHash<QString, ActivityActors> actorsOf; // by activity code

    TrackerView(Snapshot snapshot, const QDate& asOf);
    const Strategy& strategy() const { return snapshot.strategy; }
};

// {actual, planned, schedule}
void addFigures(nlohmann::ordered_json& json, const Figures& figures);
nlohmann::ordered_json activityJson(const TrackerView& view, const Activity& activity);
nlohmann::ordered_json treeJson(const TrackerView& view);

} // namespace pml::cli
